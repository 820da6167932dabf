package org.gazette.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned article, ready for extraction and indexing. Mentions and highlights refer to {@link
 * #title()} and {@link #body()} exactly as held here.
 *
 * @param id stable id: from metadata, else the file name, else a hash of the content
 * @param title the headline; never {@code null}, may be empty
 * @param source the publication, or {@code null} when unknown
 * @param url the address of the article, or {@code null}
 * @param published the publication date, or {@code null} when unknown
 * @param authors the byline, possibly empty
 * @param body the cleaned text without the headline, boilerplate and repeats
 * @param publishedAt the moment of publication, when the input gave a time with its zone (a web
 *     page's JSON-LD or meta tags, a feed item, a JSON {@code published} with an offset); {@code
 *     published} is then its date in the publisher's own zone. {@code null} otherwise.
 */
public record Article(
    String id,
    String title,
    String source,
    String url,
    LocalDate published,
    List<String> authors,
    String body,
    Instant publishedAt) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    authors = List.copyOf(authors);
  }

  /** An article whose input gave no time of publication, only (at most) a date. */
  public Article(
      String id,
      String title,
      String source,
      String url,
      LocalDate published,
      List<String> authors,
      String body) {
    this(id, title, source, url, published, authors, body, null);
  }
}
