package org.gazette.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.gazette.model.EntityType;

/**
 * Trains the name tagger ({@link NerModel}) on the training part of {@link NerCorpus}: an averaged
 * perceptron, greedy decoding with the tags chosen so far as features, a fixed number of passes
 * over the blocks in an order shuffled with a fixed seed. Texts are cut into tokens exactly as the
 * extractor cuts articles, so training and tagging see the same tokens. The same data and gazetteer
 * give a byte-identical model.
 */
public final class NerTrainer {
  /** The model's resource name, as the extractor reads it. */
  public static final String MODEL_FILE = NerModel.RESOURCE;

  public static final int DEFAULT_EPOCHS = 12;

  private static final long SEED = 20261206L;

  private NerTrainer() {}

  /** One block of tokens with its gold tags. */
  record Example(List<Token> tokens, int[] gold, long[][] features) {}

  /**
   * Trains on the documents of {@code docs} outside the development set and writes the model to
   * {@code target}; returns a summary with the development set's span figures.
   */
  public static String train(
      List<NerCorpus.Document> docs, int epochs, Path target, Consumer<String> progress)
      throws IOException {
    RuleBasedEntityExtractor extractor = RuleBasedEntityExtractor.withDefaultResources();
    NerFeatures features = new NerFeatures(extractor.gazetteer());
    List<Example> train = new ArrayList<>();
    List<Example> dev = new ArrayList<>();
    for (NerCorpus.Document d : docs) {
      for (Example e : examples(extractor, features, d)) {
        (d.isDev() ? dev : train).add(e);
      }
    }
    progress.accept(
        "training on " + train.size() + " blocks, checking on " + dev.size() + " held-out blocks");
    Learner learner = new Learner();
    Random random = new Random(SEED);
    List<Example> order = new ArrayList<>(train);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, random);
      int errors = 0;
      int tokens = 0;
      for (Example e : order) {
        errors += learner.learn(e);
        tokens += e.gold().length;
      }
      progress.accept(
          String.format(
              "pass %d: %.2f%% of training tokens mistagged", epoch, 100.0 * errors / tokens));
    }
    Learner.Frozen averaged = learner.averaged();
    int written;
    try (OutputStream out = Files.newOutputStream(target)) {
      written = NerModel.write(out, averaged.keys(), averaged.rows());
    }
    return String.format(
        "wrote %s: %d features, %d bytes; held-out spans %s",
        target, written, Files.size(target), spanScores(dev, averaged.table()));
  }

  /** The blocks of a document, tokenised as the extractor does, with B-/I- tags from its spans. */
  static List<Example> examples(
      RuleBasedEntityExtractor extractor, NerFeatures features, NerCorpus.Document d) {
    List<Example> out = new ArrayList<>();
    for (List<Token> tokens : extractor.tokenBlocks(d.text())) {
      int[] gold = new int[tokens.size()];
      NerCorpus.Span open = null;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        NerCorpus.Span in = null;
        for (NerCorpus.Span s : d.spans()) {
          if (t.start() < s.end() && t.end() > s.start()) {
            in = s;
            break;
          }
        }
        if (in != null && t.isWord() || in != null && in == open) {
          int base = 2 * typeIndex(in.type()) + 1;
          gold[i] = in == open ? base + 1 : base;
          open = in;
        } else {
          open = null;
        }
      }
      out.add(new Example(tokens, gold, features.of(tokens)));
    }
    return out;
  }

  private static int typeIndex(EntityType type) {
    return switch (type) {
      case PERSON -> 0;
      case PLACE -> 1;
      case ORGANIZATION -> 2;
    };
  }

  /** Exact-span precision, recall and F1 per type over {@code examples}. */
  static String spanScores(List<Example> examples, NerModel.Weights w) {
    int[] tp = new int[3];
    int[] pred = new int[3];
    int[] gold = new int[3];
    for (Example e : examples) {
      int[] tags = NerModel.decode(e.features(), w).tags();
      Map<String, Integer> g = spans(e.gold());
      Map<String, Integer> p = spans(tags);
      g.values().forEach(t -> gold[t]++);
      p.values().forEach(t -> pred[t]++);
      p.forEach((k, t) -> tp[t] += t.equals(g.get(k)) ? 1 : 0);
    }
    StringBuilder b = new StringBuilder();
    String[] names = {"person", "place", "organization"};
    int allTp = 0;
    int allPred = 0;
    int allGold = 0;
    for (int t = 0; t < 3; t++) {
      b.append(names[t]).append(' ').append(f1(tp[t], pred[t], gold[t])).append(", ");
      allTp += tp[t];
      allPred += pred[t];
      allGold += gold[t];
    }
    return b.append("all ").append(f1(allTp, allPred, allGold)).toString();
  }

  private static String f1(int tp, int pred, int gold) {
    double p = pred == 0 ? 0 : (double) tp / pred;
    double r = gold == 0 ? 0 : (double) tp / gold;
    return String.format("F1 %.3f", p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** Spans of a tag sequence as "start:end" to type index. */
  private static Map<String, Integer> spans(int[] tags) {
    Map<String, Integer> out = new HashMap<>();
    int start = -1;
    for (int i = 0; i <= tags.length; i++) {
      int t = i < tags.length ? tags[i] : 0;
      boolean continues = t != 0 && t % 2 == 0 && start >= 0;
      if (start >= 0 && !continues) {
        out.put(start + ":" + i, (tags[start] - 1) / 2);
        start = -1;
      }
      if (t % 2 == 1) {
        start = i;
      }
    }
    return out;
  }

  /** The perceptron's weights while learning, with the sums for averaging. */
  private static final class Learner implements NerModel.Weights {
    private final Map<Long, Integer> slots = new HashMap<>();
    private long[] keys = new long[1 << 16];
    private float[] weights = new float[keys.length * NerModel.N];
    private double[] totals = new double[weights.length];
    private int[] stamps = new int[weights.length];
    private int clock;

    @Override
    public void addTo(long f, float[] scores) {
      Integer slot = slots.get(f);
      if (slot != null) {
        int base = slot * NerModel.N;
        for (int t = 0; t < NerModel.N; t++) {
          scores[t] += weights[base + t];
        }
      }
    }

    /** Tags one example, updates the weights where a tag was wrong; returns the mistakes. */
    int learn(Example e) {
      float[] scores = new float[NerModel.N];
      int prev = 0;
      int prev2 = 0;
      int gPrev = 0;
      int gPrev2 = 0;
      int errors = 0;
      for (int i = 0; i < e.gold().length; i++) {
        clock++;
        long[] f = e.features()[i];
        NerModel.score(f, prev, prev2, this, scores);
        int guess = NerModel.best(scores, prev);
        int truth = e.gold()[i];
        if (guess != truth) {
          errors++;
          update(f, NerModel.history(f, gPrev, gPrev2), truth, 1);
          update(f, NerModel.history(f, prev, prev2), guess, -1);
        }
        prev2 = prev;
        prev = guess;
        gPrev2 = gPrev;
        gPrev = truth;
      }
      return errors;
    }

    private void update(long[] f, long[] history, int tag, float delta) {
      for (long h : f) {
        if (h != 0) {
          update(h, tag, delta);
        }
      }
      for (long h : history) {
        update(h, tag, delta);
      }
    }

    private void update(long h, int tag, float delta) {
      Integer slot = slots.get(h);
      if (slot == null) {
        slot = slots.size();
        slots.put(h, slot);
        if (slot >= keys.length) {
          grow();
        }
        keys[slot] = h;
      }
      int i = slot * NerModel.N + tag;
      totals[i] += (double) (clock - stamps[i]) * weights[i];
      stamps[i] = clock;
      weights[i] += delta;
    }

    private void grow() {
      keys = java.util.Arrays.copyOf(keys, keys.length * 2);
      weights = java.util.Arrays.copyOf(weights, weights.length * 2);
      totals = java.util.Arrays.copyOf(totals, totals.length * 2);
      stamps = java.util.Arrays.copyOf(stamps, stamps.length * 2);
    }

    record Frozen(long[] keys, float[][] rows, NerModel.Table table) {}

    /** The averaged weights, sorted by key. */
    Frozen averaged() {
      int n = slots.size();
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
      long[] sortedKeys = new long[n];
      float[][] rows = new float[n][NerModel.N];
      NerModel.Table table = new NerModel.Table(n);
      for (int k = 0; k < n; k++) {
        int s = order[k];
        sortedKeys[k] = keys[s];
        for (int t = 0; t < NerModel.N; t++) {
          int i = s * NerModel.N + t;
          double total = totals[i] + (double) (clock - stamps[i]) * weights[i];
          float avg = (float) (total / clock);
          // What the written model keeps: hundredths.
          rows[k][t] = Math.round(avg * NerModel.SCALE) / NerModel.SCALE;
        }
        table.put(sortedKeys[k], rows[k]);
      }
      return new Frozen(sortedKeys, rows, table);
    }
  }
}
