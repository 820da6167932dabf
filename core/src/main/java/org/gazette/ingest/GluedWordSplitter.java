package org.gazette.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Splits words that a scraper glued together across a lost line break: {@code "ABC NewsFive U.S.
 * personnel"} becomes {@code "ABC News Five U.S. personnel"}, {@code "Al-JadeedAccording to"}
 * becomes {@code "Al-Jadeed According to"}.
 *
 * <p>A word is split at a lower-case to upper-case step only when all of these hold, so that real
 * names and brands (McFarlane, MacFarlane, DeSantis, LeBron, PowerPoint, iPhone, YouTube, JPMorgan,
 * PayPal, WhatsApp, LinkedIn, FiveThirtyEight, al-Qaeda) stay whole:
 *
 * <ul>
 *   <li>the right part runs to the end of the word and is one of {@link #SENTENCE_OPENERS};
 *   <li>the left part (since the word start, a hyphen or an apostrophe) has at least three letters,
 *       is a plain word (an optional capital, then lower case only) and is not a name prefix such
 *       as Mac, Van or Von;
 *   <li>a two-letter right part ("In", "On", "At") counts only before a determiner ("In the"),
 *       because brands end in them ("LinkedIn is").
 * </ul>
 *
 * <p>NOTE: stateless and thread-safe; linear in the length of the text.
 */
final class GluedWordSplitter {
  /**
   * Words that often start an English sentence, capitalised: articles and determiners, personal
   * pronouns, prepositions, conjunctions, cardinal number words, and the adverbs and connectives
   * that open news sentences ("According", "Meanwhile", "However"). Written by hand from English
   * grammar (closed word classes) and general news style, not from any article. Words that end
   * well-known CamelCase brands or names are left out on purpose: One, Only, Even, Now, Next, Over,
   * You, Here, Point, Time, App.
   */
  static final Set<String> SENTENCE_OPENERS =
      TextLines.wordSet(
          """
          The This That These Those There Their They She His Her Its Our Some Many Most Several
          Each Every All Both Few Another Other Such Neither Either Any Much What Which Who Whose
          Whom
          According After Before During Since Until Following Despite Among Amid Against Across
          Along Around Between Beyond Through Throughout Toward Towards Upon Within Without With
          From For Under Unlike Like Regarding Concerning
          And But Yet Nor Although Though Because While Whereas When Where Whether Why How Unless
          Once
          However Meanwhile Moreover Furthermore Also Still Instead Nevertheless Nonetheless
          Therefore Thus Hence Indeed Then Later Earlier Today Yesterday Tomorrow Tonight Recently
          Previously Currently Additionally Separately Similarly Likewise Finally Last First Second
          Third Overall Already Officially Reportedly
          Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen
          Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety
          Hundred Hundreds Thousand Thousands Million Millions Billion Dozens
          """);

  /** Two-letter sentence openers, split off only before a {@link #DETERMINERS} word. */
  static final Set<String> SHORT_OPENERS = TextLines.wordSet("In On At By As An If So Of To");

  private static final Set<String> DETERMINERS =
      TextLines.wordSet(
          """
          the a an this that these those his her its their our some many most all each every
          several both recent late early
          """);

  /** Name prefixes after which a capital belongs to the same name: MacFarlane, VanDyke... */
  private static final Set<String> NAME_PREFIXES =
      TextLines.wordSet("mac van von der den del della des dos das fitz ter");

  private GluedWordSplitter() {}

  /** {@code text} with glued words split by a space; the same instance when nothing is glued. */
  static String split(String text) {
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isLetter(text.charAt(end))) {
        end++;
      }
      int at = splitPoint(text, i, end);
      if (at > 0) {
        out = out == null ? new StringBuilder(n + 16) : out;
        out.append(text, copied, at).append(' ');
        copied = at;
      }
      i = end;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /** Where to split the letter run {@code [start, end)}, or -1. */
  private static int splitPoint(String text, int start, int end) {
    // The right part: one capital then lower case to the end of the run.
    int at = end - 1;
    while (at > start && Character.isLowerCase(text.charAt(at))) {
      at--;
    }
    if (at - start < 3 || !Character.isUpperCase(text.charAt(at))) {
      return -1;
    }
    if (!Character.isLowerCase(text.charAt(at - 1)) || !plainWord(text, start, at)) {
      return -1;
    }
    String right = text.substring(at, end);
    if (NAME_PREFIXES.contains(text.substring(start, at).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    if (SENTENCE_OPENERS.contains(right)) {
      return at;
    }
    return SHORT_OPENERS.contains(right) && determinerFollows(text, end) ? at : -1;
  }

  /** An optional capital then lower case only: "News", "Jadeed", not "FiveThirty" or "McDonald". */
  private static boolean plainWord(String text, int start, int end) {
    for (int k = start + 1; k < end; k++) {
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean determinerFollows(String text, int end) {
    if (end >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    int wordEnd = end + 1;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    return DETERMINERS.contains(text.substring(end + 1, wordEnd));
  }
}
