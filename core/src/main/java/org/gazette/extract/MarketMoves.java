package org.gazette.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.model.Article;

/**
 * Reads a market report's words after a name that say its shares moved: "Fiat gained 1.5 percent",
 * "Cadbury Schweppes dipped 4p to 512p", "Dresdner Bank gained 1.20 marks to 41.50", "Bayer and
 * Hoechst were little changed". Wire copy on the day's trading names most companies so, with no
 * word of their trade, and their names sound like people's ("Elf Aquitaine") or towns' ("Olivetti")
 * as often as not. A move by an amount of money or a percentage (or to a price) says so wherever it
 * stands; a move without one ("Elf Aquitaine eased") only in an article that speaks of shares.
 *
 * <p>A name the gazetteer knows as a country or a sizeable place keeps its type ({@link
 * MentionResolver}): "Tokyo fell 2 percent" is the town's market. A move in the polls is a
 * politician's ("Dole gained 3 percent in the polls").
 *
 * <p>NOTE: stateless and thread-safe.
 */
final class MarketMoves {
  /** Verbs of a price that moves, as a market report writes them after a company's name. */
  private static final String MOVES =
      "rose|fell|gained|lost|eased|slipped|dipped|climbed|jumped|dropped|added|shed|firmed|slid"
          + "|tumbled|plunged|soared|advanced|declined|rallied|surged|sank|slumped|rebounded"
          + "|edged (?:up|down|higher|lower)|(?:was|were|closed|ended|finished) (?:up|down|off)";

  /** Units of a price or its move: "4p", "1.20 marks", "2.1 percent". */
  private static final String UNITS =
      "p|pence|cents?|percent|per cent|pct|%|marks|pfennigs?|francs|centimes|lire|yen|pounds"
          + "|dollars|euros?|crowns|kronor|kroner|guilders|rand|rupees|baht|pesos|schillings";

  /** A number as prices are written: "41.50", "1,200", "1-1/8", "3/4". */
  private static final String NUMBER = "\\d+(?:[.,]\\d+)*(?:[- ]\\d+/\\d+|/\\d+)?";

  /** An amount: with a currency sign, with a unit, or a number that a price "to" follows. */
  private static final String AMOUNT =
      "(?:[$£€]\\s?"
          + NUMBER
          + "|"
          + NUMBER
          + "\\s?(?:"
          + UNITS
          + ")(?![\\p{L}])|"
          + NUMBER
          + "(?=\\s+to\\s+[$£€]?\\d))";

  /** A move by or to an amount, right after the name: "rose 3p to 169p", "fell to $41". */
  private static final Pattern MOVE_BY =
      Pattern.compile(
          "(?:\\s+(?:also|both|later))?\\s+(?:"
              + MOVES
              + ")(?:\\s+(?:by|to|a further|another|as much as|more than|nearly|almost))?\\s+"
              + AMOUNT);

  /** A move without an amount, or no move: "Elf Aquitaine eased.", "Total was unchanged". */
  private static final Pattern MOVE_ALONE =
      Pattern.compile(
          "(?:\\s+(?:also|both))?\\s+(?:eased|slipped|dipped|firmed|weakened"
              + "|edged (?:up|down|higher|lower)|traded (?:higher|lower|firmer|weaker)"
              + "|led(?: [\\p{L}\\d]+){1,2} (?:higher|lower)"
              + "|(?:was|were) (?:little changed|unchanged|steady|flat|firmer|weaker))"
              + "(?=[\\s.,;]|$)");

  /** One name of a list before the name that the move follows: ", Bayer" or " and Hoechst". */
  private static final Pattern LIST_NAME =
      Pattern.compile(
          "(?:,\\s+|,?\\s+and\\s+)\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,3}");

  /** Words after a move that make it one in the polls, a politician's. */
  private static final Set<String> POLLS =
      Set.of("poll", "polls", "vote", "votes", "approval", "support", "rating", "ratings");

  /** Words that say an article speaks of shares. */
  private static final Set<String> MARKET_WORDS =
      Set.of("shares", "stocks", "bourse", "bourses", "equities", "share");

  /** Words before a name that make it no subject of a move. */
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "of", "at", "from", "on", "for", "to", "across", "near", "by", "with", "into");

  /** A measure of the money supply, which grows and shrinks as shares do: "M3", "M-2". */
  private static final Pattern MONEY_MEASURE = Pattern.compile("\\bM-?\\d");

  /** The most names of a list before the move. */
  private static final int LIST_NAMES = 4;

  /**
   * The words that may follow a name when a move of its shares does ({@link #mayFollow}): the first
   * words of {@link #MOVES} and of the adverbs before them, and the joints of a list.
   */
  private static final Set<String> FIRST_WORDS =
      Set.of(
          "rose",
          "fell",
          "gained",
          "lost",
          "eased",
          "slipped",
          "dipped",
          "climbed",
          "jumped",
          "dropped",
          "added",
          "shed",
          "firmed",
          "slid",
          "tumbled",
          "plunged",
          "soared",
          "advanced",
          "declined",
          "rallied",
          "surged",
          "sank",
          "slumped",
          "rebounded",
          "edged",
          "was",
          "were",
          "closed",
          "ended",
          "finished",
          "also",
          "both",
          "later",
          "weakened",
          "traded",
          "led",
          "and",
          ",");

  private MarketMoves() {}

  /**
   * Whether the word after a name, in lower case, may open a move of its shares or go on to the
   * next name of a list: a cheap test before {@link #follows}.
   */
  static boolean mayFollow(String lower) {
    return FIRST_WORDS.contains(lower);
  }

  /**
   * Whether the name from {@code start} to {@code end} of {@code text}, or the list of names it
   * opens, is followed by a move of its shares; one without an amount counts only if {@code
   * marketReport}. Not a name after a preposition, which is no subject ("rigs in the Gulf of Mexico
   * declined by 0.7 pct"), nor one after "the" in a sentence or one word after "The", which names
   * an index ("The Dow lost 5%", "the Nikkei fell 2 percent"), nor a measure of money ("M3 rose 7.5
   * pct").
   */
  static boolean follows(String text, int start, int end, boolean marketReport) {
    if (!(end < text.length() && text.charAt(end) == ',')
        && !FIRST_WORDS.contains(WorkCues.wordAfter(text, end))) {
      return false; // most names: no verb of a move nor a list after them
    }
    String before = WorkCues.wordBefore(text, start);
    boolean oneWord = text.substring(start, end).indexOf(' ') < 0;
    if (before.equals("the")
        && (oneWord || !text.startsWith("The", start - wordGap(text, start) - 3))) {
      return false;
    }
    if (PREPOSITIONS.contains(before) || MONEY_MEASURE.matcher(text).region(start, end).find()) {
      return false;
    }
    int at = end;
    for (int names = 0; names <= LIST_NAMES; names++) {
      if (movesAt(text, at, marketReport)) {
        return true;
      }
      Matcher m = LIST_NAME.matcher(text).region(at, Math.min(text.length(), at + 80));
      if (!m.lookingAt()) {
        return false;
      }
      at = m.end();
    }
    return false;
  }

  /** The spaces right before {@code start}. */
  private static int wordGap(String text, int start) {
    int gap = 0;
    while (start - gap > 0 && text.charAt(start - gap - 1) == ' ') {
      gap++;
    }
    return gap;
  }

  private static boolean movesAt(String text, int at, boolean marketReport) {
    int limit = Math.min(text.length(), at + 80);
    Matcher by = MOVE_BY.matcher(text).region(at, limit);
    if (by.lookingAt()) {
      return !inPolls(text, by.end());
    }
    return marketReport && MOVE_ALONE.matcher(text).region(at, limit).lookingAt();
  }

  /** Whether a word of {@link #POLLS} stands within the next few words after {@code from}. */
  private static boolean inPolls(String text, int from) {
    String after = text.substring(from, Math.min(text.length(), from + 40));
    int stop = after.indexOf('.');
    if (stop >= 0) {
      after = after.substring(0, stop);
    }
    for (String word : after.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (POLLS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the title or body of {@code article} speaks of shares ({@link #MARKET_WORDS}). */
  static boolean isMarketReport(Article article) {
    return WorkCues.holdsWord(article, MARKET_WORDS);
  }
}
