package org.gazette.ingest.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself, in order of trust: JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}...: headline, datePublished, author, publisher), OpenGraph and {@code
 * article:*} meta tags, other {@code <meta name>} tags (author, date, {@code citation_*}, Dublin
 * Core), {@code <time datetime>}, the canonical link and {@code <html lang>}. The first source that
 * gives a field wins.
 *
 * <p>NOTE: read once per page; not thread-safe.
 */
final class PageMetadata {
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "scholarlyarticle",
          "techarticle",
          "report",
          "webpage",
          "creativework");

  /** A title and the site's name after a separator: "Headline | Site", "Headline - Site". */
  private static final Pattern TITLE_TAIL =
      Pattern.compile("^(.{10,}?)\\s+(?:[|–—·»›]|::|-)\\s+[^|–—·»›]{2,60}$");

  private static final Pattern YEAR_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  String title;
  String headlineFromLd;
  String articleBody;
  OffsetDateTime published;
  LocalDate publishedDate;
  String source;
  final Set<String> authors = new LinkedHashSet<>();
  String url;
  String language;

  /** Reads the metadata of {@code doc}; {@code fromUrl} is where the page was read from. */
  static PageMetadata of(Document doc, String fromUrl) {
    PageMetadata m = new PageMetadata();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      m.jsonLd(script.data());
    }
    m.metaTags(doc);
    if (m.publishedDate == null) {
      Element time = doc.selectFirst("time[datetime]");
      if (time != null) {
        m.date(time.attr("datetime"));
      }
    }
    if (m.publishedDate == null) {
      m.publishedDate = PageDates.fromDateElements(doc);
    }
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (m.url == null && canonical != null) {
      m.url = absolute(canonical.attr("href"), fromUrl);
    }
    if (m.url == null && fromUrl != null && !fromUrl.isBlank()) {
      m.url = fromUrl;
    }
    if (m.language == null) {
      String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
      m.language = lang.isBlank() ? null : lang.strip().replace('_', '-');
    }
    if (m.title == null) {
      m.title = titleOfTitleElement(doc.title(), m.source);
      Element h1 = doc.selectFirst("h1");
      String heading = h1 == null ? null : clean(h1.text());
      String whole = clean(doc.title());
      if (heading != null && heading.length() >= 5 && whole != null && whole.contains(heading)) {
        m.title = heading;
      } else if (m.title == null && heading != null) {
        m.title = heading;
      }
    } else {
      m.title = withoutSite(m.title, m.source);
    }
    if (m.source == null && m.url != null) {
      m.source = host(m.url);
    }
    return m;
  }

  private void jsonLd(String json) {
    JsonElement root;
    try {
      root = JsonParser.parseString(json.strip());
    } catch (JsonParseException | IllegalStateException e) {
      return; // a broken block says nothing; the meta tags may
    }
    List<JsonObject> objects = new ArrayList<>();
    collect(root, objects, 0);
    for (JsonObject o : objects) {
      if (isArticle(o)) {
        article(o);
      }
    }
    for (JsonObject o : objects) {
      if (source == null && hasType(o, "website", "organization", "newsmediaorganization")) {
        source = string(o.get("name"));
      }
    }
  }

  private static void collect(JsonElement e, List<JsonObject> out, int depth) {
    if (depth > 6 || e == null) {
      return;
    }
    if (e.isJsonArray()) {
      for (JsonElement x : e.getAsJsonArray()) {
        collect(x, out, depth + 1);
      }
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      out.add(o);
      collect(o.get("@graph"), out, depth + 1);
      collect(o.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonObject o) {
    return hasType(o, ARTICLE_TYPES.toArray(String[]::new))
        && (o.has("headline") || o.has("articleBody") || o.has("datePublished"));
  }

  private static boolean hasType(JsonObject o, String... types) {
    JsonElement t = o.get("@type");
    List<String> names = new ArrayList<>();
    if (t != null && t.isJsonPrimitive()) {
      names.add(t.getAsString());
    } else if (t != null && t.isJsonArray()) {
      for (JsonElement x : t.getAsJsonArray()) {
        if (x.isJsonPrimitive()) {
          names.add(x.getAsString());
        }
      }
    }
    for (String n : names) {
      String lower = n.toLowerCase(Locale.ROOT);
      for (String type : types) {
        if (lower.equals(type)) {
          return true;
        }
      }
    }
    return false;
  }

  private void article(JsonObject o) {
    if (headlineFromLd == null) {
      headlineFromLd = clean(string(o.get("headline")));
      if (headlineFromLd == null) {
        headlineFromLd = clean(string(o.get("name")));
      }
    }
    if (articleBody == null) {
      articleBody = string(o.get("articleBody"));
    }
    if (publishedDate == null) {
      date(string(o.get("datePublished")));
    }
    if (publishedDate == null) {
      date(string(o.get("dateCreated")));
    }
    if (authors.isEmpty()) {
      people(o.get("author"));
    }
    if (source == null) {
      JsonElement publisher = o.get("publisher");
      if (publisher != null && publisher.isJsonArray() && !publisher.getAsJsonArray().isEmpty()) {
        publisher = publisher.getAsJsonArray().get(0);
      }
      source =
          publisher != null && publisher.isJsonObject()
              ? clean(string(publisher.getAsJsonObject().get("name")))
              : clean(string(publisher));
    }
    if (language == null) {
      language = clean(string(o.get("inLanguage")));
    }
    if (url == null) {
      String u = string(o.get("url"));
      url = u != null && u.startsWith("http") ? u.strip() : null;
    }
  }

  private void people(JsonElement e) {
    if (e == null) {
      return;
    }
    if (e.isJsonArray()) {
      for (JsonElement x : e.getAsJsonArray()) {
        people(x);
      }
    } else if (e.isJsonObject()) {
      author(string(e.getAsJsonObject().get("name")));
    } else {
      author(string(e));
    }
  }

  private void metaTags(Document doc) {
    String ogTitle = null;
    String metaTitle = null;
    String siteName = null;
    String appName = null;
    List<String> dates = new ArrayList<>();
    List<String> metaAuthors = new ArrayList<>();
    String ogUrl = null;
    String locale = null;
    for (Element meta : doc.select("meta[content]")) {
      String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
      if (key.isEmpty()) {
        key = meta.attr("itemprop");
      }
      if (key.isEmpty()) {
        key = meta.attr("http-equiv");
      }
      String value = meta.attr("content").strip();
      if (value.isEmpty()) {
        continue;
      }
      switch (key.strip().toLowerCase(Locale.ROOT)) {
        case "og:title", "twitter:title" -> ogTitle = ogTitle == null ? value : ogTitle;
        case "citation_title", "dc.title", "title", "headline" ->
            metaTitle = metaTitle == null ? value : metaTitle;
        case "og:site_name" -> siteName = siteName == null ? value : siteName;
        case "application-name", "publisher", "dc.publisher", "citation_publisher" ->
            appName = appName == null ? value : appName;
        case "article:published_time",
            "og:article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "publication_date",
            "sailthru.date",
            "citation_publication_date",
            "citation_date",
            "dc.date",
            "dc.date.issued",
            "dcterms.date",
            "dcterms.created",
            "parsely-pub-date",
            "article.published" ->
            dates.add(value);
        case "author",
            "article:author",
            "citation_author",
            "dc.creator",
            "parsely-author",
            "sailthru.author",
            "byl" ->
            metaAuthors.add(value);
        case "og:url" -> ogUrl = ogUrl == null ? value : ogUrl;
        case "og:locale", "content-language", "dc.language", "language" ->
            locale = locale == null ? value : locale;
        default -> {}
      }
    }
    if (title == null) {
      title =
          headlineFromLd != null ? headlineFromLd : clean(ogTitle != null ? ogTitle : metaTitle);
    }
    if (publishedDate == null) {
      for (String d : dates) {
        if (date(d)) {
          break;
        }
      }
    }
    if (authors.isEmpty()) {
      metaAuthors.forEach(this::author);
    }
    if (source == null) {
      source = clean(siteName != null ? siteName : appName);
    }
    if (url == null && ogUrl != null && ogUrl.startsWith("http")) {
      url = ogUrl;
    }
    if (language == null && locale != null) {
      language = locale.replace('_', '-');
    }
  }

  /** Takes a date or date-time; true when understood. */
  private boolean date(String value) {
    if (value == null || value.isBlank() || publishedDate != null) {
      return publishedDate != null;
    }
    String v = value.strip();
    try {
      OffsetDateTime t = OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      published = t;
      publishedDate = t.toLocalDate();
      return true;
    } catch (DateTimeParseException e) {
      // other forms below
    }
    try {
      // "+0100" offsets and a space instead of T.
      String fixed = v.replace(' ', 'T').replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
      if (fixed.endsWith("Z") || fixed.matches(".*[+-]\\d{2}:\\d{2}$")) {
        OffsetDateTime t = OffsetDateTime.parse(fixed, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        published = t;
        publishedDate = t.toLocalDate();
        return true;
      }
      LocalDateTime t = LocalDateTime.parse(fixed, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      publishedDate = t.toLocalDate();
      return true;
    } catch (DateTimeParseException e) {
      // a day only, below
    }
    Matcher m = YEAR_DATE.matcher(v);
    if (m.find()) {
      try {
        publishedDate =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return true;
      } catch (java.time.DateTimeException e) {
        return false;
      }
    }
    return false;
  }

  private void author(String name) {
    String n = clean(name);
    if (n == null || n.startsWith("http") || n.contains("@") || n.length() > 80) {
      return;
    }
    for (String part : n.split("\\s*(?:,|;|\\band\\b|\\bund\\b|&)\\s*")) {
      String p = part.strip().replaceFirst("(?i)^(by|von)\\s+", "");
      if (p.length() >= 3 && Character.isLetter(p.charAt(0))) {
        authors.add(p);
      }
    }
  }

  /** The title element without a " | Site" or " - Site" tail. */
  static String titleOfTitleElement(String title, String site) {
    String t = withoutSite(clean(title), site);
    if (t == null) {
      return null;
    }
    Matcher m = TITLE_TAIL.matcher(t);
    if (m.matches()) {
      return m.group(1).strip();
    }
    return t;
  }

  /** A title without the site's name after a separator ("Headline | Site"). */
  static String withoutSite(String title, String site) {
    if (title == null || site == null) {
      return title;
    }
    if (title.endsWith(site) && title.length() > site.length() + 5) {
      String rest = title.substring(0, title.length() - site.length());
      String stripped = rest.replaceAll("[\\s|\\-–—:·»›]+$", "");
      if (stripped.length() < rest.length()) {
        return stripped;
      }
    }
    return title;
  }

  static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String absolute(String href, String base) {
    String h = href.strip();
    if (h.startsWith("http://") || h.startsWith("https://")) {
      return h;
    }
    if (base == null) {
      return null;
    }
    try {
      return URI.create(base.strip()).resolve(h).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String string(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e instanceof JsonPrimitive p) {
      return p.getAsString();
    }
    if (e instanceof JsonArray a && !a.isEmpty()) {
      return string(a.get(0));
    }
    return null;
  }

  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }
}
