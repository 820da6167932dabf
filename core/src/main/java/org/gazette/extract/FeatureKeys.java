package org.gazette.extract;

/**
 * The keys of the name tagger's features ({@link NerFeatures}): 64-bit hashes of a template number
 * and its values, so that tagging builds no feature strings. A key is never 0, which marks an empty
 * slot in the tables of weights. Changing any of this changes every key and means retraining the
 * model.
 */
final class FeatureKeys {
  private FeatureKeys() {}

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
