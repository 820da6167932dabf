package org.gazette.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
 * <p>NOTE: thread-safe and deterministic; time is linear in the length of the text (no pattern is
 * run over a long line), so a 50 MB text cleans in seconds.
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
    String title =
        raw.title() == null ? "" : TextLines.normalise(raw.title(), 0, raw.title().length());
    List<String> body = new RepeatFilter().collapse(without(lines, title));
    return article(raw, title, raw.source(), raw.authors(), body);
  }

  private Article cleanScraped(RawArticle raw, List<String> lines) {
    Byline byline = null;
    int headlineAt = -1;
    for (int i = 0; i < lines.size() && headlineAt < 0; i++) {
      String line = lines.get(i);
      Byline b = Byline.parse(line);
      if (b != null) {
        byline = byline == null ? b : byline;
      } else if (isHeadline(line)) {
        headlineAt = i;
      }
    }
    String headline = "";
    String source = blankToNull(raw.source());
    List<String> body = lines;
    if (headlineAt >= 0) {
      headline = lines.get(headlineAt);
      body = without(lines.subList(headlineAt + 1, lines.size()), headline);
      SourceFinder.SourcedTitle sourced = SourceFinder.fromHeadline(headline);
      if (sourced != null) {
        headline = sourced.title();
        body = without(body, headline);
        source = source == null ? sourced.source() : source;
      }
    }
    String title =
        raw.title() == null ? headline : TextLines.normalise(raw.title(), 0, raw.title().length());
    body = new ArrayList<>(without(body, title));
    byline = removeByline(body, byline);
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

  private static boolean isHeadline(String line) {
    return line.length() <= MAX_HEADLINE_CHARS
        && line.indexOf(' ') > 0
        && !TextLines.isDateLine(line);
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
    return new Article(id, title, blankToNull(source), raw.url(), raw.published(), authors, text);
  }

  /** {@code lines} without those that repeat {@code title} (same letters and digits). */
  private static List<String> without(List<String> lines, String title) {
    String key = RepeatFilter.key(title);
    if (key.isEmpty()) {
      return lines;
    }
    return lines.stream().filter(l -> !RepeatFilter.key(l).equals(key)).toList();
  }

  static String contentHash(String title, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(title.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
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
