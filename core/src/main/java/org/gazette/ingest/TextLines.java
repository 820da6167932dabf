package org.gazette.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gazette.text.HardWrap;

/**
 * Splits article text into normalised lines: every kind of space (tabs, no-break spaces) becomes
 * one plain space, invisible characters (zero-width spaces, soft hyphens, control characters) go,
 * and lines are trimmed; blank lines are left out. Everything else (quotes, dashes, diacritics) is
 * kept exactly.
 *
 * <p>A line that a hard wrap cut in the middle of a sentence is joined to the next: a line of 30
 * characters or more without closing punctuation, followed in the same block by a line that starts
 * in lower case, or, when the whole text is wrapped at a fixed width (newswire), by any line that
 * is not indented as a new paragraph.
 *
 * <p>NOTE: stateless and thread-safe; linear in the length of the text.
 */
final class TextLines {
  private static final int MIN_WRAPPED_CHARS = 30;

  private static final Set<String> DATE_WORDS =
      TextLines.wordSet(
          """
          january february march april may june july august september october november december
          jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
          friday saturday sunday mon tue wed thu fri sat sun am pm gmt utc updated published
          posted last on at edt est bst cet ast st nd rd th
          """);

  private TextLines() {}

  /** The words of a space-separated list (a text block of word lists), as a set. */
  static Set<String> wordSet(String spaceSeparated) {
    return Set.of(spaceSeparated.strip().split("\\s+"));
  }

  /** The non-blank normalised lines of {@code text}, hard-wrapped sentences joined. */
  static List<String> split(String text) {
    String lf = TextDecoder.normaliseLineEnds(text);
    boolean wrapped = HardWrap.isHardWrapped(lf, 0, lf.length());
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int start = 0;
    while (start <= lf.length()) {
      int end = lf.indexOf('\n', start);
      end = end < 0 ? lf.length() : end;
      String line = normalise(lf, start, end);
      boolean indented = start < end && (lf.charAt(start) == ' ' || lf.charAt(start) == '\t');
      if (!current.isEmpty()
          && (line.isEmpty() || !continues(current, line, wrapped && !indented))) {
        lines.add(current.toString());
        current.setLength(0);
      }
      if (!line.isEmpty()) {
        current.append(current.isEmpty() ? "" : " ").append(line);
      }
      start = end + 1;
    }
    if (!current.isEmpty()) {
      lines.add(current.toString());
    }
    return lines;
  }

  /**
   * Whether the line only gives a date or time ("Sat 27 January 2024, 10:15 GMT", "Updated:
   * 27/01/2024"): such a line is never a headline.
   */
  static boolean isDateLine(String line) {
    if (line.length() > 80) {
      return false;
    }
    boolean digit = false;
    for (String word : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (Character.isDigit(word.charAt(0))) {
        digit = true;
      } else if (!DATE_WORDS.contains(word)) {
        return false;
      }
    }
    return digit;
  }

  /** {@code text[start, end)} with spaces normalised and invisible characters removed. */
  static String normalise(String text, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = !out.isEmpty();
      } else if (!invisible(c)) {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean invisible(char c) {
    return c == '\u200B'
        || c == '\uFEFF'
        || c == '\u2060'
        || c == '\u00AD'
        || Character.getType(c) == Character.CONTROL;
  }

  /**
   * Whether {@code line} goes on the sentence of {@code previous}: it starts in lower case, or, in
   * hard-wrapped text ({@code wrappedText}, the line not indented as a new paragraph), in any case
   * ("chairman Paul" / "Volcker said").
   */
  private static boolean continues(CharSequence previous, String line, boolean wrappedText) {
    if (previous.length() < MIN_WRAPPED_CHARS
        || !wrappedText && !Character.isLowerCase(line.charAt(0))) {
      return false;
    }
    char last = previous.charAt(previous.length() - 1);
    return ".!?:;\"”’')]…".indexOf(last) < 0;
  }
}
