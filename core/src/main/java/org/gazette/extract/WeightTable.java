package org.gazette.extract;

/**
 * The weights of a name-tagger model read from its file ({@link NerModelFile}): an open-addressing
 * table from feature key to its rows of 16-bit weights, one row per stage of the model. Each slot
 * holds the key (as four 16-bit parts) followed by the rows, in one array: a look-up then touches
 * one place in memory instead of two, which is most of its cost.
 */
final class WeightTable {
  private static final int KEY = 4;

  private static final int N = NerModel.N;

  private short[] data;
  private int mask;
  private int used;
  private final int stages;
  private final int stride;
  private final float[] scales;

  WeightTable(int expected, int stages, float[] scales) {
    this.stages = stages;
    this.stride = KEY + N * stages;
    this.scales = scales.clone();
    int cap = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_LOAD))) << 1;
    data = new short[cap * stride];
    mask = cap - 1;
  }

  /** The largest share of slots in use before the table grows. */
  private static final double MAX_LOAD = 0.6;

  /** Sets the weights of {@code key} for one stage. */
  void put(long key, int stage, short[] row) {
    if (used + 1 > MAX_LOAD * (mask + 1)) {
      grow();
    }
    int slot = slot(key);
    int base = slot * stride;
    if (keyAt(base) == 0) {
      setKey(base, key);
      used++;
    }
    System.arraycopy(row, 0, data, base + KEY + stage * N, N);
  }

  private void grow() {
    short[] old = data;
    int oldSlots = mask + 1;
    data = new short[oldSlots * 2 * stride];
    mask = oldSlots * 2 - 1;
    for (int i = 0; i < oldSlots; i++) {
      long key = keyAt(old, i * stride);
      if (key != 0) {
        System.arraycopy(old, i * stride, data, slot(key) * stride, stride);
      }
    }
  }

  private long keyAt(int base) {
    return keyAt(data, base);
  }

  private static long keyAt(short[] a, int base) {
    return (a[base] & 0xFFFFL) << 48
        | (a[base + 1] & 0xFFFFL) << 32
        | (a[base + 2] & 0xFFFFL) << 16
        | (a[base + 3] & 0xFFFFL);
  }

  private void setKey(int base, long key) {
    data[base] = (short) (key >>> 48);
    data[base + 1] = (short) (key >>> 32);
    data[base + 2] = (short) (key >>> 16);
    data[base + 3] = (short) key;
  }

  private int slot(long key) {
    int i = (int) (key ^ (key >>> 29) ^ (key >>> 43)) & mask;
    while (true) {
      long k = keyAt(i * stride);
      if (k == 0 || k == key) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** The weights of one stage. */
  NerModel.Weights stage(int stage) {
    return (f, scores, offset) -> add(f, stage, scores, offset);
  }

  private void add(long f, int stage, float[] scores, int offset) {
    int base = slot(f) * stride;
    if (keyAt(base) == 0) {
      return;
    }
    int row = base + KEY + stage * N;
    float scale = scales[stage];
    for (int t = 0; t < N; t++) {
      scores[offset + t] += data[row + t] * scale;
    }
  }

  /**
   * Adds the weights of {@code f} of the first stage to {@code first} and of the second to {@code
   * second}, with one look-up; the table must have two stages.
   */
  void addBoth(long f, float[] first, float[] second, int offset) {
    int base = slot(f) * stride;
    if (keyAt(base) == 0) {
      return;
    }
    int row = base + KEY;
    float s0 = scales[0];
    float s1 = scales[1];
    for (int t = 0; t < N; t++) {
      first[offset + t] += data[row + t] * s0;
      second[offset + t] += data[row + N + t] * s1;
    }
  }

  /** The number of keys, for tests and reports. */
  int size() {
    return used;
  }

  int stages() {
    return stages;
  }
}
