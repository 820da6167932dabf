package org.gazette.extract;

import static org.gazette.extract.FeatureKeys.hash;
import static org.gazette.extract.FeatureKeys.key;

import java.util.List;
import org.gazette.model.EntityType;

/**
 * The features of the name tagger ({@link NerModel}), as 64-bit hashes ({@link FeatureKeys}) so
 * that tagging builds no feature strings; this class holds what the tagger and the trainer pass
 * around ({@link Word}, {@link Block}, {@link Sink}). Two families:
 *
 * <ul>
 *   <li><b>Word features</b> ({@link WordFeatures}) depend only on how a word is written, and are
 *       taken from the word two before to two after the token: the word in lower case, its shape,
 *       prefixes and suffixes, its frequency as a first name and as a lower-case word, its cue
 *       classes in the lexicon (titles, organisation and place heads, reporting verbs...), whether
 *       it is a demonym and what the gazetteer knows of it alone. They are computed once per
 *       distinct word ({@link Word}), so the tagger can cache their summed weights.
 *   <li><b>Token features</b> ({@link TokenFeatures}) depend on the token's place: its case and
 *       position flags (sentence start, a line in capitals), the neighbouring words together with
 *       it, the run of capitalised words it stands in, the gazetteer names of several words that
 *       cover it, what the rest of the document does with the same word ({@link DocumentWords}),
 *       and what the rules of the extractor made of the span it stands in ({@link RuleMarks}).
 * </ul>
 *
 * <p>NOTE: immutable and thread-safe.
 */
final class NerFeatures {
  /** Where features go: the trainer records them, the tagger adds up their weights. */
  @FunctionalInterface
  interface Sink {
    void add(long feature);
  }

  /** The offsets of the neighbours whose word features count: two before to two after. */
  static final int WINDOW = 2;

  private final WordFeatures wordFeatures;
  private final TokenFeatures tokenFeatures;

  NerFeatures(Gazetteer gazetteer) {
    this.wordFeatures = new WordFeatures(gazetteer);
    this.tokenFeatures = new TokenFeatures(gazetteer);
  }

  /** What is known of one written word wherever it stands. */
  static final class Word {
    final long lower;
    final long shape;
    final int cues;
    final int knownTypes;
    final boolean common;
    final int firstNameBucket;
    final long[] own;
    final long[] near;
    final long[] far;

    /**
     * The tagger's cache: per stage of its model, the summed weights of these features per offset
     * ({@code -WINDOW..WINDOW}); null outside the tagger.
     */
    float[][] vectors;

    Word(
        long lower,
        long shape,
        int cues,
        int knownTypes,
        boolean common,
        int firstNameBucket,
        long[] own,
        long[] near,
        long[] far) {
      this.lower = lower;
      this.shape = shape;
      this.cues = cues;
      this.knownTypes = knownTypes;
      this.common = common;
      this.firstNameBucket = firstNameBucket;
      this.own = own;
      this.near = near;
      this.far = far;
    }

    /** The same word without cached weights, for a tagger to cache its own. */
    Word copy() {
      return new Word(lower, shape, cues, knownTypes, common, firstNameBucket, own, near, far);
    }
  }

  /** The word standing for "before the start" and "after the end" of a block. */
  static final Word EDGE =
      new Word(
          hash("<edge>"),
          hash("<edge>"),
          0,
          0,
          false,
          0,
          new long[] {key(1, hash("<edge>"))},
          new long[] {key(2, hash("<edge>"))},
          new long[] {key(3, hash("<edge>"))});

  /** The word features of {@code text} ({@link WordFeatures}). */
  Word word(String text) {
    return wordFeatures.word(text);
  }

  /** The per-token facts of one block that the token features read. */
  static final class Block {
    final List<Token> tokens;
    final Word[] words;
    final int[] run;
    final long[][] names;
    final int[] doc;
    final long[][] rules;
    final int[] lineNumbers;

    /** What the first stage made of each token's words across the document, for the second. */
    long[][] history;

    /** The second stage's scores of the features both stages share, while the first runs. */
    float[] secondStage;

    /** The tokens the tagger passes over as certainly outside any name. */
    boolean[] quiet;

    Block(
        List<Token> tokens,
        Word[] words,
        int[] run,
        long[][] names,
        int[] doc,
        long[][] rules,
        int[] lineNumbers) {
      this.tokens = tokens;
      this.words = words;
      this.run = run;
      this.names = names;
      this.doc = doc;
      this.rules = rules;
      this.lineNumbers = lineNumbers;
    }

    Word word(int i) {
      return i < 0 || i >= words.length ? EDGE : words[i];
    }
  }

  /**
   * The facts of a block for its token features.
   *
   * @param words the {@link Word} of each token
   * @param doc what the document does with each word ({@link DocumentWords#of})
   * @param rules what the rules made of the spans of the block, per token, or null
   */
  Block block(List<Token> tokens, Word[] words, DocumentWords doc, long[][] rules) {
    return tokenFeatures.block(tokens, words, doc, rules);
  }

  /** Type, kind and ambiguity of a known name, as a small number. */
  static long knownCode(KnownName k) {
    return ((typeIndex(k.type()) * 256L + k.kind().letter()) * 2 + (k.ambiguous() ? 1 : 0)) * 4
        + Math.min(3, (int) k.prior());
  }

  /** The index of a type in the features: 0 person, 1 place, 2 organisation. */
  static int typeIndex(EntityType type) {
    return switch (type) {
      case PERSON -> 0;
      case PLACE -> 1;
      case ORGANIZATION -> 2;
    };
  }
}
