package org.gazette.extract;

import java.util.Arrays;

/**
 * Numbers the feature keys of the training data: counts how many tokens have each key, then gives
 * the keys seen often enough dense ids (in order of first sight, so the numbering is reproducible),
 * and maps a token's keys to ids ({@code -1} for keys left out). An open-addressing table of
 * primitive longs: the training data has millions of keys.
 */
final class FeatureIds {
  private long[] keys = new long[1 << 20];
  private int[] counts = new int[keys.length];
  private int[] order = new int[keys.length / 2];
  private int size;
  private int[] ids;

  /** Counts each key of one token. */
  void count(long[] tokenKeys) {
    for (long k : tokenKeys) {
      int slot = slot(k);
      if (keys[slot] == 0) {
        keys[slot] = k;
        if (size == order.length) {
          order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = slot;
        if (size * 2 > keys.length) {
          grow();
          slot = slot(k);
        }
      }
      counts[slot]++;
    }
  }

  /** Gives ids to the keys counted at least {@code minCount} times; returns the keys by id. */
  long[] freeze(int minCount) {
    ids = new int[keys.length];
    Arrays.fill(ids, -1);
    long[] out = new long[size];
    int n = 0;
    for (int k = 0; k < size; k++) {
      int slot = order[k];
      if (counts[slot] >= minCount) {
        ids[slot] = n;
        out[n++] = keys[slot];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The ids of one token's keys, -1 for keys without one. */
  int[] ids(long[] tokenKeys) {
    int[] out = new int[tokenKeys.length];
    for (int i = 0; i < tokenKeys.length; i++) {
      int slot = slot(tokenKeys[i]);
      out[i] = keys[slot] == 0 ? -1 : ids[slot];
    }
    return out;
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 31)) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    int[] oldOrder = Arrays.copyOf(order, size);
    keys = new long[oldKeys.length * 2];
    counts = new int[keys.length];
    for (int k = 0; k < size; k++) {
      int oldSlot = oldOrder[k];
      int slot = slot(oldKeys[oldSlot]);
      keys[slot] = oldKeys[oldSlot];
      counts[slot] = oldCounts[oldSlot];
      order[k] = slot;
    }
  }
}
