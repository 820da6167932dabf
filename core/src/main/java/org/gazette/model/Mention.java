package org.gazette.model;

import java.util.Objects;

/**
 * Where an entity or a date is mentioned: a half-open character range {@code [start, end)} of the
 * cleaned title or body of an {@link Article}.
 */
public record Mention(ArticleField field, int start, int end) {
  public Mention {
    Objects.requireNonNull(field, "field");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "a mention needs 0 <= start <= end, got start=" + start + " end=" + end);
    }
  }

  /** The mentioned text, cut from the article this mention belongs to. */
  public String text(Article article) {
    String s = field == ArticleField.TITLE ? article.title() : article.body();
    return s.substring(start, end);
  }
}
