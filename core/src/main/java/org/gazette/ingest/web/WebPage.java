package org.gazette.ingest.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a web page says: its main text and what it says about itself. Fields a page does not give
 * are {@code null} (lists: empty).
 *
 * @param url the page's canonical URL, else the URL it was read from, or {@code null}
 * @param title the headline
 * @param body the main text, one block (paragraph, heading, list item, table row) a line; empty
 *     when the page holds no article (see {@code skipReason})
 * @param captions the captions of the article's pictures, kept apart from the body
 * @param published when it was published, with the zone the page gave; {@code null} when the page
 *     gives only a day (then see {@code publishedDate}) or nothing
 * @param publishedDate the day of publication in the page's own zone
 * @param source the name of the site or publication ("The New Arab", not the host name unless the
 *     page names nothing else)
 * @param authors the authors' names
 * @param language the page's language tag ({@code "en"}, {@code "de-CH"}), as the page declares it
 * @param skipReason why the page holds no article (an index page, an error page, too little text),
 *     or {@code null} when it does
 */
public record WebPage(
    String url,
    String title,
    String body,
    List<String> captions,
    OffsetDateTime published,
    LocalDate publishedDate,
    String source,
    List<String> authors,
    String language,
    String skipReason) {
  public WebPage {
    Objects.requireNonNull(body, "body");
    captions = List.copyOf(captions);
    authors = List.copyOf(authors);
  }

  /** Whether the page holds an article. */
  public boolean isArticle() {
    return skipReason == null;
  }
}
