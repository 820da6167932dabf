package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer =
      new Tokenizer(
          Set.of("gen", "maj"), Set.of("al", "abu"), w -> Set.of("according", "five").contains(w));

  private List<String> texts(String s) {
    return tokenizer.tokenize(s, 0, s.length()).stream().map(Token::text).toList();
  }

  @Test
  void dottedAbbreviationsAndTitlesKeepTheirDots() {
    assertThat(texts("U.S. troops met Maj. Gen. Myles B. Caggins III."))
        .containsExactly(
            "U.S.", "troops", "met", "Maj.", "Gen.", "Myles", "B.", "Caggins", "III", ".");
  }

  @Test
  void anEnDashBetweenDigitsJoinsThemAsAHyphenDoesButNotBetweenWords() {
    assertThat(
            texts(
                "beat Chicago 4\u20132 in 1996\u201397 and 4-2 on the Dallas\u2013Fort Worth line"))
        .containsExactly(
            "beat",
            "Chicago",
            "4\u20132",
            "in",
            "1996\u201397",
            "and",
            "4-2",
            "on",
            "the",
            "Dallas",
            "\u2013",
            "Fort",
            "Worth",
            "line");
  }

  @Test
  void possessiveIsNotPartOfTheName() {
    List<Token> t = tokenizer.tokenize("Iraq’s army", 0, 11);
    assertThat(t.get(0).text()).isEqualTo("Iraq");
    assertThat(t.get(0).is(Token.POSSESSIVE)).isTrue();
  }

  @Test
  void numbersKeepTheirGroupingButYearsInListsStaySeparate() {
    assertThat(texts("2,500 troops, 5.93 mln, in 2014, 2015"))
        .containsExactly("2,500", "troops", ",", "5.93", "mln", ",", "in", "2014", ",", "2015");
  }

  @Test
  void wordsGluedByTheScraperAreSplitBeforeACommonWord() {
    assertThat(texts("ABC NewsFive personnel, Al-JadeedAccording to"))
        .containsExactly("ABC", "News", "Five", "personnel", ",", "Al-Jadeed", "According", "to");
    assertThat(texts("McFarlane and MacFarlane")).containsExactly("McFarlane", "and", "MacFarlane");
  }

  @Test
  void particleNamesCountAsCapitalised() {
    Token t = tokenizer.tokenize("al-Sudani", 0, 9).get(0);
    assertThat(t.isCap()).isTrue();
  }

  @Test
  void sentenceStartsFollowFullStopsAndLineBreaks() {
    List<Token> t = tokenizer.tokenize("He left. Then Gen. Smith came.\nNext", 0, 35);
    assertThat(t.stream().filter(x -> x.is(Token.SENTENCE_START)).map(Token::text))
        .containsExactly("He", "Then", "Next");
  }

  @Test
  void lineBreaksOfHardWrappedTextDoNotEndNames() {
    String text =
        "said Thomas\nPyke, a spokesman for the National Oceanic and Atmospheric\n"
            + "Administration, which owns and operates the satellite and other things\n"
            + "that were launched before the end of the long year of many launches\n"
            + "and more text follows here to make the lines look wrapped at width\n";
    List<Token> t = tokenizer.tokenize(text, 0, text.length());
    Token pyke = t.stream().filter(x -> x.text().equals("Pyke")).findFirst().orElseThrow();
    assertThat(pyke.is(Token.NEWLINE_BEFORE)).isFalse();
  }
}
