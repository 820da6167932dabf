package org.gazette.extract;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags the tokens of a block with the {@link NerModel}: adds up the weights of each token's
 * features into scores per tag, then decodes each sentence exactly. The summed weights of the word
 * features of each distinct word are cached, so a word seen before costs a few additions instead of
 * some twenty table look-ups.
 *
 * <p>NOTE: thread-safe; the cache is bounded ({@link #CACHE_LIMIT} words, then cleared).
 */
final class NameTagger {
  /** Distinct words cached before the cache is emptied: bounds its memory to some 40 MB. */
  static final int CACHE_LIMIT = 100_000;

  private static final int OFFSETS = 2 * NerFeatures.WINDOW + 1;

  private final NerFeatures features;
  private final NerModel model;
  private final ConcurrentHashMap<String, NerFeatures.Word> cache = new ConcurrentHashMap<>();
  private final float[] edgeVectors;

  NameTagger(NerFeatures features, NerModel model) {
    this.features = features;
    this.model = model;
    this.edgeVectors = vectors(NerFeatures.EDGE);
  }

  NerFeatures features() {
    return features;
  }

  NerModel model() {
    return model;
  }

  /** The tags of one block and the scores they were decoded from. */
  record Tagging(int[] tags, float[] emissions) {}

  /** Tags {@code tokens}, given what the document and the rules say of them. */
  Tagging tag(List<Token> tokens, DocumentWords doc, long[][] rules) {
    int n = tokens.size();
    NerFeatures.Word[] words = new NerFeatures.Word[n];
    for (int i = 0; i < n; i++) {
      words[i] = word(tokens.get(i).text());
    }
    NerFeatures.Block block = features.block(tokens, words, doc, rules);
    float[] emissions = new float[n * NerModel.N];
    Adder adder = new Adder(model.weights(), emissions);
    for (int i = 0; i < n; i++) {
      int row = i * NerModel.N;
      for (int o = -NerFeatures.WINDOW; o <= NerFeatures.WINDOW; o++) {
        int k = i + o;
        float[] v = k < 0 || k >= n ? edgeVectors : words[k].vectors;
        int base = (o + NerFeatures.WINDOW) * NerModel.N;
        for (int t = 0; t < NerModel.N; t++) {
          emissions[row + t] += v[base + t];
        }
      }
      adder.offset = row;
      NerFeatures.tokenFeatures(block, i, adder);
      NerFeatures.ruleFeatures(block, i, adder);
    }
    int[] tags = new int[n];
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || tokens.get(i).is(Token.SENTENCE_START)) {
        model.decode(emissions, start, i, tags);
        start = i;
      }
    }
    return new Tagging(tags, emissions);
  }

  private NerFeatures.Word word(String text) {
    NerFeatures.Word w = cache.get(text);
    if (w != null) {
      return w;
    }
    w = features.word(text);
    w.vectors = vectors(w);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(text, w);
    return w;
  }

  /** The summed weights of a word's features at each offset, one row of tags per offset. */
  private float[] vectors(NerFeatures.Word w) {
    float[] v = new float[OFFSETS * NerModel.N];
    Adder adder = new Adder(model.weights(), v);
    for (int o = -NerFeatures.WINDOW; o <= NerFeatures.WINDOW; o++) {
      adder.offset = (o + NerFeatures.WINDOW) * NerModel.N;
      NerFeatures.wordFeatures(w, o, adder);
    }
    return v;
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
