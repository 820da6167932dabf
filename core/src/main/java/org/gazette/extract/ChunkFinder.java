package org.gazette.extract;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.NameKey;

/**
 * Finds candidate names: runs of capitalised words, with lower-case connectors inside ("Patriotic
 * Union of Kurdistan", "Abu Mahdi al-Muhandis") and glued apostrophes ("Shia’ Al-Sudani").
 *
 * <p>First rewrites hyphenated words that join a name to something else: "US-led" and "Iran-backed"
 * keep the name, "pro-Iranian" and "then-President" drop the prefix, "US-Iraqi" and "Israel-Hamas"
 * become separate words. Names that are hyphenated themselves ("Al-Sudani", "Counter-Terrorism")
 * stay whole.
 */
final class ChunkFinder {
  /** A candidate: the tokens {@code [from, to)} of the token list. */
  record Chunk(int from, int to) {}

  private final Gazetteer gazetteer;

  ChunkFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** {@code tokens} with hyphenated words rewritten as described in the class comment. */
  List<Token> splitHyphenated(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size() + 16);
    for (Token t : tokens) {
      if (!t.isWord() || t.text().indexOf('-') < 0) {
        out.add(t);
        continue;
      }
      splitWord(t, out);
    }
    return out;
  }

  private void splitWord(Token t, List<Token> out) {
    String w = t.text();
    List<int[]> parts = new ArrayList<>();
    int s = 0;
    for (int i = 0; i <= w.length(); i++) {
      if (i == w.length() || Tokenizer.isHyphen(w.charAt(i))) {
        parts.add(new int[] {s, i});
        s = i + 1;
      }
    }
    Cues cues = gazetteer.cues();
    String first = NameKey.lower(w.substring(parts.get(0)[0], parts.get(0)[1]));
    String last = NameKey.lower(w.substring(parts.get(parts.size() - 1)[0]));
    boolean lowerFirst = Character.isLowerCase(w.charAt(0));
    if (lowerFirst && cues.hyphenPrefixes().contains(first) && isUpper(w, parts.get(1)[0])) {
      out.add(part(t, parts.get(1)[0], w.length(), t.flags() & ~Token.SENTENCE_START));
      return;
    }
    if (!lowerFirst
        && parts.size() == 2
        && (cues.hyphenPrefixes().contains(first) || gazetteer.isCommonWord(first))
        && isWellKnown(w.substring(parts.get(1)[0]))) {
      // "Anti-ISIS", "Defeat-ISIS mission": a word joined to a well-known name is no name.
      out.add(part(t, parts.get(1)[0], w.length(), t.flags() & ~Token.SENTENCE_START));
      return;
    }
    if (cues.hyphenSuffixes().contains(last) && isUpper(w, 0) && parts.size() >= 2) {
      int cut = parts.get(parts.size() - 1)[0] - 1;
      out.add(part(t, 0, cut, t.flags()));
      out.add(part(t, cut + 1, w.length(), Token.WORD | Token.GLUED));
      return;
    }
    if (shouldSplitNames(w, parts)) {
      int flags = t.flags();
      for (int[] p : parts) {
        out.add(part(t, p[0], p[1], flags));
        flags = Token.GLUED;
        if (p[1] < w.length()) {
          out.add(new Token(t.start() + p[1], t.start() + p[1] + 1, "-", Token.GLUED));
        }
      }
      return;
    }
    out.add(t);
  }

  /** "US-Iraqi", "Israel-Hamas": capitalised parts of which one is a country, region or demonym. */
  private boolean shouldSplitNames(String w, List<int[]> parts) {
    if (gazetteer.lookup(NameKey.of(w)).length > 0) {
      return false;
    }
    int[] head = parts.get(0);
    String firstPart = w.substring(head[0], head[1]);
    if (!gazetteer.isDemonym(NameKey.lower(firstPart)) && !isWellKnown(firstPart)) {
      return false; // "Inter-American", "Counter-Terrorism": one word
    }
    boolean anyKnown = false;
    for (int i = 0; i < parts.size(); i++) {
      int[] p = parts.get(i);
      if (p[1] <= p[0] || !isUpper(w, p[0])) {
        return false;
      }
      String part = w.substring(p[0], p[1]);
      String lower = NameKey.lower(part);
      if (i == 0 && gazetteer.cues().particles().contains(lower)) {
        return false;
      }
      anyKnown |= gazetteer.isDemonym(lower) || isWellKnown(part);
    }
    return anyKnown;
  }

  private boolean isWellKnown(String part) {
    for (KnownName k : gazetteer.lookup(NameKey.of(part))) {
      if (k.isWellKnown() && (!k.capsOnly() || GazetteerLoader.isCaps(part))) {
        return true;
      }
    }
    return false;
  }

  private Token part(Token t, int from, int to, int flags) {
    String text = t.text().substring(from, to);
    int f = flags & ~(Token.CAP | Token.ALL_CAPS | Token.NUMBER) | Token.WORD;
    if (Character.isUpperCase(text.charAt(0))) {
      f |= Token.CAP;
    }
    if (text.length() >= 2 && GazetteerLoader.isCaps(text)) {
      f |= Token.ALL_CAPS;
    }
    if (to < t.text().length()) {
      f &= ~Token.POSSESSIVE;
    }
    return new Token(t.start() + from, t.start() + to, text, f);
  }

  private static boolean isUpper(String w, int i) {
    return i < w.length() && Character.isUpperCase(w.charAt(i));
  }

  /** The candidate names of {@code tokens}, in text order. */
  List<Chunk> chunks(List<Token> tokens) {
    List<Chunk> chunks = new ArrayList<>();
    int i = 0;
    int n = tokens.size();
    while (i < n) {
      if (!startsName(tokens, i) || isBracketed(tokens, i)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n
          && (!tokens.get(end - 1).is(Token.POSSESSIVE) || ownsOrganisation(tokens, end))) {
        int next = continuation(tokens, end);
        if (next < 0) {
          break;
        }
        end = next + 1;
      }
      chunks.add(new Chunk(i, end));
      i = end;
    }
    return chunks;
  }

  /**
   * A word that starts with digits and that the gazetteer knows as a name of its own: "76ers",
   * "49ers". It has no capital, yet it is part of a name.
   */
  static boolean isKnownNumbered(Gazetteer gazetteer, Token t) {
    return t.isWord()
        && Character.isDigit(t.text().charAt(0))
        && !t.isOrdinal()
        && gazetteer.lookup(NameKey.of(t.text())).length > 0;
  }

  /** "Moody's Investors Service": capitalised words with a head noun follow the possessive. */
  private boolean ownsOrganisation(List<Token> tokens, int i) {
    Token owner = tokens.get(i - 1);
    for (KnownName k : gazetteer.lookup(NameKey.of(owner.text()))) {
      if (k.type() == org.gazette.model.EntityType.PLACE) {
        return false;
      }
    }
    for (int k = i; k < Math.min(tokens.size(), i + 3); k++) {
      Token t = tokens.get(k);
      if (!t.isCap() || t.is(Token.NEWLINE_BEFORE)) {
        return false;
      }
      if (gazetteer.cues().orgHeads().contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** A code in angle brackets, as newswires write ticker symbols: "&lt;XON&gt;". */
  private static boolean isBracketed(List<Token> tokens, int i) {
    return i > 0
        && i + 1 < tokens.size()
        && tokens.get(i - 1).isPunct('<')
        && tokens.get(i + 1).isPunct('>');
  }

  private boolean startsName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.isCap() || isKnownNumbered(gazetteer, t)) {
      return true;
    }
    // "3rd Battalion", "8th Cavalry Regiment"
    return t.isWord()
        && t.isOrdinal()
        && i + 1 < tokens.size()
        && tokens.get(i + 1).isCap()
        && !tokens.get(i + 1).is(Token.NEWLINE_BEFORE);
  }

  /**
   * The index of the next capitalised word that continues the name ending before {@code i}, over
   * connectors and a glued apostrophe; -1 when the name ends.
   */
  private int continuation(List<Token> tokens, int i) {
    int j = i;
    int connectors = 0;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      if (t.is(Token.NEWLINE_BEFORE) || t.is(Token.SENTENCE_START)) {
        return -1;
      }
      if (t.isCap()
          || isKnownNumbered(gazetteer, t)
          || t.isOrdinal() && j + 1 < tokens.size() && tokens.get(j + 1).isCap()) {
        return j;
      }
      boolean apostrophe = t.isPunct() && NameKey.isApostrophe(t.text().charAt(0));
      boolean connector =
          t.isWord() && gazetteer.cues().connectors().contains(t.text()) || t.isPunct('&');
      if (apostrophe && j == i && t.is(Token.GLUED)) {
        j++;
        continue;
      }
      if (!connector || ++connectors > 2) {
        return -1;
      }
      j++;
    }
    return -1;
  }
}
