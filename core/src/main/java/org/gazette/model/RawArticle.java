package org.gazette.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as read from its input, before cleaning. Metadata fields are {@code null} when the
 * input did not give them; the cleaner fills in what it can find in the text.
 *
 * @param origin where it was read from (a file path), for problem reports
 * @param line the 1-based line in {@code origin} for JSON lines input, 0 for a whole file
 * @param id the id given by metadata, or {@code null}
 * @param fallbackId the id to use when metadata gives none (the file name without extension), or
 *     {@code null} to use a hash of the content
 * @param text the article text as given: raw scraped text, or a JSON {@code body}
 * @param scraped whether {@code text} is raw scraped text whose first line is the headline
 * @param publishedAt the moment of publication when the input gave a time with its zone, or {@code
 *     null}
 */
public record RawArticle(
    String origin,
    int line,
    String id,
    String fallbackId,
    String title,
    String source,
    String url,
    LocalDate published,
    List<String> authors,
    String text,
    boolean scraped,
    Instant publishedAt) {
  public RawArticle {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** A raw article whose input gave no time of publication. */
  public RawArticle(
      String origin,
      int line,
      String id,
      String fallbackId,
      String title,
      String source,
      String url,
      LocalDate published,
      List<String> authors,
      String text,
      boolean scraped) {
    this(origin, line, id, fallbackId, title, source, url, published, authors, text, scraped, null);
  }
}
