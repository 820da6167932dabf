package org.gazette.extract;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file of the name tagger's weights ({@link NerModel}): {@link #read} builds a model of one or
 * two stages from it, {@link #write} makes one of the stages a trainer hands over, and {@link
 * #readDefault} reads the one committed beside the gazetteer tables. See {@link #write} for the
 * format.
 *
 * <p>NOTE: stateless; a model read is immutable and safe to share between threads.
 */
final class NerModelFile {
  /** The model's resource name beside the gazetteer tables. */
  static final String RESOURCE = "ner-model.bin.gz";

  static final int MAGIC = 0x47414e34; // "GAN4"

  private static final int N = NerModel.N;

  private NerModelFile() {}

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
    // Decompressed whole and decoded from memory: reading byte by byte through the inflater's
    // stream took most of the model's loading time.
    ByteBuffer data;
    try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
      data = ByteBuffer.wrap(gz.readAllBytes());
    }
    try {
      return decode(data);
    } catch (BufferUnderflowException e) {
      throw new IOException("corrupt name-tagger model: it ends early", e);
    }
  }

  private static NerModel decode(ByteBuffer data) throws IOException {
    if (data.getInt() != MAGIC || data.getInt() != N) {
      throw new IOException("not a Gazette name-tagger model (or one of an older format)");
    }
    int stages = data.getInt();
    if (stages < 1 || stages > 2) {
      throw new IOException("corrupt name-tagger model: " + stages + " stages");
    }
    float[][] transitions = new float[stages][N * N];
    // The stages share one table: most keys are features of both, so one look-up finds both. The
    // rows go straight into it (sized by the first stage; it grows if the second has more keys).
    WeightTable table = null;
    short[] row = new short[N];
    for (int k = 0; k < stages; k++) {
      for (int i = 0; i < N * N; i++) {
        transitions[k][i] = data.getFloat();
      }
      float scale = data.getFloat();
      int count = data.getInt();
      if (count < 0 || count > data.remaining() / 5) {
        throw new IOException("corrupt name-tagger model: " + count + " features");
      }
      if (table == null) {
        table = new WeightTable((int) Math.min(Integer.MAX_VALUE / 64, count * 1.1), stages);
      }
      table.setScale(k, scale);
      long key = 0;
      for (int i = 0; i < count; i++) {
        key += readVarLong(data);
        int mask = data.getInt();
        for (int t = 0; t < N; t++) {
          row[t] = (mask & (1 << t)) != 0 ? data.getShort() : 0;
        }
        table.put(key, k, row);
      }
    }
    table.trim();
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

  private static long readVarLong(ByteBuffer in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.get() & 0xFF;
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("corrupt name-tagger model");
  }
}
