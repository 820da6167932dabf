package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gazette.model.ArticleField;
import org.gazette.model.NameKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feature families of the name tagger ({@link NerFeatures}) over the default gazetteer. */
class NerFeaturesTest {
  private static Gazetteer gazetteer;
  private static NerFeatures features;
  private static TokenFeatures tokenFeatures;
  private static Tokenizer tokenizer;

  @BeforeAll
  static void loadGazetteer() throws IOException {
    gazetteer = Gazetteer.loadDefault();
    features = new NerFeatures(gazetteer);
    tokenFeatures = new TokenFeatures(gazetteer);
    Cues cues = gazetteer.cues();
    tokenizer = new Tokenizer(cues.abbreviations(), cues.particles(), gazetteer::isCommonWord);
  }

  // ---------------------------------------------------------------------------------------------
  // Word features

  @Test
  void theSameTextGivesTheSameWordKeys() {
    for (int offset = -2; offset <= 2; offset++) {
      assertThat(wordKeys("Kestrel", offset)).isEqualTo(wordKeys("Kestrel", offset)).isNotEmpty();
    }
  }

  @Test
  void caseChangesTheShapeKeysButTheWordInLowerCaseIsShared() {
    Set<Long> title = wordKeys("Blair", 0);
    Set<Long> caps = wordKeys("BLAIR", 0);
    Set<Long> lower = wordKeys("blair", 0);

    assertThat(title).isNotEqualTo(caps).isNotEqualTo(lower);
    assertThat(caps).isNotEqualTo(lower);
    assertThat(common(title, common(caps, lower))).isNotEmpty();
  }

  @Test
  void shapesCutRunsOfOneKindOfCharacter() {
    assertThat(WordFeatures.shape("Blair")).isEqualTo("Xxx");
    assertThat(WordFeatures.shape("BLAIR")).isEqualTo("XX");
    assertThat(WordFeatures.shape("McDonald")).isEqualTo("XxXxx");
    assertThat(WordFeatures.shape("U.S.")).isEqualTo("X.X.");
    assertThat(WordFeatures.shape("2,500")).isEqualTo("d,dd");
    assertThat(WordFeatures.shortShape("Blair")).isEqualTo("Xx");
    assertThat(WordFeatures.shortShape("2,500")).isEqualTo("d,d");
  }

  @Test
  void wordsThatShareAnEndingShareKeysThatOtherWordsOfTheirShapeLack() {
    // Invented words of one length and shape, so that only their letters differ.
    Set<Long> word = wordKeys("Zorquley", 0);
    Set<Long> sameEnding = wordKeys("Vantiley", 0);
    Set<Long> otherEnding = wordKeys("Vantilox", 0);

    Set<Long> shared = common(word, sameEnding);
    assertThat(shared).containsAll(common(word, otherEnding));
    assertThat(shared.size()).isGreaterThan(common(word, otherEnding).size());
  }

  @Test
  void wordsThatShareABeginningShareKeysThatOtherWordsOfTheirShapeLack() {
    Set<Long> word = wordKeys("Zorvendal", 0);
    Set<Long> sameBeginning = wordKeys("Zorvikmet", 0);
    Set<Long> otherBeginning = wordKeys("Qaxvikmet", 0);

    Set<Long> shared = common(word, sameBeginning);
    assertThat(shared).containsAll(common(word, otherBeginning));
    assertThat(shared.size()).isGreaterThan(common(word, otherBeginning).size());
  }

  @Test
  void aWordSeenFromEachOffsetGivesKeysOfItsOwn() {
    List<Set<Long>> byOffset = new ArrayList<>();
    for (int offset = -2; offset <= 2; offset++) {
      byOffset.add(wordKeys("Kestrel", offset));
    }
    for (int a = 0; a < byOffset.size(); a++) {
      for (int b = a + 1; b < byOffset.size(); b++) {
        assertThat(common(byOffset.get(a), byOffset.get(b)))
            .as("offsets %d and %d", a - 2, b - 2)
            .isEmpty();
      }
    }
  }

  @Test
  void aNameKnownOnlyInCapitalsIsKnownOnlyWhenWrittenSo() {
    assertThat(features.word("US").knownTypes).isNotZero();
    assertThat(features.word("Us").knownTypes).isZero();
    assertThat(features.word("Lisbon").knownTypes).isNotZero();
  }

  // ---------------------------------------------------------------------------------------------
  // Token features

  @Test
  void aWordThreeAwayDoesNotChangeTheTokenFeatures() {
    NerFeatures.Block one = block("Yesterday he met Blair in Lisbon.");
    NerFeatures.Block other = block("Today he met Blair in Lisbon.");

    assertThat(tokenKeys(one, 3)).isEqualTo(tokenKeys(other, 3));
  }

  @Test
  void theNeighboursOfATokenChangeItsFeatures() {
    Set<Long> base = tokenKeys(block("Yesterday he met Blair in Lisbon."), 3);

    assertThat(tokenKeys(block("Yesterday she met Blair in Lisbon."), 3)).isNotEqualTo(base);
    assertThat(tokenKeys(block("Yesterday he saw Blair in Lisbon."), 3)).isNotEqualTo(base);
    assertThat(tokenKeys(block("Yesterday he met Blair at Lisbon."), 3)).isNotEqualTo(base);
  }

  @Test
  void aSentenceStartAddsAFeatureAndCaseFlagsChangeTheOthers() {
    List<Token> tokens = tokens("Yesterday he met Blair in Lisbon.");
    Set<Long> middle = tokenKeys(block(tokens), 3);

    Set<Long> start =
        tokenKeys(block(replace(tokens, 3, tokens.get(3).with(Token.SENTENCE_START))), 3);
    Set<Long> uncapitalised =
        tokenKeys(block(replace(tokens, 3, tokens.get(3).without(Token.CAP))), 3);

    assertThat(start).isNotEqualTo(middle).hasSize(middle.size() + 1);
    assertThat(uncapitalised).isNotEqualTo(middle);
  }

  @Test
  void whetherATokenIsGluedToTheLastOneIsNoTokenFeature() {
    List<Token> tokens = tokens("Yesterday he met Blair in Lisbon.");

    Set<Long> glued = tokenKeys(block(replace(tokens, 3, tokens.get(3).with(Token.GLUED))), 3);

    assertThat(glued).isEqualTo(tokenKeys(block(tokens), 3));
  }

  // ---------------------------------------------------------------------------------------------
  // Runs of capitalised words

  @Test
  void capitalRunsGiveEachWordItsPlaceAndTheRunsLength() {
    // 8 * position (B 1, I 2, L 3, U 4) + length.
    assertThat(TokenFeatures.capitalRuns(tokens("the Federal Reserve Bank said")))
        .containsExactly(0, 8 + 3, 16 + 3, 24 + 3, 0);
    assertThat(TokenFeatures.capitalRuns(tokens("the Bank of England said")))
        .containsExactly(0, 32 + 1, 0, 32 + 1, 0);
  }

  @Test
  void capitalRunsCountAtMostFiveWords() {
    assertThat(TokenFeatures.capitalRuns(tokens("they met Anna Bella Carla Dora Emma Fiona today")))
        .containsExactly(0, 0, 8 + 5, 16 + 5, 16 + 5, 16 + 5, 16 + 5, 24 + 5, 0);
  }

  @Test
  void aLineBreakEndsACapitalRun() {
    assertThat(TokenFeatures.capitalRuns(tokens("at Kestrel Valley\nMining Holdings said")))
        .containsExactly(0, 8 + 2, 24 + 2, 8 + 2, 24 + 2, 0);
  }

  @Test
  void everyWordOfACapitalRunSeesTheRunsLastWord() {
    NerFeatures.Block holdings = block("Officials at Kestrel Valley Mining Holdings said so.");
    NerFeatures.Block partners = block("Officials at Kestrel Valley Mining Partners said so.");

    // Kestrel and Valley are three and two words from the last: only the run brings it near.
    assertThat(tokenKeys(holdings, 2)).isNotEqualTo(tokenKeys(partners, 2));
    assertThat(tokenKeys(holdings, 3)).isNotEqualTo(tokenKeys(partners, 3));
    // Outside the run nothing changes.
    assertThat(tokenKeys(holdings, 0)).isEqualTo(tokenKeys(partners, 0));
    assertThat(tokenKeys(holdings, 1)).isEqualTo(tokenKeys(partners, 1));
  }

  @Test
  void everyWordOfACapitalRunSeesTheRunsFirstWordAndTheWordBeforeIt() {
    Set<Long> base = tokenKeys(block("Officials at Kestrel Valley Mining Holdings said so."), 5);

    assertThat(tokenKeys(block("Officials at Zandor Valley Mining Holdings said so."), 5))
        .isNotEqualTo(base);
    assertThat(tokenKeys(block("Officials near Kestrel Valley Mining Holdings said so."), 5))
        .isNotEqualTo(base);
  }

  // ---------------------------------------------------------------------------------------------
  // Names of the gazetteer

  @Test
  void aKnownNameOfTwoWordsMarksItsFirstAndLastWord() {
    List<Token> tokens = tokens("He flew to New York on Monday.");

    long[][] names = tokenFeatures.knownNames(tokens);

    assertThat(codes(names[3])).isNotEmpty().allMatch(c -> position(c) == 1 && length(c) == 2);
    assertThat(codes(names[4])).isNotEmpty().allMatch(c -> position(c) == 3 && length(c) == 2);
    for (int i : new int[] {0, 1, 2, 5, 6, 7}) {
      assertThat(names[i]).as(tokens.get(i).text()).isNull();
    }
  }

  @Test
  void aKnownNameOfThreeWordsMarksItsInnerWord() {
    long[][] names =
        tokenFeatures.knownNames(tokens("Ships from the United Arab Emirates arrived."));

    assertThat(codes(names[3])).anyMatch(c -> position(c) == 1 && length(c) == 3);
    assertThat(codes(names[4])).anyMatch(c -> position(c) == 2 && length(c) == 3);
    assertThat(codes(names[5])).anyMatch(c -> position(c) == 3 && length(c) == 3);
    assertThat(names[2]).isNull();
    assertThat(names[6]).isNull();
  }

  @Test
  void aKnownNameTellsItsType() {
    long[][] organisation =
        tokenFeatures.knownNames(tokens("Fighters of the Islamic State attacked."));
    long[][] place = tokenFeatures.knownNames(tokens("He flew to New York on Monday."));

    assertThat(codes(organisation[3])).isNotEmpty().allMatch(c -> type(c) == 2);
    assertThat(codes(place[3])).isNotEmpty().allMatch(c -> type(c) == 1);
  }

  @Test
  void aNameKnownOnlyInCapitalsIsMarkedOnlyInCapitals() {
    assertThat(gazetteer.lookup(NameKey.of("RFE RL"))).anyMatch(KnownName::capsOnly);

    long[][] capitals = tokenFeatures.knownNames(tokens("Reporters for RFE RL said so."));
    long[][] titleCase = tokenFeatures.knownNames(tokens("Reporters for Rfe Rl said so."));

    assertThat(capitals[2]).isNotEmpty();
    assertThat(capitals[3]).isNotEmpty();
    assertThat(titleCase[2]).isNull();
    assertThat(titleCase[3]).isNull();
  }

  @Test
  void aKnownNameInLowerCaseIsNoName() {
    long[][] names = tokenFeatures.knownNames(tokens("he flew to new york on monday"));

    assertThat(java.util.Arrays.asList(names)).containsOnlyNulls();
  }

  // ---------------------------------------------------------------------------------------------
  // What the rules found, what the first stage found, tables

  @Test
  void ruleFeaturesAppearOnlyOnTheTokensOfARuleSpan() {
    String text = "Officials at Kestrel Valley said so.";
    List<Token> tokens = tokens(text);
    long[][] marks = RuleMarks.of(tokens, List.of(found(text, "Kestrel Valley", 0, 0, 3.5)), 0, 1);

    NerFeatures.Block block = features.block(tokens, words(tokens), DocumentWords.NONE, marks);

    for (int i = 0; i < tokens.size(); i++) {
      boolean inSpan = i == 2 || i == 3;
      assertThat(marks[i] != null).as(tokens.get(i).text()).isEqualTo(inSpan);
      assertThat(ruleKeys(block, i)).as(tokens.get(i).text()).hasSize(inSpan ? marks[i].length : 0);
    }
    assertThat(ruleKeys(block, 2)).isNotEqualTo(ruleKeys(block, 3)); // first and last word
  }

  @Test
  void ruleMarksTellTheTypeTheRulesFavour() {
    String text = "Officials at Kestrel Valley said so.";
    List<Token> tokens = tokens(text);

    long[][] organisation =
        RuleMarks.of(tokens, List.of(found(text, "Kestrel Valley", 0, 0, 3.5)), 0, 1);
    long[][] place = RuleMarks.of(tokens, List.of(found(text, "Kestrel Valley", 0, 3.5, 0)), 0, 1);
    long[][] oneWord = RuleMarks.of(tokens, List.of(found(text, "Kestrel", 0, 0, 3.5)), 0, 1);

    assertThat(organisation[2]).isNotEqualTo(place[2]);
    assertThat(organisation[2]).isNotEqualTo(oneWord[2]);
    assertThat(oneWord[3]).isNull();
  }

  @Test
  void withoutRulesThereAreNoRuleFeatures() {
    NerFeatures.Block block = block("Officials at Kestrel Valley said so.");

    for (int i = 0; i < block.tokens.size(); i++) {
      assertThat(ruleKeys(block, i)).isEmpty();
    }
  }

  @Test
  void historyFeaturesAppearOnlyWhereTheBlockHasAHistory() {
    NerFeatures.Block block = block("Officials at Kestrel Valley said so.");
    for (int i = 0; i < block.tokens.size(); i++) {
      assertThat(historyKeys(block, i)).isEmpty();
    }

    block.history = new long[block.tokens.size()][];
    block.history[2] = new long[] {NerModel.tag(null, NerModel.B), 102};

    assertThat(historyKeys(block, 2)).hasSize(2);
    assertThat(historyKeys(block, 3)).isEmpty();
    // The history is no token feature: the first stage never sees it.
    assertThat(tokenKeys(block, 2)).doesNotContainAnyElementsOf(historyKeys(block, 2));
  }

  @Test
  void eachTokenOfATableRowCountsTheNumbersOfItsLine() {
    List<Token> tokens = tokens("Arsenal 10 7 2 1 23\nChelsea 10 6\nThey lost.");

    assertThat(TokenFeatures.numbersPerLine(tokens))
        .containsExactly(5, 5, 5, 5, 5, 5, 2, 2, 2, 0, 0, 0);
  }

  @Test
  void aTableRowChangesTheTokenFeatures() {
    Set<Long> row = tokenKeys(block("Arsenal 10 7 2 1 23"), 0);
    Set<Long> prose = tokenKeys(block("Arsenal 10 won it"), 0); // the same next word

    assertThat(row).isNotEqualTo(prose);
  }

  // ---------------------------------------------------------------------------------------------

  private static List<Token> tokens(String text) {
    return tokenizer.tokenize(text, 0, text.length());
  }

  private static NerFeatures.Word[] words(List<Token> tokens) {
    NerFeatures.Word[] words = new NerFeatures.Word[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = features.word(tokens.get(i).text());
    }
    return words;
  }

  private static NerFeatures.Block block(String text) {
    return block(tokens(text));
  }

  private static NerFeatures.Block block(List<Token> tokens) {
    return features.block(tokens, words(tokens), DocumentWords.NONE, null);
  }

  private static List<Token> replace(List<Token> tokens, int i, Token token) {
    List<Token> out = new ArrayList<>(tokens);
    out.set(i, token);
    return out;
  }

  private static Set<Long> wordKeys(String text, int offset) {
    Set<Long> out = new HashSet<>();
    WordFeatures.add(features.word(text), offset, out::add);
    return out;
  }

  private static Set<Long> tokenKeys(NerFeatures.Block block, int i) {
    Set<Long> out = new HashSet<>();
    TokenFeatures.add(block, i, out::add);
    return out;
  }

  private static Set<Long> ruleKeys(NerFeatures.Block block, int i) {
    Set<Long> out = new HashSet<>();
    TokenFeatures.addRules(block, i, out::add);
    return out;
  }

  private static Set<Long> historyKeys(NerFeatures.Block block, int i) {
    Set<Long> out = new HashSet<>();
    TokenFeatures.addHistory(block, i, out::add);
    return out;
  }

  private static Set<Long> common(Set<Long> a, Set<Long> b) {
    Set<Long> out = new HashSet<>(a);
    out.retainAll(b);
    return out;
  }

  private static Found found(String text, String name, double person, double place, double org) {
    int start = text.indexOf(name);
    return new Found(
        ArticleField.BODY,
        start,
        start + name.length(),
        name,
        NameKey.of(name),
        new Evidence(person, place, org),
        Evidence.NONE,
        null,
        0);
  }

  private static List<Long> codes(long[] codes) {
    return codes == null ? List.of() : java.util.Arrays.stream(codes).boxed().toList();
  }

  /** The position of a token in a known name (B 1, I 2, L 3), from its code. */
  private static long position(long code) {
    return code / 8 % 8;
  }

  /** The length of a known name (at most 4), from its code. */
  private static long length(long code) {
    return code % 8;
  }

  /** The type of a known name (person 0, place 1, organisation 2), from its code. */
  private static long type(long code) {
    return code / 64 / 4 / 2 / 256;
  }
}
