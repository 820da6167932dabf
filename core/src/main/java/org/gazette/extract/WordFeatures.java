package org.gazette.extract;

import static org.gazette.extract.FeatureKeys.hash;
import static org.gazette.extract.FeatureKeys.key;
import static org.gazette.extract.FeatureKeys.mix;
import static org.gazette.extract.NerFeatures.knownCode;
import static org.gazette.extract.NerFeatures.typeIndex;

import org.gazette.extract.NerFeatures.Sink;
import org.gazette.extract.NerFeatures.Word;
import org.gazette.model.NameKey;

/**
 * The word features of the name tagger ({@link NerFeatures}): what depends only on how a word is
 * written, computed once per distinct word ({@link Word}) and added for the words two before to two
 * after a token. The word in lower case, its shape, prefixes and suffixes, its frequency as a first
 * name and as a lower-case word, its cue classes in the lexicon, whether it is a demonym and what
 * the gazetteer knows of it alone.
 *
 * <p>NOTE: immutable and thread-safe.
 */
final class WordFeatures {
  private final Gazetteer gazetteer;
  private final Cues cues;

  WordFeatures(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
  }

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
  static void add(Word w, int offset, Sink sink) {
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
}
