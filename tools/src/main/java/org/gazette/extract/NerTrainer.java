package org.gazette.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.gazette.model.Article;
import org.gazette.model.EntityType;

/**
 * Trains the name tagger ({@link NerModel}) on the training part of {@link NerCorpus}: a structured
 * averaged perceptron over BILOU tags with exact (Viterbi) decoding of each sentence. Texts go
 * through the extractor's own steps (its tokens, the rules' marks, what the document does with each
 * word), so training and tagging see the same features. Features seen in fewer than {@link
 * #MIN_COUNT} training tokens are left out; the passes go over the sentences in an order shuffled
 * with a fixed seed, so the same data and gazetteer give a byte-identical model.
 */
public final class NerTrainer {
  /** The model's resource name, as the extractor reads it. */
  public static final String MODEL_FILE = NerModel.RESOURCE;

  public static final int DEFAULT_EPOCHS = 12;

  /** Features seen in fewer training tokens than this carry too little to learn from. */
  static final int MIN_COUNT = 1;

  private static final long SEED = 20261206L;

  /**
   * The share of training sentences seen without the rules' features, so that the tagger also
   * learns to find names on its own (without it, it trusts the rules and misses what they miss).
   */
  static final double RULE_DROPOUT = 0.3;

  private NerTrainer() {}

  /**
   * One sentence: per token the ids of its features and of its rule features ({@link RuleMarks}),
   * its gold tags, its tokens, and the number of its document.
   */
  record Sentence(int[][] features, int[][] rules, int[] gold, List<Token> tokens, int doc) {
    /** The same sentence with more feature ids per token. */
    Sentence plus(int[][] more) {
      int[][] f = new int[features.length][];
      for (int i = 0; i < f.length; i++) {
        f[i] = java.util.Arrays.copyOf(features[i], features[i].length + more[i].length);
        System.arraycopy(more[i], 0, f[i], features[i].length, more[i].length);
      }
      return new Sentence(f, rules, gold, tokens, doc);
    }
  }

  /** The training sentences, the held-out ones, and the feature keys by id. */
  record Data(List<Sentence> train, List<Sentence> dev, long[] keys) {}

  /** The weights one stage learned: rows by feature id, and transition scores. */
  record Learned(float[][] rows, float[] transitions) {}

  /** Training documents are cut into this many parts for the second stage's features. */
  static final int FOLDS = 4;

  /**
   * Trains on the documents of {@code docs} outside the development set and writes the model to
   * {@code target}; returns a summary with the development set's span figures.
   *
   * <p>Two stages. The first tags from the text alone. The second also sees what the first made of
   * each word across the document ({@link DocumentTags}); to learn how far to trust that, it trains
   * on first-stage tags of documents the first stage never saw: each quarter of the training
   * documents is tagged by a first stage trained on the other three.
   */
  public static String train(
      List<NerCorpus.Document> docs, int epochs, Path target, Consumer<String> progress)
      throws IOException {
    return train(docs, epochs, 2, target, progress);
  }

  /**
   * Trains a model of {@code stages} stages (1 or 2; the second is the default and the shipped
   * model's) and writes it to {@code target}.
   */
  public static String train(
      List<NerCorpus.Document> docs, int epochs, int stages, Path target, Consumer<String> progress)
      throws IOException {
    Data data = prepare(docs, progress);
    int features = data.keys().length;
    Learned first = learn(data.train(), features, epochs, SEED, progress, "first stage");
    if (stages == 1) {
      String held = spanScores(data.dev(), first.rows(), first.transitions());
      int[] written;
      try (OutputStream out = Files.newOutputStream(target)) {
        written = NerModel.write(out, List.of(stage(data.keys(), first)));
      }
      return String.format(
          "wrote %s: %d features, %d bytes; held-out spans: %s",
          target, written[0], Files.size(target), held);
    }
    Map<Sentence, int[]> tagged = new IdentityHashMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      int held = fold;
      List<Sentence> rest = data.train().stream().filter(s -> s.doc() % FOLDS != held).toList();
      Learned part = learn(rest, features, epochs, SEED + 1 + fold, p -> {}, null);
      for (Sentence s : data.train()) {
        if (s.doc() % FOLDS == held) {
          tagged.put(s, decode(s, part.rows(), part.transitions()));
        }
      }
      progress.accept("first stage on quarter " + (fold + 1) + " of the training documents");
    }
    for (Sentence s : data.dev()) {
      tagged.put(s, decode(s, first.rows(), first.transitions()));
    }
    Map<Long, Integer> historyIds = new LinkedHashMap<>();
    List<Sentence> train2 = withHistory(data.train(), tagged, historyIds, features, true);
    List<Sentence> dev2 = withHistory(data.dev(), tagged, historyIds, features, false);
    long[] keys2 = java.util.Arrays.copyOf(data.keys(), features + historyIds.size());
    historyIds.forEach((key, id) -> keys2[id] = key);
    Learned second = learn(train2, keys2.length, epochs, SEED, progress, "second stage");
    String held1 = spanScores(data.dev(), first.rows(), first.transitions());
    String held2 = spanScores(dev2, second.rows(), second.transitions());
    int[] written;
    try (OutputStream out = Files.newOutputStream(target)) {
      written = NerModel.write(out, List.of(stage(data.keys(), first), stage(keys2, second)));
    }
    return String.format(
        "wrote %s: %d + %d features, %d bytes; held-out spans: first stage %s; second stage %s",
        target, written[0], written[1], Files.size(target), held1, held2);
  }

  /** The default extractor's gazetteer and rules with the model of {@code file}. */
  public static RuleBasedEntityExtractor extractorWith(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return new RuleBasedEntityExtractor(Gazetteer.loadDefault(), NerModel.read(in));
    }
  }

  /** A perceptron's passes over {@code sentences}, in an order shuffled with {@code seed}. */
  static Learned learn(
      List<Sentence> sentences,
      int features,
      int epochs,
      long seed,
      Consumer<String> progress,
      String name) {
    Learner learner = new Learner(features);
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
   * The sentences with the second stage's features: per document, what the first stage's tags
   * ({@code tagged}) say of each word and name ({@link DocumentTags#codes}). New keys get ids after
   * {@code base} when {@code grow}; unknown ones are left out otherwise.
   */
  private static List<Sentence> withHistory(
      List<Sentence> sentences,
      Map<Sentence, int[]> tagged,
      Map<Long, Integer> ids,
      int base,
      boolean grow) {
    Map<Integer, DocumentTags> byDoc = new HashMap<>();
    for (Sentence s : sentences) {
      byDoc
          .computeIfAbsent(s.doc(), d -> new DocumentTags())
          .add(s.tokens(), tagged.get(s), 0, s.tokens().size());
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      DocumentTags doc = byDoc.get(s.doc());
      int[] tags = tagged.get(s);
      int[][] more = new int[tags.length][];
      for (int i = 0; i < tags.length; i++) {
        long[] codes = doc.codes(s.tokens(), tags, i);
        int[] f = new int[codes.length];
        int n = 0;
        for (long code : codes) {
          long key = NerFeatures.key(70, code);
          Integer id = ids.get(key);
          if (id == null && grow) {
            id = base + ids.size();
            ids.put(key, id);
          }
          if (id != null) {
            f[n++] = id;
          }
        }
        more[i] = java.util.Arrays.copyOf(f, n);
      }
      out.add(s.plus(more));
    }
    return out;
  }

  /** A stage for {@link NerModel#write}: keys in unsigned order, rows in the same order. */
  static NerModel.Stage stage(long[] keys, Learned learned) {
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compareUnsigned(keys[a], keys[b]));
    long[] sortedKeys = new long[keys.length];
    float[][] sortedRows = new float[keys.length][];
    for (int i = 0; i < order.length; i++) {
      sortedKeys[i] = keys[order[i]];
      sortedRows[i] = learned.rows()[order[i]];
    }
    return new NerModel.Stage(learned.transitions(), sortedKeys, sortedRows);
  }

  /** Cuts every document into sentences with features and gold tags; keeps frequent features. */
  static Data prepare(List<NerCorpus.Document> docs, Consumer<String> progress) throws IOException {
    RuleBasedEntityExtractor rules = new RuleBasedEntityExtractor(Gazetteer.loadDefault(), null);
    NerFeatures features = new NerFeatures(rules.gazetteer());
    FeatureIds ids = new FeatureIds();
    List<List<RawSentence>> raw = new ArrayList<>();
    for (NerCorpus.Document d : docs) {
      List<RawSentence> sentences = sentences(rules, features, d);
      raw.add(sentences);
      if (!d.isDev()) {
        for (RawSentence s : sentences) {
          for (int i = 0; i < s.gold().length; i++) {
            ids.count(s.keys()[i]);
            ids.count(s.rules()[i]);
          }
        }
      }
    }
    long[] keys = ids.freeze(MIN_COUNT);
    List<Sentence> train = new ArrayList<>();
    List<Sentence> dev = new ArrayList<>();
    int tokens = 0;
    for (int k = 0; k < raw.size(); k++) {
      boolean isDev = docs.get(k).isDev();
      for (RawSentence s : raw.get(k)) {
        int n = s.gold().length;
        int[][] f = new int[n][];
        int[][] r = new int[n][];
        for (int i = 0; i < n; i++) {
          f[i] = ids.ids(s.keys()[i]);
          r[i] = ids.ids(s.rules()[i]);
        }
        (isDev ? dev : train).add(new Sentence(f, r, s.gold(), s.tokens(), k));
        tokens += isDev ? 0 : n;
      }
    }
    progress.accept(
        String.format(
            "training on %d sentences (%d tokens, %d features seen %d times or more), checking"
                + " on %d held-out sentences",
            train.size(), tokens, keys.length, MIN_COUNT, dev.size()));
    return new Data(train, dev, keys);
  }

  /** One sentence before its features are numbered: per token its keys and its rule keys. */
  record RawSentence(long[][] keys, long[][] rules, int[] gold, List<Token> tokens) {}

  /**
   * The sentences of one document as the extractor sees it (the whole text as the body of an
   * article), with per token its feature keys and its gold tag from the document's spans.
   */
  static List<RawSentence> sentences(
      RuleBasedEntityExtractor rules, NerFeatures features, NerCorpus.Document d) {
    Article article = new Article(d.id(), "", null, null, null, List.of(), d.text());
    RuleBasedEntityExtractor.Document doc = rules.read(article);
    List<Found> found = new ArrayList<>();
    List<FieldScan.Definition> definitions = new ArrayList<>();
    List<RawSentence> out = new ArrayList<>();
    for (RuleBasedEntityExtractor.Block block : doc.blocks) {
      List<Token> tokens = block.tokens(rules);
      FieldScan scan =
          new FieldScan(tokens, block.text, block.field, doc.lowerWords, found, definitions);
      long[][] marks = rules.ruleMarks(scan);
      NerFeatures.Word[] words = new NerFeatures.Word[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = features.word(tokens.get(i).text());
      }
      NerFeatures.Block b = features.block(tokens, words, doc.words, marks);
      int[] gold = goldTags(tokens, d.spans());
      int start = 0;
      for (int i = 1; i <= tokens.size(); i++) {
        if (i == tokens.size() || tokens.get(i).is(Token.SENTENCE_START)) {
          long[][] keys = new long[i - start][];
          long[][] ruleKeys = new long[i - start][];
          for (int k = start; k < i; k++) {
            keys[k - start] = tokenKeys(b, k);
            int token = k;
            ruleKeys[k - start] = collect(sink -> NerFeatures.ruleFeatures(b, token, sink));
          }
          out.add(
              new RawSentence(
                  keys,
                  ruleKeys,
                  java.util.Arrays.copyOfRange(gold, start, i),
                  List.copyOf(tokens.subList(start, i))));
          start = i;
        }
      }
    }
    return out;
  }

  /** Every feature key of token {@code i} but the rules': its word and token features. */
  static long[] tokenKeys(NerFeatures.Block b, int i) {
    return collect(
        sink -> {
          for (int o = -NerFeatures.WINDOW; o <= NerFeatures.WINDOW; o++) {
            NerFeatures.wordFeatures(b.word(i + o), o, sink);
          }
          NerFeatures.tokenFeatures(b, i, sink);
        });
  }

  private static long[] collect(Consumer<NerFeatures.Sink> features) {
    long[] buffer = new long[128];
    int[] n = {0};
    features.accept(
        f -> {
          if (n[0] < buffer.length) {
            buffer[n[0]++] = f;
          }
        });
    return java.util.Arrays.copyOf(buffer, n[0]);
  }

  /**
   * The BILOU tags of {@code tokens} from character spans: a name's tokens are the words and
   * numbers that overlap it, with the punctuation between them.
   */
  static int[] goldTags(List<Token> tokens, List<NerCorpus.Span> spans) {
    int[] gold = new int[tokens.size()];
    int k = 0;
    for (NerCorpus.Span s : spans) {
      while (k < tokens.size() && tokens.get(k).end() <= s.start()) {
        k++;
      }
      int a = -1;
      int b = -1;
      for (int i = k; i < tokens.size() && tokens.get(i).start() < s.end(); i++) {
        Token t = tokens.get(i);
        if (t.isWord() || t.is(Token.NUMBER)) {
          a = a < 0 ? i : a;
          b = i + 1;
        }
      }
      if (a < 0 || gold[a] != 0 || gold[b - 1] != 0) {
        continue; // nothing of it, or overlapping a name already tagged
      }
      EntityType type = s.type();
      for (int i = a; i < b; i++) {
        int position =
            b - a == 1 ? NerModel.U : i == a ? NerModel.B : i == b - 1 ? NerModel.L : NerModel.I;
        gold[i] = NerModel.tag(type, position);
      }
    }
    return gold;
  }

  /** Exact-span precision, recall and F1 per type over {@code sentences}. */
  static String spanScores(List<Sentence> sentences, float[][] rows, float[] transitions) {
    int[] tp = new int[NerModel.KINDS];
    int[] pred = new int[NerModel.KINDS];
    int[] gold = new int[NerModel.KINDS];
    for (Sentence s : sentences) {
      int[] tags = decode(s, rows, transitions);
      List<int[]> g = spans(s.gold());
      List<int[]> p = spans(tags);
      g.forEach(x -> gold[x[2]]++);
      p.forEach(x -> pred[x[2]]++);
      for (int[] x : p) {
        for (int[] y : g) {
          if (x[0] == y[0] && x[1] == y[1] && x[2] == y[2]) {
            tp[x[2]]++;
          }
        }
      }
    }
    StringBuilder b = new StringBuilder();
    String[] names = {"person", "place", "organization"};
    for (int t = 0; t < 3; t++) {
      b.append(names[t]).append(' ').append(f1(tp[t], pred[t], gold[t])).append(", ");
    }
    int allTp = tp[0] + tp[1] + tp[2];
    return b.append("all ")
        .append(f1(allTp, pred[0] + pred[1] + pred[2], gold[0] + gold[1] + gold[2]))
        .toString();
  }

  static int[] decode(Sentence s, float[][] rows, float[] transitions) {
    int n = s.gold().length;
    float[] emissions = new float[n * NerModel.N];
    for (int i = 0; i < n; i++) {
      for (int[] ids : new int[][] {s.features()[i], s.rules()[i]}) {
        for (int f : ids) {
          if (f >= 0) {
            float[] r = rows[f];
            for (int t = 0; t < NerModel.N; t++) {
              emissions[i * NerModel.N + t] += r[t];
            }
          }
        }
      }
    }
    int[] tags = new int[n];
    NerModel.decode(emissions, transitions, 0, n, tags);
    return tags;
  }

  private static String f1(int tp, int pred, int gold) {
    double p = pred == 0 ? 0 : (double) tp / pred;
    double r = gold == 0 ? 0 : (double) tp / gold;
    return String.format("F1 %.3f", p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** The names of a tag sequence as {start, end, type index}. */
  static List<int[]> spans(int[] tags) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < tags.length) {
      if (tags[i] == 0) {
        i++;
        continue;
      }
      int b = i + 1;
      if (NerModel.position(tags[i]) == NerModel.B) {
        while (b < tags.length && NerModel.position(tags[b]) == NerModel.I && tags[b] != 0) {
          b++;
        }
        b = Math.min(tags.length, b + 1);
      }
      out.add(new int[] {i, b, NerModel.kindOf(tags[i])});
      i = b;
    }
    return out;
  }

  /** The perceptron's weights while learning, with the sums for averaging. */
  static final class Learner {
    private final float[] w;
    private final double[] u;
    private final float[] trans = new float[NerModel.N * NerModel.N];
    private final double[] transU = new double[NerModel.N * NerModel.N];
    private long clock = 1;

    Learner(int features) {
      w = new float[features * NerModel.N];
      u = new double[w.length];
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
}
