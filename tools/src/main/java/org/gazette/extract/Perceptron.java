package org.gazette.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.gazette.extract.TrainingData.Sentence;

/**
 * The structured averaged perceptron that learns the weights of one stage of the name tagger: it
 * decodes each training sentence exactly ({@link NerModel#decode}) and, where it went wrong, adds
 * to the weights of the gold tags and takes from those of its guess, for the features of the tokens
 * and for the tag transitions; the weights handed over are averaged over all updates.
 *
 * <p>NOTE: not thread-safe; one per training run.
 */
final class Perceptron {
  /**
   * The share of training sentences seen without the rules' features, so that the tagger also
   * learns to find names on its own (without it, it trusts the rules and misses what they miss).
   */
  static final double RULE_DROPOUT = 0.3;

  /**
   * Perceptrons trained per stage, on the same sentences in different orders, whose weights are
   * summed: a perceptron's weights depend on the order it saw the sentences in, and the sum of two
   * is steadier (on the development set 0.765 against 0.757 for one).
   */
  static final int RUNS = 2;

  /** The step between the shuffling seeds of the runs: any odd number far from the others. */
  private static final long RUN_SEED_STEP = 7919L;

  /** The weights one stage learned: rows by feature id, and transition scores. */
  record Learned(float[][] rows, float[] transitions) {}

  private final float[] w;
  private final double[] u;
  private final float[] trans = new float[NerModel.N * NerModel.N];
  private final double[] transU = new double[NerModel.N * NerModel.N];
  private long clock = 1;

  Perceptron(int features) {
    w = new float[features * NerModel.N];
    u = new double[w.length];
  }

  /**
   * Trains {@link #RUNS} perceptrons on {@code sentences}, each passing over them in an order
   * shuffled with its own seed (the first with {@code seed}), and sums their averaged weights.
   */
  static Learned train(
      List<Sentence> sentences,
      int features,
      int epochs,
      long seed,
      Consumer<String> progress,
      String name) {
    Learned sum = null;
    for (int run = 0; run < RUNS; run++) {
      String runName = name == null ? null : name + " (run " + (run + 1) + " of " + RUNS + ")";
      Learned one =
          trainOnce(sentences, features, epochs, seed + RUN_SEED_STEP * run, progress, runName);
      if (sum == null) {
        sum = one;
        continue;
      }
      for (int f = 0; f < features; f++) {
        for (int t = 0; t < NerModel.N; t++) {
          sum.rows()[f][t] += one.rows()[f][t];
        }
      }
      for (int t = 0; t < sum.transitions().length; t++) {
        sum.transitions()[t] += one.transitions()[t];
      }
    }
    return sum;
  }

  private static Learned trainOnce(
      List<Sentence> sentences,
      int features,
      int epochs,
      long seed,
      Consumer<String> progress,
      String name) {
    Perceptron learner = new Perceptron(features);
    Random random = new Random(seed);
    List<Sentence> order = new ArrayList<>(sentences);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, random);
      int errors = 0;
      int tokens = 0;
      for (Sentence s : order) {
        errors += learner.learn(s, random.nextDouble() >= RULE_DROPOUT);
        tokens += s.gold().length;
      }
      progress.accept(
          String.format(
              "%s, pass %d: %.2f%% of training tokens mistagged",
              name, epoch, 100.0 * errors / tokens));
    }
    return new Learned(learner.averagedRows(), learner.averagedTransitions());
  }

  /**
   * Decodes one sentence and updates the weights where it went wrong; returns the mistakes. With
   * {@code withRules} false the rules' features are left out, so that the other features learn to
   * find names the rules miss instead of leaning on the rules.
   */
  int learn(Sentence s, boolean withRules) {
    int n = s.gold().length;
    float[] emissions = new float[n * NerModel.N];
    int[][][] parts =
        withRules ? new int[][][] {s.features(), s.rules()} : new int[][][] {s.features()};
    for (int i = 0; i < n; i++) {
      int row = i * NerModel.N;
      for (int[][] part : parts) {
        for (int f : part[i]) {
          if (f >= 0) {
            int base = f * NerModel.N;
            for (int t = 0; t < NerModel.N; t++) {
              emissions[row + t] += w[base + t];
            }
          }
        }
      }
    }
    int[] guess = new int[n];
    NerModel.decode(emissions, trans, 0, n, guess);
    int[] gold = s.gold();
    int errors = 0;
    for (int i = 0; i < n; i++) {
      if (guess[i] != gold[i]) {
        errors++;
        for (int[][] part : parts) {
          for (int f : part[i]) {
            if (f >= 0) {
              update(w, u, f * NerModel.N + gold[i], 1);
              update(w, u, f * NerModel.N + guess[i], -1);
            }
          }
        }
      }
      if (i > 0 && (guess[i] != gold[i] || guess[i - 1] != gold[i - 1])) {
        update(trans, transU, gold[i - 1] * NerModel.N + gold[i], 1);
        update(trans, transU, guess[i - 1] * NerModel.N + guess[i], -1);
      }
    }
    clock++;
    return errors;
  }

  private void update(float[] weights, double[] sums, int i, float delta) {
    weights[i] += delta;
    sums[i] += clock * (double) delta;
  }

  /** The averaged weights, one row per feature id. */
  float[][] averagedRows() {
    int features = w.length / NerModel.N;
    float[][] rows = new float[features][NerModel.N];
    for (int f = 0; f < features; f++) {
      for (int t = 0; t < NerModel.N; t++) {
        int i = f * NerModel.N + t;
        rows[f][t] = (float) (w[i] - u[i] / clock);
      }
    }
    return rows;
  }

  float[] averagedTransitions() {
    float[] out = new float[trans.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (trans[i] - transU[i] / clock);
    }
    return out;
  }
}
