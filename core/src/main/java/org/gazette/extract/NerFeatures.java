package org.gazette.extract;

import java.util.List;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * The features of the name tagger ({@link NerModel}), as 64-bit hashes so that tagging builds no
 * feature strings. Two families:
 *
 * <ul>
 *   <li><b>Word features</b> depend only on how a word is written, and are taken from the word two
 *       before to two after the token: the word in lower case, its shape, prefixes and suffixes,
 *       its frequency as a first name and as a lower-case word, its cue classes in the lexicon
 *       (titles, organisation and place heads, reporting verbs...), whether it is a demonym and
 *       what the gazetteer knows of it alone. They are computed once per distinct word ({@link
 *       Word}), so the tagger can cache their summed weights.
 *   <li><b>Token features</b> depend on the token's place: its case and position flags (sentence
 *       start, a line in capitals), the neighbouring words together with it, the run of capitalised
 *       words it stands in, the gazetteer names of several words that cover it, what the rest of
 *       the document does with the same word ({@link DocumentWords}), and what the rules of the
 *       extractor made of the span it stands in ({@link RuleMarks}).
 * </ul>
 *
 * <p>NOTE: immutable and thread-safe.
 */
final class NerFeatures {
  /** Where features go: the trainer records them, the tagger adds up their weights. */
  @FunctionalInterface
  interface Sink {
    void add(long feature);
  }

  /** The offsets of the neighbours whose word features count: two before to two after. */
  static final int WINDOW = 2;

  /** Gazetteer names of more words than this are not looked for. */
  private static final int MAX_NAME_TOKENS = 6;

  private final Gazetteer gazetteer;
  private final Cues cues;

  NerFeatures(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
  }

  // ---------------------------------------------------------------------------------------------
  // Word features

  /** What is known of one written word wherever it stands. */
  static final class Word {
    final long lower;
    final long shape;
    final int cues;
    final int knownTypes;
    final boolean common;
    final int firstNameBucket;
    final long[] own;
    final long[] near;
    final long[] far;

    /**
     * The tagger's cache: per stage of its model, the summed weights of these features per offset
     * ({@code -WINDOW..WINDOW}); null outside the tagger.
     */
    float[][] vectors;

    Word(
        long lower,
        long shape,
        int cues,
        int knownTypes,
        boolean common,
        int firstNameBucket,
        long[] own,
        long[] near,
        long[] far) {
      this.lower = lower;
      this.shape = shape;
      this.cues = cues;
      this.knownTypes = knownTypes;
      this.common = common;
      this.firstNameBucket = firstNameBucket;
      this.own = own;
      this.near = near;
      this.far = far;
    }

    /** The same word without cached weights, for a tagger to cache its own. */
    Word copy() {
      return new Word(lower, shape, cues, knownTypes, common, firstNameBucket, own, near, far);
    }
  }

  /** The word standing for "before the start" and "after the end" of a block. */
  static final Word EDGE =
      new Word(
          hash("<edge>"),
          hash("<edge>"),
          0,
          0,
          false,
          0,
          new long[] {key(1, hash("<edge>"))},
          new long[] {key(2, hash("<edge>"))},
          new long[] {key(3, hash("<edge>"))});

  /** The word features of {@code text}. */
  Word word(String text) {
    String lower = NameKey.lower(text);
    String bare =
        lower.length() > 1 && lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    long lowerHash = hash(lower);
    String shape = shape(text);
    long shapeHash = hash(shape);
    boolean letters = hasLetter(text);
    int cueBits = letters ? cueBits(bare) : 0;
    boolean common = letters && gazetteer.isCommonWord(bare);
    int firstName = letters ? bucket(gazetteer.firstNameCount(bare)) : 0;
    int lowerCount = letters ? bucket(gazetteer.lowerCaseCount(bare)) : 0;
    boolean caps = text.length() >= 2 && GazetteerLoader.isCaps(text);
    int known = 0;
    long[] knownCodes = new long[3];
    int nKnown = 0;
    if (letters) {
      for (KnownName k : gazetteer.lookup(NameKey.of(text))) {
        if (k.capsOnly() && !caps) {
          continue;
        }
        int bit = 1 << typeIndex(k.type());
        if ((known & bit) == 0 && nKnown < 3) {
          known |= bit;
          knownCodes[nKnown++] = knownCode(k);
        }
      }
    }
    long[] own = new long[36];
    int n = 0;
    own[n++] = key(10, lowerHash);
    own[n++] = key(11, shapeHash);
    own[n++] = key(12, hash(shortShape(text)));
    if (lower.length() > 3) {
      own[n++] = key(13, hash(lower.substring(0, 3)));
      own[n++] = key(14, hash(lower.substring(lower.length() - 3)));
      own[n++] = key(15, hash(lower.substring(lower.length() - 2)));
    }
    if (lower.length() > 5) {
      own[n++] = key(16, hash(lower.substring(lower.length() - 4)));
      own[n++] = key(17, hash(lower.substring(0, 4)));
    }
    own[n++] = key(18, firstName * 16L + lowerCount);
    own[n++] = key(19, (common ? 1 : 0) + (gazetteer.isDemonym(bare) && letters ? 2 : 0));
    for (int b = 0; b < CUE_CLASSES; b++) {
      if ((cueBits & (1 << b)) != 0) {
        own[n++] = key(20, b);
      }
    }
    for (int k = 0; k < nKnown; k++) {
      own[n++] = key(21, knownCodes[k]);
    }
    own[n++] = key(22, charClasses(text));
    int inNames = letters ? gazetteer.wordInNames(NameKey.of(text)) : 0;
    for (int bit = 0; bit < 9; bit++) {
      if ((inNames & (1 << bit)) != 0) {
        own[n++] = key(23, bit);
      }
    }
    long[] near = new long[4 + nKnown];
    int m = 0;
    near[m++] = key(30, lowerHash);
    near[m++] = key(31, hash(shortShape(text)));
    near[m++] = key(32, cueBits);
    near[m++] = key(33, firstName * 16L + (common ? 1 : 0));
    for (int k = 0; k < nKnown; k++) {
      near[m++] = key(34, knownCodes[k] >>> 8);
    }
    long[] far = {key(40, lowerHash), key(41, cueBits)};
    return new Word(
        lowerHash,
        shapeHash,
        cueBits,
        known,
        common,
        firstName,
        java.util.Arrays.copyOf(own, n),
        near,
        far);
  }

  /** Adds the word features of {@code w} seen from a token {@code offset} words away. */
  static void wordFeatures(Word w, int offset, Sink sink) {
    long[] features = offset == 0 ? w.own : Math.abs(offset) == 1 ? w.near : w.far;
    if (offset == 0) {
      for (long f : features) {
        sink.add(f);
      }
    } else {
      for (long f : features) {
        sink.add(mix(f, offset));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Token features

  /** The per-token facts of one block that the token features read. */
  static final class Block {
    final List<Token> tokens;
    final Word[] words;
    final int[] run;
    final long[][] names;
    final int[] doc;
    final long[][] rules;
    final int[] lineNumbers;

    /** What the first stage made of each token's words across the document, for the second. */
    long[][] history;

    /** The second stage's scores of the features both stages share, while the first runs. */
    float[] secondStage;

    /** The tokens the tagger passes over as certainly outside any name. */
    boolean[] quiet;

    Block(
        List<Token> tokens,
        Word[] words,
        int[] run,
        long[][] names,
        int[] doc,
        long[][] rules,
        int[] lineNumbers) {
      this.tokens = tokens;
      this.words = words;
      this.run = run;
      this.names = names;
      this.doc = doc;
      this.rules = rules;
      this.lineNumbers = lineNumbers;
    }

    Word word(int i) {
      return i < 0 || i >= words.length ? EDGE : words[i];
    }
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
  static void tokenFeatures(Block b, int i, Sink sink) {
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
      runFeatures(b, i, sink);
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
  private static void runFeatures(Block b, int i, Sink sink) {
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
  static void historyFeatures(Block b, int i, Sink sink) {
    if (b.history != null && b.history[i] != null) {
      for (long code : b.history[i]) {
        sink.add(key(70, code));
      }
    }
  }

  /** Adds what the rules made of the span token {@code i} stands in ({@link RuleMarks}). */
  static void ruleFeatures(Block b, int i, Sink sink) {
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

  // ---------------------------------------------------------------------------------------------
  // Parts

  /** The number of cue classes of {@link #cueBits}. */
  static final int CUE_CLASSES = 12;

  private int cueBits(String lower) {
    int c = 0;
    c |= cues.titles().contains(lower) ? 1 : 0;
    c |= cues.orgHeads().contains(lower) ? 1 << 1 : 0;
    c |= cues.placeAdminHeads().contains(lower) ? 1 << 2 : 0;
    c |= cues.placeFeatureHeads().contains(lower) ? 1 << 3 : 0;
    c |= cues.placePrefixes().contains(lower) ? 1 << 4 : 0;
    c |= cues.reportingVerbs().contains(lower) ? 1 << 5 : 0;
    c |= cues.demonyms().contains(lower) ? 1 << 6 : 0;
    c |= cues.particles().contains(lower) ? 1 << 7 : 0;
    c |= cues.nameSuffixes().contains(lower) ? 1 << 8 : 0;
    c |= cues.roles().contains(lower) ? 1 << 9 : 0;
    c |= cues.portfolioWords().contains(lower) ? 1 << 10 : 0;
    c |= cues.nonEntityHeads().contains(lower) || cues.orgPlurals().contains(lower) ? 1 << 11 : 0;
    return c;
  }

  /** Type, kind and ambiguity of a known name, as a small number. */
  private static long knownCode(KnownName k) {
    return ((typeIndex(k.type()) * 256L + k.kind().letter()) * 2 + (k.ambiguous() ? 1 : 0)) * 4
        + Math.min(3, (int) k.prior());
  }

  static int typeIndex(EntityType type) {
    return switch (type) {
      case PERSON -> 0;
      case PLACE -> 1;
      case ORGANIZATION -> 2;
    };
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

  /** Digits, hyphen, apostrophe, dot and length of a word, as one number. */
  private static long charClasses(String text) {
    int c = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      c |= Character.isDigit(ch) ? 1 : 0;
      c |= ch == '-' ? 2 : 0;
      c |= NameKey.isApostrophe(ch) ? 4 : 0;
      c |= ch == '.' ? 8 : 0;
    }
    return c * 16L + Math.min(text.length(), 12);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** 0 for none, else about the order of magnitude (in halves of powers of two). */
  private static int bucket(int count) {
    return count <= 0 ? 0 : Math.min(15, (32 - Integer.numberOfLeadingZeros(count) + 1) / 2);
  }

  /** "Xxxx" as "Xx", "X.X." as "X.X.", "d,ddd" as "d,dd": runs of one kind cut to two. */
  static String shape(String text) {
    StringBuilder b = new StringBuilder(6);
    char last = 0;
    int run = 0;
    for (int i = 0; i < text.length() && b.length() < 8; i++) {
      char k = kind(text.charAt(i));
      run = k == last ? run + 1 : 1;
      last = k;
      if (run <= 2) {
        b.append(k);
      }
    }
    return b.toString();
  }

  /** "Xxxx" as "Xx": runs of one kind cut to one. */
  static String shortShape(String text) {
    StringBuilder b = new StringBuilder(4);
    char last = 0;
    for (int i = 0; i < text.length() && b.length() < 6; i++) {
      char k = kind(text.charAt(i));
      if (k != last) {
        b.append(k);
      }
      last = k;
    }
    return b.toString();
  }

  private static char kind(char c) {
    return Character.isUpperCase(c)
        ? 'X'
        : Character.isLowerCase(c)
            ? 'x'
            : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'a' : c;
  }

  // ---------------------------------------------------------------------------------------------
  // Hashing

  /** A 64-bit hash of a string (FNV-1a, then mixed). */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return fmix(h);
  }

  /** The key of template {@code template} with value {@code a}; never 0. */
  static long key(int template, long a) {
    long h = fmix(a * 0x9E3779B97F4A7C15L + template);
    return h == 0 ? 1 : h;
  }

  /** The key of template {@code template} with values {@code a} and {@code b}; never 0. */
  static long key(int template, long a, long b) {
    return mix(key(template, a), b);
  }

  /** {@code h} combined with {@code v}; never 0. */
  static long mix(long h, long v) {
    long m = fmix(h ^ fmix(v + 0x632BE59BD9B4E019L));
    return m == 0 ? 1 : m;
  }

  /** MurmurHash3's 64-bit finaliser. */
  static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
