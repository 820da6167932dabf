package org.gazette.extract;

import static org.gazette.extract.FeatureKeys.key;
import static org.gazette.extract.FeatureKeys.mix;
import static org.gazette.extract.NerFeatures.knownCode;
import static org.gazette.extract.NerFeatures.typeIndex;

import java.util.List;
import org.gazette.extract.NerFeatures.Block;
import org.gazette.extract.NerFeatures.Sink;
import org.gazette.extract.NerFeatures.Word;
import org.gazette.model.NameKey;

/**
 * The token features of the name tagger ({@link NerFeatures}): what depends on a token's place in
 * its {@link Block}, and the facts of a block they read. Its case and position flags (sentence
 * start, a line in capitals), the neighbouring words together with it, the run of capitalised words
 * it stands in, the gazetteer names of several words that cover it, what the rest of the document
 * does with the same word ({@link DocumentWords}), what the rules of the extractor made of the span
 * it stands in ({@link RuleMarks}), and for the second stage what the first made of its words
 * ({@link DocumentTags}).
 *
 * <p>NOTE: immutable and thread-safe.
 */
final class TokenFeatures {
  /** Gazetteer names of more words than this are not looked for. */
  private static final int MAX_NAME_TOKENS = 6;

  private final Gazetteer gazetteer;
  private final Cues cues;

  TokenFeatures(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
  }

  /**
   * The facts of a block for its token features.
   *
   * @param words the {@link Word} of each token
   * @param doc what the document does with each word ({@link DocumentWords#of})
   * @param rules what the rules made of the spans of the block, per token, or null
   */
  Block block(List<Token> tokens, Word[] words, DocumentWords doc, long[][] rules) {
    int n = tokens.size();
    int[] docBits = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      docBits[i] = t.isWord() ? doc.of(t.lower()) : 0;
    }
    return new Block(
        tokens,
        words,
        capitalRuns(tokens),
        knownNames(tokens),
        docBits,
        rules == null ? new long[n][] : rules,
        numbersPerLine(tokens));
  }

  /** Adds the token features of token {@code i} of a block. */
  static void add(Block b, int i, Sink sink) {
    Token t = b.tokens.get(i);
    Word w = b.words[i];
    Word prev = b.word(i - 1);
    Word next = b.word(i + 1);
    int cap = t.isCap() ? 1 : 0;
    int flags = caseFlags(t);
    sink.add(key(50, 0));
    sink.add(key(51, flags));
    sink.add(key(52, flags, w.shape));
    if (t.is(Token.SENTENCE_START)) {
      sink.add(key(53, w.firstNameBucket * 4L + (w.common ? 1 : 0) + 2L * w.knownTypes));
    }
    sink.add(key(54, prev.lower, w.lower));
    sink.add(key(55, w.lower, next.lower));
    sink.add(key(56, prev.lower, cap));
    sink.add(key(57, next.lower, cap));
    sink.add(key(58, mix(prev.shape, w.shape), next.shape));
    sink.add(key(59, prev.cues * 2L + cap, next.cues));
    sink.add(key(60, b.run[i]));
    sink.add(key(61, b.run[i], flags & (Token.SENTENCE_START | Token.CASE_UNRELIABLE)));
    Word prev2 = b.word(i - 2);
    sink.add(key(62, prev2.lower, prev.lower * 2 + cap));
    if (b.names[i] != null) {
      for (long code : b.names[i]) {
        sink.add(key(63, code));
        sink.add(key(64, code, cap));
      }
    }
    int doc = b.doc[i];
    if (doc != 0) {
      for (int bit = 0; bit < DocumentWords.BITS; bit++) {
        if ((doc & (1 << bit)) != 0) {
          sink.add(key(65, bit, cap + 2L * Math.min(3, b.run[i] & 7)));
        }
      }
    }
    if (b.run[i] != 0) {
      addRun(b, i, sink);
    }
    int numbers = b.lineNumbers[i];
    if (numbers >= 2) {
      sink.add(key(67, Math.min(numbers, 4), flags));
    }
  }

  /**
   * Adds what the run of capitalised words token {@code i} stands in says of all its words: its
   * last word ("... Records", "... River"), its first, the words before and after it ("the X Y Z
   * said"), with the token's place in the run, so that every word of a long name sees them.
   */
  private static void addRun(Block b, int i, Sink sink) {
    int position = b.run[i] / 8;
    int start = i;
    while (start > 0 && (b.run[start] / 8 == 2 || b.run[start] / 8 == 3)) {
      start--;
    }
    int end = i;
    while (end + 1 < b.run.length && (b.run[end] / 8 == 1 || b.run[end] / 8 == 2)) {
      end++;
    }
    Word head = b.words[end];
    Word first = b.words[start];
    sink.add(key(80, head.lower, position));
    sink.add(key(81, first.lower, position));
    sink.add(key(82, b.word(start - 1).lower, position));
    sink.add(key(83, b.word(end + 1).lower, position));
    sink.add(key(84, head.cues * 8L + position, first.cues));
  }

  /** Adds what the first stage made of token {@code i} and its words ({@link DocumentTags}). */
  static void addHistory(Block b, int i, Sink sink) {
    if (b.history != null && b.history[i] != null) {
      for (long code : b.history[i]) {
        sink.add(key(70, code));
      }
    }
  }

  /** Adds what the rules made of the span token {@code i} stands in ({@link RuleMarks}). */
  static void addRules(Block b, int i, Sink sink) {
    if (b.rules[i] != null) {
      for (long code : b.rules[i]) {
        sink.add(key(66, code));
      }
    }
  }

  /**
   * Per token, its place in the run of capitalised words it stands in: 0 outside one, else {@code 8
   * * position + min(length, 5)} with position B 1, I 2, L 3, U 4.
   */
  static int[] capitalRuns(List<Token> tokens) {
    int n = tokens.size();
    int[] run = new int[n];
    int i = 0;
    while (i < n) {
      if (!isCapitalWord(tokens.get(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isCapitalWord(tokens.get(j)) && !tokens.get(j).is(Token.NEWLINE_BEFORE)) {
        j++;
      }
      int length = Math.min(j - i, 5);
      for (int k = i; k < j; k++) {
        int position = j - i == 1 ? 4 : k == i ? 1 : k == j - 1 ? 3 : 2;
        run[k] = 8 * position + length;
      }
      i = j;
    }
    return run;
  }

  private static boolean isCapitalWord(Token t) {
    return t.isWord() && (t.isCap() || t.is(Token.ALL_CAPS));
  }

  /**
   * Per token, codes of the gazetteer names of two words or more that cover it: per type the
   * longest, as type, kind, ambiguity, the token's position in it and its length.
   */
  long[][] knownNames(List<Token> tokens) {
    int n = tokens.size();
    long[][] out = new long[n][];
    for (int i = 0; i < n; i++) {
      Token first = tokens.get(i);
      if (!first.isWord() || !(first.isCap() || first.is(Token.ALL_CAPS) || first.isOrdinal())) {
        continue;
      }
      for (int j = i + 1; j < n && j - i < MAX_NAME_TOKENS; j++) {
        Token t = tokens.get(j);
        if (t.is(Token.NEWLINE_BEFORE) || !continuesName(t)) {
          break;
        }
        if (!t.isWord()) {
          continue;
        }
        String surface = surface(tokens, i, j + 1);
        boolean caps = GazetteerLoader.isCaps(surface);
        int seen = 0;
        for (KnownName k : gazetteer.lookup(NameKey.of(surface))) {
          int bit = 1 << typeIndex(k.type());
          if ((k.capsOnly() && !caps) || (seen & bit) != 0) {
            continue;
          }
          seen |= bit;
          mark(out, i, j + 1, knownCode(k));
        }
      }
    }
    return out;
  }

  /** Whether a name of the gazetteer may go on with this token: a word, or a joining mark. */
  private boolean continuesName(Token t) {
    if (t.isWord()) {
      return t.isCap()
          || t.is(Token.ALL_CAPS)
          || cues.connectors().contains(t.text())
          || t.isOrdinal();
    }
    String s = t.text();
    return s.equals("-") || s.equals("&") || s.equals(".") || s.equals("'");
  }

  private static void mark(long[][] out, int a, int b, long code) {
    int length = Math.min(b - a, 4);
    for (int k = a; k < b; k++) {
      int position = k == a ? 1 : k == b - 1 ? 3 : 2;
      long c = (code * 8 + position) * 8 + length;
      long[] old = out[k];
      if (old == null) {
        out[k] = new long[] {c};
      } else if (old.length < 6) {
        long[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = c;
        out[k] = grown;
      }
    }
  }

  private static String surface(List<Token> tokens, int a, int b) {
    StringBuilder s = new StringBuilder();
    for (int k = a; k < b; k++) {
      if (k > a && !tokens.get(k).is(Token.GLUED)) {
        s.append(' ');
      }
      s.append(tokens.get(k).text());
    }
    return s.toString();
  }

  /** Per token, how many numbers its line holds (rows of a table have several). */
  static int[] numbersPerLine(List<Token> tokens) {
    int n = tokens.size();
    int[] out = new int[n];
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || tokens.get(i).is(Token.NEWLINE_BEFORE)) {
        int numbers = 0;
        for (int k = start; k < i; k++) {
          numbers += tokens.get(k).is(Token.NUMBER) ? 1 : 0;
        }
        for (int k = start; k < i; k++) {
          out[k] = numbers;
        }
        start = i;
      }
    }
    return out;
  }

  private static int caseFlags(Token t) {
    return t.flags()
        & (Token.CAP
            | Token.ALL_CAPS
            | Token.SENTENCE_START
            | Token.CASE_UNRELIABLE
            | Token.POSSESSIVE
            | Token.NEWLINE_BEFORE
            | Token.WORD
            | Token.NUMBER);
  }
}
