package org.gazette.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.gazette.model.NameKey;
import org.gazette.text.HardWrap;

/**
 * Splits a stretch of text into {@link Token}s in one pass: words (with inner hyphens and
 * apostrophes, dotted abbreviations such as "U.S." and "Gen."), numbers ("2,500") and single
 * punctuation marks; then marks sentence starts and lines whose capitals say little.
 *
 * <p>Words glued by a scraper ("NewsFive", "JadeedAccording") are split when the second part is a
 * common word. Thread-safe.
 */
final class Tokenizer {
  private final Set<String> abbreviations;
  private final Set<String> particles;
  private final Predicate<String> commonWord;
  private final Predicate<String> proseCapital;

  Tokenizer(Set<String> abbreviations, Set<String> particles, Predicate<String> commonWord) {
    this(abbreviations, particles, commonWord, w -> false);
  }

  /**
   * A tokenizer whose {@code proseCapital} words (titles, head nouns: "Prime", "Minister", "Force")
   * are capitalised in running text as well, so that they show no headline in title case.
   */
  Tokenizer(
      Set<String> abbreviations,
      Set<String> particles,
      Predicate<String> commonWord,
      Predicate<String> proseCapital) {
    this.abbreviations = abbreviations;
    this.particles = particles;
    this.commonWord = commonWord;
    this.proseCapital = proseCapital;
  }

  /** The tokens of {@code text[from, to)}, with offsets into {@code text}. */
  List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    boolean wrapped = HardWrap.isHardWrapped(text, from, to);
    int newlines = 1;
    int indent = 0;
    char before = '.';
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (c == '\n') {
          newlines++;
          indent = 0;
        } else if (newlines > 0) {
          indent++;
        }
        i++;
        continue;
      }
      int glued = !out.isEmpty() && out.get(out.size() - 1).end() == i ? Token.GLUED : 0;
      // In hard-wrapped text a single line break inside a paragraph is only a space.
      boolean paragraph = newlines >= 2 || indent >= 2 || ".!?:\"\u201d".indexOf(before) >= 0;
      int nl = newlines > 0 && (!wrapped || paragraph) ? Token.NEWLINE_BEFORE : 0;
      newlines = 0;
      indent = 0;
      if (!isWordChar(c)) {
        out.add(new Token(i, i + 1, String.valueOf(c), nl | glued));
        before = c;
        i++;
        continue;
      }
      i = word(text, i, to, nl | glued, out);
      before = text.charAt(i - 1);
    }
    LineCase.mark(out, commonWord, proseCapital);
    return out;
  }

  private int word(String text, int start, int to, int flags, List<Token> out) {
    int j = start;
    boolean possessive = false;
    while (true) {
      while (j < to && isWordChar(text.charAt(j))) {
        j++;
      }
      if (j + 1 >= to) {
        break;
      }
      char ch = text.charAt(j);
      char nx = text.charAt(j + 1);
      if (isHyphen(ch) && isWordChar(nx) || isNumberDash(text, j, ch, nx)) {
        j++;
      } else if (NameKey.isApostrophe(ch) && Character.isLetter(nx)) {
        if ((nx == 's' || nx == 'S') && (j + 2 >= to || !isWordChar(text.charAt(j + 2)))) {
          possessive = true;
          break;
        }
        j++;
      } else if ((ch == '.' || ch == ',') && isDigitGroup(text, j, to)) {
        j++;
      } else {
        break;
      }
    }
    int end = abbreviationEnd(text, start, j, to);
    String w = text.substring(start, end);
    int f = flags | (isNumber(w) ? Token.NUMBER : Token.WORD) | caseFlags(w);
    int split = end == j && !possessive ? gluedSplit(w) : -1;
    if (split > 0) {
      String left = w.substring(0, split);
      out.add(new Token(start, start + split, left, flags | Token.WORD | caseFlags(left)));
      String right = w.substring(split);
      int rf = Token.WORD | Token.GLUED | Token.SENTENCE_START | caseFlags(right);
      out.add(new Token(start + split, end, right, rf));
    } else {
      out.add(new Token(start, end, w, f | (possessive ? Token.POSSESSIVE : 0)));
    }
    return possessive ? end + 2 : end;
  }

  /** Where a word ends once a dotted abbreviation ("U.S.", "B.", "Gen.") takes its dots. */
  private int abbreviationEnd(String text, int start, int end, int to) {
    if (end >= to || text.charAt(end) != '.') {
      return end;
    }
    if (end - start == 1 && Character.isLetter(text.charAt(start))) {
      int k = end + 1;
      while (k + 1 < to && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.') {
        k += 2;
      }
      return k;
    }
    return abbreviations.contains(NameKey.lower(text.substring(start, end))) ? end + 1 : end;
  }

  /**
   * Where to split a word glued by a scraper ("NewsFive" at 4), or -1: a lower-case letter then a
   * capital, at least four letters before, and a common lower-case word after.
   */
  private int gluedSplit(String w) {
    int segmentStart = Math.max(w.lastIndexOf('-'), w.lastIndexOf('\'')) + 1;
    for (int p = w.length() - 3; p >= segmentStart + 4; p--) {
      if (Character.isUpperCase(w.charAt(p)) && Character.isLowerCase(w.charAt(p - 1))) {
        String rest = w.substring(p);
        boolean lowerTail = rest.substring(1).chars().allMatch(Character::isLowerCase);
        return lowerTail && commonWord.test(NameKey.lower(rest)) ? p : -1;
      }
    }
    return -1;
  }

  private int caseFlags(String w) {
    int letters = 0;
    boolean lower = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
      }
    }
    int f = 0;
    if (letters >= 2 && !lower) {
      f |= Token.ALL_CAPS;
    }
    if (Character.isUpperCase(w.charAt(0)) || isParticleName(w)) {
      f |= Token.CAP;
    }
    return f;
  }

  /** "al-Sudani", "bin-Salman": a lower-case name particle, a hyphen, then a capital. */
  private boolean isParticleName(String w) {
    int h = w.indexOf('-');
    return h > 0
        && h + 1 < w.length()
        && Character.isUpperCase(w.charAt(h + 1))
        && particles.contains(w.substring(0, h));
  }

  private static boolean isDigitGroup(String text, int sep, int to) {
    if (sep == 0 || !Character.isDigit(text.charAt(sep - 1))) {
      return false;
    }
    if (text.charAt(sep) == '.') {
      return sep + 1 < to && Character.isDigit(text.charAt(sep + 1));
    }
    // "2,500": a comma between digits only when exactly three digits follow.
    int k = sep + 1;
    while (k < to && k - sep <= 4 && Character.isDigit(text.charAt(k))) {
      k++;
    }
    return k - sep == 4 && (k >= to || !Character.isLetterOrDigit(text.charAt(k)));
  }

  private static boolean isNumber(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  static boolean isWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * An en dash between digits, as in a score or a range ("4–2", "1996–97"): one token, as "4-2"
   * with a hyphen is, so that the two spellings read alike.
   */
  private static boolean isNumberDash(String text, int j, char ch, char nx) {
    return ch == '\u2013'
        && j > 0
        && Character.isDigit(text.charAt(j - 1))
        && Character.isDigit(nx);
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
