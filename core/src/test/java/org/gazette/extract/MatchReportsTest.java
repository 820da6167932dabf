package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.extract.Extracted.extract;
import static org.gazette.extract.Extracted.names;

import java.util.List;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Towns that stand as the sides of a match in prose are teams; the same verbs elsewhere, and
 * countries and regions, leave places alone.
 */
class MatchReportsTest {
  private final RuleBasedEntityExtractor extractor =
      RuleBasedEntityExtractor.withDefaultResources();

  @Test
  void aTownBeforeOrAfterAResultWithAScoreIsItsTeam() {
    Extraction x =
        extract(
            "Tulsa defeated Bowling Green 31-14 in the conference opener on Saturday. Detroit"
                + " scored twice late on and beat Chicago 4-2 at home.");
    assertThat(names(x, EntityType.ORGANIZATION))
        .contains("Tulsa", "Bowling Green", "Detroit", "Chicago");
    assertThat(names(x, EntityType.PLACE)).doesNotContain("Tulsa", "Bowling Green", "Chicago");
  }

  @Test
  void aClubTheTaggerPassedOverIsTakenWhenItStandsAsASide() {
    // Short sentences give the tagger little to go on: the rules' known club or town decides.
    assertThat(names(extract("Arsenal beat Fulham 2-1."), EntityType.ORGANIZATION))
        .contains("Arsenal", "Fulham");
    assertThat(names(extract("Chelsea drew 1-1 with Everton."), EntityType.ORGANIZATION))
        .contains("Chelsea", "Everton");
  }

  @Test
  void aScoreIsNoPartOfAName() {
    Extraction x = extract("Oldham 2-1 Hartlepool was the best game of the day.");
    assertThat(names(x, EntityType.ORGANIZATION)).contains("Oldham", "Hartlepool");
    assertThat(names(x, EntityType.PLACE)).isEmpty();
  }

  @Test
  void theWordsBetweenTheSidesOfAMatchAreInNoName() {
    Extraction x =
        extract(
            "CRICKET - ENGLAND V PAKISTAN SCOREBOARD.\n\nA. Stewart b Mushtaq Ahmed 44\n\nKing"
                + " George V visited the fleet. Henry V was crowned.");
    assertThat(names(x, EntityType.PLACE)).contains("England", "Pakistan");
    assertThat(names(x, EntityType.ORGANIZATION)).doesNotContain("England V");
    assertThat(names(x, EntityType.PERSON))
        .contains("George V", "Henry V")
        .noneMatch(n -> n.contains(" b "));
  }

  @Test
  void linkedResultsCountToo() {
    Extraction x =
        extract(
            "They reached the final but ended the year losing to Tulsa 63-7. A week earlier they"
                + " had won 5-3 against Akron.");
    assertThat(names(x, EntityType.ORGANIZATION)).contains("Tulsa", "Akron");
  }

  @Test
  void withoutAScoreAWordOfSportInTheBlockIsEnough() {
    Extraction x = extract("The striker left in the summer, and Bolton lost to Wigan again.");
    assertThat(names(x, EntityType.ORGANIZATION)).contains("Wigan");
  }

  @Test
  void theSameVerbsOutsideSportLeavePlacesAlone() {
    Extraction x =
        extract(
            "Officials said Kharkiv beat back the attack. In 1940 the army defeated the defenders"
                + " of Rotterdam, and Lyon lost to Paris the bid for the exhibition.");
    assertThat(names(x, EntityType.PLACE)).contains("Kharkiv", "Rotterdam", "Lyon", "Paris");
    assertThat(names(x, EntityType.ORGANIZATION)).doesNotContain("Kharkiv", "Lyon", "Paris");
  }

  @Test
  void countriesAndRegionsStayPlacesEvenInAMatchReport() {
    Extraction x = extract("Brazil beat Argentina 2-0, and Scotland drew with Wales 1-1.");
    assertThat(names(x, EntityType.PLACE)).contains("Brazil", "Argentina", "Scotland", "Wales");
  }

  @Test
  void scoresAreShortNumbersOnEitherSideOfADash() {
    FieldScan yes = scan("They won 2-1 and then 10 \u2013 9.");
    FieldScan no = scan("In 1996-2004 they grew, and 1,200 - 300 is 900.");
    assertThat(countScores(yes)).isEqualTo(2);
    assertThat(countScores(no)).isZero();
  }

  private FieldScan scan(String text) {
    List<Token> tokens = extractor.tokenBlocks(text).get(0);
    return new FieldScan(
        tokens,
        text,
        org.gazette.model.ArticleField.BODY,
        java.util.Set.of(),
        new java.util.ArrayList<>(),
        new java.util.ArrayList<>());
  }

  private static int countScores(FieldScan s) {
    int n = 0;
    for (int i = 0; i < s.tokens().size(); i++) {
      n += MatchReports.isScore(s, i) ? 1 : 0;
    }
    return n;
  }
}
