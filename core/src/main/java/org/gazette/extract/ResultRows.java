package org.gazette.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the rows of sports results and standings in a block: lines made of capitalised names each
 * followed by numbers ("Arsenal 2 Leeds 0", "BOSTON 66 67 .496 8 1/2"). Newswire prints many; a
 * town there names its team ("Leeds beat..." in the report below it too). A dateline ("LONDON
 * 1996-08-24", "Brussels, 3 May 2024") is no such row.
 */
final class ResultRows {
  /**
   * Words of sport: a block with one of them (or with a known team in its rows) holds results; one
   * without holds other tables ("Japan 1,234 1,100" in trade figures), whose towns and countries
   * stay places.
   */
  private static final java.util.Set<String> SPORT =
      java.util.Set.of(
          "soccer",
          "football",
          "baseball",
          "basketball",
          "hockey",
          "cricket",
          "rugby",
          "league",
          "standings",
          "cup",
          "championship",
          "division",
          "innings",
          "goals",
          "pct",
          "results");

  /** Rows longer than this are prose, not a table. */
  private static final int MAX_ROW_TOKENS = 30;

  private ResultRows() {}

  /**
   * The runs of capitalised words, as {@code {start, end}}, of the result rows of {@code tokens}; a
   * run of common words only ("BILLION VS" in "REVS 1.2 BILLION VS 1.1 BILLION") is no team, unless
   * the gazetteer knows it ({@code known}: "Derby").
   */
  static List<int[]> teams(
      List<Token> tokens,
      java.util.function.Predicate<String> common,
      java.util.function.BiPredicate<Integer, Integer> knownTeam,
      java.util.function.BiPredicate<Integer, Integer> known) {
    List<int[]> out = new ArrayList<>();
    int n = tokens.size();
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || tokens.get(i).is(Token.NEWLINE_BEFORE)) {
        row(tokens, start, i, common, known, out);
        start = i;
      }
    }
    if (out.isEmpty()
        || isSport(tokens)
        || out.stream().anyMatch(r -> knownTeam.test(r[0], r[1]))) {
      return out;
    }
    return List.of();
  }

  /** Whether a word of {@link #SPORT} stands in {@code tokens}. */
  static boolean isSport(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.isWord() && SPORT.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private static void row(
      List<Token> tokens,
      int a,
      int b,
      java.util.function.Predicate<String> common,
      java.util.function.BiPredicate<Integer, Integer> known,
      List<int[]> out) {
    if (b - a < 3 || b - a > MAX_ROW_TOKENS || !isCapital(tokens.get(a))) {
      return;
    }
    int numbers = 0;
    boolean firstNumberSeen = false;
    List<int[]> runs = new ArrayList<>();
    int run = -1;
    int depth = 0;
    for (int i = a; i < b; i++) {
      Token t = tokens.get(i);
      boolean capital = isCapital(t);
      depth += t.text().equals("(") ? 1 : t.text().equals(")") && depth > 0 ? -1 : 0;
      if (t.isWord() && !capital && depth == 0) {
        return; // a word in lower case: prose; but "Colorado 6 ST LOUIS 5 (10 innings)"
      }
      if (capital && DateWords.month(t.lower()) > 0 && isBesideNumber(tokens, a, b, i)) {
        return; // "Brussels, 3 May 2024": a place and a date, no result
      }
      if (t.is(Token.NUMBER) || t.isWord() && Character.isDigit(t.text().charAt(0))) {
        if (!firstNumberSeen && t.text().length() == 4) {
          return; // "LONDON 1996-08-24": a dateline
        }
        firstNumberSeen = true;
        numbers++;
      }
      if (capital && run < 0) {
        run = i;
      } else if (!capital && run >= 0) {
        runs.add(new int[] {run, i});
        run = -1;
      }
    }
    if (run >= 0) {
      runs.add(new int[] {run, b});
    }
    if (numbers < 2) {
      return;
    }
    for (int[] r : runs) {
      boolean proper = false;
      for (int k = r[0]; k < r[1]; k++) {
        proper |= !common.test(tokens.get(k).lower());
      }
      if (proper || known.test(r[0], r[1])) {
        out.add(r); // a common word that names a known town or team counts: "Wimbledon 0 Derby 1"
      }
    }
  }

  /** Whether a number stands right before or after token {@code i} of the row {@code [a, b)}. */
  private static boolean isBesideNumber(List<Token> tokens, int a, int b, int i) {
    return i > a && tokens.get(i - 1).is(Token.NUMBER)
        || i + 1 < b && tokens.get(i + 1).is(Token.NUMBER);
  }

  private static boolean isCapital(Token t) {
    return t.isWord()
        && (t.isCap() || t.is(Token.ALL_CAPS))
        && !Character.isDigit(t.text().charAt(0));
  }
}
