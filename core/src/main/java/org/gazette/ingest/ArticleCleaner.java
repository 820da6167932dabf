package org.gazette.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.gazette.model.Article;
import org.gazette.model.RawArticle;

/**
 * Turns a raw article into a clean {@link Article}: drops page furniture, collapses repeated lines
 * and paragraphs, and for raw scraped text also finds the headline, the publication and the byline
 * and splits words the scraper glued together.
 *
 * <p>Scraped text ({@link RawArticle#scraped()}): the title is the first real line (not furniture,
 * not a one-word section label such as "Security", not a photo credit, byline or date); lines
 * before it go, and it leaves the body with its repeats. The source is, in order: the metadata, a
 * prefix or pipe suffix of the headline ("politico – ..."), a signature line closing the article
 * ("Arab Observer"), the organisation of the byline. The byline ("By Anas al-Bar |") gives the
 * authors unless the metadata does, and leaves the body. A title given by metadata wins over the
 * headline found.
 *
 * <p>Other input (JSON with a title) is only lightly cleaned: spaces normalised, furniture dropped,
 * repeats collapsed; title, source and authors are kept as given.
 *
 * <p>The body holds one paragraph per line of input, separated by a blank line ({@code "\n\n"}).
 * The id is the metadata id, else {@link RawArticle#fallbackId()}, else the first 16 hex digits of
 * the SHA-256 of the cleaned title and body.
 *
 * <p>NOTE: thread-safe and deterministic. Time is linear in the length of the text: patterns that
 * could backtrack only ever see short lines, and repeats are looked for in a bounded window, so a
 * 50 MB text cleans in seconds.
 */
public final class ArticleCleaner {
  /** Lines after the headline in which a byline is looked for. */
  private static final int BYLINE_LINES = 8;

  /** The longest line taken for a headline; a longer first line is a paragraph. */
  private static final int MAX_HEADLINE_CHARS = 300;

  /** Creates a cleaner; it holds no state. */
  public ArticleCleaner() {}

  /** The clean article of {@code raw}; see the class comment for what is done. */
  public Article clean(RawArticle raw) {
    List<String> lines = withoutFurniture(TextLines.split(raw.text()), raw.scraped());
    return raw.scraped() ? cleanScraped(raw, lines) : cleanLightly(raw, lines);
  }

  private Article cleanLightly(RawArticle raw, List<String> lines) {
    String title = raw.title() == null ? "" : normalised(raw.title());
    List<String> body =
        new RepeatFilter().collapse(without(lines, Set.of(RepeatFilter.key(title))));
    return article(raw, title, raw.source(), raw.authors(), body);
  }

  /** Where the headline is among the lines (-1: none), and a byline seen before it. */
  private record Head(int at, Byline byline) {}

  /**
   * The first real line: not a one-word label, byline or date line, and not a whole paragraph (then
   * there is no headline).
   */
  private static Head findHead(List<String> lines) {
    Byline byline = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Byline b = Byline.parse(line);
      if (b != null) {
        byline = byline == null ? b : byline;
      } else if (line.indexOf(' ') > 0 && !TextLines.isDateLine(line)) {
        return new Head(line.length() <= MAX_HEADLINE_CHARS ? i : -1, byline);
      }
    }
    return new Head(-1, byline);
  }

  private Article cleanScraped(RawArticle raw, List<String> lines) {
    Head head = findHead(lines);
    int headlineAt = head.at();
    String headline = "";
    String source = blankToNull(raw.source());
    List<String> body = lines;
    Set<String> titleKeys = new HashSet<>();
    if (headlineAt >= 0) {
      headline = lines.get(headlineAt);
      body = lines.subList(headlineAt + 1, lines.size());
      titleKeys.add(RepeatFilter.key(headline));
      SourceFinder.SourcedTitle sourced = SourceFinder.fromHeadline(headline);
      if (sourced != null) {
        headline = sourced.title();
        titleKeys.add(RepeatFilter.key(headline));
        source = source == null ? sourced.source() : source;
      }
    }
    String title = raw.title() == null ? headline : normalised(raw.title());
    titleKeys.add(RepeatFilter.key(title));
    body = without(body, titleKeys);
    Byline byline = removeByline(body, head.byline());
    body = new RepeatFilter().collapse(body);
    source = removeSignature(body, source);
    if (source == null && byline != null) {
      source = byline.affiliation();
    }
    List<String> authors = raw.authors();
    if (authors.isEmpty() && byline != null) {
      authors = byline.authors();
    }
    return article(raw, title, source, authors, body);
  }

  /**
   * The lines without residue, furniture, poll options and lines without a letter or digit; for
   * scraped text, glued words are split too.
   */
  private static List<String> withoutFurniture(List<String> lines, boolean scraped) {
    List<String> kept = new ArrayList<>(lines.size());
    boolean inPoll = false;
    for (String line : lines) {
      String s = Boilerplate.stripResidue(scraped ? GluedWordSplitter.split(line) : line);
      if (Boilerplate.opensPoll(s)) {
        inPoll = true;
        continue;
      }
      if (inPoll && !s.isEmpty() && Boilerplate.isPollOption(s)) {
        continue;
      }
      inPoll = false;
      if (hasLetterOrDigit(s) && !Boilerplate.isFurniture(s)) {
        kept.add(s);
      }
    }
    return kept;
  }

  /** Removes the first byline among the first lines of {@code body}; returns the byline found. */
  private static Byline removeByline(List<String> body, Byline before) {
    for (int i = 0; i < Math.min(BYLINE_LINES, body.size()); i++) {
      Byline b = Byline.parse(body.get(i));
      if (b != null) {
        body.remove(i);
        return before == null ? b : before;
      }
    }
    return before;
  }

  /**
   * Removes a signature line closing the article when it names the source, or gives the source when
   * none is known yet; returns the source.
   */
  private static String removeSignature(List<String> body, String source) {
    if (body.size() < 2) {
      return source;
    }
    String last = body.get(body.size() - 1);
    if (!SourceFinder.isSignature(last)) {
      return source;
    }
    if (source == null) {
      body.remove(body.size() - 1);
      return last;
    }
    if (RepeatFilter.key(last).equals(RepeatFilter.key(source))) {
      body.remove(body.size() - 1);
    }
    return source;
  }

  private static Article article(
      RawArticle raw, String title, String source, List<String> authors, List<String> body) {
    String text = String.join("\n\n", body);
    String id = raw.id() != null ? raw.id() : raw.fallbackId();
    if (id == null) {
      id = contentHash(title, text);
    }
    return new Article(
        id,
        title,
        blankToNull(source),
        raw.url(),
        raw.published(),
        authors,
        text,
        raw.publishedAt());
  }

  /** {@code lines} without those that repeat a title (same letters and digits as one of them). */
  private static List<String> without(List<String> lines, Set<String> titleKeys) {
    List<String> kept = new ArrayList<>(lines.size());
    for (String line : lines) {
      String key = RepeatFilter.key(line);
      if (key.isEmpty() || !titleKeys.contains(key)) {
        kept.add(line);
      }
    }
    return kept;
  }

  private static String normalised(String s) {
    return TextLines.normalise(s, 0, s.length());
  }

  static String contentHash(String title, String body) {
    MessageDigest sha = Sha256.newDigest();
    sha.update(title.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    sha.update(body.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
