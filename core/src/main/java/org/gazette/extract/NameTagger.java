package org.gazette.extract;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags the tokens of a block with the {@link NerModel}: adds up the weights of each token's
 * features into scores per tag, then decodes each sentence exactly. A model of two stages tags a
 * document twice: the second time with what the first made of each word across the whole document
 * ({@link DocumentTags}). The summed weights of the word features of each distinct word are cached,
 * so a word seen before costs a few additions instead of some twenty table look-ups.
 *
 * <p>NOTE: thread-safe; the cache is bounded ({@link #CACHE_LIMIT} words, then cleared).
 */
final class NameTagger {
  /** Distinct words cached before the cache is emptied: bounds its memory to some 60 MB. */
  static final int CACHE_LIMIT = 100_000;

  private static final int OFFSETS = 2 * NerFeatures.WINDOW + 1;

  private final NerFeatures features;
  private final NerModel[] stages;
  private final ConcurrentHashMap<String, NerFeatures.Word> cache = new ConcurrentHashMap<>();
  private final NerFeatures.Word edge;

  NameTagger(NerFeatures features, NerModel model) {
    this.features = features;
    this.stages =
        model.second() == null ? new NerModel[] {model} : new NerModel[] {model, model.second()};
    this.edge = withVectors(NerFeatures.EDGE.copy());
  }

  NerFeatures features() {
    return features;
  }

  /** The model of the last stage, whose tags are the names found. */
  NerModel model() {
    return stages[stages.length - 1];
  }

  /** Whether the model has a second stage, which needs the first stage's tags of the document. */
  boolean hasSecondStage() {
    return stages.length > 1;
  }

  /** The tags of one block, the scores they were decoded from, and the stage that decoded them. */
  record Tagging(int[] tags, float[] emissions, NerModel model) {}

  /** The facts of a block for its features. */
  NerFeatures.Block block(List<Token> tokens, DocumentWords doc, long[][] rules) {
    int n = tokens.size();
    NerFeatures.Word[] words = new NerFeatures.Word[n];
    for (int i = 0; i < n; i++) {
      words[i] = word(tokens.get(i).text());
    }
    return features.block(tokens, words, doc, rules);
  }

  /**
   * Tags a block with the first stage. For a model of two stages it also adds up, in the same
   * look-ups, the second stage's weights of the same features, for {@link #last}.
   */
  Tagging first(NerFeatures.Block block) {
    NerModel model = stages[0];
    int n = block.tokens.size();
    float[] emissions = new float[n * NerModel.N];
    float[] second = stages.length > 1 ? new float[n * NerModel.N] : null;
    NerFeatures.Sink sink;
    Adder adder = null;
    Both both = null;
    if (second != null && model.table() != null) {
      both = new Both(model.table(), emissions, second);
      sink = both;
    } else {
      adder = new Adder(model.weights(), emissions);
      sink = adder;
    }
    boolean[] quiet = quiet(block.tokens);
    block.quiet = quiet;
    for (int i = 0; i < n; i++) {
      int row = i * NerModel.N;
      if (quiet[i]) {
        forceOutside(emissions, row);
        if (second != null) {
          forceOutside(second, row);
        }
        continue;
      }
      addWordVectors(block, i, 0, emissions);
      if (both != null) {
        addWordVectors(block, i, 1, second);
        both.offset = row;
      } else {
        adder.offset = row;
      }
      TokenFeatures.add(block, i, sink);
      TokenFeatures.addRules(block, i, sink);
      if (both != null) {
        both.flush();
      }
    }
    if (second != null && both == null) {
      // A model built in memory without a shared table: the second stage's own look-ups.
      Adder other = new Adder(stages[1].weights(), second);
      for (int i = 0; i < n; i++) {
        if (quiet[i]) {
          continue;
        }
        addWordVectors(block, i, 1, second);
        other.offset = i * NerModel.N;
        TokenFeatures.add(block, i, other);
        TokenFeatures.addRules(block, i, other);
      }
    }
    block.secondStage = second;
    return new Tagging(decode(model, block.tokens, emissions), emissions, model);
  }

  /**
   * Tags a block with the second stage, given what the first made of the document ({@link
   * DocumentTags#codes}) per token; {@link #first} must have run on the block.
   */
  Tagging last(NerFeatures.Block block, long[][] history) {
    NerModel model = stages[stages.length - 1];
    float[] emissions = block.secondStage;
    block.history = history;
    Adder adder = new Adder(model.weights(), emissions);
    for (int i = 0; i < block.tokens.size(); i++) {
      if (!block.quiet[i]) {
        adder.offset = i * NerModel.N;
        TokenFeatures.addHistory(block, i, adder);
      }
    }
    block.secondStage = null;
    return new Tagging(decode(model, block.tokens, emissions), emissions, model);
  }

  /**
   * Per token, whether no word within {@link NerFeatures#WINDOW} of it starts with a capital or a
   * digit. Such a token is in no name (a name has a capitalised word or a number, and the features
   * of a token reach that far), so it is tagged O without computing its features: in running text
   * most tokens are, and this spares most of the tagger's work.
   */
  static boolean[] quiet(List<Token> tokens) {
    int n = tokens.size();
    boolean[] lively = new boolean[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      lively[i] =
          t.is(Token.NUMBER)
              || t.isWord()
                  && (t.isCap()
                      || t.is(Token.ALL_CAPS)
                      || !Character.isLowerCase(t.text().charAt(0)));
    }
    boolean[] quiet = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean any = false;
      for (int k = Math.max(0, i - NerFeatures.WINDOW);
          k <= Math.min(n - 1, i + NerFeatures.WINDOW) && !any;
          k++) {
        any = lively[k];
      }
      quiet[i] = !any;
    }
    return quiet;
  }

  /** Scores a token so that only O can be chosen. */
  private static void forceOutside(float[] emissions, int row) {
    for (int t = 1; t < NerModel.N; t++) {
      emissions[row + t] = OUTSIDE;
    }
  }

  /** The score of a name tag on a quiet token: no path through it can win. */
  private static final float OUTSIDE = -1e6f;

  private void addWordVectors(NerFeatures.Block block, int i, int stage, float[] emissions) {
    int n = block.tokens.size();
    int row = i * NerModel.N;
    for (int o = -NerFeatures.WINDOW; o <= NerFeatures.WINDOW; o++) {
      int k = i + o;
      float[] v = (k < 0 || k >= n ? edge : block.words[k]).vectors[stage];
      int base = (o + NerFeatures.WINDOW) * NerModel.N;
      for (int t = 0; t < NerModel.N; t++) {
        emissions[row + t] += v[base + t];
      }
    }
  }

  /** Decodes each sentence of a block. */
  private static int[] decode(NerModel model, List<Token> tokens, float[] emissions) {
    int n = tokens.size();
    int[] tags = new int[n];
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || tokens.get(i).is(Token.SENTENCE_START)) {
        model.decode(emissions, start, i, tags);
        start = i;
      }
    }
    return tags;
  }

  private NerFeatures.Word word(String text) {
    NerFeatures.Word w = cache.get(text);
    if (w != null) {
      return w;
    }
    w = withVectors(features.word(text));
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(text, w);
    return w;
  }

  /** Sets the cached weights of every stage on {@code w}, before it is shared. */
  private NerFeatures.Word withVectors(NerFeatures.Word w) {
    float[][] vectors = new float[stages.length][];
    for (int s = 0; s < stages.length; s++) {
      float[] v = new float[OFFSETS * NerModel.N];
      Adder adder = new Adder(stages[s].weights(), v);
      for (int o = -NerFeatures.WINDOW; o <= NerFeatures.WINDOW; o++) {
        adder.offset = (o + NerFeatures.WINDOW) * NerModel.N;
        WordFeatures.add(w, o, adder);
      }
      vectors[s] = v;
    }
    w.vectors = vectors;
    return w;
  }

  /** Adds the weights of each feature of both stages to one row of scores each. */
  private static final class Both implements NerFeatures.Sink {
    private final WeightTable table;
    private final float[] first;
    private final float[] second;
    int offset;

    Both(WeightTable table, float[] first, float[] second) {
      this.table = table;
      this.first = first;
      this.second = second;
    }

    private long[] features = new long[64];
    private int[] found = new int[64];
    private int count;

    @Override
    public void add(long feature) {
      if (count == features.length) {
        features = java.util.Arrays.copyOf(features, count * 2);
        found = new int[count * 2];
      }
      features[count++] = feature;
    }

    /** Adds the weights of the features gathered since the last call, at {@link #offset}. */
    void flush() {
      table.addBoth(features, count, found, first, second, offset);
      count = 0;
    }
  }

  /** Adds the weights of each feature to one row of scores. */
  private static final class Adder implements NerFeatures.Sink {
    private final NerModel.Weights weights;
    private final float[] scores;
    int offset;

    Adder(NerModel.Weights weights, float[] scores) {
      this.weights = weights;
      this.scores = scores;
    }

    @Override
    public void add(long feature) {
      weights.addTo(feature, scores, offset);
    }
  }
}
