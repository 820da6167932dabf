package org.gazette.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds the town that names a team in the prose of a match report: "Leeds beat Fulham 2-1", "Tulsa
 * defeated Bowling Green 31-14", "a 3-1 win over Porto". A place right before a verb of winning or
 * losing, or right after one (or after "win over", "lost to", "drew with"), is a team when its
 * sentence gives a score or its block speaks of sport; elsewhere ("Russia beat back the attack",
 * "Germany defeated France in 1940") it stays a place. A country or region stays a place even there
 * ({@link TaggedNames}): its side is written as the place, and news files it so.
 *
 * <p>The rows of results and standings themselves are {@link ResultRows}'.
 */
final class MatchReports {
  /** Verbs of a result whose subject and object are the two sides: "X beat Y". */
  private static final Set<String> RESULT_VERBS =
      Set.of(
          "beat",
          "beats",
          "beating",
          "defeating",
          "defeated",
          "defeats",
          "edged",
          "edges",
          "thrashed",
          "thrash",
          "routed",
          "hammered",
          "crushed",
          "swept",
          "sweep",
          "trounced",
          "upset",
          "outscored",
          "overcame",
          "downed",
          "blanked",
          "whipped",
          "stunned",
          "eliminated",
          "knocked",
          "outplayed");

  /** Verbs whose subject is a side but whose object is no side ("X won 5-3", "X drew 1-1"). */
  private static final Set<String> SUBJECT_VERBS =
      Set.of("won", "wins", "lost", "loses", "drew", "draws", "tied", "rallied", "scored");

  /** Words that take a side after them once a result word comes first ("win over X"). */
  private static final Set<String> LINKS = Set.of("over", "against", "to", "with", "by", "past");

  /** Result words before a {@link #LINKS} word: "win over", "lost to", "drew with". */
  private static final Set<String> LINKED =
      Set.of(
          "win",
          "wins",
          "won",
          "victory",
          "victories",
          "lost",
          "losing",
          "loss",
          "losses",
          "lose",
          "fell",
          "falling",
          "winning",
          "defeat",
          "defeated",
          "beaten",
          "drew",
          "draw",
          "tie",
          "tied",
          "rallied",
          "edged",
          "game",
          "match",
          "clash",
          "final",
          "semifinal");

  /**
   * Words of sport that make a block a match report without a score, besides those of the rows of
   * results ({@link ResultRows#isSport}); none that war or politics use as well ("goal", "season",
   * "coach").
   */
  private static final Set<String> SPORT =
      Set.of(
          "playoff",
          "playoffs",
          "inning",
          "striker",
          "midfielder",
          "quarterback",
          "touchdown",
          "halftime",
          "half-time",
          "stadium");

  private MatchReports() {}

  /**
   * Whether the place at tokens {@code [a, b)} of {@code s} stands as a side of a match: a result
   * verb right before or after it, and a score in its sentence or a word of sport in its block.
   */
  static boolean isSide(FieldScan s, int a, int b) {
    if (!beforeSide(s, a) && !afterSide(s, b)) {
      return false;
    }
    return hasScore(s, sentenceStart(s, a), sentenceEnd(s, b))
        || ResultRows.isSport(s.tokens())
        || isSport(s.tokens());
  }

  /** "beat X", "win over X", "lost to X". */
  private static boolean beforeSide(FieldScan s, int a) {
    String p1 = lowerWord(s, a - 1);
    if (RESULT_VERBS.contains(p1)) {
      return true;
    }
    if (!LINKS.contains(p1)) {
      return false;
    }
    // "win over X", or with the score between: "won 5-3 against X".
    return LINKED.contains(lowerWord(s, a - 2))
        || isScore(s, a - 2) && LINKED.contains(lowerWord(s, a - 3));
  }

  /** "X beat", "X won 5-3", "X drew with". */
  private static boolean afterSide(FieldScan s, int b) {
    String n1 = lowerWord(s, b);
    return RESULT_VERBS.contains(n1) || SUBJECT_VERBS.contains(n1);
  }

  private static String lowerWord(FieldScan s, int i) {
    if (i < 0 || i >= s.tokens().size()) {
      return "";
    }
    Token t = s.token(i);
    return t.isWord() ? t.lower() : "";
  }

  private static int sentenceStart(FieldScan s, int a) {
    int i = a;
    while (i > 0 && !s.token(i).is(Token.SENTENCE_START)) {
      i--;
    }
    return i;
  }

  private static int sentenceEnd(FieldScan s, int b) {
    int i = b;
    while (i < s.tokens().size() && !s.token(i).is(Token.SENTENCE_START)) {
      i++;
    }
    return i;
  }

  private static boolean hasScore(FieldScan s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isScore(s, i)) {
        return true;
      }
    }
    return false;
  }

  /** "2-1" as one token, or "2 – 1" as three; each side one to three digits. */
  static boolean isScore(FieldScan s, int i) {
    if (i < 0 || i >= s.tokens().size()) {
      return false;
    }
    String text = s.token(i).text();
    if (isScore(text)) {
      return true;
    }
    if (!s.token(i).is(Token.NUMBER) || i + 2 >= s.tokens().size()) {
      return false;
    }
    String mid = s.token(i + 1).text();
    String right = s.token(i + 2).text();
    return (mid.equals("-") || mid.equals("\u2013"))
        && isGoals(text, 0, text.length())
        && isGoals(right, 0, right.length());
  }

  /** "2-1", "27-27": one to three digits on each side of a hyphen. */
  static boolean isScore(String text) {
    int dash = text.indexOf('-');
    return dash > 0 && isGoals(text, 0, dash) && isGoals(text, dash + 1, text.length());
  }

  private static boolean isGoals(String text, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSport(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.isWord() && SPORT.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }
}
