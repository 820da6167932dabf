package org.gazette.extract;

/**
 * The weights of a name-tagger model read from its file ({@link NerModelFile}): an open-addressing
 * table from feature key to its rows of 16-bit weights, one row per stage of the model.
 *
 * <p>The keys are probed in an array of their own, eight to a cache line, because most look-ups are
 * of features the model does not know (a word it never saw, a pair of neighbours that never met)
 * and end there. A key that is found gives the index of its rows, which lie packed in the order
 * they were added: the table holds 8 bytes of key and 4 of index per slot, at a load of at most
 * {@link #MAX_LOAD}, plus the rows themselves, instead of a slot-sized copy of every row.
 */
final class WeightTable {
  private static final int N = NerModel.N;

  /** The largest share of slots in use before the table grows. */
  private static final double MAX_LOAD = 0.6;

  private long[] keys;
  private int[] rowOf;
  private short[] rows;
  private int mask;
  private int used;
  private final int stages;
  private final int stride;
  private final float[] scales;

  WeightTable(int expected, int stages) {
    this.stages = stages;
    this.stride = N * stages;
    this.scales = new float[stages];
    int cap = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_LOAD))) << 1;
    keys = new long[cap];
    rowOf = new int[cap];
    rows = new short[Math.max(16, expected) * stride];
    mask = cap - 1;
  }

  /** Sets the factor that turns the 16-bit weights of one stage into scores. */
  void setScale(int stage, float scale) {
    scales[stage] = scale;
  }

  /** Sets the weights of {@code key} for one stage. */
  void put(long key, int stage, short[] row) {
    if (used + 1 > MAX_LOAD * (mask + 1)) {
      grow();
    }
    int slot = slot(key);
    if (keys[slot] == 0) {
      if ((used + 1) * stride > rows.length) {
        rows = java.util.Arrays.copyOf(rows, Math.max(rows.length * 2, (used + 1) * stride));
      }
      keys[slot] = key;
      rowOf[slot] = used++;
    }
    System.arraycopy(row, 0, rows, rowOf[slot] * stride + stage * N, N);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rowOf;
    keys = new long[oldKeys.length * 2];
    rowOf = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        rowOf[slot] = oldRows[i];
      }
    }
  }

  /** The first slot probed for {@code key}. */
  private static int home(long key, int mask) {
    return (int) (key ^ (key >>> 29) ^ (key >>> 43)) & mask;
  }

  /** The slot of {@code key}, or of the empty slot where it would go. */
  private int slot(long key) {
    int i = home(key, mask);
    while (true) {
      long k = keys[i];
      if (k == 0 || k == key) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** The weights of one stage, as the tagger adds them up. */
  NerModel.Weights stage(int stage) {
    return (f, scores, offset) -> add(f, stage, scores, offset);
  }

  private void add(long f, int stage, float[] scores, int offset) {
    int slot = slot(f);
    if (keys[slot] == 0) {
      return;
    }
    int row = rowOf[slot] * stride + stage * N;
    float scale = scales[stage];
    for (int t = 0; t < N; t++) {
      scores[offset + t] += rows[row + t] * scale;
    }
  }

  /**
   * Adds the weights of {@code f} of the first stage to {@code first} and of the second to {@code
   * second}, from one look-up.
   */
  void addBoth(long f, float[] first, float[] second, int offset) {
    int slot = slot(f);
    if (keys[slot] == 0) {
      return;
    }
    int row = rowOf[slot] * stride;
    float s0 = scales[0];
    float s1 = scales[1];
    for (int t = 0; t < N; t++) {
      first[offset + t] += rows[row + t] * s0;
      second[offset + t] += rows[row + N + t] * s1;
    }
  }

  /**
   * {@link #addBoth} for {@code count} features at once: first the slot of each is read, then the
   * row index of each found, then the rows, so that the reads of one step, each likely a miss of
   * the processor's caches (the table is tens of megabytes), do not wait for one another. {@code
   * found} is scratch room of at least {@code count} entries.
   */
  void addBoth(long[] features, int count, int[] found, float[] first, float[] second, int offset) {
    long[] keys = this.keys;
    int mask = this.mask;
    for (int j = 0; j < count; j++) {
      long f = features[j];
      int i = home(f, mask);
      long k = keys[i];
      found[j] = k == f ? i : k == 0 ? -1 : slot(f);
    }
    for (int j = 0; j < count; j++) {
      int i = found[j];
      found[j] = i < 0 || keys[i] == 0 ? -1 : rowOf[i] * stride;
    }
    float s0 = scales[0];
    float s1 = scales[1];
    for (int j = 0; j < count; j++) {
      int row = found[j];
      if (row < 0) {
        continue;
      }
      for (int t = 0; t < N; t++) {
        first[offset + t] += rows[row + t] * s0;
        second[offset + t] += rows[row + N + t] * s1;
      }
    }
  }

  /** Gives back the room kept for rows that were never added, once the table is complete. */
  void trim() {
    rows = java.util.Arrays.copyOf(rows, used * stride);
  }

  /** The number of keys. */
  int size() {
    return used;
  }

  /** The number of stages whose weights the table holds. */
  int stages() {
    return stages;
  }
}
