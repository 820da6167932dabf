package org.gazette.extract;

import org.gazette.model.EntityType;

/**
 * The weights of the name tagger: a linear model over hashed features ({@link NerFeatures}) that
 * scores each BILOU tag of each token, and the scores of tag transitions; {@link #decode} finds the
 * best tag sequence of a sentence exactly (Viterbi) under the BILOU constraints.
 *
 * <p>Tags: {@code O}, and for each kind of name (person, place, organisation, and other names such
 * as works, events and nationalities, which are tagged only so as not to be taken for the others)
 * {@code B-} (first word of a name of several), {@code I-} (inner word), {@code L-} (last word) and
 * {@code U-} (a name of one word). An {@code I-} or {@code L-} follows only the {@code B-} or
 * {@code I-} of its type; a sentence ends outside a name.
 *
 * <p>Trained by the build tools ({@code NerTrainer}, a structured averaged perceptron); read and
 * written by {@link NerModelFile}, which keeps the weights in a {@link WeightTable}. NOTE:
 * immutable once read and safe to share between threads.
 */
final class NerModel {
  static final String[] TAGS = {
    "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-ORG", "I-ORG",
    "L-ORG", "U-ORG", "B-MISC", "I-MISC", "L-MISC", "U-MISC"
  };

  /** The number of tags. */
  static final int N = TAGS.length;

  /** The types of tags 1-4, 5-8, 9-12 and 13-16; null for other names (works, events). */
  private static final EntityType[] TYPES = {
    EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION, null
  };

  /** The number of kinds of name the tags tell apart: person, place, organisation, other. */
  static final int KINDS = 4;

  /** The kind index of other names. */
  static final int OTHER = 3;

  /** Positions of a tag within a name. */
  static final int B = 0;

  static final int I = 1;
  static final int L = 2;
  static final int U = 3;

  /** Whether tag {@code to} may follow tag {@code from} (0 = O also stands for the start). */
  private static final boolean[][] ALLOWED = new boolean[N][N];

  /** Per tag, the tags that may come before it: the decoder looks at no others. */
  private static final int[][] PREDECESSORS = new int[N][];

  static {
    for (int from = 0; from < N; from++) {
      for (int to = 0; to < N; to++) {
        boolean open = from != 0 && (position(from) == B || position(from) == I);
        boolean continues = to != 0 && (position(to) == I || position(to) == L);
        ALLOWED[from][to] = open ? continues && kindOf(to) == kindOf(from) : !continues;
      }
    }
    for (int to = 0; to < N; to++) {
      int[] list = new int[N];
      int n = 0;
      for (int from = 0; from < N; from++) {
        if (ALLOWED[from][to]) {
          list[n++] = from;
        }
      }
      PREDECESSORS[to] = java.util.Arrays.copyOf(list, n);
    }
  }

  private final Weights weights;
  private final float[] transitions;
  private final NerModel second;

  NerModel(Weights weights, float[] transitions, NerModel second) {
    this.weights = weights;
    this.transitions = transitions.clone();
    this.second = second;
    this.table = null;
  }

  NerModel(WeightTable table, int stage, float[] transitions, NerModel second) {
    this.weights = table.stage(stage);
    this.transitions = transitions.clone();
    this.second = second;
    this.table = stage == 0 ? table : null;
  }

  /** The table of a model read from a file, on its first stage; null otherwise. */
  private final WeightTable table;

  /** The table shared by the stages of a model read from a file, or null. */
  WeightTable table() {
    return table;
  }

  Weights weights() {
    return weights;
  }

  /**
   * The second stage, which tags again with what this stage tagged across the whole document as
   * features ({@link DocumentTags}); null for a model of one stage.
   */
  NerModel second() {
    return second;
  }

  /**
   * The tag of {@code type} (null for other names) at {@code position} ({@link #B}, {@link #I},
   * {@link #L}, {@link #U}).
   */
  static int tag(EntityType type, int position) {
    return 1 + 4 * kind(type) + position;
  }

  /** The kind index of a type: 0 person, 1 place, 2 organisation, {@link #OTHER} for null. */
  static int kind(EntityType type) {
    return type == null ? OTHER : type == EntityType.PERSON ? 0 : type == EntityType.PLACE ? 1 : 2;
  }

  /** The kind index of a tag; meaningless for O. */
  static int kindOf(int tag) {
    return (tag - 1) / 4;
  }

  /** The entity type of a tag, or null for O and other names. */
  static EntityType type(int tag) {
    return tag == 0 ? null : TYPES[(tag - 1) / 4];
  }

  /** The position of a tag within its name; meaningless for O. */
  static int position(int tag) {
    return (tag - 1) % 4;
  }

  static boolean allowed(int from, int to) {
    return ALLOWED[from][to];
  }

  /** Whether a sentence may end after {@code tag}. */
  static boolean mayEnd(int tag) {
    return tag == 0 || position(tag) == L || position(tag) == U;
  }

  /** Feature weights: adds the weights of feature {@code f} for every tag to {@code scores}. */
  interface Weights {
    void addTo(long f, float[] scores, int offset);
  }

  /**
   * The best allowed tag sequence for tokens {@code [from, to)} of {@code emissions} (one row of
   * {@link #N} scores per token, row-major), written into {@code tags}.
   */
  static void decode(float[] emissions, float[] transitions, int from, int to, int[] tags) {
    int n = to - from;
    if (n <= 0) {
      return;
    }
    float[] score = new float[n * N];
    int[] back = new int[n * N];
    for (int t = 0; t < N; t++) {
      score[t] = ALLOWED[0][t] ? emissions[from * N + t] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      int row = (from + i) * N;
      int previous = (i - 1) * N;
      for (int t = 0; t < N; t++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p : PREDECESSORS[t]) {
          float s = score[previous + p] + transitions[p * N + t];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * N + t] = best + emissions[row + t];
        back[i * N + t] = arg;
      }
    }
    int last = 0;
    float best = Float.NEGATIVE_INFINITY;
    for (int t = 0; t < N; t++) {
      float s = score[(n - 1) * N + t];
      if (mayEnd(t) && s > best) {
        best = s;
        last = t;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      tags[from + i] = last;
      last = back[i * N + last];
    }
  }

  /** Decodes tokens {@code [from, to)} with this model's transition scores. */
  void decode(float[] emissions, int from, int to, int[] tags) {
    decode(emissions, transitions, from, to, tags);
  }

  /**
   * How sure the model is of the type of the name at tokens {@code [a, b)}: for each type, the
   * score of the name's tokens tagged as a name of that type (their emission scores, the
   * transitions between them, and those from the tag before and into the tag after, as the decoder
   * weighed them), turned into shares by a softmax. Returned as person, place, organisation.
   *
   * @param before the tag of the token before the name in its sentence, or -1 at its start
   * @param after the tag of the token after the name in its sentence, or -1 at its end
   */
  Evidence typeShares(float[] emissions, int a, int b) {
    return typeShares(emissions, a, b, -1, -1);
  }

  /**
   * {@link #typeShares(float[], int, int)} of a name between tags {@code before} and {@code after}.
   */
  Evidence typeShares(float[] emissions, int a, int b, int before, int after) {
    double[] s = new double[3];
    for (int k = 0; k < 3; k++) {
      EntityType type = TYPES[k];
      double sum = 0; // of the three entity types; other names are no candidates here
      for (int i = a; i < b; i++) {
        int position = b - a == 1 ? U : i == a ? B : i == b - 1 ? L : I;
        int t = tag(type, position);
        sum += emissions[i * N + t];
        if (i > a) {
          sum += transitions[tag(type, i - 1 == a ? B : I) * N + t];
        }
      }
      if (before >= 0) {
        sum += transitions[before * N + tag(type, b - a == 1 ? U : B)];
      }
      if (after >= 0) {
        sum += transitions[tag(type, b - a == 1 ? U : L) * N + after];
      }
      s[k] = sum / Math.max(1, b - a);
    }
    double max = Math.max(s[0], Math.max(s[1], s[2]));
    double[] e = new double[3];
    double total = 0;
    for (int k = 0; k < 3; k++) {
      e[k] = Math.exp((s[k] - max) / SHARE_TEMPERATURE);
      total += e[k];
    }
    return new Evidence(e[0] / total, e[1] / total, e[2] / total);
  }

  /**
   * The scale of a score difference in {@link #typeShares}: two types whose mean token scores
   * differ by this much share 73% / 27%. Averaged perceptron scores of a confident token differ by
   * 5 to 20.
   */
  static final double SHARE_TEMPERATURE = 2.0;
}
