package org.gazette.extract;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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
 * <p>Trained by the build tools ({@code NerTrainer}, a structured averaged perceptron). NOTE:
 * immutable once read and safe to share between threads.
 */
final class NerModel {
  /** The model's resource name beside the gazetteer tables. */
  static final String RESOURCE = "ner-model.bin.gz";

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

  static final int MAGIC = 0x47414e34; // "GAN4"

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

  private NerModel(Table table, int stage, float[] transitions, NerModel second) {
    this.weights = table.stage(stage);
    this.transitions = transitions.clone();
    this.second = second;
    this.table = stage == 0 ? table : null;
  }

  /** The table of a model read from a file, on its first stage; null otherwise. */
  private final Table table;

  /** The table shared by the stages of a model read from a file, or null. */
  Table table() {
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
   * emission scores of the name's tokens tagged as a name of that type, turned into shares by a
   * softmax. Returned as person, place, organisation.
   */
  Evidence typeShares(float[] emissions, int a, int b) {
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

  /**
   * The model committed beside the gazetteer tables ({@link #RESOURCE}).
   *
   * @throws java.io.UncheckedIOException when it is missing or unreadable
   */
  static NerModel readDefault() {
    try (InputStream in = Gazetteer.resource(RESOURCE)) {
      return read(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot load the name tagger: " + e.getMessage(), e);
    }
  }

  /** Reads a model written by {@link #write}: its stages, first to last. */
  static NerModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    if (data.readInt() != MAGIC || data.readInt() != N) {
      throw new IOException("not a Gazette name-tagger model (or one of an older format)");
    }
    int stages = data.readInt();
    if (stages < 1 || stages > 2) {
      throw new IOException("corrupt name-tagger model: " + stages + " stages");
    }
    long[][] keys = new long[stages][];
    short[][][] rows = new short[stages][][];
    float[] scales = new float[stages];
    float[][] transitions = new float[stages][N * N];
    for (int k = 0; k < stages; k++) {
      for (int i = 0; i < N * N; i++) {
        transitions[k][i] = data.readFloat();
      }
      scales[k] = data.readFloat();
      int count = data.readInt();
      keys[k] = new long[count];
      rows[k] = new short[count][N];
      long key = 0;
      for (int i = 0; i < count; i++) {
        key += readVarLong(data);
        keys[k][i] = key;
        int mask = data.readInt();
        for (int t = 0; t < N; t++) {
          rows[k][i][t] = (mask & (1 << t)) != 0 ? data.readShort() : 0;
        }
      }
    }
    int union = 0;
    for (long[] k : keys) {
      union = Math.max(union, k.length);
    }
    // The stages share one table: most keys are features of both, so one look-up finds both.
    Table table = new Table((int) Math.min(Integer.MAX_VALUE / 64, union * 1.1), stages, scales);
    for (int k = 0; k < stages; k++) {
      for (int i = 0; i < keys[k].length; i++) {
        table.put(keys[k][i], k, rows[k][i]);
      }
    }
    NerModel model = null;
    for (int k = stages - 1; k >= 0; k--) {
      model = new NerModel(table, k, transitions[k], model);
    }
    return model;
  }

  /** The weights of one stage as the trainer hands them over: keys sorted as unsigned numbers. */
  record Stage(float[] transitions, long[] keys, float[][] rows) {}

  /**
   * Writes the stages of a model. Per stage: transition scores, then feature weights as 16-bit
   * integers of one scale, each row as the difference of its key from the previous key, a mask of
   * the tags with a weight, and those weights; rows whose weights all round to zero are left out.
   * The output is a function of the input alone (no time stamps), so training twice gives the same
   * bytes.
   *
   * @return the number of rows written per stage
   */
  static int[] write(OutputStream out, List<Stage> stages) throws IOException {
    if (stages.isEmpty() || stages.size() > 2) {
      throw new IllegalArgumentException("a model has one or two stages, not " + stages.size());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(body);
    int[] written = new int[stages.size()];
    for (int k = 0; k < stages.size(); k++) {
      Stage stage = stages.get(k);
      for (float t : stage.transitions()) {
        data.writeFloat(t);
      }
      written[k] = writeTable(data, stage.keys(), stage.rows());
    }
    data.flush();
    try (DataOutputStream gz = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
      gz.writeInt(MAGIC);
      gz.writeInt(N);
      gz.writeInt(stages.size());
      body.writeTo(gz);
    }
    return written;
  }

  private static int writeTable(DataOutputStream data, long[] keys, float[][] rows)
      throws IOException {
    float max = 0;
    for (float[] r : rows) {
      for (float w : r) {
        max = Math.max(max, Math.abs(w));
      }
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream table = new DataOutputStream(body);
    int count = 0;
    long previous = 0;
    short[] q = new short[N];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == 0) {
        throw new IllegalArgumentException(
            "feature key 0 marks an empty slot and cannot be stored");
      }
      int mask = 0;
      for (int t = 0; t < N; t++) {
        q[t] = (short) Math.round(rows[i][t] / scale);
        mask |= q[t] != 0 ? 1 << t : 0;
      }
      if (mask == 0) {
        continue;
      }
      writeVarLong(table, keys[i] - previous);
      previous = keys[i];
      table.writeInt(mask);
      for (int t = 0; t < N; t++) {
        if (q[t] != 0) {
          table.writeShort(q[t]);
        }
      }
      count++;
    }
    table.flush();
    data.writeFloat(scale);
    data.writeInt(count);
    body.writeTo(data);
    return count;
  }

  /** Unsigned LEB128 of a difference of sorted keys (compared as unsigned, written as such). */
  private static void writeVarLong(DataOutputStream out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVarLong(DataInputStream in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("corrupt name-tagger model");
  }

  /**
   * An open-addressing table from feature key to its rows of 16-bit weights, one row per stage of
   * the model. Each slot holds the key (as four 16-bit parts) followed by the rows, in one array: a
   * look-up then touches one place in memory instead of two, which is most of its cost.
   */
  static final class Table {
    private static final int KEY = 4;

    private short[] data;
    private int mask;
    private int used;
    private final int stages;
    private final int stride;
    private final float[] scales;

    Table(int expected, int stages, float[] scales) {
      this.stages = stages;
      this.stride = KEY + N * stages;
      this.scales = scales.clone();
      int cap = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_LOAD))) << 1;
      data = new short[cap * stride];
      mask = cap - 1;
    }

    /** The largest share of slots in use before the table grows. */
    private static final double MAX_LOAD = 0.6;

    /** Sets the weights of {@code key} for one stage. */
    void put(long key, int stage, short[] row) {
      if (used + 1 > MAX_LOAD * (mask + 1)) {
        grow();
      }
      int slot = slot(key);
      int base = slot * stride;
      if (keyAt(base) == 0) {
        setKey(base, key);
        used++;
      }
      System.arraycopy(row, 0, data, base + KEY + stage * N, N);
    }

    private void grow() {
      short[] old = data;
      int oldSlots = mask + 1;
      data = new short[oldSlots * 2 * stride];
      mask = oldSlots * 2 - 1;
      for (int i = 0; i < oldSlots; i++) {
        long key = keyAt(old, i * stride);
        if (key != 0) {
          System.arraycopy(old, i * stride, data, slot(key) * stride, stride);
        }
      }
    }

    private long keyAt(int base) {
      return keyAt(data, base);
    }

    private static long keyAt(short[] a, int base) {
      return (a[base] & 0xFFFFL) << 48
          | (a[base + 1] & 0xFFFFL) << 32
          | (a[base + 2] & 0xFFFFL) << 16
          | (a[base + 3] & 0xFFFFL);
    }

    private void setKey(int base, long key) {
      data[base] = (short) (key >>> 48);
      data[base + 1] = (short) (key >>> 32);
      data[base + 2] = (short) (key >>> 16);
      data[base + 3] = (short) key;
    }

    private int slot(long key) {
      int i = (int) (key ^ (key >>> 29) ^ (key >>> 43)) & mask;
      while (true) {
        long k = keyAt(i * stride);
        if (k == 0 || k == key) {
          return i;
        }
        i = (i + 1) & mask;
      }
    }

    /** The weights of one stage. */
    Weights stage(int stage) {
      return (f, scores, offset) -> add(f, stage, scores, offset);
    }

    private void add(long f, int stage, float[] scores, int offset) {
      int base = slot(f) * stride;
      if (keyAt(base) == 0) {
        return;
      }
      int row = base + KEY + stage * N;
      float scale = scales[stage];
      for (int t = 0; t < N; t++) {
        scores[offset + t] += data[row + t] * scale;
      }
    }

    /**
     * Adds the weights of {@code f} of the first stage to {@code first} and of the second to {@code
     * second}, with one look-up; the table must have two stages.
     */
    void addBoth(long f, float[] first, float[] second, int offset) {
      int base = slot(f) * stride;
      if (keyAt(base) == 0) {
        return;
      }
      int row = base + KEY;
      float s0 = scales[0];
      float s1 = scales[1];
      for (int t = 0; t < N; t++) {
        first[offset + t] += data[row + t] * s0;
        second[offset + t] += data[row + N + t] * s1;
      }
    }

    /** The number of keys, for tests and reports. */
    int size() {
      return used;
    }

    int stages() {
      return stages;
    }
  }
}
