package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.gazette.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * The decoder of the name tagger ({@link NerModel#decode}) on hand-made scores, checked against the
 * BILOU rules written out again here from the tag names, so that a slip in the model's own table of
 * allowed transitions shows.
 */
class NerDecoderTest {
  private static final int N = NerModel.N;
  private static final int O = 0;
  private static final int B_PER = tag("B-PER");
  private static final int L_PER = tag("L-PER");
  private static final int U_PER = tag("U-PER");
  private static final int I_LOC = tag("I-LOC");
  private static final int L_LOC = tag("L-LOC");
  private static final int U_LOC = tag("U-LOC");
  private static final int B_ORG = tag("B-ORG");
  private static final int L_ORG = tag("L-ORG");
  private static final int U_ORG = tag("U-ORG");

  @Test
  void decodingFindsTheBestAllowedSequenceOfShortSentences() {
    Random random = new Random(20261206);
    for (int length = 1; length <= 5; length++) {
      int matrices = length <= 3 ? 40 : length == 4 ? 12 : 3;
      for (int m = 0; m < matrices; m++) {
        float[] transitions = randomScores(random, N * N, 1.5f);
        // Two tokens of another sentence before and one after: decoding reads only its own rows.
        int from = 2;
        float[] emissions = randomScores(random, (from + length + 1) * N, 4f);
        int[] tags = new int[from + length + 1];
        Arrays.fill(tags, -7);

        NerModel.decode(emissions, transitions, from, from + length, tags);

        int[] decoded = Arrays.copyOfRange(tags, from, from + length);
        assertThat(isValidBilou(decoded)).as("%s", names(decoded)).isTrue();
        double best = bruteForceBest(emissions, transitions, from, length);
        assertThat(score(emissions, transitions, from, decoded))
            .as("length %d, matrix %d: %s", length, m, names(decoded))
            .isCloseTo(best, within(1e-3));
        assertThat(tags[0]).isEqualTo(-7);
        assertThat(tags[1]).isEqualTo(-7);
        assertThat(tags[from + length]).isEqualTo(-7);
      }
    }
  }

  @Test
  void theTableOfAllowedTransitionsIsTheBilouRule() {
    for (int from = 0; from < N; from++) {
      for (int to = 0; to < N; to++) {
        assertThat(NerModel.allowed(from, to))
            .as("%s -> %s", NerModel.TAGS[from], NerModel.TAGS[to])
            .isEqualTo(mayFollow(NerModel.TAGS[from], NerModel.TAGS[to]));
      }
    }
    for (int t = 0; t < N; t++) {
      String name = NerModel.TAGS[t];
      boolean open = name.startsWith("B-") || name.startsWith("I-");
      assertThat(NerModel.mayEnd(t)).as(name).isEqualTo(!open);
    }
  }

  @Test
  void anInnerOrLastTagNeverFollowsOutsideOrATagOfAnotherKind() {
    // The scores want I-LOC at the start, L-LOC after a person's first word and L-LOC after O;
    // the B-LOC and I-LOC that would make them lawful cost too much.
    float[] emissions = new float[4 * N];
    for (int i = 0; i < 4; i++) {
      set(emissions, i, tag("B-LOC"), -100);
      set(emissions, i, I_LOC, -100);
    }
    set(emissions, 0, I_LOC, 20);
    set(emissions, 0, B_PER, 3);
    set(emissions, 1, L_LOC, 20);
    set(emissions, 1, L_PER, 2);
    set(emissions, 2, O, 1);
    set(emissions, 3, L_LOC, 20);
    set(emissions, 3, U_LOC, 0.5f);

    int[] tags = decode(emissions, new float[N * N]);

    assertThat(isValidBilou(tags)).as("%s", names(tags)).isTrue();
    assertThat(names(tags)).containsExactly("B-PER", "L-PER", "O", "U-LOC");
  }

  @Test
  void aSentenceNeverEndsInsideAName() {
    float[] emissions = new float[3 * N];
    set(emissions, 0, B_ORG, 5);
    set(emissions, 1, tag("I-ORG"), 5);
    set(emissions, 2, tag("I-ORG"), 9); // the last token wants to go on with the name
    set(emissions, 2, L_ORG, 1);

    int[] tags = decode(emissions, new float[N * N]);

    assertThat(names(tags)).containsExactly("B-ORG", "I-ORG", "L-ORG");
  }

  @Test
  void oneTokenTakesATagThatOpensAndClosesAName() {
    float[] emissions = new float[N];
    set(emissions, 0, B_PER, 10);
    set(emissions, 0, tag("I-PER"), 10);
    set(emissions, 0, L_PER, 10);
    set(emissions, 0, U_ORG, 1);

    assertThat(names(decode(emissions, new float[N * N]))).containsExactly("U-ORG");
  }

  @Test
  void transitionScoresChangeTheChoiceWhenTheyOutweighTheEmissions() {
    // Alone, the scores favour two names of one word; a bonus for B-PER -> L-PER joins them.
    float[] emissions = new float[2 * N];
    set(emissions, 0, U_PER, 2);
    set(emissions, 0, B_PER, 1.5f);
    set(emissions, 1, U_PER, 2);
    set(emissions, 1, L_PER, 1.5f);
    float[] none = new float[N * N];
    float[] joining = new float[N * N];
    joining[B_PER * N + L_PER] = 2;
    float[] tooSmall = new float[N * N];
    tooSmall[B_PER * N + L_PER] = 0.9f;

    assertThat(names(decode(emissions, none))).containsExactly("U-PER", "U-PER");
    assertThat(names(decode(emissions, tooSmall))).containsExactly("U-PER", "U-PER");
    assertThat(names(decode(emissions, joining))).containsExactly("B-PER", "L-PER");
  }

  @Test
  void aPenaltyOnATransitionAvoidsIt() {
    // A place right after a person is what the scores say; a penalty makes the second token O.
    float[] emissions = new float[2 * N];
    set(emissions, 0, U_PER, 3);
    set(emissions, 1, U_LOC, 2);
    set(emissions, 1, O, 1);
    float[] penalty = new float[N * N];
    penalty[U_PER * N + U_LOC] = -5;
    NerModel model = new NerModel(NO_WEIGHTS, penalty, null);
    int[] tags = new int[2];

    model.decode(emissions, 0, 2, tags);

    assertThat(names(tags)).containsExactly("U-PER", "O");
    assertThat(names(decode(emissions, new float[N * N]))).containsExactly("U-PER", "U-LOC");
  }

  @Test
  void typeSharesAddUpToOneAndFavourTheTypeTheScoresFavour() {
    NerModel model = new NerModel(NO_WEIGHTS, new float[N * N], null);
    float[] emissions = new float[3 * N];
    set(emissions, 0, B_ORG, 4);
    set(emissions, 1, tag("I-ORG"), 3);
    set(emissions, 2, L_ORG, 5);
    set(emissions, 0, tag("B-LOC"), 2);
    set(emissions, 2, L_LOC, 2);
    set(emissions, 0, B_PER, 1);

    Evidence shares = model.typeShares(emissions, 0, 3);

    assertThat(shares.total()).isCloseTo(1.0, within(1e-9));
    assertThat(shares.org()).isGreaterThan(shares.place());
    assertThat(shares.place()).isGreaterThan(shares.person());
    // The mean scores: organisation 4, place 4/3, person 1/3.
    assertThat(shares.org()).isGreaterThan(0.5);
  }

  @Test
  void typeSharesFollowTheDocumentedTemperature() {
    NerModel model = new NerModel(NO_WEIGHTS, new float[N * N], null);
    float[] emissions = new float[N];
    set(emissions, 0, U_PER, (float) NerModel.SHARE_TEMPERATURE);
    set(emissions, 0, U_ORG, -1000); // out of the running
    set(emissions, 0, tag("U-MISC"), 1000); // other names are no candidates

    Evidence shares = model.typeShares(emissions, 0, 1);

    assertThat(shares.person()).isCloseTo(0.731, within(0.001));
    assertThat(shares.place()).isCloseTo(0.269, within(0.001));
    assertThat(shares.org()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void typeSharesCountTheTransitionsInsideTheName() {
    float[] emissions = new float[2 * N]; // the words alone say nothing
    float[] transitions = new float[N * N];
    transitions[tag("B-LOC") * N + L_LOC] = 6;
    NerModel model = new NerModel(NO_WEIGHTS, transitions, null);

    Evidence shares = model.typeShares(emissions, 0, 2);

    assertThat(shares.place()).isGreaterThan(shares.person()).isGreaterThan(0.5);
    assertThat(shares.person()).isCloseTo(shares.org(), within(1e-9));
  }

  @Test
  void typeSharesCountTheTransitionsIntoAndOutOfTheNameAsTheDecoderDoes() {
    // "told Bloomberg that": the word leans to a place, the words around it to an organisation,
    // and the decoder, which weighs both, tags an organisation; the shares must say so too.
    float[] emissions = new float[3 * N];
    set(emissions, 1, U_LOC, 3);
    set(emissions, 1, U_ORG, 2);
    float[] transitions = new float[N * N];
    transitions[U_ORG] = 2; // O -> U-ORG
    transitions[U_ORG * N] = 1; // U-ORG -> O
    NerModel model = new NerModel(NO_WEIGHTS, transitions, null);

    int[] tags = decode(emissions, transitions);
    Evidence inContext = model.typeShares(emissions, 1, 2, tags[0], tags[2]);
    Evidence alone = model.typeShares(emissions, 1, 2);

    assertThat(names(tags)).containsExactly("O", "U-ORG", "O");
    assertThat(inContext.org()).isGreaterThan(inContext.place()).isGreaterThan(0.5);
    assertThat(alone.place()).isGreaterThan(alone.org());
  }

  @Test
  void tagsNameTheirTypeAndPosition() {
    assertThat(NerModel.TAGS[NerModel.tag(EntityType.PLACE, NerModel.I)]).isEqualTo("I-LOC");
    assertThat(NerModel.TAGS[NerModel.tag(null, NerModel.U)]).isEqualTo("U-MISC");
    for (int t = 1; t < N; t++) {
      String kind = NerModel.TAGS[t].substring(2);
      assertThat(NerModel.type(t))
          .as(NerModel.TAGS[t])
          .isEqualTo(
              switch (kind) {
                case "PER" -> EntityType.PERSON;
                case "LOC" -> EntityType.PLACE;
                case "ORG" -> EntityType.ORGANIZATION;
                default -> null;
              });
      assertThat(NerModel.TAGS[t]).startsWith("BILU".charAt(NerModel.position(t)) + "-");
    }
    assertThat(NerModel.type(O)).isNull();
  }

  // ---------------------------------------------------------------------------------------------

  private static final NerModel.Weights NO_WEIGHTS = (f, scores, offset) -> {};

  private static int tag(String name) {
    return Arrays.asList(NerModel.TAGS).indexOf(name);
  }

  private static void set(float[] emissions, int token, int tag, float score) {
    emissions[token * N + tag] = score;
  }

  private static int[] decode(float[] emissions, float[] transitions) {
    int n = emissions.length / N;
    int[] tags = new int[n];
    NerModel.decode(emissions, transitions, 0, n, tags);
    return tags;
  }

  private static List<String> names(int[] tags) {
    List<String> out = new ArrayList<>();
    for (int t : tags) {
      out.add(t >= 0 && t < N ? NerModel.TAGS[t] : String.valueOf(t));
    }
    return out;
  }

  private static float[] randomScores(Random random, int n, float scale) {
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = (random.nextFloat() * 2 - 1) * scale;
    }
    return out;
  }

  /** BILOU from the tag names: I- and L- only go on with a B- or I- of the same kind. */
  private static boolean mayFollow(String from, String to) {
    boolean open = from.startsWith("B-") || from.startsWith("I-");
    boolean continues = to.startsWith("I-") || to.startsWith("L-");
    if (open) {
      return continues && from.substring(2).equals(to.substring(2));
    }
    return !continues;
  }

  private static boolean isValidBilou(int[] tags) {
    String previous = "O";
    for (int t : tags) {
      if (t < 0 || t >= N || !mayFollow(previous, NerModel.TAGS[t])) {
        return false;
      }
      previous = NerModel.TAGS[t];
    }
    return !previous.startsWith("B-") && !previous.startsWith("I-");
  }

  /** The score of a tag sequence: its emissions and the transitions between its tags. */
  private static double score(float[] emissions, float[] transitions, int from, int[] tags) {
    double s = 0;
    for (int i = 0; i < tags.length; i++) {
      s += emissions[(from + i) * N + tags[i]];
      if (i > 0) {
        s += transitions[tags[i - 1] * N + tags[i]];
      }
    }
    return s;
  }

  /** The best score of any valid sequence, by trying them all. */
  private static double bruteForceBest(float[] emissions, float[] transitions, int from, int n) {
    double[] best = {Double.NEGATIVE_INFINITY};
    search(emissions, transitions, from, new int[n], 0, best);
    return best[0];
  }

  private static void search(
      float[] emissions, float[] transitions, int from, int[] tags, int i, double[] best) {
    if (i == tags.length) {
      if (isValidBilou(tags)) {
        best[0] = Math.max(best[0], score(emissions, transitions, from, tags));
      }
      return;
    }
    String previous = i == 0 ? "O" : NerModel.TAGS[tags[i - 1]];
    for (int t = 0; t < N; t++) {
      if (mayFollow(previous, NerModel.TAGS[t])) {
        tags[i] = t;
        search(emissions, transitions, from, tags, i + 1, best);
      }
    }
  }
}
