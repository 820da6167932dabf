package org.gazette.extract;

import java.util.List;
import java.util.function.Predicate;

/**
 * Marks sentence starts, and lines whose capitals say little: lines mostly in capitals ("BAHIA
 * COCOA REVIEW") and headlines in title case. On title-case lines common words lose their capital.
 */
final class LineCase {
  private LineCase() {}

  /** Rewrites {@code tokens} in place with sentence-start and case-reliability flags. */
  static void mark(
      List<Token> tokens, Predicate<String> commonWord, Predicate<String> proseCapital) {
    markSentenceStarts(tokens);
    int lineStart = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i == tokens.size() || tokens.get(i).is(Token.NEWLINE_BEFORE)) {
        markLine(tokens, lineStart, i, commonWord, proseCapital);
        lineStart = i;
      }
    }
  }

  private static void markSentenceStarts(List<Token> tokens) {
    boolean start = true;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is(Token.NEWLINE_BEFORE)) {
        start = true;
      }
      if (t.isPunct()) {
        char c = t.text().charAt(0);
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026' || c == '|') {
          start = true;
        }
        // Quotes, brackets and dashes keep the state: "“The" after a full stop starts a sentence.
        continue;
      }
      if (start) {
        tokens.set(i, t.with(Token.SENTENCE_START));
      }
      start = false;
    }
  }

  /**
   * Marks the line {@code [from, to)} when it is mostly in capitals, or in title case: at least
   * three common words capitalised inside it, half of them or more. Words capitalised in running
   * text as well ({@code proseCapital}: "Prime Minister", "Task Force") do not count, so that "Lt.
   * Gen. Paul E. Funk II met with Prime Minister Haider al-Abadi" stays a sentence.
   */
  private static void markLine(
      List<Token> tokens,
      int from,
      int to,
      Predicate<String> common,
      Predicate<String> proseCapital) {
    int words = 0;
    int caps = 0;
    int commonWords = 0;
    int capitalisedCommon = 0;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!t.isWord() || !hasLetter(t.text())) {
        continue;
      }
      words++;
      if (t.is(Token.ALL_CAPS)) {
        caps++;
      }
      if (t.text().length() >= 3
          && common.test(t.lower())
          && !t.is(Token.SENTENCE_START)
          && !proseCapital.test(t.lower())) {
        commonWords++;
        if (Character.isUpperCase(t.text().charAt(0))) {
          capitalisedCommon++;
        }
      }
    }
    boolean shouting = words >= 3 && caps >= 0.6 * words;
    // Title case shows in common words written with a capital inside the line.
    boolean titleCase = capitalisedCommon >= 3 && capitalisedCommon >= 0.5 * commonWords;
    if (!shouting && !titleCase) {
      return;
    }
    // On a line in capitals every word keeps its capital: only known names will count there.
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i).with(Token.CASE_UNRELIABLE);
      boolean initial = t.text().length() <= 2 || t.is(Token.ALL_CAPS);
      if (!shouting && !initial && t.isWord() && common.test(t.lower())) {
        t = t.without(Token.CAP);
      }
      tokens.set(i, t);
    }
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
