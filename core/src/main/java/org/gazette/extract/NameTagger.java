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

  /** Tags a block with the first stage. */
  Tagging first(NerFeatures.Block block) {
    return tag(block, 0);
  }

  /**
   * Tags a block with the last stage; for a model of two stages, {@code history} gives what the
   * first stage made of the document ({@link DocumentTags#codes}) per token.
   */
  Tagging last(NerFeatures.Block block, long[][] history) {
    block.history = history;
    return tag(block, stages.length - 1);
  }

  private Tagging tag(NerFeatures.Block block, int stage) {
    NerModel model = stages[stage];
    List<Token> tokens = block.tokens;
    int n = tokens.size();
    float[] emissions = new float[n * NerModel.N];
    Adder adder = new Adder(model.weights(), emissions);
    for (int i = 0; i < n; i++) {
      int row = i * NerModel.N;
      for (int o = -NerFeatures.WINDOW; o <= NerFeatures.WINDOW; o++) {
        int k = i + o;
        float[] v = (k < 0 || k >= n ? edge : block.words[k]).vectors[stage];
        int base = (o + NerFeatures.WINDOW) * NerModel.N;
        for (int t = 0; t < NerModel.N; t++) {
          emissions[row + t] += v[base + t];
        }
      }
      adder.offset = row;
      NerFeatures.tokenFeatures(block, i, adder);
      NerFeatures.ruleFeatures(block, i, adder);
      if (stage > 0) {
        NerFeatures.historyFeatures(block, i, adder);
      }
    }
    int[] tags = new int[n];
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || tokens.get(i).is(Token.SENTENCE_START)) {
        model.decode(emissions, start, i, tags);
        start = i;
      }
    }
    return new Tagging(tags, emissions, model);
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
        NerFeatures.wordFeatures(w, o, adder);
      }
      vectors[s] = v;
    }
    w.vectors = vectors;
    return w;
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
