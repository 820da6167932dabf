package org.gazette.ingest;

import java.time.LocalDate;
import org.gazette.ingest.web.PageSink;
import org.gazette.ingest.web.WebPage;
import org.gazette.model.RawArticle;
import org.gazette.model.SupportedDates;

/**
 * Turns the pages of web inputs (a saved page, the records of a WARC file, the items of a feed)
 * into raw articles for the cleaner: the page's main text is the text, its headline, site name,
 * URL, authors and day of publication the metadata. A page with no headline is read as scraped
 * text, whose first line the cleaner takes for one. Problems go to the sink like those of any other
 * input, with the record or item number in place of a line number.
 *
 * <p>NOTE: one instance per input file; not thread-safe.
 */
final class WebPageArticles implements PageSink {
  private final ArticleSink sink;
  private final String origin;
  private final String fallbackId;

  /**
   * @param fallbackId the id of a page that is a whole file (its name without extension), or {@code
   *     null} for pages of a file of many, whose ids are then hashes of their content
   */
  WebPageArticles(ArticleSink sink, String origin, String fallbackId) {
    this.sink = sink;
    this.origin = origin;
    this.fallbackId = fallbackId;
  }

  @Override
  public void page(int number, WebPage page, String warning) {
    ProblemLog log = new ProblemLog(sink, origin, number);
    if (!page.isArticle()) {
      log.skipped(page.skipReason());
      return;
    }
    if (warning != null) {
      log.warning(warning);
    }
    LocalDate published = page.publishedDate();
    java.time.Instant publishedAt = page.published() == null ? null : page.published().toInstant();
    if (published != null && !SupportedDates.contains(published)) {
      log.warning(
          "published date "
              + published
              + " is outside the supported dates "
              + SupportedDates.RANGE
              + "; the article is indexed without a date");
      published = null;
      publishedAt = null;
    }
    boolean hasTitle = page.title() != null && !page.title().isBlank();
    sink.article(
        new RawArticle(
            origin,
            number,
            null,
            fallbackId != null ? fallbackId : idOfUrl(page.url()),
            hasTitle ? page.title() : null,
            page.source(),
            page.url(),
            published,
            page.authors(),
            page.body(),
            !hasTitle,
            publishedAt));
  }

  /**
   * The id of a page of a file of many (a WARC record, a feed item) that has a URL: {@code url-}
   * and 16 hex digits of the URL's SHA-256, so that reading a newer crawl or feed replaces the page
   * instead of adding it twice; {@code null} without a URL (then the content's hash).
   */
  static String idOfUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    byte[] digest =
        Sha256.newDigest().digest(url.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return "url-" + java.util.HexFormat.of().formatHex(digest, 0, 8);
  }

  @Override
  public void skipped(int number, String reason) {
    new ProblemLog(sink, origin, number).skipped(reason);
  }

  @Override
  public void failed(int number, String reason) {
    new ProblemLog(sink, origin, number).failed(reason);
  }
}
