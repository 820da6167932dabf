package org.gazette.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication of scraped text where the page gives it: as a prefix of the headline
 * ({@code "politico – US, Iraqi officials to..."}), as a suffix after a pipe ({@code "... | BBC
 * News"}), or as a signature line at the end of the article ({@code "Arab Observer"}).
 *
 * <p>NOTE: stateless and thread-safe. A headline prefix counts only when written all in lower case
 * or all in capitals and followed by a capitalised headline: "Iraq – the long goodbye" is a
 * headline, not a source, and "BAGHDAD - Coalition forces struck targets." a dateline and a
 * sentence.
 */
final class SourceFinder {
  /** A headline split into its publication and the headline proper. */
  record SourcedTitle(String source, String title) {}

  private static final Pattern PREFIX =
      Pattern.compile(
          "((?:\\p{Ll}[\\p{Ll}\\d.&'-]*)(?: \\p{Ll}[\\p{Ll}\\d.&'-]*){0,2}"
              + "|(?:\\p{Lu}[\\p{Lu}\\d.&'-]{2,})(?: \\p{Lu}[\\p{Lu}\\d.&'-]*){0,2})"
              + " [–—|-] ([\\p{Lu}\\d\"“‘'].*)");

  private static final Pattern SUFFIX = Pattern.compile("(.*\\S) \\| ([^|]{2,40})");

  /** Lower-case words a publication name may contain after its first word. */
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "al", "el", "de");

  private SourceFinder() {}

  /** The publication named by a prefix or pipe suffix of {@code headline}, or {@code null}. */
  static SourcedTitle fromHeadline(String headline) {
    if (headline.length() > 400) {
      return null;
    }
    Matcher prefix = PREFIX.matcher(headline);
    if (prefix.matches()
        && prefix.group(1).length() <= 30
        && words(prefix.group(2)) >= 3
        && !isSentence(prefix.group(2))) {
      return new SourcedTitle(presentable(prefix.group(1)), prefix.group(2).strip());
    }
    Matcher suffix = SUFFIX.matcher(headline);
    if (suffix.matches() && looksLikeName(suffix.group(2).strip()) && words(suffix.group(1)) >= 3) {
      return new SourcedTitle(presentable(suffix.group(2).strip()), suffix.group(1).strip());
    }
    return null;
  }

  /**
   * Whether the last line of an article is a signature naming its publication: one to four
   * capitalised words (lower-case connectors such as "of" allowed inside), no digits and no
   * sentence punctuation, like "Arab Observer" or "The New Arab".
   */
  static boolean isSignature(String line) {
    return line.length() <= 40 && looksLikeName(line);
  }

  /**
   * A publication name cased for display: lower-case names get capitals ("politico" becomes
   * "Politico"), anything else (all capitals such as "BBC", mixed case) is kept as written.
   */
  static String presentable(String name) {
    if (!name.equals(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean wordStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(wordStart ? Character.toUpperCase(c) : c);
      wordStart = c == ' ' || c == '-';
    }
    return out.toString();
  }

  private static boolean looksLikeName(String s) {
    String[] words = s.split(" ");
    if (words.length > 4 || !Character.isUpperCase(words[0].charAt(0))) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || CONNECTORS.contains(w))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '&') {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether {@code s} ends as a sentence does, with a full stop: then the capitals before the dash
   * are a dateline opening the text ("BAGHDAD - Coalition forces struck targets in Mosul."), and a
   * headline ends without one.
   */
  private static boolean isSentence(String s) {
    String t = s.strip();
    return t.endsWith(".") && !t.endsWith("..");
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }
}
