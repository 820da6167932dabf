package org.gazette.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name to the key under which spellings of one name meet, for every stage that compares
 * names (extraction, facet value search, filters): lower case, no diacritics, no apostrophes,
 * punctuation and hyphens as single spaces, a leading "al " or "the " dropped, and the dots of a
 * dotted abbreviation removed ({@code U.S.} and {@code US} both give {@code us}).
 */
public final class NameKey {
  private NameKey() {}

  /** The key of {@code name}; empty when it holds no letter or digit. */
  public static String of(String name) {
    String folded = fold(name);
    if (folded.startsWith("al ") && folded.length() > 3) {
      return folded.substring(3);
    }
    if (folded.startsWith("the ") && folded.length() > 4) {
      return folded.substring(4);
    }
    return folded;
  }

  /** Like {@link #of} but keeps a leading "al" or "the". */
  public static String fold(String name) {
    String s = isDottedAbbreviation(name) ? name.replace(".", "") : name;
    s = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && !b.isEmpty()) {
          b.append(' ');
        }
        pendingSpace = false;
        appendFolded(b, Character.toLowerCase(c));
      } else {
        pendingSpace = true;
      }
    }
    return b.toString();
  }

  /**
   * The key an entity value is indexed and curated under: {@link #of} met with {@link #loose}, so
   * that spelling variants of one name are one value; empty when the name holds no letter or digit.
   */
  public static String entityKey(String name) {
    String key = of(name);
    return key.isEmpty() ? key : loose(key);
  }

  /**
   * A coarser key that also meets common transliteration variants of Arabic and Persian names
   * (Shia/Shiaa, Rasul/Rasoul, Hawija/Hawijah): vowel pairs "ou"/"oo" as "u", doubled letters
   * single, and a final "h" after a vowel dropped.
   */
  public static String loose(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (String word : key.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      String w = word.replace("ou", "u").replace("oo", "u");
      StringBuilder b = new StringBuilder(w.length());
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (b.isEmpty() || b.charAt(b.length() - 1) != c || Character.isDigit(c)) {
          b.append(c);
        }
      }
      int n = b.length();
      if (n > 3 && b.charAt(n - 1) == 'h' && "aeiou".indexOf(b.charAt(n - 2)) >= 0) {
        b.setLength(n - 1);
      }
      out.append(b);
    }
    return out.toString();
  }

  /** Whether {@code c} is one of the apostrophes and prime-like marks names are written with. */
  public static boolean isApostrophe(char c) {
    return c == '\''
        || c == '\u2019'
        || c == '\u2018'
        || c == '\u02bc'
        || c == '\u02bb'
        || c == '`'
        || c == '\u00b4';
  }

  /** Whether {@code s} is written as letters each followed by a dot: "U.S.", "U.N.", "D.C.". */
  public static boolean isDottedAbbreviation(String s) {
    int n = s.length();
    if (n < 4 || n % 2 != 0) {
      return false;
    }
    for (int i = 0; i < n; i += 2) {
      if (!Character.isLetter(s.charAt(i)) || s.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /** Lower-cases {@code s} for comparisons that keep everything else. */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static void appendFolded(StringBuilder b, char c) {
    switch (c) {
      case 'ø' -> b.append('o');
      case 'æ' -> b.append("ae");
      case 'œ' -> b.append("oe");
      case 'ß' -> b.append("ss");
      case 'ł' -> b.append('l');
      case 'đ' -> b.append('d');
      case 'ı' -> b.append('i');
      case 'þ' -> b.append("th");
      default -> b.append(c);
    }
  }
}
