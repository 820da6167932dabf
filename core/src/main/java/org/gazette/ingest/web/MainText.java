package org.gazette.ingest.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main text of a page: the article's headings, paragraphs, lists, quotes and tables in
 * order, without navigation, menus, share bars, related links, comments, cookie banners and
 * footers.
 *
 * <p>Three steps. (1) Page furniture is cut away by what it is (scripts, forms' controls, {@code
 * nav}, {@code aside}, {@code footer}, hidden elements, landmark roles) and by what its class or id
 * calls it ("share", "comments", "related", "cookie"...), except an element holding most of the
 * page's paragraph text, whatever it is called. (2) The container of the article is the element
 * whose paragraphs score best: each paragraph of 25 characters or more scores by its length and
 * commas, and hands its score to its parent in full and to further ancestors in shrinking shares;
 * an element's score is then discounted by the share of its text inside links and adjusted by what
 * its class calls it ("article-body" up, "sidebar" down). Siblings of the container that score near
 * it, or read as prose, join it. (3) The container's blocks are written one a line; blocks that are
 * mostly links (lists of related stories, tag clouds) are left out, and picture captions go to a
 * list of their own.
 *
 * <p>NOTE: works on the parsed document in place (it removes furniture from it); not thread-safe.
 */
final class MainText {
  /** The shortest paragraph that counts towards its container's score (Readability's choice). */
  private static final int MIN_PARAGRAPH_CHARS = 25;

  /**
   * The share of the page's paragraph text above which an element is never cut as furniture,
   * whatever its class says: a badly named article container must survive.
   */
  private static final double KEEP_SHARE = 0.5;

  /** A block whose text is more than this share link text is navigation, unless it is long. */
  private static final double MAX_LINK_DENSITY = 0.5;

  /** A block that is only a date or a time ("3:59 PM", "12.05.2019 19:49"): a stamp, no text. */
  private static final java.util.regex.Pattern DATE_OR_TIME =
      java.util.regex.Pattern.compile(
          "(?i)[\\p{L}\\s,.]{0,12}[\\d./\\-\\s]*\\d{1,2}[:.]\\d{2}(\\s*(am|pm|uhr))?\\s*"
              + "|\\d{1,4}[./\\-]\\d{1,2}[./\\-]\\d{2,4}");

  /**
   * Outside the container a block is kept only when it is a list item or table row without a link
   * (an ingredient list, a table of figures beside the text), or has this much text...
   */
  private static final int MIN_OUTSIDE_CHARS = 50;

  /** ...almost none of it in links... */
  private static final double MAX_OUTSIDE_LINK_DENSITY = 0.1;

  /** ...and some punctuation of prose. */
  private static final java.util.regex.Pattern PROSE = java.util.regex.Pattern.compile("[.!?:;,]");

  /** Whether a line ends as a sentence does: a full stop or exclamation mark, maybe quoted. */
  private static boolean endsASentence(String line) {
    return SENTENCE_END.matcher(line).find();
  }

  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("\\p{L}{2}[.!…][\"”’»)]?$");

  /**
   * The shortest line that can end an article, unless it is a list item or table row or ends as a
   * sentence.
   */
  private static final int MIN_LAST_LINE_CHARS = 40;

  /** The longest line ending in a colon or question mark taken for a label. */
  private static final int MAX_LABEL_CHARS = 40;

  /** Tags that never hold article text. */
  private static final Set<String> DROP_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "map",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "nav",
          "aside",
          "footer",
          "header",
          "dialog",
          "menu",
          "form");

  /** Landmark roles of furniture. */
  private static final Set<String> DROP_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "menu",
          "menubar",
          "search",
          "dialog",
          "alertdialog",
          "toolbar",
          "tablist");

  /** Words of a class or id that name furniture. */
  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          "ad",
          "ads",
          "advert",
          "advertisement",
          "adslot",
          "anzeige",
          "banner",
          "breadcrumb",
          "breadcrumbs",
          "byline",
          "comment",
          "comments",
          "consent",
          "cookie",
          "cookies",
          "copyright",
          "dateline",
          "disqus",
          "footer",
          "gdpr",
          "header",
          "kommentare",
          "login",
          "masthead",
          "menu",
          "meta",
          "modal",
          "nav",
          "navbar",
          "navigation",
          "newsletter",
          "outbrain",
          "overlay",
          "pager",
          "pagination",
          "popular",
          "popup",
          "print",
          "promo",
          "recommended",
          "related",
          "rating",
          "share",
          "sharing",
          "sidebar",
          "signup",
          "skip",
          "social",
          "sponsor",
          "sponsored",
          "subscribe",
          "subscription",
          "taboola",
          "tags",
          "toolbar",
          "trending",
          "author",
          "authors",
          "timestamp",
          "sr",
          "screen",
          "visually",
          "visuallyhidden",
          "offscreen",
          "community",
          "shoutbox",
          "jump",
          "tagcloud",
          "keywords",
          "topics",
          "breaking");

  /**
   * Words of a class or id that name a date, a time or a credit: furniture when short, and else a
   * wrapper (blog themes wrap whole posts in "date-outer").
   */
  private static final Set<String> STAMP_WORDS =
      Set.of("date", "time", "datum", "posted", "published", "pubdate", "updated", "credit");

  /** The longest date or credit line taken for one. */
  private static final int MAX_STAMP_CHARS = 100;

  /** Word stems of a class or id that name furniture when glued into one word ("sharebar"). */
  private static final String[] FURNITURE_STEMS = {
    "share",
    "social",
    "comment",
    "cookie",
    "newsletter",
    "related",
    "sidebar",
    "breadcrumb",
    "advert",
    "banner",
    "promo",
    "footer",
    "navbar",
    "navigation",
    "subscri",
    "recommend",
    "byline",
    "pagination",
    "popup",
    "consent"
  };

  /** Words of a class or id that name an article's text. */
  private static final Set<String> CONTENT_WORDS =
      Set.of(
          "article",
          "articlebody",
          "body",
          "content",
          "entry",
          "main",
          "post",
          "story",
          "text",
          "blog",
          "artikel",
          "inhalt",
          "beitrag",
          "richtext",
          "prose",
          "detail",
          "news");

  /** Block-level tags: each starts a line of its own in the text. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "tbody",
          "thead",
          "tfoot",
          "figure",
          "address",
          "center",
          "hr",
          "body",
          "details",
          "summary",
          "caption");

  /** Tags whose own text makes a paragraph for scoring. */
  private static final Set<String> PARAGRAPH_TAGS =
      Set.of("p", "pre", "blockquote", "td", "dd", "li", "h2", "h3", "h4");

  /** The main text: one block a line, and the captions. */
  record Result(String body, List<String> captions) {}

  private final Map<Element, Double> scores = new IdentityHashMap<>();

  private MainText() {}

  /** The main text of {@code doc}, which is changed (furniture removed). */
  static Result of(Document doc) {
    return of(doc, false);
  }

  /**
   * The main text of {@code doc}; {@code relaxed}, for a page where the usual reading found
   * (almost) nothing: only scripts, styles and hidden elements are cut by their tag (the text of
   * {@code noscript} is read as markup), and class names are ignored.
   */
  static Result of(Document doc, boolean relaxed) {
    Element body = doc.body();
    if (body == null) {
      return new Result("", List.of());
    }
    List<String> captions = new ArrayList<>();
    if (relaxed) {
      for (Element noscript : body.select("noscript")) {
        noscript.html(noscript.wholeText());
        noscript.tagName("div");
      }
    }
    Map<Element, Integer> before = new IdentityHashMap<>();
    int all = paragraphText(body, before);
    dropByTag(body, before, Math.max(1, all), relaxed);
    MainText m = new MainText();
    List<Element> container = m.container(body, !relaxed);
    if (textLength(container) < SHORT_CONTAINER_CHARS) {
      // What the class names called furniture may be the article itself (page builders call
      // their blocks "widget", themes wrap posts in "social-sticky"): choose again without them.
      m.scores.clear();
      List<Element> again = m.container(body, false);
      if (textLength(again) > textLength(container)) {
        container = again;
      }
    }
    // Class names are heeded everywhere but in the container and its ancestors; outside the
    // container only prose blocks are kept (a lead or a closing paragraph the scoring left out).
    Set<Element> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : container) {
      for (Element a = e; a != null; a = a.parent()) {
        keep.add(a);
      }
    }
    Map<Element, Integer> paragraphText = new IdentityHashMap<>();
    int total = paragraphText(body, paragraphText);
    pruneByName(body, paragraphText, Math.max(1, total), captions, keep, relaxed);
    Blocks blocks = new Blocks(captions);
    blocks.containers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    blocks.containers.addAll(container);
    blocks.walk(body);
    blocks.end();
    return new Result(blocks.text(), captions);
  }

  /** A sibling of the container with this much text, mostly not in links, joins it. */
  private static final int SIBLING_CHARS = 40;

  private static final double SIBLING_LINK_DENSITY = 0.25;

  /** A container with less text than this is looked for again, with class names ignored. */
  private static final int SHORT_CONTAINER_CHARS = 250;

  private static int textLength(List<Element> elements) {
    int n = 0;
    for (Element e : elements) {
      n += e.text().length();
    }
    return n;
  }

  /** All the text of {@code doc}, one block a line, nothing taken for furniture. */
  static String allText(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    Blocks blocks = new Blocks(new ArrayList<>());
    blocks.keepLinks = true;
    blocks.walk(body);
    blocks.end();
    return blocks.text();
  }

  // ---- (1) furniture ----

  /** The length of paragraph text under each element; returns that of {@code e}. */
  private static int paragraphText(Element e, Map<Element, Integer> out) {
    int sum = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        sum += t.text().strip().length();
      } else if (child instanceof Element c) {
        String tag = c.normalName();
        if (tag.equals("script") || tag.equals("style")) {
          continue;
        }
        sum += paragraphText(c, out);
      }
    }
    out.put(e, sum);
    return sum;
  }

  /**
   * Removes what is furniture by its tag, hidden state or landmark role; a landmark element holding
   * most of the page's text ({@code <aside>} or {@code <header>} misused as the article) stays.
   */
  private static void dropByTag(
      Element e, Map<Element, Integer> paragraphText, int total, boolean relaxed) {
    for (Element c : new ArrayList<>(e.children())) {
      String tag = c.normalName();
      int share = paragraphText.getOrDefault(c, 0);
      boolean holdsTheText =
          LANDMARK_TAGS.contains(tag) && share > KEEP_SHARE * total && share > MIN_KEPT_CHARS;
      boolean spared = relaxed && (LANDMARK_TAGS.contains(tag) || c.hasAttr("role"));
      if (!holdsTheText && !spared && isFurnitureByTag(c, tag)) {
        c.remove();
      } else {
        dropByTag(c, paragraphText, total, relaxed);
      }
    }
  }

  /** Tags of page regions that a few sites misuse for the article itself. */
  private static final Set<String> LANDMARK_TAGS =
      Set.of("aside", "header", "footer", "nav", "form", "menu", "section");

  /** The least text an element must hold to be kept whatever it is called. */
  private static final int MIN_KEPT_CHARS = 500;

  /**
   * Removes, under a chosen container, what its class or id calls furniture, and keeps captions
   * apart; an element holding most of the container's text stays, whatever it is called.
   */
  private static void pruneByName(
      Element e,
      Map<Element, Integer> paragraphText,
      int total,
      List<String> captions,
      Set<Element> keep,
      boolean stampsOnly) {
    for (Element c : new ArrayList<>(e.children())) {
      int share = paragraphText.getOrDefault(c, 0);
      String tag = c.normalName();
      if (tag.equals("figcaption") || hasCaptionClass(c)) {
        String caption = c.text().strip();
        if (!caption.isEmpty()) {
          captions.add(caption);
        }
        c.remove();
      } else if (share <= KEEP_SHARE * total
          && !keep.contains(c)
          && (stampsOnly ? isNamedStamp(c, tag) : isNamedFurniture(c, tag) || isLinkList(c, tag))) {
        c.remove();
      } else {
        pruneByName(c, paragraphText, total, captions, keep, stampsOnly);
      }
    }
  }

  /**
   * Whether a box is a list of links whatever it is called (related stories with a line of text
   * each, a tag list): a {@code div}, {@code section} or list of at least {@value #MIN_LIST_LINKS}
   * links whose text is more than {@value #MAX_BOX_LINK_DENSITY} link text.
   */
  private static boolean isLinkList(Element e, String tag) {
    if (!(tag.equals("div") || tag.equals("section") || tag.equals("ul") || tag.equals("ol"))) {
      return false;
    }
    return e.getElementsByTag("a").size() >= MIN_LIST_LINKS
        && linkDensity(e) > MAX_BOX_LINK_DENSITY;
  }

  private static final int MIN_LIST_LINKS = 3;

  private static final double MAX_BOX_LINK_DENSITY = 0.3;

  private static boolean isFurnitureByTag(Element e, String tag) {
    if (DROP_TAGS.contains(tag)) {
      return !(tag.equals("form") || tag.equals("header")) || e.text().length() < 400;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    String role = e.attr("role");
    return !role.isEmpty() && DROP_ROLES.contains(role.toLowerCase(Locale.ROOT));
  }

  private static boolean isNamedFurniture(Element e, String tag) {
    if (tag.equals("body") || tag.equals("a") || tag.equals("main") || tag.equals("article")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    return namesFurniture(names) || namesStamp(names) && e.text().length() < MAX_STAMP_CHARS;
  }

  private static boolean isNamedStamp(Element e, String tag) {
    return !tag.equals("body")
        && namesStamp(e.className() + " " + e.id())
        && e.text().length() < MAX_STAMP_CHARS;
  }

  /** Whether a class or id names a date, time or credit line, furniture when it is short. */
  private static boolean namesStamp(String classAndId) {
    if (classAndId.isBlank()) {
      return false;
    }
    for (String word : classAndId.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (STAMP_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean namesFurniture(String classAndId) {
    if (classAndId.isBlank()) {
      return false;
    }
    String lower = classAndId.toLowerCase(Locale.ROOT);
    for (String word : lower.split("[^a-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (FURNITURE_WORDS.contains(word)) {
        return true;
      }
      if (word.length() > 6 && !CONTENT_WORDS.contains(word)) {
        for (String stem : FURNITURE_STEMS) {
          if (word.startsWith(stem) || word.endsWith(stem)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether an element other than {@code figcaption} is a picture's caption: called so, short, and
   * beside a picture (in a {@code figure}, or next to an image).
   */
  private static boolean hasCaptionClass(Element e) {
    String c = e.className().toLowerCase(Locale.ROOT);
    if (c.isEmpty() || !(c.contains("caption") || c.contains("bildunterschrift"))) {
      return false;
    }
    if (e.text().length() > MAX_CAPTION_CHARS) {
      return false;
    }
    Element parent = e.parent();
    return e.closest("figure") != null
        || parent != null && !parent.getElementsByTag("img").isEmpty();
  }

  /** The longest text taken for a picture's caption when only a class name says it is one. */
  private static final int MAX_CAPTION_CHARS = 300;

  private static int classWeight(Element e) {
    String lower = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (lower.isBlank()) {
      return 0;
    }
    int weight = 0;
    for (String word : lower.split("[^a-z0-9]+")) {
      if (CONTENT_WORDS.contains(word)) {
        weight = 25;
        break;
      }
    }
    if (lower.contains("articlebody")
        || lower.contains("article-body")
        || lower.contains("article__body")
        || lower.contains("story-body")
        || lower.contains("entry-content")
        || lower.contains("post-content")) {
      weight += 25;
    }
    if (namesFurniture(lower)) {
      weight -= 25;
    }
    return weight;
  }

  // ---- (2) the container ----

  private List<Element> container(Element body, boolean heedNames) {
    Element itemprop = body.selectFirst("[itemprop=articleBody]");
    if (itemprop != null && itemprop.text().length() > 200) {
      return List.of(itemprop);
    }
    score(body, heedNames);
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      Element e = entry.getKey();
      double s = entry.getValue() * (1 - linkDensity(e)) + classWeight(e);
      entry.setValue(s);
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    if (best == null) {
      return List.of(body);
    }
    // A container whose parent scores near it is part of a larger article.
    Element parent = best.parent();
    while (parent != null
        && parent != body
        && scores.containsKey(parent)
        && scores.get(parent) >= bestScore * 0.9) {
      best = parent;
      bestScore = scores.get(parent);
      parent = best.parent();
    }
    if (best.parent() == null) {
      return List.of(best);
    }
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> kept = new ArrayList<>();
    for (Element sibling : best.parent().children()) {
      if (sibling == best) {
        kept.add(sibling);
        continue;
      }
      Double s = scores.get(sibling);
      if (s != null && s >= threshold) {
        kept.add(sibling);
      } else if (!isNamedFurniture(sibling, sibling.normalName())) {
        String text = sibling.text();
        double links = linkDensity(sibling);
        if (text.length() >= SIBLING_CHARS && links < SIBLING_LINK_DENSITY
            || text.length() > 0 && links == 0 && text.matches("(?s).*[.!?:]\\s*$")) {
          kept.add(sibling);
        }
      }
    }
    return kept;
  }

  private void score(Element root, boolean heedNames) {
    Map<Element, Boolean> named = new IdentityHashMap<>();
    for (Element e : root.getAllElements()) {
      String tag = e.normalName();
      if (heedNames) {
        Element parent = e.parent();
        boolean furniture =
            parent != null && named.getOrDefault(parent, false) || isNamedFurniture(e, tag);
        named.put(e, furniture);
        if (furniture) {
          continue;
        }
      }
      boolean paragraph = PARAGRAPH_TAGS.contains(tag);
      int length;
      int commas;
      if (paragraph) {
        String text = e.text();
        length = text.length();
        commas = count(text);
      } else if (tag.equals("div")
          || tag.equals("section")
          || tag.equals("article")
          || tag.equals("span") && e.parent() != null && e.parent().normalName().equals("div")) {
        // Text written straight into a container (no <p>) reads as a paragraph too.
        StringBuilder own = new StringBuilder();
        for (TextNode t : e.textNodes()) {
          own.append(t.text());
        }
        String text = own.toString().strip();
        length = text.length();
        commas = count(text);
        paragraph = length >= MIN_PARAGRAPH_CHARS;
      } else {
        continue;
      }
      if (!paragraph || length < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double s = 1 + commas + Math.min(length / 100.0, 3);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 5; level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, s / divider, Double::sum);
        ancestor = ancestor.parent();
      }
    }
  }

  private static int count(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '，') {
        n++;
      }
    }
    return n;
  }

  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.getElementsByTag("a")) {
      links += a.text().length();
    }
    return Math.min(1, links / (double) all);
  }

  // ---- (3) the text ----

  /** Writes blocks one a line, leaving out those that are mostly links. */
  private static final class Blocks {
    private final List<String> out = new ArrayList<>();

    /** Per line of {@link #out}: whether it is an item of a list or table. */
    private final List<Boolean> items = new ArrayList<>();

    private final StringBuilder line = new StringBuilder();
    private final List<String> captions;
    private int linkChars;
    private int inLink;
    private boolean heading;
    private boolean listItem;
    private boolean keepLinks;
    private Set<Element> containers;
    private int inside;
    private String pendingHeading;

    Blocks(List<String> captions) {
      this.captions = captions;
    }

    void walk(Node node) {
      if (node instanceof TextNode t) {
        text(t.getWholeText());
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "br" -> {
          end();
          return;
        }
        case "img", "picture", "source", "figcaption" -> {
          return;
        }
        case "td", "th" -> {
          if (!line.isEmpty()) {
            line.append(' ');
          }
        }
        default -> {}
      }
      boolean block = BLOCK_TAGS.contains(tag);
      if (block) {
        end();
        heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        listItem = tag.equals("li") || tag.equals("td") || tag.equals("tr") || tag.equals("dd");
      }
      boolean link = tag.equals("a");
      if (link) {
        inLink++;
      }
      boolean container = containers != null && containers.contains(e);
      if (container) {
        end();
        inside++;
      }
      for (Node child : e.childNodes()) {
        walk(child);
      }
      if (container) {
        end();
        inside--;
      }
      if (link) {
        inLink--;
      }
      if (block) {
        end();
      }
    }

    /** Soft hyphens and zero-width characters: formatting, not text. */
    private static boolean isInvisible(char c) {
      return c == '\u00AD' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private void text(String s) {
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0') {
          space = true;
          continue;
        }
        if (isInvisible(c)) {
          continue; // a soft hyphen or zero-width mark inside a word: the word is one word
        }
        if (space && !line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
        space = false;
        line.append(c);
        if (inLink > 0) {
          linkChars++;
        }
      }
      if (space && !line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
        line.append(' ');
      }
    }

    void end() {
      String text = line.toString().strip();
      if (!text.isEmpty()) {
        double density = linkChars / (double) text.length();
        boolean navigation = !keepLinks && density > MAX_LINK_DENSITY && text.length() < 400;
        boolean stamp = !keepLinks && text.length() < 40 && DATE_OR_TIME.matcher(text).matches();
        boolean outside =
            containers != null
                && inside == 0
                && !(listItem && linkChars == 0)
                && (text.length() < MIN_OUTSIDE_CHARS
                    || density > MAX_OUTSIDE_LINK_DENSITY
                    || !PROSE.matcher(text).find());
        // A short label ("Contact:", "Read more?") is held like a heading.
        boolean label =
            text.length() < MAX_LABEL_CHARS && (text.endsWith(":") || text.endsWith("?"));
        if ((heading || label) && !outside && density < 1) {
          // A heading is written only when text follows it: "Related stories" over a list of
          // links goes with the list.
          pendingHeading = text;
        } else if (!outside && !stamp && !navigation) {
          if (pendingHeading != null) {
            out.add(pendingHeading);
            items.add(false);
            pendingHeading = null;
          }
          out.add(text);
          items.add(listItem);
        } else if (navigation || outside) {
          pendingHeading = null;
        }
      }
      line.setLength(0);
      linkChars = 0;
      heading = false;
      listItem = false;
    }

    /**
     * The lines, without the short ones after the article's last paragraph (a credit, a date,
     * "Share this"): the article ends with its last paragraph, or with a list or table after it.
     */
    String text() {
      int end = out.size();
      if (!keepLinks) {
        for (int i = out.size() - 1; i >= 0; i--) {
          String line = out.get(i);
          if (line.length() >= MIN_LAST_LINE_CHARS || items.get(i) || endsASentence(line)) {
            break;
          }
          end = i;
        }
        if (end == 0) {
          end = out.size(); // no paragraph at all: keep the short lines there are
        }
      }
      return String.join("\n", out.subList(0, end)).strip();
    }
  }
}
