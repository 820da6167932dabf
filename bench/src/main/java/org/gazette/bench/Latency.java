package org.gazette.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Times one operation again and again on one thread: a warm-up, then as many runs as fit in a time
 * budget (at least {@link #MIN_RUNS}, at most {@link #MAX_RUNS}); reports p50, p99 and runs per
 * second.
 */
record Latency(String name, int runs, double p50Ms, double p99Ms, double perSecond) {
  static final int MIN_RUNS = 20;
  static final int MAX_RUNS = 2_000;

  interface Op {
    void run() throws Exception;
  }

  static Latency measure(String name, Op op, int warmup, double seconds) throws Exception {
    for (int i = 0; i < warmup; i++) {
      op.run();
    }
    long[] times = new long[MAX_RUNS];
    int n = 0;
    long budget = (long) (seconds * 1e9);
    long start = System.nanoTime();
    while (n < MAX_RUNS && (n < MIN_RUNS || System.nanoTime() - start < budget)) {
      long t0 = System.nanoTime();
      op.run();
      times[n++] = System.nanoTime() - t0;
    }
    long total = System.nanoTime() - start;
    long[] sorted = Arrays.copyOf(times, n);
    Arrays.sort(sorted);
    return new Latency(
        name, n, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, n / (total / 1e9));
  }

  /** Runs {@code ops} in turn, untimed, for {@code seconds} (at least once each). */
  static void warmUp(List<Op> ops, double seconds) throws Exception {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    do {
      for (Op op : ops) {
        op.run();
      }
    } while (System.nanoTime() < end);
  }

  static double percentile(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
