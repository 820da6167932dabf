package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.extract.Extracted.names;

import java.util.List;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A name its words call a work is no person in the whole article, and one they call a band or a
 * company is an organisation; the stars, directors and founders around them stay people.
 */
class WorkCuesTest {
  @Test
  void aGradeOfOilIsNobodysNameButAPlaceStaysOne() {
    String text =
        "Brent crude rose 2% to $84 a barrel on Tuesday. Brent has climbed for three weeks, and"
            + " Iraq raised its exports of Kirkuk crude.";

    assertThat(names(text, EntityType.PERSON)).isEmpty();
    assertThat(names(text, EntityType.PLACE)).contains("Iraq", "Kirkuk");
  }

  @Test
  void aNameThatEndsAListAfterSharesOfOrAnalystsAtIsACompany() {
    String shares = "Shares of Capgemini and Atos fell in Paris.";
    String analysts = "Analysts at Jefferies, Bernstein and UBS said so.";
    String stakes = "It took a stake in Vodafone Group, BT and Orange.";

    assertThat(WorkCues.isListAfterCompanyCue(shares, shares.indexOf("Atos"))).isTrue();
    assertThat(WorkCues.isListAfterCompanyCue(analysts, analysts.indexOf("UBS"))).isTrue();
    assertThat(WorkCues.isListAfterCompanyCue(analysts, analysts.indexOf("Bernstein"))).isTrue();
    assertThat(WorkCues.isListAfterCompanyCue(stakes, stakes.indexOf("Orange"))).isTrue();
    String people = "Smith and Jones met in Paris and London.";
    assertThat(WorkCues.isListAfterCompanyCue(people, people.indexOf("Jones"))).isFalse();
    assertThat(WorkCues.isListAfterCompanyCue(people, people.indexOf("London"))).isFalse();
  }

  @Test
  void aTownAfterAVerbOfAFixtureInAReportOnFootballIsItsClub() {
    String text =
        "Celtic scored twice in the first half. In England, Arsenal face Liverpool on Sunday,"
            + " while Manchester City host Brighton in the league.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Liverpool", "Brighton");
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Liverpool", "Brighton");
    String visit = "The Queen will visit Liverpool and open a hospital in Brighton next week.";
    assertThat(names(visit, EntityType.PLACE)).contains("Liverpool");
    assertThat(names(visit, EntityType.ORGANIZATION)).doesNotContain("Liverpool");
  }

  @Test
  void aTownThatOwnsAPlayerInAReportOnFootballIsItsClub() {
    String text =
        "England coach Glenn Hoddle said the striker would miss the qualifier, and that Tottenham's"
            + " Teddy Sheringham would replace him.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Tottenham");
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Tottenham");
    String prose =
        "Tottenham's Bruce Grove station reopened on Monday after repairs, the council said.";
    assertThat(names(prose, EntityType.ORGANIZATION)).doesNotContain("Tottenham");
  }

  @Test
  void aNameAfterSharesInIsACompany() {
    String text = "Shares in Daimler-Benz rose 2.1 percent in Frankfurt on Thursday.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Daimler-Benz");
    assertThat(names(text, EntityType.PLACE)).contains("Frankfurt").doesNotContain("Daimler-Benz");
  }

  @Test
  void aCompanyByItsAppositionOrItsAnalysts() {
    String text =
        "Rio Tinto, the world's second-biggest miner, said output rose, analysts at Jefferies said."
            + " Gianni Agnelli, the patriarch of the Fiat group, died on Friday.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Rio Tinto", "Jefferies");
    assertThat(names(text, EntityType.PERSON))
        .contains("Gianni Agnelli")
        .doesNotContain("Rio Tinto", "Jefferies");
  }

  @Test
  void aCompanyByItsAppositionThoughASmallTownBearsItsName() {
    String text =
        "Brunswick, the boat maker, said sales fell. Hazleton, the laboratory company, said sales"
            + " rose, and Providentia, the Swedish investment company, bought a stake. Frankfurt,"
            + " the German city, was calm, and the operator of the Frankfurt stock exchange said"
            + " nothing.";
    assertThat(names(text, EntityType.ORGANIZATION))
        .contains("Brunswick", "Hazleton", "Providentia")
        .doesNotContain("Frankfurt");
    assertThat(names(text, EntityType.PLACE)).contains("Frankfurt");
  }

  @Test
  void aCompanyByWhatItMakesOrOwns() {
    String text =
        "Meta, which sells the Quest 3, cut prices last week. Japanese firms Hitachi and"
            + " Matsushita, which makes Panasonic brand products, agreed to develop new technology.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Meta", "Matsushita");
    assertThat(names(text, EntityType.PERSON)).doesNotContain("Meta");
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Meta", "Matsushita");
  }

  @Test
  void aProductByItsAppositionIsNoOrganisation() {
    String text =
        "Apple on Monday unveiled the Vision Pro, a mixed-reality headset that will cost $3,499,"
            + " at its conference in Cupertino, California.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Apple").doesNotContain("Vision Pro");
  }

  @Test
  void aStormIsNoPersonInAnyMention() {
    String text =
        "Hurricane Mitch killed 10,000 people in Honduras, the Red Cross said. Mitch was the"
            + " deadliest storm since 1780, and Cyclone Idai struck Mozambique in 2019.";
    assertThat(names(text, EntityType.PERSON)).isEmpty();
    assertThat(names(text, EntityType.PLACE)).contains("Honduras", "Mozambique");
  }

  @Test
  void aWorkNamedSoOnceIsNoPersonInAnyMention() {
    String text =
        "The comedy Sideways was the favourite on Sunday. Sideways won five awards, and Vera Drake"
            + " star Imelda Staunton took the prize for best actress. Vera Drake had led the"
            + " nominations.";
    assertThat(names(text, EntityType.PERSON))
        .contains("Imelda Staunton")
        .doesNotContain("Sideways", "Vera Drake");
  }

  @Test
  void aBandNamedSoIsAnOrganisation() {
    String text =
        "Glasgow's Franz Ferdinand won best group. Franz Ferdinand frontman Alex Kapranos thanked"
            + " the fans.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Franz Ferdinand");
    assertThat(names(text, EntityType.PERSON))
        .contains("Alex Kapranos")
        .doesNotContain("Franz Ferdinand");
  }

  @Test
  void aCompanyNamedSoIsAnOrganisation() {
    String text =
        "The Russian oil giant Yukos has filed for bankruptcy. Yukos said on Monday that its main"
            + " unit had been sold, and ex-Yukos boss Mikhail Khodorkovsky stays in jail.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Yukos");
    assertThat(names(text, EntityType.PERSON))
        .contains("Mikhail Khodorkovsky")
        .doesNotContain("Yukos");
  }

  @Test
  void aCompanyNamedSoAtASentenceStartOrByItsStaffIsAnOrganisation() {
    String text =
        "Anti-virus firm Sophos said the worm was spreading. Sophos has seen it before. Euronext"
            + " chief Jean-Francois Theodore held talks, but Euronext declined to comment.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Sophos", "Euronext");
    assertThat(names(text, EntityType.PERSON))
        .contains("Jean-Francois Theodore")
        .doesNotContain("Sophos", "Euronext");
  }

  @Test
  void aCompanyTakenForAPlaceTheGazetteerLacksIsAnOrganisation() {
    String text =
        "A rival standard is being developed by Motorola and chip firm Freescale. At the"
            + " conference in Cannes, Samsung demonstrated a phone using technology from"
            + " Freescale.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Freescale");
    assertThat(names(text, EntityType.PLACE)).contains("Cannes").doesNotContain("Freescale");
  }

  @Test
  void peopleAfterAWordOfTheirTradeOrOfTheirCompanyStayPeople() {
    String text =
        "The company Bill Gates founded grew, said film maker Ken Loach, and publisher Jason Smith"
            + " agreed.";
    assertThat(names(text, EntityType.PERSON)).contains("Bill Gates", "Ken Loach", "Jason Smith");
  }

  @Test
  void starsDirectorsAndPlacesBesideTheseWordsStayWhatTheyAre() {
    String text =
        "Vince Vaughn stars in the comedy. It is a Tom Cruise film, said Hollywood star Brad Pitt,"
            + " and the film's director, Mike Leigh, agreed.";
    assertThat(names(text, EntityType.PERSON))
        .contains("Vince Vaughn", "Tom Cruise", "Brad Pitt", "Mike Leigh");
    assertThat(names(text, EntityType.PLACE)).contains("Hollywood");
  }

  @Test
  void aNameThatOpensATitleOfTheFormXAndTheYOfZIsAWork() {
    String text =
        "Harry Potter and the Goblet of Fire topped the box office again. Fans queued for hours"
            + " to see Harry Potter on the big screen.";
    assertThat(names(text, EntityType.PERSON)).doesNotContain("Harry Potter");
  }

  @Test
  void aTitleOrAPlaceAfterOfMakesNoWorkOfXAndTheYOfZ() {
    String text =
        "Tony Blair and the Chancellor of the Exchequer met on Monday. Later Mavis Staples and the"
            + " Blind Boys of Alabama took the stage.";
    assertThat(names(text, EntityType.PERSON)).contains("Tony Blair", "Mavis Staples");
  }

  @Test
  void onlyTheWordsRightBesideTheNameCount() {
    assertThat(WorkCues.wordBefore("the comedy Sideways", 11)).isEqualTo("comedy");
    assertThat(WorkCues.wordBefore("the film, Tom", 10)).isEmpty();
    assertThat(WorkCues.wordAfter("Vera Drake star Imelda", 10)).isEqualTo("star");
    assertThat(WorkCues.wordAfter("Blair's director", 5)).isEmpty();
  }

  @Test
  void aTownThatNamesItsClubInASportsReportIsTheClub() {
    String text =
        "Liverpool manager Rafael Benitez said the club would not sell. Newcastle have joined the"
            + " race for the striker, and Chelsea beat Leicester 2-1 on Sunday.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Liverpool", "Leicester");
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Liverpool", "Leicester");
  }

  @Test
  void aTownThatBeatsAnotherInATitleIsItsClub() {
    Extraction x =
        Extracted.extract(
            "LEEDS BEAT FULHAM",
            "Leeds beat Fulham 2-1 in the English league on Saturday. Striker Ian Rush scored"
                + " twice for Leeds.");
    assertThat(names(x, EntityType.ORGANIZATION)).contains("Fulham");
    assertThat(names(x, EntityType.PLACE)).doesNotContain("Leeds", "Fulham");
  }

  @Test
  void aTownWithoutWordsOfSportStaysATown() {
    String text =
        "She moved to Liverpool in 2001, and the council of Leicester said housing in Birmingham"
            + " and Newcastle was scarce.";
    assertThat(names(text, EntityType.PLACE))
        .contains("Liverpool", "Leicester", "Birmingham", "Newcastle");
    assertThat(names(text, EntityType.ORGANIZATION))
        .doesNotContain(
            "Liverpool",
            "Leicester",
            "Birmingham",
            "Newcastle",
            "Leicester City",
            "Birmingham City",
            "Newcastle United");
  }

  @Test
  void wordsOnlyATeamTakesMakeATeamOfATownTheGazetteerKnowsNoClubOf() {
    String text =
        "Stockport fans saw the game, and England manager Sven-Goran Eriksson watched it before"
            + " flying to France.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Stockport");
    assertThat(names(text, EntityType.PLACE))
        .contains("England", "France")
        .doesNotContain("Stockport");
  }

  @Test
  void aPluralVerbAfterANameThatOpensAClauseMakesItABand() {
    String text =
        "With their first album, Franz Ferdinand have achieved what most bands only dream of."
            + " Franz Ferdinand played two nights in Glasgow.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Franz Ferdinand");
    assertThat(names(text, EntityType.PERSON)).doesNotContain("Franz Ferdinand");
  }

  @Test
  void aPluralVerbThatBelongsToAnotherNounOrToAListLeavesPeoplePeople() {
    String text =
        "The troops of General John Hunt were exhausted. Pfeifer and his wife Julia Pfeifer have three"
            + " children. Tony Blair and Gordon Brown have met, and Kate Winslet, Jamie Foxx are"
            + " nominated.";
    assertThat(names(text, EntityType.PERSON))
        .contains("John Hunt", "Julia Pfeifer", "Gordon Brown", "Jamie Foxx");
    assertThat(names(text, EntityType.ORGANIZATION))
        .doesNotContain("John Hunt", "Julia Pfeifer", "Gordon Brown", "Jamie Foxx");
  }

  @Test
  void aPlaceThatNamesATournamentIsNoPlace() {
    String text =
        "Former Wimbledon champion Conchita Martinez beat her in Paris, and Wales won the England"
            + " title.";
    assertThat(names(text, EntityType.PERSON)).contains("Conchita Martinez");
    assertThat(names(text, EntityType.PLACE))
        .contains("Paris", "England")
        .doesNotContain("Wimbledon");
  }

  @Test
  void aTownWithAVerbOfATeamInThePluralIsItsClub() {
    String text =
        "Sunderland drew 1-1 with Norwich on Saturday. Leeds remain third after a goalless draw.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Leeds");
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Leeds");
  }

  @Test
  void aCompetitionIsNeitherAnOrganisationNorAPlace() {
    String text =
        "Wales won the Six Nations on Saturday, and Liverpool meet Juventus in the Champions League"
            + " in Turin.";
    assertThat(names(text, EntityType.ORGANIZATION))
        .contains("Juventus")
        .doesNotContain("Six Nations", "Champions League");
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Six Nations", "Champions League");
  }

  @Test
  void aCompetitionWithItsSponsorOrItsGamesIsNeitherOrganisationNorPlace() {
    String text =
        "Ireland open their RBS Six Nations campaign in Rome, and Wasps lead the Zurich"
            + " Premiership. Kelly Holmes won two golds at the Athens Olympics, four years after"
            + " the Sydney Olympics.";
    for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PERSON)) {
      assertThat(names(text, type))
          .doesNotContain(
              "RBS Six Nations", "Zurich Premiership", "Athens Olympics", "Sydney Olympics");
    }
    assertThat(names(text, EntityType.PERSON)).contains("Kelly Holmes");
  }

  @Test
  void aTournamentNamedForItsPlaceOrSponsorIsNeitherOrganisationNorPlace() {
    String text =
        "Results from the Toshiba Classic tennis tournament on Wednesday. Roger Federer won the"
            + " Qatar Open in Doha.";
    assertThat(names(text, EntityType.ORGANIZATION))
        .doesNotContain("Toshiba Classic", "Qatar Open");
    assertThat(names(text, EntityType.PLACE))
        .contains("Doha")
        .doesNotContain("Toshiba Classic", "Qatar Open");
    assertThat(names(text, EntityType.PERSON)).contains("Roger Federer");
  }
}
