package org.gazette.extract;

import java.util.List;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * The features of the name tagger ({@link NerModel}), hashed to 64-bit numbers so that tagging
 * allocates no feature strings: the word and its neighbours, its shape, prefix and suffix, case and
 * sentence position, what the gazetteer knows of it and of the two- and three-word names around it,
 * first-name frequency, and the cue words of the lexicon (titles, organisation and place heads,
 * reporting verbs). Features that depend on the tags already chosen are added by the decoder.
 */
final class NerFeatures {
  static final int STATIC = 32;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final Gazetteer gazetteer;
  private final Cues cues;

  NerFeatures(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
  }

  /** Per token, its static features; unused places hold 0. */
  long[][] of(List<Token> tokens) {
    int n = tokens.size();
    String[] lower = new String[n];
    String[] shape = new String[n];
    String[] key = new String[n];
    int[] cue = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      lower[i] = t.text().toLowerCase(java.util.Locale.ROOT);
      shape[i] = shape(t.text());
      key[i] = t.isWord() ? NameKey.of(t.text()) : "";
      cue[i] = cueClass(lower[i]);
    }
    long[][] out = new long[n][];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      long[] f = new long[STATIC];
      int k = 0;
      f[k++] = hash(1, "");
      f[k++] = hash(2, lower[i]);
      f[k++] = hash(3, shape[i]);
      String w = lower[i];
      if (w.length() > 3) {
        f[k++] = hash(4, w.substring(0, 3));
        f[k++] = hash(5, w.substring(w.length() - 3));
        f[k++] = hash(6, w.substring(w.length() - 2));
      }
      f[k++] = hash(7, at(lower, i - 1));
      f[k++] = hash(8, at(lower, i + 1));
      f[k++] = hash(9, at(lower, i - 2));
      f[k++] = hash(10, at(lower, i + 2));
      f[k++] = hash(11, at(shape, i - 1));
      f[k++] = hash(12, at(shape, i + 1));
      f[k++] = mix(hash(13, at(lower, i - 1)), w);
      f[k++] = mix(hash(14, w), at(lower, i + 1));
      f[k++] = hash(15, caseFlags(t));
      f[k++] = hash(16, known(key[i]));
      if (i + 1 < n && !key[i + 1].isEmpty()) {
        f[k++] = hash(17, known(key[i] + " " + key[i + 1]));
      }
      if (i > 0 && !key[i - 1].isEmpty()) {
        f[k++] = hash(18, known(key[i - 1] + " " + key[i]));
      }
      if (i + 2 < n) {
        f[k++] = hash(19, known(key[i] + " " + key[i + 1] + " " + key[i + 2]));
      }
      if (i > 0 && i + 1 < n) {
        f[k++] = hash(20, known(key[i - 1] + " " + key[i] + " " + key[i + 1]));
      }
      if (i > 1) {
        f[k++] = hash(21, known(key[i - 2] + " " + key[i - 1] + " " + key[i]));
      }
      f[k++] = hash(22, bucket(t.isWord() ? gazetteer.firstNameCount(w) : 0));
      f[k++] = hash(23, bucket(t.isWord() ? gazetteer.lowerCaseCount(w) : 0));
      f[k++] = mix(hash(24, Integer.toString(cue[i])), t.isCap() ? "C" : "l");
      f[k++] = hash(25, Integer.toString(i > 0 ? cue[i - 1] : -1));
      f[k++] = hash(26, Integer.toString(i + 1 < n ? cue[i + 1] : -1));
      f[k++] = hash(27, Integer.toString(i + 2 < n ? cue[i + 2] : -1));
      f[k++] = mix(hash(28, shape[i]), at(shape, i + 1));
      f[k++] = mix(hash(29, at(shape, i - 1)), shape[i]);
      out[i] = f;
    }
    return out;
  }

  private String known(String key) {
    if (key.isEmpty() || key.startsWith(" ") || key.endsWith(" ") || key.contains("  ")) {
      return "";
    }
    KnownName[] known = gazetteer.lookup(key);
    if (known.length == 0) {
      return "-";
    }
    KnownName k = known[0];
    StringBuilder b = new StringBuilder(4);
    b.append(typeLetter(k.type())).append(k.kind()).append(k.ambiguous() ? 'a' : 'u');
    return b.toString();
  }

  private int cueClass(String lower) {
    int c = 0;
    c |= cues.titles().contains(lower) ? 1 : 0;
    c |= cues.orgHeads().contains(lower) ? 2 : 0;
    c |= cues.placeAdminHeads().contains(lower) || cues.placeFeatureHeads().contains(lower) ? 4 : 0;
    c |= cues.placePrefixes().contains(lower) ? 8 : 0;
    c |= cues.reportingVerbs().contains(lower) ? 16 : 0;
    c |= cues.demonyms().contains(lower) ? 32 : 0;
    c |= cues.particles().contains(lower) ? 64 : 0;
    c |= cues.nameSuffixes().contains(lower) || cues.roles().contains(lower) ? 128 : 0;
    return c;
  }

  private static String caseFlags(Token t) {
    return (t.isCap() ? "C" : "-")
        + (t.is(Token.ALL_CAPS) ? "A" : "-")
        + (t.is(Token.SENTENCE_START) ? "S" : "-")
        + (t.is(Token.CASE_UNRELIABLE) ? "U" : "-")
        + (t.is(Token.POSSESSIVE) ? "P" : "-");
  }

  private static String bucket(int count) {
    return count <= 0 ? "0" : Integer.toString((32 - Integer.numberOfLeadingZeros(count)) / 2);
  }

  static char typeLetter(EntityType type) {
    return switch (type) {
      case PERSON -> 'P';
      case PLACE -> 'L';
      case ORGANIZATION -> 'O';
    };
  }

  private static String at(String[] a, int i) {
    return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
  }

  /** "Xx", "X.X.", "d", "xx-Xx": runs of one kind of character cut to two. */
  static String shape(String text) {
    StringBuilder b = new StringBuilder(6);
    char last = 0;
    int run = 0;
    for (int i = 0; i < text.length() && b.length() < 8; i++) {
      char c = text.charAt(i);
      char k =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      run = k == last ? run + 1 : 1;
      last = k;
      if (run <= 2) {
        b.append(k);
      }
    }
    return b.toString();
  }

  static long hash(int template, String s) {
    long h = FNV_OFFSET ^ (template * 0x9E3779B97F4A7C15L);
    return mix(h, s);
  }

  static long mix(long h, String s) {
    h = (h ^ 0x1f) * FNV_PRIME;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h == 0 ? 1 : h;
  }

  static long mix(long h, int v) {
    h = (h ^ 0x2f) * FNV_PRIME;
    h = (h ^ v) * FNV_PRIME;
    return h == 0 ? 1 : h;
  }
}
