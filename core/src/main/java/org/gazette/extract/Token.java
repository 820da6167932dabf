package org.gazette.extract;

import org.gazette.model.NameKey;

/**
 * One word, number or punctuation mark of a text, with the case and position facts the extractor
 * reasons about.
 *
 * @param start offset of the first character in the text
 * @param end offset after the last character; a possessive "'s" is not part of the token
 * @param text the characters of the token
 * @param flags a combination of the constants of this record
 * @param lower the text in lower case without a final abbreviation dot, computed once because every
 *     stage of the extractor asks for it
 */
record Token(int start, int end, String text, int flags, String lower) {
  Token(int start, int end, String text, int flags) {
    this(start, end, text, flags, lowerOf(text));
  }

  /** A word: letters, possibly with digits, inner hyphens and apostrophes. */
  static final int WORD = 1;

  /** A number: digits with inner "," or "." between digits. */
  static final int NUMBER = 1 << 1;

  /** Starts with a capital, or is a particle-led name such as "al-Sudani". */
  static final int CAP = 1 << 2;

  /** Two or more letters, none lower case ("ISIS", "CJTF-OIR"). */
  static final int ALL_CAPS = 1 << 3;

  /** First token of a sentence, a line or the text. */
  static final int SENTENCE_START = 1 << 4;

  /** Followed directly by "'s". */
  static final int POSSESSIVE = 1 << 5;

  /** A line break lies between this token and the previous one. */
  static final int NEWLINE_BEFORE = 1 << 6;

  /** On a line written in capitals or title case, where capitals say little. */
  static final int CASE_UNRELIABLE = 1 << 7;

  /** No space between this token and the previous one. */
  static final int GLUED = 1 << 8;

  boolean is(int flag) {
    return (flags & flag) != 0;
  }

  Token with(int flag) {
    return new Token(start, end, text, flags | flag, lower);
  }

  Token without(int flag) {
    return new Token(start, end, text, flags & ~flag, lower);
  }

  boolean isWord() {
    return is(WORD);
  }

  boolean isCap() {
    return is(CAP);
  }

  /** Whether this is the punctuation mark {@code c}. */
  boolean isPunct(char c) {
    return (flags & (WORD | NUMBER)) == 0 && text.length() == 1 && text.charAt(0) == c;
  }

  /** Whether this is any punctuation mark. */
  boolean isPunct() {
    return (flags & (WORD | NUMBER)) == 0;
  }

  /** "of" or "for", which bind the parts of a name: "Bank of England", "Coalition for X". */
  boolean isOfLike() {
    return text.equals("of") || text.equals("for");
  }

  /** "and" or "&", which join two names or the parts of one. */
  boolean isAnd() {
    return text.equals("and") || isPunct('&');
  }

  /** An ordinal number written with digits: "3rd", "8th", "21st". */
  boolean isOrdinal() {
    int n = text.length();
    if (n < 3 || n > 5 || !Character.isDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 0; i < n - 2; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    String suffix = NameKey.lower(text.substring(n - 2));
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }

  /** The text in lower case, without a final abbreviation dot. */
  static String lowerOf(String text) {
    String t =
        text.endsWith(".") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
    return NameKey.lower(t);
  }
}
