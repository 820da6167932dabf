package org.gazette.ingest.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the articles of a news feed: RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom, parsed with
 * jsoup's XML parser. Each item or entry is one page: its title, link, date ({@code pubDate},
 * {@code dc:date}, Atom {@code published} else {@code updated}), authors ({@code author}, {@code
 * dc:creator}, Atom {@code author/name}, else the feed's), source (the item's own {@code source},
 * else the feed's title) and language ({@code xml:lang}, {@code dc:language}, the channel's {@code
 * language}). Its body is the text of its full content ({@code content:encoded}, Atom {@code
 * content}), else of its summary ({@code description}, Atom {@code summary}) with a warning that
 * the feed gives only a summary; an item with neither is skipped. HTML content, in CDATA or
 * escaped, is read with {@link WebPageReader#fragmentText}.
 *
 * <p>Bytes are decoded by their byte-order mark, else the encoding of their XML declaration, else
 * as UTF-8 (windows-1252 when they are not valid UTF-8). Bytes that are not XML, or XML that is not
 * a feed, fail as a whole: {@code failed(0, reason)}.
 *
 * <p>NOTE: thread-safe (it holds only its limit); each call parses one feed in memory on the
 * calling thread.
 */
public final class FeedArticles {
  /**
   * What a call read; {@code items == pages + skipped + failed} except when the whole feed failed
   * ({@code failed == 1}, no items).
   *
   * @param items the items or entries met
   * @param pages the items delivered as pages
   * @param skipped the items left out (no content and no summary)
   * @param failed the items that could not be read, or 1 for a feed that could not be read
   */
  public record Summary(int items, int pages, int skipped, int failed) {}

  static final String SUMMARY_ONLY = "the feed gives only a summary of this item";

  /** How far into the bytes the XML declaration is looked for. */
  private static final int PROLOG_BYTES = 1024;

  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]{1,40})[\"']");

  /** An HTML block or inline tag, opening or closing, as HTML sent as text shows. */
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|img|blockquote|figure)\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);

  /** RSS's {@code author}: an e-mail address with the name in brackets. */
  private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

  /** The feed's own elements (RSS, RSS 1.0, Atom, whatever their prefix). */
  private static final String OWN = "own";

  /** Dublin Core elements and terms ({@code dc:creator}, {@code dcterms:created}). */
  private static final String DC = "dc";

  /** The content module ({@code content:encoded}). */
  private static final String CONTENT = "content";

  private final long maxItemBytes;

  /**
   * Creates a reader.
   *
   * @param maxItemBytes the largest item, counted in characters of its text (markup of escaped HTML
   *     included), about its size in bytes; larger items fail
   */
  public FeedArticles(long maxItemBytes) {
    if (maxItemBytes <= 0) {
      throw new IllegalArgumentException("maxItemBytes must be positive: " + maxItemBytes);
    }
    this.maxItemBytes = maxItemBytes;
  }

  /**
   * Reads the items of a feed in order and tells {@code sink} about each one.
   *
   * @param bytes the feed as fetched
   * @param feedUrl where it was fetched from, or {@code null}; relative links resolve against it
   */
  public Summary read(byte[] bytes, String feedUrl, PageSink sink) {
    String text = decode(bytes);
    String start = text.stripLeading();
    if (start.isEmpty()) {
      sink.failed(0, "not a feed: it is empty");
      return new Summary(0, 0, 0, 1);
    }
    if (start.charAt(0) != '<') {
      sink.failed(0, "not XML, so not a feed: it starts with \"" + head(start) + "\"");
      return new Summary(0, 0, 0, 1);
    }
    Document doc = Jsoup.parse(text, feedUrl == null ? "" : feedUrl, Parser.xmlParser());
    Element root = doc.children().first();
    String kind = root == null ? "" : local(root);
    List<Element> items = new ArrayList<>();
    Element channel;
    switch (kind) {
      case "rss", "rdf" -> {
        // RSS 2.0 puts its items in the channel, RSS 1.0 beside it.
        channel = child(root, "channel");
        if (channel != null) {
          items.addAll(children(channel, "item"));
        }
        items.addAll(children(root, "item"));
      }
      case "feed" -> {
        channel = root;
        items.addAll(children(root, "entry"));
      }
      default -> {
        String reason =
            root == null
                ? "not a feed: no XML element in it"
                : kind.equals("html")
                    ? "an HTML page, not a feed (its root element is <html>)"
                    : "not a feed: its root element is <"
                        + root.tagName()
                        + ">, not <rss>, <rdf:RDF> or <feed>";
        sink.failed(0, reason);
        return new Summary(0, 0, 0, 1);
      }
    }
    Feed feed = feed(root, channel, kind.equals("feed"), feedUrl);
    WebPageReader pages = new WebPageReader();
    int pageCount = 0;
    int skipped = 0;
    int failed = 0;
    for (int i = 0; i < items.size(); i++) {
      int number = i + 1;
      Element item = items.get(i);
      long size = item.wholeText().length();
      if (size > maxItemBytes) {
        failed++;
        sink.failed(
            number,
            "the item holds " + size + " characters, more than the limit of " + maxItemBytes);
        continue;
      }
      Item read;
      try {
        read = item(item, feed, pages);
      } catch (RuntimeException e) {
        failed++;
        sink.failed(number, "the item cannot be read: " + e);
        continue;
      }
      if (read.page() == null) {
        skipped++;
        sink.skipped(number, read.note());
      } else {
        pageCount++;
        sink.page(number, read.page(), read.note());
      }
    }
    return new Summary(items.size(), pageCount, skipped, failed);
  }

  /** What the feed says of all its items. */
  private record Feed(
      String title, String language, List<String> authors, String url, boolean atom) {}

  /** One item read: a page and its warning, or no page and why. */
  private record Item(WebPage page, String note) {}

  private static Feed feed(Element root, Element channel, boolean atom, String feedUrl) {
    String title = channel == null ? null : text(child(channel, "title"));
    String language = null;
    if (channel != null) {
      language = text(child(channel, "language"));
      if (language == null) {
        language = text(child(channel, DC, "language"));
      }
    }
    if (language == null) {
      language = lang(channel != null ? channel : root);
    }
    List<String> authors = atom ? atomAuthors(root) : List.of();
    return new Feed(title, language, authors, feedUrl, atom);
  }

  private Item item(Element item, Feed feed, WebPageReader pages) {
    Element titleElement = child(item, "title");
    if (titleElement == null) {
      titleElement = child(item, DC, "title");
    }
    String title =
        feed.atom() ? PageMetadata.clean(textOf(titleElement, true, pages)) : text(titleElement);
    String url = feed.atom() ? atomLink(item, feed.url()) : rssLink(item, feed.url());
    Element full = feed.atom() ? child(item, "content") : child(item, CONTENT, "encoded");
    String content = holds(full) ? body(full, feed.atom(), pages) : null;
    String warning = null;
    if (content == null) {
      Element summary = child(item, feed.atom() ? "summary" : "description");
      if (!holds(summary)) {
        summary = child(item, DC, "description");
      }
      content = holds(summary) ? body(summary, feed.atom(), pages) : null;
      warning = SUMMARY_ONLY;
    }
    if (content == null) {
      return new Item(null, "the item gives neither content nor a summary");
    }
    FeedDates.When when = published(item, feed.atom());
    WebPage page =
        new WebPage(
            url,
            title,
            content,
            List.of(),
            when == null ? null : when.time(),
            when == null ? null : when.day(),
            source(item, feed, url),
            authors(item, feed),
            language(item, feed),
            null);
    return new Item(page, warning);
  }

  /**
   * When an item was published: RSS {@code pubDate}, else Dublin Core dates; Atom {@code
   * published}, else {@code updated} (and their Atom 0.3 names), else Dublin Core dates.
   */
  private static FeedDates.When published(Element item, boolean atom) {
    List<Element> candidates = new ArrayList<>();
    for (String name :
        atom ? List.of("published", "issued", "updated", "modified") : List.of("pubdate")) {
      candidates.add(child(item, name));
    }
    for (String name : List.of("date", "created", "issued", "available", "modified")) {
      candidates.add(child(item, DC, name));
    }
    for (Element e : candidates) {
      FeedDates.When when = e == null ? null : FeedDates.parse(e.text());
      if (when != null) {
        return when;
      }
    }
    return null;
  }

  /** The item's own source (an aggregator names the publisher), else the feed's title. */
  private static String source(Element item, Feed feed, String url) {
    Element own = child(item, "source");
    String source = own == null ? null : text(sourceTitle(own));
    if (source == null) {
      source = feed.title();
    }
    if (source == null) {
      String from = url != null ? url : feed.url();
      source = from == null ? null : PageMetadata.host(from);
    }
    return source;
  }

  private static String language(Element item, Feed feed) {
    String language = text(child(item, DC, "language"));
    if (language == null) {
      String own = item.attr("xml:lang").strip();
      language = own.isEmpty() ? feed.language() : own;
    }
    return language == null ? null : language.replace('_', '-');
  }

  /** The title of an item's {@code source}: RSS gives it as text, Atom as a {@code title}. */
  private static Element sourceTitle(Element source) {
    Element title = child(source, "title");
    return title != null ? title : source;
  }

  /**
   * The text of a content or summary element, one block a line, or {@code null} when it holds none.
   * RSS content is HTML; Atom says what it is with {@code type}, text when it does not.
   */
  private static String body(Element e, boolean atom, WebPageReader pages) {
    if (e == null || !e.attr("src").isBlank()) {
      return null; // out-of-line Atom content: nothing here to read
    }
    return textOf(e, atom, pages);
  }

  /**
   * The text of an element that may hold HTML (escaped, in CDATA, or as XHTML elements), or {@code
   * null}. Text said to be plain that holds HTML tags is read as HTML: feeds mislabel their
   * content.
   */
  private static String textOf(Element e, boolean atom, WebPageReader pages) {
    if (e == null) {
      return null;
    }
    String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
    if (type.isEmpty()) {
      type = atom ? "text" : "html";
    }
    String text;
    if (!e.children().isEmpty()) {
      text = pages.fragmentText(e.html()); // XHTML, or markup left unescaped
    } else if (type.equals("text") || type.equals("text/plain")) {
      String whole = e.wholeText();
      text = HTML_TAG.matcher(whole).find() ? pages.fragmentText(whole) : plain(whole);
    } else if (type.contains("html") || type.startsWith("text/")) {
      text = pages.fragmentText(e.wholeText());
    } else {
      return null; // base64 or another media type
    }
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Plain text one paragraph a line, its inner whitespace made single spaces. */
  private static String plain(String s) {
    List<String> lines = new ArrayList<>();
    for (String para : s.strip().split("\\n\\s*\\n")) {
      String p = para.replaceAll("\\s+", " ").strip();
      if (!p.isEmpty()) {
        lines.add(p);
      }
    }
    return String.join("\n", lines);
  }

  private static List<String> authors(Element item, Feed feed) {
    Set<String> names = new LinkedHashSet<>();
    for (Element e : item.children()) {
      if (is(e, DC, "creator")) {
        name(e.text(), names);
      } else if (is(e, OWN, "author")) {
        Element inner = child(e, "name");
        name(inner != null ? inner.text() : e.children().isEmpty() ? e.text() : null, names);
      }
    }
    if (names.isEmpty()) {
      names.addAll(feed.authors());
    }
    return List.copyOf(names);
  }

  private static List<String> atomAuthors(Element feed) {
    Set<String> names = new LinkedHashSet<>();
    for (Element author : children(feed, "author")) {
      Element name = child(author, "name");
      name(name == null ? null : name.text(), names);
    }
    return List.copyOf(names);
  }

  /** Adds a name; RSS's {@code author} is an e-mail address, with the name in brackets. */
  private static void name(String value, Set<String> names) {
    String v = PageMetadata.clean(value);
    if (v == null) {
      return;
    }
    Matcher m = EMAIL_WITH_NAME.matcher(v);
    if (m.matches()) {
      v = m.group(1).strip();
    }
    if (v.contains("@") || v.startsWith("http") || v.length() > 80) {
      return;
    }
    v = v.replaceFirst("(?i)^by\\s+", "");
    if (!v.isEmpty()) {
      names.add(v);
    }
  }

  private static String rssLink(Element item, String base) {
    for (Element e : item.children()) {
      if (is(e, OWN, "link") && !e.hasAttr("href") && !e.text().isBlank()) {
        return absolute(e.text(), base);
      }
    }
    String atom = atomLink(item, base);
    if (atom != null) {
      return atom;
    }
    Element guid = child(item, "guid");
    if (guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false")) {
      String g = guid.text().strip();
      if (g.startsWith("http://") || g.startsWith("https://")) {
        return g;
      }
    }
    Element about = item.hasAttr("rdf:about") ? item : null;
    return about == null ? null : absolute(about.attr("rdf:about"), base);
  }

  /** An Atom link to the entry as a page: {@code rel="alternate"} or no rel, HTML first. */
  private static String atomLink(Element item, String base) {
    String any = null;
    for (Element e : item.children()) {
      if (!is(e, OWN, "link") || e.attr("href").isBlank()) {
        continue;
      }
      String rel = e.attr("rel").strip().toLowerCase(Locale.ROOT);
      if (!rel.isEmpty() && !rel.equals("alternate")) {
        continue;
      }
      String type = e.attr("type").toLowerCase(Locale.ROOT);
      String href = absolute(e.attr("href"), base(e, base));
      if (type.isEmpty() || type.contains("html")) {
        return href;
      }
      any = any == null ? href : any;
    }
    return any;
  }

  /** The base URL of an element: its nearest {@code xml:base}, else the feed's URL. */
  private static String base(Element e, String feedUrl) {
    for (Element x = e; x != null; x = x.parent()) {
      String b = x.attr("xml:base").strip();
      if (!b.isEmpty()) {
        return absolute(b, base(x.parent(), feedUrl));
      }
    }
    return feedUrl;
  }

  private static String absolute(String href, String base) {
    String h = href.strip();
    if (h.isEmpty()) {
      return null;
    }
    if (base == null || base.isBlank() || h.startsWith("http://") || h.startsWith("https://")) {
      return h;
    }
    try {
      return URI.create(base.strip()).resolve(h).toString();
    } catch (IllegalArgumentException e) {
      return h;
    }
  }

  /** The {@code xml:lang} of an element or its nearest ancestor that has one. */
  private static String lang(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      String lang = x.attr("xml:lang").strip();
      if (!lang.isEmpty()) {
        return lang;
      }
    }
    return null;
  }

  /**
   * The vocabulary an element belongs to: by its namespace when it is one of the known ones, else
   * by its prefix (feeds use {@code dc:} without declaring it), foreign ones ({@code media:}) by
   * their prefix.
   */
  private static String vocabulary(Element e) {
    String ns = e.tag().namespace() == null ? "" : e.tag().namespace();
    String prefix = e.tag().prefix() == null ? "" : e.tag().prefix().toLowerCase(Locale.ROOT);
    switch (ns) {
      case "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#" -> {
        return OWN;
      }
      case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/" -> {
        return DC;
      }
      case "http://purl.org/rss/1.0/modules/content/" -> {
        return CONTENT;
      }
      default -> {
        return switch (prefix) {
          case "", "atom", "rss" -> OWN;
          case "dc", "dcterms" -> DC;
          case "content" -> CONTENT;
          default -> prefix;
        };
      }
    }
  }

  /** The name of an element without its namespace prefix, in lower case. */
  private static String local(Element e) {
    String name = e.tagName();
    int colon = name.indexOf(':');
    return (colon < 0 ? name : name.substring(colon + 1)).toLowerCase(Locale.ROOT);
  }

  private static boolean is(Element e, String vocabulary, String localName) {
    return local(e).equals(localName) && vocabulary(e).equals(vocabulary);
  }

  private static Element child(Element parent, String localName) {
    return child(parent, OWN, localName);
  }

  private static Element child(Element parent, String vocabulary, String localName) {
    if (parent == null) {
      return null;
    }
    for (Element e : parent.children()) {
      if (is(e, vocabulary, localName)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Element e : parent.children()) {
      if (is(e, OWN, localName)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether an element holds anything: text, CDATA or elements. */
  private static boolean holds(Element e) {
    return e != null && (!e.wholeText().isBlank() || !e.children().isEmpty());
  }

  private static String text(Element e) {
    return e == null ? null : PageMetadata.clean(e.text());
  }

  /** Decodes a feed: byte-order mark, else XML declaration, else UTF-8 (else windows-1252). */
  static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2) {
      int a = bytes[0] & 0xFF;
      int b = bytes[1] & 0xFF;
      if (a == 0xFE && b == 0xFF) {
        return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
      }
      if (a == 0xFF && b == 0xFE) {
        return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
      }
      // UTF-16 without a mark: "<?" or whitespace with a zero byte beside it.
      if (a == 0 && b != 0) {
        return new String(bytes, StandardCharsets.UTF_16BE);
      }
      if (a != 0 && b == 0) {
        return new String(bytes, StandardCharsets.UTF_16LE);
      }
    }
    String prolog =
        new String(bytes, 0, Math.min(bytes.length, PROLOG_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(prolog);
    Charset declared = m.find() ? HtmlDecoder.charset(m.group(1)) : null;
    if (declared != null
        && !declared.equals(StandardCharsets.UTF_8)
        && !declared.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
      return new String(bytes, declared);
    }
    String utf8 = HtmlDecoder.strictUtf8(bytes);
    // Said (or taken) to be UTF-8 but it is not: windows-1252 loses no byte.
    return utf8 != null ? utf8 : new String(bytes, Charset.forName("windows-1252"));
  }

  private static String head(String s) {
    String h = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    StringBuilder b = new StringBuilder();
    for (char c : h.toCharArray()) {
      b.append(Character.isISOControl(c) || c == '\uFFFD' ? '?' : c);
    }
    return b.toString();
  }
}
