package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GluedWordSplitterTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "According to ABC NewsFive U.S. personnel | According to ABC News Five U.S. personnel",
        "He said Al-Arabi Al-JadeedAccording to reporters | He said Al-Arabi Al-Jadeed According to reporters",
        "the ministry said on ThursdayThe statement added | the ministry said on Thursday The statement added",
        "as reported by the PostHowever, officials denied | as reported by the Post However, officials denied",
        "in the capitalMeanwhile, protesters gathered | in the capital Meanwhile, protesters gathered",
        "a statement from the embassyIn the statement | a statement from the embassy In the statement",
        "three Iraqi bases managed by Iraqi forcesTwenty lorries | three Iraqi bases managed by Iraqi forces Twenty lorries"
      })
  void splitsAWordGluedAcrossALostLineBreak(String glued, String split) {
    assertThat(GluedWordSplitter.split(glued)).isEqualTo(split);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Gen. Matthew McFarlane said",
        "Gen. Matthew MacFarlane said",
        "McDonald and McDonaldThe",
        "Governor DeSantis and LeBron James",
        "a PowerPoint deck on an iPhone",
        "posted on YouTube and WhatsApp",
        "JPMorgan and PayPal shares",
        "her LinkedIn profile said LinkedIn is growing",
        "the FiveThirtyEight forecast",
        "claims by al-Qaeda and O'Neill",
        "Ursula VonThe", // a name prefix, however odd what follows
        "an eBay seller in McAllen",
        "ISIS fighters inAnbar" // the left part is too short to be a word of its own
      })
  void keepsNamesAndBrandsWithInnerCapitalsWhole(String text) {
    assertThat(GluedWordSplitter.split(text)).isSameAs(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the reporter wroteIn the morning | the reporter wrote In the morning",
        "a profile on LinkedIn the company | a profile on Linked In the company"
      })
  void splitsATwoLetterOpenerOnlyBeforeADeterminer(String glued, String split) {
    // NOTE: the second case shows the price of the rule: a brand before a determiner is split.
    assertThat(GluedWordSplitter.split(glued)).isEqualTo(split);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Iraq", "", "The US-led coalition", "A B C", "ÉtatsUnis"})
  void leavesTextWithoutGluedWordsAlone(String text) {
    assertThat(GluedWordSplitter.split(text)).isSameAs(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "One", "Only", "Even", "Now", "Next", "Over", "You", "Here", "Point", "Time", "App", "Tube"
      })
  void leavesBrandEndingsOutOfTheOpenerList(String word) {
    assertThat(GluedWordSplitter.SENTENCE_OPENERS).doesNotContain(word);
  }
}
