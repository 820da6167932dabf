package org.gazette.model;

import java.util.Objects;

/** An article as the index holds it: the cleaned text and metadata with what was extracted. */
public record IndexedArticle(Article article, Extraction extraction) {
  public IndexedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(extraction, "extraction");
  }
}
