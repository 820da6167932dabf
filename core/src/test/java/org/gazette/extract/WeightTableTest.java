package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightTableTest {
  private static final int N = NerModel.N;

  /** A table of two stages with {@code size} random keys; the keys are returned in {@code keys}. */
  private static WeightTable table(int size, long[] keys, Random random) {
    WeightTable table = new WeightTable(size / 4, 2); // small on purpose: it must grow
    table.setScale(0, 0.5f);
    table.setScale(1, 0.25f);
    short[] row = new short[N];
    for (int i = 0; i < size; i++) {
      long key;
      do {
        key = random.nextLong();
      } while (key == 0);
      keys[i] = key;
      for (int stage = 0; stage < 2; stage++) {
        for (int t = 0; t < N; t++) {
          row[t] = (short) (random.nextInt(2001) - 1000);
        }
        table.put(key, stage, row);
      }
    }
    table.trim();
    return table;
  }

  @Test
  void addingManyFeaturesAtOnceGivesTheSumsOfAddingEachInTurn() {
    Random random = new Random(7);
    long[] keys = new long[20_000];
    WeightTable table = table(keys.length, keys, random);
    assertThat(table.size()).isEqualTo(keys.length);
    for (int round = 0; round < 200; round++) {
      int count = 1 + random.nextInt(40);
      long[] features = new long[count];
      for (int j = 0; j < count; j++) {
        // Known keys, unknown ones, and the same key twice.
        features[j] =
            switch (random.nextInt(3)) {
              case 0 -> keys[random.nextInt(keys.length)];
              case 1 -> random.nextLong() | 1;
              default -> j > 0 ? features[j - 1] : keys[0];
            };
      }
      int offset = N * random.nextInt(3);
      float[] first = new float[4 * N];
      float[] second = new float[4 * N];
      for (long f : features) {
        table.addBoth(f, first, second, offset);
      }
      float[] batchFirst = new float[4 * N];
      float[] batchSecond = new float[4 * N];
      table.addBoth(features, count, new int[count], batchFirst, batchSecond, offset);
      assertThat(batchFirst).containsExactly(first);
      assertThat(batchSecond).containsExactly(second);
    }
  }

  @Test
  void aFeatureTheTableDoesNotKnowAddsNothing() {
    Random random = new Random(11);
    long[] keys = new long[1000];
    WeightTable table = table(keys.length, keys, random);
    long[] unknown = {3, 5, 7, 11};
    float[] first = new float[N];
    float[] second = new float[N];
    table.addBoth(unknown, unknown.length, new int[4], first, second, 0);
    assertThat(first).containsOnly(0f);
    assertThat(second).containsOnly(0f);
  }
}
