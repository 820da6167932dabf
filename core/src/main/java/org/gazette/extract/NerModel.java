package org.gazette.extract;

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
 * A greedy left-to-right name tagger with averaged perceptron weights, trained by {@link
 * NerTrainer} on the open annotated corpora. It tags each token O, or B- (first word) or I- (next
 * words) of a person, place or organisation name; a tag I- follows only the B- or I- of its type.
 */
final class NerModel {
  /** The model's resource name beside the gazetteer tables. */
  static final String RESOURCE = "ner-model.bin.gz";

  static final String[] TAGS = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"};
  static final int N = TAGS.length;
  static final int MAGIC = 0x47414e52; // "GANR"

  /** Feature weights: adds the weights of feature {@code f} for every tag to {@code scores}. */
  interface Weights {
    void addTo(long f, float[] scores);
  }

  private final NerFeatures features;
  private final Table table;

  private NerModel(NerFeatures features, Table table) {
    this.features = features;
    this.table = table;
  }

  /** The tags of {@code tokens}, one of {@link #TAGS} by index, with their confidence. */
  Tagging tag(List<Token> tokens) {
    return decode(features.of(tokens), table);
  }

  /** The tags of one block and, per token, the share of the chosen tag in a softmax of scores. */
  record Tagging(int[] tags, float[] confidence) {
    /** The entity type of a tag index, or null for O. */
    static EntityType type(int tag) {
      return switch ((tag + 1) / 2) {
        case 1 -> EntityType.PERSON;
        case 2 -> EntityType.PLACE;
        case 3 -> EntityType.ORGANIZATION;
        default -> null;
      };
    }
  }

  static Tagging decode(long[][] feats, Weights w) {
    int n = feats.length;
    int[] tags = new int[n];
    float[] confidence = new float[n];
    float[] scores = new float[N];
    int prev = 0;
    int prev2 = 0;
    for (int i = 0; i < n; i++) {
      score(feats[i], prev, prev2, w, scores);
      int best = best(scores, prev);
      tags[i] = best;
      double sum = 0;
      for (int t = 0; t < N; t++) {
        if (valid(t, prev)) {
          sum += Math.exp(scores[t] - scores[best]);
        }
      }
      confidence[i] = (float) (1 / sum);
      prev2 = prev;
      prev = best;
    }
    return new Tagging(tags, confidence);
  }

  static void score(long[] f, int prev, int prev2, Weights w, float[] scores) {
    java.util.Arrays.fill(scores, 0);
    for (long h : f) {
      if (h != 0) {
        w.addTo(h, scores);
      }
    }
    for (long h : history(f, prev, prev2)) {
      w.addTo(h, scores);
    }
  }

  /** The features that depend on the tags chosen before. */
  static long[] history(long[] f, int prev, int prev2) {
    return new long[] {
      NerFeatures.mix(NerFeatures.hash(40, ""), prev),
      NerFeatures.mix(NerFeatures.mix(NerFeatures.hash(41, ""), prev2), prev),
      NerFeatures.mix(f[1], 100 + prev),
      NerFeatures.mix(f[2], 200 + prev)
    };
  }

  static int best(float[] scores, int prev) {
    int best = 0;
    for (int t = 1; t < N; t++) {
      if (valid(t, prev) && scores[t] > scores[best]) {
        best = t;
      }
    }
    return best;
  }

  /** An I- tag continues a name of its type; the others may follow anything. */
  static boolean valid(int tag, int prev) {
    return tag == 0 || tag % 2 == 1 || prev == tag || prev == tag - 1;
  }

  /** Reads a model written by {@link #write}. */
  static NerModel read(InputStream in, Gazetteer gazetteer) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    if (data.readInt() != MAGIC || data.readInt() != N) {
      throw new IOException("not a Gazette name-tagger model");
    }
    int count = data.readInt();
    Table table = new Table(count);
    float[] row = new float[N];
    for (int i = 0; i < count; i++) {
      long key = data.readLong();
      int mask = data.readUnsignedByte();
      for (int t = 0; t < N; t++) {
        row[t] = (mask & (1 << t)) != 0 ? data.readShort() / SCALE : 0f;
      }
      table.put(key, row);
    }
    return new NerModel(new NerFeatures(gazetteer), table);
  }

  static final float SCALE = 100f;

  /**
   * Writes weights sorted by key, each as its key, a mask of the tags with a weight, and those
   * weights in hundredths; weights that round to zero are left out.
   */
  static int write(OutputStream out, long[] keys, float[][] rows) throws IOException {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(body);
    int count = 0;
    for (int i = 0; i < keys.length; i++) {
      int mask = 0;
      short[] q = new short[N];
      for (int t = 0; t < N; t++) {
        long v = Math.round(rows[i][t] * SCALE);
        q[t] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
        mask |= q[t] != 0 ? 1 << t : 0;
      }
      if (mask == 0) {
        continue;
      }
      data.writeLong(keys[i]);
      data.writeByte(mask);
      for (int t = 0; t < N; t++) {
        if (q[t] != 0) {
          data.writeShort(q[t]);
        }
      }
      count++;
    }
    data.flush();
    // A fixed gzip header (no time stamp) keeps the file byte-identical from run to run.
    try (DataOutputStream gz = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
      gz.writeInt(MAGIC);
      gz.writeInt(N);
      gz.writeInt(count);
      body.writeTo(gz);
    }
    return count;
  }

  /** An open-addressing table from feature hash to its row of weights. */
  static final class Table implements Weights {
    private final long[] keys;
    private final float[] values;
    private final int mask;

    Table(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      keys = new long[cap];
      values = new float[cap * N];
      mask = cap - 1;
    }

    void put(long key, float[] row) {
      int slot = slot(key);
      keys[slot] = key;
      System.arraycopy(row, 0, values, slot * N, N);
    }

    private int slot(long key) {
      int i = (int) (key ^ (key >>> 29)) & mask;
      while (keys[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    @Override
    public void addTo(long f, float[] scores) {
      int slot = slot(f);
      if (keys[slot] == 0) {
        return;
      }
      int base = slot * N;
      for (int t = 0; t < N; t++) {
        scores[t] += values[base + t];
      }
    }
  }
}
