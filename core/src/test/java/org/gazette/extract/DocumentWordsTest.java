package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a document does with each of its words ({@link DocumentWords}). */
class DocumentWordsTest {
  private static Gazetteer gazetteer;
  private static Tokenizer tokenizer;

  @BeforeAll
  static void loadGazetteer() throws IOException {
    gazetteer = Gazetteer.loadDefault();
    Cues cues = gazetteer.cues();
    tokenizer = new Tokenizer(cues.abbreviations(), cues.particles(), gazetteer::isCommonWord);
  }

  @Test
  void aWordWrittenInLowerCaseIsMarkedSo() {
    DocumentWords doc = document("Officials at the bank said the talks had failed.");

    assertThat(has(doc, "bank", DocumentWords.LOWER)).isTrue();
    assertThat(has(doc, "officials", DocumentWords.LOWER)).isFalse(); // a capital at the start
  }

  @Test
  void aWordAfterATitleIsMarkedSo() {
    DocumentWords doc = document("Yesterday Mr Lind spoke to reporters in Lisbon.");

    assertThat(has(doc, "lind", DocumentWords.AFTER_TITLE)).isTrue();
    assertThat(has(doc, "lisbon", DocumentWords.AFTER_TITLE)).isFalse();
  }

  @Test
  void aWordBeforeAnOrganisationHeadIsMarkedSo() {
    DocumentWords doc = document("Officials at Kestrel Holdings told Sara Lind the talks failed.");

    assertThat(has(doc, "kestrel", DocumentWords.BEFORE_ORG_HEAD)).isTrue();
    assertThat(has(doc, "sara", DocumentWords.BEFORE_ORG_HEAD)).isFalse();
  }

  @Test
  void aWordAfterAPrepositionOfPlaceIsMarkedSo() {
    DocumentWords doc = document("The talks were held in Lisbon on Monday, officials said.");

    assertThat(has(doc, "lisbon", DocumentWords.AFTER_PLACE_PREPOSITION)).isTrue();
    assertThat(has(doc, "monday", DocumentWords.AFTER_PLACE_PREPOSITION)).isFalse();
  }

  @Test
  void aCapitalisedWordAloneInsideASentenceIsMarkedSo() {
    DocumentWords doc = document("They met Lind today, and later Sara Bergman joined them.");

    assertThat(has(doc, "lind", DocumentWords.ALONE)).isTrue();
    assertThat(has(doc, "bergman", DocumentWords.ALONE)).isFalse();
    assertThat(has(doc, "bergman", DocumentWords.LAST_OF_NAME)).isTrue();
    assertThat(has(doc, "sara", DocumentWords.FIRST_OF_NAME)).isTrue();
    assertThat(has(doc, "they", DocumentWords.ALONE)).isFalse(); // a sentence start says little
  }

  @Test
  void aWordBeforeAReportingVerbIsMarkedSo() {
    DocumentWords doc = document("The plan will fail, Lind said on Monday night.");

    assertThat(has(doc, "lind", DocumentWords.BEFORE_REPORTING_VERB)).isTrue();
    assertThat(has(doc, "monday", DocumentWords.BEFORE_REPORTING_VERB)).isFalse();
  }

  @Test
  void theFactsOfAWordGatherOverTheBlocksOfTheDocument() {
    DocumentWords doc = DocumentWords.collect(gazetteer);
    doc.add(tokens("Yesterday Mr Lind spoke to reporters in the city."));
    doc.add(tokens("The plan will fail, Lind said on Monday."));

    assertThat(has(doc, "lind", DocumentWords.AFTER_TITLE)).isTrue();
    assertThat(has(doc, "lind", DocumentWords.BEFORE_REPORTING_VERB)).isTrue();
  }

  @Test
  void wordsAreLookedUpInLowerCaseAndUnknownWordsHaveNoFacts() {
    DocumentWords doc = document("The plan will fail, Lind said on Monday.");

    assertThat(doc.of("lind")).isNotZero();
    assertThat(doc.of("Lind")).isZero();
    assertThat(doc.of("kestrel")).isZero();
    assertThat(DocumentWords.NONE.of("lind")).isZero();
  }

  private static DocumentWords document(String text) {
    DocumentWords doc = DocumentWords.collect(gazetteer);
    doc.add(tokens(text));
    return doc;
  }

  private static List<Token> tokens(String text) {
    return tokenizer.tokenize(text, 0, text.length());
  }

  private static boolean has(DocumentWords doc, String lower, int fact) {
    return (doc.of(lower) & (1 << fact)) != 0;
  }
}
