package org.gazette.ingest.web;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads web pages: decodes their bytes ({@link HtmlDecoder}), parses them with jsoup's HTML5
 * parser, reads what they say about themselves ({@link PageMetadata}) and finds their main text
 * ({@link MainText}). A page holding no article (an index page, an error page) comes back with a
 * skip reason instead of a body.
 *
 * <p>NOTE: thread-safe (it holds no state); each call parses one page in memory, so callers bound
 * the size of what they pass.
 */
public final class WebPageReader {
  /** The least main text, in characters, that makes a page an article. */
  static final int MIN_ARTICLE_CHARS = 100;

  /** A main text shorter than this is looked for again, relaxed ({@link MainText#of}). */
  static final int RETRY_CHARS = 250;

  /** Creates a reader; it holds no state. */
  public WebPageReader() {}

  /**
   * Reads one page.
   *
   * @param bytes the page as fetched
   * @param url where it was fetched from, or {@code null}; its canonical link wins when it has one
   * @param declaredCharset the charset the transport declared (HTTP {@code Content-Type}), or
   *     {@code null}
   */
  public WebPage read(byte[] bytes, String url, String declaredCharset) {
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, declaredCharset);
    return read(decoded.text(), url);
  }

  /** Reads one page already decoded to text. */
  public WebPage read(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    PageMetadata meta = PageMetadata.of(doc, url);
    MainText.Result main = MainText.of(doc);
    if (main.body().length() < RETRY_CHARS) {
      // Pages that hide their article in <noscript>, an <aside> or a "widget": read again, relaxed.
      MainText.Result relaxed = MainText.of(Jsoup.parse(html, url == null ? "" : url), true);
      if (relaxed.body().length() > main.body().length()) {
        main = relaxed;
      }
    }
    String body = main.body();
    if (body.length() < MIN_ARTICLE_CHARS && meta.articleBody != null) {
      body = PageMetadata.clean(meta.articleBody);
    }
    String skip = null;
    if (body == null || body.length() < MIN_ARTICLE_CHARS) {
      skip = noArticle(meta.title, body == null ? 0 : body.length());
      body = "";
    }
    return new WebPage(
        meta.url,
        meta.title,
        body,
        main.captions(),
        meta.published,
        meta.publishedDate,
        meta.source,
        List.copyOf(meta.authors),
        meta.language,
        skip);
  }

  /**
   * The text of an HTML fragment, such as a feed item's content, one block a line: all of it is
   * taken as article text, without looking for furniture.
   */
  public String fragmentText(String html) {
    Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
    return MainText.allText(doc);
  }

  private static String noArticle(String title, int chars) {
    String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
    if (t.contains("404") || t.contains("not found") || t.contains("nicht gefunden")) {
      return "an error page (its title says \"" + title + "\"), no article";
    }
    return "no article text found (" + chars + " characters of main text; an index page?)";
  }
}
