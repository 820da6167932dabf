package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The file of the name tagger's weights: {@link NerModelFile#write} and {@link NerModelFile#read}.
 */
class NerModelFileTest {
  private static final int N = NerModel.N;

  @Test
  void twoStagesReadBackWithTheirWeightsWithinOneQuantisationStep() throws IOException {
    NerModelFile.Stage first = stage(new Random(1), 300, 5f);
    NerModelFile.Stage second = stage(new Random(2), 200, 40f);

    NerModel model = read(write(List.of(first, second)));

    assertThat(model.second()).isNotNull();
    assertThat(model.second().second()).isNull();
    assertSameWeights(model, first);
    assertSameWeights(model.second(), second);
  }

  @Test
  void eachStageDecodesAndSharesTypesLikeTheTransitionsItWasWrittenWith() throws IOException {
    NerModelFile.Stage first = stage(new Random(3), 10, 1f);
    NerModelFile.Stage second = stage(new Random(4), 10, 1f);
    NerModel model = read(write(List.of(first, second)));
    NerModel firstAsWritten = new NerModel(NO_WEIGHTS, first.transitions(), null);
    NerModel secondAsWritten = new NerModel(NO_WEIGHTS, second.transitions(), null);
    Random random = new Random(11);

    for (int m = 0; m < 200; m++) {
      int n = 1 + random.nextInt(6);
      float[] emissions = new float[n * N];
      for (int i = 0; i < emissions.length; i++) {
        emissions[i] = random.nextFloat() * 4 - 2;
      }
      assertThat(decode(model, emissions)).isEqualTo(decode(firstAsWritten, emissions));
      assertThat(decode(model.second(), emissions)).isEqualTo(decode(secondAsWritten, emissions));
      // The shares of a name add the transitions inside it (B-I, I-I, I-L, B-L of each type).
      assertThat(model.typeShares(emissions, 0, n))
          .isEqualTo(firstAsWritten.typeShares(emissions, 0, n));
      assertThat(model.second().typeShares(emissions, 0, n))
          .isEqualTo(secondAsWritten.typeShares(emissions, 0, n));
    }
  }

  @Test
  void aKeyThatWasNotWrittenAddsNothing() throws IOException {
    NerModelFile.Stage stage = stage(new Random(5), 100, 3f);
    NerModel model = read(write(List.of(stage)));
    Random random = new Random(6);
    for (int i = 0; i < 1000; i++) {
      long key = random.nextLong();
      if (Arrays.stream(stage.keys()).anyMatch(k -> k == key) || key == 0) {
        continue;
      }
      float[] scores = new float[N];
      model.weights().addTo(key, scores, 0);
      assertThat(scores).containsOnly(0f);
    }
  }

  @Test
  void aModelOfOneStageReadsWithoutASecond() throws IOException {
    NerModelFile.Stage only = stage(new Random(7), 50, 2f);

    NerModel model = read(write(List.of(only)));

    assertThat(model.second()).isNull();
    assertSameWeights(model, only);
  }

  @Test
  void rowsThatRoundToZeroAreLeftOutAndCounted() throws IOException {
    float[][] rows = new float[3][N];
    rows[0][1] = 10; // sets the scale: one step is 10 / 32767
    rows[1][2] = 1e-5f; // far under half a step
    rows[2][3] = -4;
    long[] keys = {5, 17, 1L << 40};
    NerModelFile.Stage stage = new NerModelFile.Stage(new float[N * N], keys, rows);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int[] written = NerModelFile.write(out, List.of(stage));

    assertThat(written).containsExactly(2);
    NerModel model = read(out.toByteArray());
    assertThat(weights(model, 5)[1]).isCloseTo(10f, within(1e-3f));
    assertThat(weights(model, 17)).containsOnly(0f);
    assertThat(weights(model, 1L << 40)[3]).isCloseTo(-4f, within(1e-3f));
  }

  @Test
  void writingTheSameStagesTwiceGivesTheSameBytes() throws IOException {
    List<NerModelFile.Stage> stages =
        List.of(stage(new Random(8), 80, 3f), stage(new Random(9), 60, 1f));

    assertThat(write(stages)).isEqualTo(write(stages));
  }

  @Test
  void somethingElseIsNoModel() throws IOException {
    ByteArrayOutputStream garbage = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(garbage)) {
      gz.write(
          "this is not a model at all, only some text"
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    assertThatThrownBy(() -> read(garbage.toByteArray()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a Gazette name-tagger model");
  }

  @Test
  void aModelCutShortIsRefusedAsCorrupt() throws IOException {
    byte[] whole = write(List.of(stage(new Random(11), 50, 2f)));
    byte[] raw;
    try (java.io.InputStream in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(whole))) {
      raw = in.readAllBytes();
    }
    ByteArrayOutputStream cut = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(cut)) {
      gz.write(raw, 0, raw.length - 7);
    }

    assertThatThrownBy(() -> read(cut.toByteArray()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("corrupt name-tagger model");
  }

  @Test
  void moreThanTwoStagesAreRefused() throws IOException {
    Random random = new Random(10);
    List<NerModelFile.Stage> three =
        List.of(stage(random, 5, 1f), stage(random, 5, 1f), stage(random, 5, 1f));
    assertThatThrownBy(() -> write(three))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 3");

    // A file claiming three stages (written by hand: the writer refuses) is refused on reading.
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out =
        new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
      out.writeInt(NerModelFile.MAGIC);
      out.writeInt(NerModel.N);
      out.writeInt(3);
    }
    assertThatThrownBy(() -> read(bytes.toByteArray()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("3 stages");
  }

  @Test
  void theEmptyKeyCannotBeWritten() {
    NerModelFile.Stage zero =
        new NerModelFile.Stage(
            new float[NerModel.N * NerModel.N],
            new long[] {0L},
            new float[][] {new float[NerModel.N]});
    zero.rows()[0][1] = 1f;
    assertThatThrownBy(() -> write(List.of(zero)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key 0");
  }

  @Test
  void theCommittedModelHasTwoStages() throws IOException {
    NerModel model;
    try (var in = Gazetteer.resource(NerModelFile.RESOURCE)) {
      model = NerModelFile.read(in);
    }

    assertThat(model.second()).isNotNull();
  }

  // ---------------------------------------------------------------------------------------------

  /** Random weights up to {@code max} for {@code n} random keys, sorted as unsigned numbers. */
  private static NerModelFile.Stage stage(Random random, int n, float max) {
    long[] keys = random.longs(n).filter(k -> k != 0).distinct().toArray();
    Long[] boxed = Arrays.stream(keys).boxed().toArray(Long[]::new);
    Arrays.sort(boxed, Long::compareUnsigned); // negative keys come last
    keys = Arrays.stream(boxed).mapToLong(Long::longValue).toArray();
    float[][] rows = new float[keys.length][N];
    for (float[] row : rows) {
      for (int t = 0; t < N; t++) {
        row[t] = random.nextInt(4) == 0 ? 0 : (random.nextFloat() * 2 - 1) * max;
      }
    }
    rows[0][0] = max; // the largest weight sets the scale
    float[] transitions = new float[N * N];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = random.nextFloat() * 4 - 2;
    }
    return new NerModelFile.Stage(transitions, keys, rows);
  }

  private static void assertSameWeights(NerModel model, NerModelFile.Stage stage) {
    float step = largest(stage.rows()) / Short.MAX_VALUE;
    for (int i = 0; i < stage.keys().length; i++) {
      float[] read = weights(model, stage.keys()[i]);
      for (int t = 0; t < N; t++) {
        assertThat(read[t])
            .as("key %d tag %s", stage.keys()[i], NerModel.TAGS[t])
            .isCloseTo(stage.rows()[i][t], within(step * 0.51f));
      }
    }
  }

  private static float largest(float[][] rows) {
    float max = 0;
    for (float[] row : rows) {
      for (float w : row) {
        max = Math.max(max, Math.abs(w));
      }
    }
    return max;
  }

  private static float[] weights(NerModel model, long key) {
    float[] scores = new float[N];
    model.weights().addTo(key, scores, 0);
    return scores;
  }

  private static int[] decode(NerModel model, float[] emissions) {
    int[] tags = new int[emissions.length / N];
    model.decode(emissions, 0, tags.length, tags);
    return tags;
  }

  private static final NerModel.Weights NO_WEIGHTS = (f, scores, offset) -> {};

  private static byte[] write(List<NerModelFile.Stage> stages) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      NerModelFile.write(out, stages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static NerModel read(byte[] bytes) throws IOException {
    return NerModelFile.read(new ByteArrayInputStream(bytes));
  }
}
