package org.gazette.extract;

import java.util.Collection;

/**
 * A fixed set of distinct strings numbered 0 to {@code size() - 1}, held in one array of characters
 * and found by an open-addressing table of their numbers: the keys of the gazetteer's tables
 * ({@link GazetteerTables}) without two objects per key. A map of the same strings made some
 * 700,000 objects that the collector copied while the extractor loaded.
 *
 * <p>NOTE: immutable once built and safe to share between threads.
 */
final class KeyTable {
  /**
   * At most half of the slots are in use: a look-up of an unknown key, the usual case, ends soon.
   */
  private static final int SLOTS_PER_KEY = 2;

  private final char[] chars;
  private final int[] ends;
  private final int[] slots;
  private final int mask;

  /**
   * A table of {@code keys}, numbered in their iteration order.
   *
   * @throws IllegalArgumentException when a key comes twice
   */
  static KeyTable of(Collection<String> keys) {
    int length = 0;
    for (String k : keys) {
      length += k.length();
    }
    char[] chars = new char[length];
    int[] ends = new int[keys.size()];
    int at = 0;
    int i = 0;
    for (String k : keys) {
      k.getChars(0, k.length(), chars, at);
      at += k.length();
      ends[i++] = at;
    }
    return new KeyTable(chars, ends);
  }

  /**
   * The table of the keys written end to end in {@code chars}, key {@code i} ending before {@code
   * ends[i]}.
   *
   * @throws IllegalArgumentException when the ends do not fit the characters or a key comes twice
   */
  KeyTable(char[] chars, int[] ends) {
    this.chars = chars;
    this.ends = ends;
    int capacity = Integer.highestOneBit(Math.max(8, ends.length * SLOTS_PER_KEY - 1)) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    int start = 0;
    for (int i = 0; i < ends.length; i++) {
      int end = ends[i];
      if (end < start || end > chars.length) {
        throw new IllegalArgumentException("key " + i + " ends at " + end + " after " + start);
      }
      int slot = mix(hash(chars, start, end)) & mask;
      while (slots[slot] != 0) {
        if (isKeyAt(slots[slot] - 1, chars, start, end)) {
          throw new IllegalArgumentException(
              "key \"" + new String(chars, start, end - start) + "\" comes twice");
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
      start = end;
    }
    if (start != chars.length) {
      throw new IllegalArgumentException("characters left after the last key");
    }
  }

  /** The number of keys. */
  int size() {
    return ends.length;
  }

  /** Key number {@code i}, as a new string. */
  String get(int i) {
    int start = i == 0 ? 0 : ends[i - 1];
    return new String(chars, start, ends[i] - start);
  }

  /** The number of {@code key}, or -1 when it is not in the table. */
  int indexOf(String key) {
    int slot = mix(key.hashCode()) & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (matches(entry - 1, key)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The keys' characters end to end, for {@link GazetteerTables#write}; not to be changed. */
  char[] chars() {
    return chars;
  }

  /**
   * Where each key ends in {@link #chars}, for {@link GazetteerTables#write}; not to be changed.
   */
  int[] ends() {
    return ends;
  }

  private boolean matches(int i, String key) {
    int start = i == 0 ? 0 : ends[i - 1];
    int length = ends[i] - start;
    if (length != key.length()) {
      return false;
    }
    for (int j = 0; j < length; j++) {
      if (chars[start + j] != key.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Whether key {@code i} is the characters {@code [from, to)} of {@code other}. */
  private boolean isKeyAt(int i, char[] other, int from, int to) {
    int start = i == 0 ? 0 : ends[i - 1];
    return java.util.Arrays.equals(chars, start, ends[i], other, from, to);
  }

  /** {@link String#hashCode} of the characters, so that a look-up uses the string's cached one. */
  private static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  /** Spreads a string hash over the low bits that pick the slot. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    return h ^ (h >>> 16);
  }
}
