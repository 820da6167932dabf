package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * How the names the tagger found become mentions ({@link TaggedMentions}): titles cut, spaced
 * dashes split, a closing number kept, lower case never a name. First through the default
 * extractor, on examples the committed model tags without doubt; then over tags written by hand,
 * which test the rules whatever a retrained model would tag.
 */
class TaggedMentionsTest {
  private final RuleBasedEntityExtractor extractor =
      RuleBasedEntityExtractor.withDefaultResources();

  @Test
  void aLeadingTitleIsNoPartOfAPersonsName() {
    Extraction x = extract("Mr Blair told reporters on Monday that the plan would go ahead.");

    assertThat(names(x, EntityType.PERSON)).containsExactly("Blair");
  }

  @Test
  void aTitleOfSeveralWordsIsNoPartOfAPersonsName() {
    Extraction x = extract("Foreign Secretary Jack Straw said the talks would resume in Geneva.");

    assertThat(names(x, EntityType.PERSON)).containsExactly("Jack Straw");
    assertThat(names(x, EntityType.PLACE)).containsExactly("Geneva");
  }

  @Test
  void aSpacedDashSeparatesTwoPlaces() {
    Extraction x = extract("Flights between Kabul - Jalalabad were cancelled on Monday.");

    assertThat(names(x, EntityType.PLACE)).containsExactlyInAnyOrder("Kabul", "Jalalabad");
  }

  @Test
  void aKnownNameInAHeadlineKeepsItsCommonFirstWord() {
    Extraction x =
        Extracted.extract(
            "Storm Sandy Hits New York And New Jersey", "The storm was strong on Monday.");
    assertThat(names(x, EntityType.PLACE)).contains("New Jersey").doesNotContain("Jersey");
  }

  @Test
  void wordsInLowerCaseAreNeverNames() {
    Extraction x =
        extract(
            "the bank said the river was high and the minister agreed. officials in the capital"
                + " said the army had left the city.");

    for (EntityType type : EntityType.values()) {
      assertThat(names(x, type)).as("%s", type).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The same rules over tags written by hand, whatever the model would tag

  @Test
  void aTitleTaggedAsPartOfAPersonsNameIsCut() {
    assertThat(mentions("Mr Blair told reporters.", "B-PER", "L-PER")).containsExactly("Blair");
    assertThat(mentions("Foreign Secretary Jack Straw spoke.", "B-PER", "I-PER", "I-PER", "L-PER"))
        .containsExactly("Jack Straw");
  }

  @Test
  void aCapitalTheLineLostStaysInTheNameTheTaggerFound() {
    // Seven capitals in eleven words: the line is taken for title case and "General" loses its
    // capital, but it is written with one and the tagger took it into the company's name.
    String text = "General Motors Corp shares rose on the New York Stock Exchange.";
    assertThat(mentions(text, "B-ORG", "I-ORG", "L-ORG")).containsExactly("General Motors Corp");
    // A word written in lower case before a name still is no part of it.
    assertThat(
            mentions("Shares of troubled Motors Corp fell.", "O", "O", "B-ORG", "I-ORG", "L-ORG"))
        .containsExactly("Motors Corp");
  }

  @Test
  void titlesInsideAPersonsNameCutItAndAKnownNameBeforeThemStays() {
    assertThat(
            mentions(
                "US Secretary of Defense Lloyd Austin spoke.",
                "B-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "L-PER"))
        .containsExactly("US", "Lloyd Austin");
  }

  @Test
  void aSpacedDashInsideATaggedNameSplitsIt() {
    assertThat(mentions("Kabul - Jalalabad was closed.", "B-LOC", "I-LOC", "L-LOC"))
        .containsExactly("Kabul", "Jalalabad");
    assertThat(mentions("Kabul \u2013 Jalalabad was closed.", "B-LOC", "I-LOC", "L-LOC"))
        .containsExactly("Kabul", "Jalalabad");
  }

  @Test
  void aNumberAtTheEndOfATaggedNameStays() {
    assertThat(mentions("Route 110 was closed.", "B-LOC", "L-LOC")).containsExactly("Route 110");
  }

  @Test
  void theAndWordsInLowerCaseBeforeANameAreNoPartOfIt() {
    assertThat(mentions("the Kestrel Holdings said so.", "B-ORG", "I-ORG", "L-ORG"))
        .containsExactly("Kestrel Holdings");
    assertThat(mentions("rebel leader Lind said so.", "B-PER", "I-PER", "L-PER"))
        .containsExactly("Lind");
  }

  @Test
  void aTaggedSpanInLowerCaseIsNoName() {
    assertThat(mentions("the bank said so.", "B-ORG", "L-ORG")).isEmpty();
    assertThat(mentions("President said so.", "U-PER")).isEmpty(); // a title alone
    assertThat(mentions("bin al said so.", "B-PER", "L-PER")).isEmpty(); // particles alone
  }

  @Test
  void otherNamesAreNoMentions() {
    assertThat(mentions("Hamlet was staged.", "U-MISC")).isEmpty();
  }

  @Test
  void aTaggedMentionCarriesTheTaggersSharesOfTheTypes() {
    List<Found> found = found("Kestrel Valley was closed.", "B-LOC", "L-LOC");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).is(Found.TAGGED)).isTrue();
    assertThat(found.get(0).form().total()).isCloseTo(1.0, within(1e-9));
  }

  /**
   * The surfaces of the mentions of {@code text} tagged with {@code tags} from its start, O after.
   */
  @Test
  void aNameCutShortByADescriptionTakesTheWordAfterIt() {
    assertThat(mentions("Yesterday Graham Poll sent two players off.", "B-PER", "L-PER"))
        .containsExactly("Graham Poll");
  }

  @Test
  void aPersonOfAPlaceIsThePersonAndThePlace() {
    List<Found> found =
        found(
            "Sgt. Marcus Lee of Camp Lejeune spoke.",
            "O",
            "B-PER",
            "I-PER",
            "I-PER",
            "I-PER",
            "L-PER");
    assertThat(found).extracting(Found::text).containsExactly("Marcus Lee", "Camp Lejeune");
    assertThat(found.get(1).form().place()).as("Camp Lejeune a place").isEqualTo(1.0);
  }

  @Test
  void aTitleNamedByAPlaceStaysWhole() {
    assertThat(mentions("The Duke of Edinburgh spoke.", "O", "B-PER", "I-PER", "L-PER"))
        .containsExactly("Duke of Edinburgh");
  }

  @Test
  void aCampTakenForAPersonIsAPlaceAndAModelsCodeNoPerson() {
    List<Found> camp = found("Camp Lejeune is large.", "B-PER", "L-PER");
    assertThat(camp).extracting(Found::text).containsExactly("Camp Lejeune");
    assertThat(camp.get(0).form().place()).as("a place").isEqualTo(1.0);
    assertThat(mentions("The MQ-9 Reaper flew.", "O", "B-PER", "L-PER")).isEmpty();
  }

  @Test
  void aNameThatEndsInAPossessiveIsTheOrganisationKnownWithIt() {
    List<Found> found = found("Standard and Poor's said it may cut the rating.", "O", "O", "U-PER");
    assertThat(found).extracting(Found::text).containsExactly("Standard and Poor's");
    assertThat(found.get(0).form().org()).as("an organisation").isEqualTo(1.0);
    assertThat(mentions("Analysts at Moody's agreed.", "O", "O", "U-PER"))
        .containsExactly("Moody's");
    // "Marines" is known, but not with a possessive: "Outboard Marine's" stays the company.
    assertThat(mentions("Outboard Marine's sales rose.", "B-ORG", "L-ORG"))
        .containsExactly("Outboard Marine");
  }

  @Test
  void aGovernmentNamedByAnUnknownWordIsItsLeaders() {
    List<Found> leader =
        found("Critics said the Turnbull government failed.", "O", "O", "O", "U-LOC");
    assertThat(leader).extracting(Found::text).containsExactly("Turnbull");
    assertThat(leader.get(0).form().person()).as("a person").isEqualTo(1.0);
    List<Found> country = found("Critics said the Iraq government failed.", "O", "O", "O", "U-LOC");
    assertThat(country.get(0).form().person()).as("no leader: a known place").isLessThan(1.0);
  }

  @Test
  void aBodyOfAStateWrittenAloneIsAnOrganisation() {
    // Whether the tagger passed over it or took it: a lone head noun ("Bank") is no name, these
    // are.
    assertThat(mentions("Yesterday the Senate voted, and MPs in Parliament agreed."))
        .containsExactly("Senate", "Parliament");
    List<Found> tagged = found("Yesterday the Senate voted.", "O", "O", "U-ORG");
    assertThat(tagged).extracting(Found::text).containsExactly("Senate");
    assertThat(tagged.get(0).form().org()).isEqualTo(1.0);
    // Part of a longer name or a title, at a sentence's start, or a common noun: no lone body.
    assertThat(
            mentions(
                "Parliament met. They walked to Parliament Square, where Senate Majority Leader"
                    + " Smith and the parliament of the region spoke."))
        .doesNotContain("Parliament", "Senate", "parliament");
  }

  @Test
  void aPersonsNameOverTwoPeopleJoinedByAndIsCutInTwo() {
    assertThat(
            mentions(
                "Foreign Minister Sergei Lavrov and Secretary of State John Kerry met.",
                "B-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "L-PER"))
        .containsExactly("Sergei Lavrov", "John Kerry");
    assertThat(
            mentions(
                "Paul Simon and Art Garfunkel sang.", "B-PER", "I-PER", "I-PER", "I-PER", "L-PER"))
        .containsExactly("Paul Simon", "Art Garfunkel");
  }

  @Test
  void aNameInAListAfterPluralPlacesAndOfIsAPlace() {
    List<Found> found =
        found(
            "They took the villages of Kafr Nabl and Aqyul.",
            "O",
            "O",
            "O",
            "O",
            "O",
            "B-LOC",
            "L-LOC",
            "O",
            "U-PER");
    assertThat(found).extracting(Found::text).containsExactly("Kafr Nabl", "Aqyul");
    assertThat(found.get(1).form().place()).as("a place").isEqualTo(1.0);
    assertThat(found("They met Kafr Nabl and Aqyul.", "O", "O", "B-LOC", "L-LOC", "O", "U-PER"))
        .last()
        .satisfies(f -> assertThat(f.form().place()).as("no list of places").isLessThan(1.0));
  }

  @Test
  void aSideOfAMatchSummaryIsATeamAndItsScorersPeople() {
    List<Found> found =
        found(
            "PSV Eindhoven 3 (Nilis 12) Roda JC Kerkrade 0.",
            "B-ORG",
            "L-ORG",
            "O",
            "O",
            "U-PER",
            "O",
            "O",
            "B-PER",
            "I-PER",
            "L-PER");
    assertThat(found).extracting(Found::text).contains("Nilis", "Roda JC Kerkrade");
    Found roda = found.stream().filter(f -> f.text().equals("Roda JC Kerkrade")).findFirst().get();
    Found nilis = found.stream().filter(f -> f.text().equals("Nilis")).findFirst().get();
    assertThat(roda.form().org()).as("a team").isEqualTo(1.0);
    assertThat(nilis.form().org()).as("a scorer").isLessThan(1.0);
    // A golfer's row opens its parentheses after the name, not after a score.
    List<Found> golfer =
        found("Robert Allenby (Australia) 69 71 67", "B-PER", "L-PER", "O", "U-LOC", "O");
    assertThat(golfer.get(0).form().org()).as("a player").isLessThan(1.0);
  }

  @Test
  void aDioceseNamedByItsSeeIsAnInstitution() {
    List<Found> found =
        found("The Archdiocese of Rimouski said so.", "O", "B-LOC", "I-LOC", "L-LOC");
    assertThat(found).extracting(Found::text).containsExactly("Archdiocese of Rimouski");
    assertThat(found.get(0).form().org()).as("an institution").isEqualTo(1.0);
  }

  @Test
  void aMonthAloneIsNoOrganisationNorPlace() {
    assertThat(mentions("Sunday, October 18, 2020", "O", "O", "U-ORG")).isEmpty();
    assertThat(mentions("Sunday, October 18, 2020", "O", "O", "U-LOC")).isEmpty();
  }

  @Test
  void anOrdinalAloneIsNoName() {
    assertThat(mentions("CINRAM LTD 4TH QTR NET", "O", "O", "U-ORG")).isEmpty();
    assertThat(mentions("The 3rd Infantry Division moved.", "O", "B-ORG", "I-ORG", "L-ORG"))
        .containsExactly("3rd Infantry Division");
  }

  @Test
  void companiesAfterACueOfSharesAreNamedWhereTheTaggerPassedThemOver() {
    assertThat(
            mentions(
                "Shares in Adani Enterprises and Reliance Industries rose.",
                "O",
                "O",
                "O",
                "O",
                "O",
                "O",
                "O",
                "O",
                "O"))
        .containsExactly("Adani Enterprises", "Reliance Industries");
    assertThat(mentions("Shares of Class C rose.", "O", "O", "O", "O", "O", "O")).isEmpty();
    assertThat(mentions("Shares in Europe fell.", "O", "O", "O", "O", "O")).isEmpty();
    assertThat(mentions("Shares in Investor fell.", "O", "O", "O", "O", "O")).isEmpty();
  }

  @Test
  void aWordOfDescriptionAfterAHyphenIsNoPartOfAName() {
    assertThat(mentions("A Taylor Swift-themed class met.", "O", "B-PER", "L-PER", "O", "O", "O"))
        .containsExactly("Taylor Swift");
    // A name's own part after a hyphen stays: "Chung Mong-koo".
    assertThat(mentions("Chung Mong-koo said so.", "B-PER", "L-PER", "O", "O", "O"))
        .containsExactly("Chung Mong-koo");
  }

  @Test
  void aTitleWrittenWithAHyphenIsNoPartOfAPersonsName() {
    assertThat(mentions("Vice-President Margrethe Vestager said so.", "B-PER", "I-PER", "L-PER"))
        .containsExactly("Margrethe Vestager");
    assertThat(mentions("Co-star Richard Gere said so.", "B-PER", "I-PER", "L-PER"))
        .containsExactly("Richard Gere");
    // A hyphenated name is no title: "Jean-Pierre".
    assertThat(mentions("Jean-Pierre Raffarin said so.", "B-PER", "L-PER"))
        .containsExactly("Jean-Pierre Raffarin");
  }

  @Test
  void aNounOfNationalityAloneIsNoNameOfAnyType() {
    assertThat(mentions("The Spaniard wept.", "O", "U-ORG", "O", "O")).isEmpty();
    assertThat(mentions("The Welshman won.", "O", "U-LOC", "O", "O")).isEmpty();
    assertThat(mentions("The Brits won.", "O", "U-LOC", "O", "O")).isEmpty();
  }

  @Test
  void anOwnersPossessiveIsNoPartOfAPersonsName() {
    assertThat(
            mentions("Google's Sundar Pichai said so.", "B-PER", "I-PER", "L-PER", "O", "O", "O"))
        .containsExactly("Google", "Sundar Pichai");
    assertThat(mentions("McLaren's Lando Norris won.", "B-PER", "I-PER", "L-PER", "O", "O"))
        .containsExactly("Lando Norris");
  }

  @Test
  void aDatelinesAgencyInParenthesesIsNamedThoughItsInitialsAreAmbiguous() {
    List<Found> found =
        found("LONDON (AP) -- The talks resumed.", "U-LOC", "O", "O", "O", "O", "O", "O", "O", "O");

    assertThat(found).extracting(Found::text).containsExactly("LONDON", "AP");
    assertThat(found.get(1).is(Found.AMBIGUOUS)).isFalse();
    assertThat(found.get(1).known().canonical()).isEqualTo("Associated Press");
    // Elsewhere the initials count only beside the full name.
    assertThat(mentions("The AP said so.", "O", "O", "O", "O", "O")).isEmpty();
  }

  @Test
  void aSurnameThatReadsLikeADemonymStaysAfterAFirstName() {
    // "Albanese" reads as Albania's demonym, "Dominici" as Dominica's.
    assertThat(mentions("Anthony Albanese said so.", "B-PER", "L-PER", "O", "O", "O"))
        .containsExactly("Anthony Albanese");
    assertThat(mentions("Christophe Dominici scored.", "B-PER", "L-PER", "O", "O"))
        .containsExactly("Christophe Dominici");
    // No first name, or one that never names alone: an adjective of nations.
    assertThat(mentions("Royal Dutch said so.", "B-PER", "L-PER", "O", "O", "O")).isEmpty();
    assertThat(mentions("Albanese said so.", "U-PER", "O", "O", "O")).isEmpty();
  }

  @Test
  void aKnownPlaceGoesOnOverAParticleWhereTheTaggerStopped() {
    assertThat(
            mentions(
                "Floods struck Rio Grande do Sul on Friday.",
                "O",
                "O",
                "B-LOC",
                "L-LOC",
                "O",
                "U-LOC",
                "O",
                "O",
                "O"))
        .containsExactly("Rio Grande do Sul");
    // No known place of the longer words: two places.
    assertThat(mentions("They flew from Paris to Lyon.", "O", "O", "O", "U-LOC", "O", "U-LOC", "O"))
        .containsExactly("Paris", "Lyon");
  }

  @Test
  void aKnownPlaceGoesOnOverAParticleJoinedToItsLastWord() {
    // "ez-Zor" reads as a word in lower case, which ends no name unless the place is known so.
    assertThat(
            mentions(
                "Fighting went on in Deir ez-Zor today.",
                "O",
                "O",
                "O",
                "O",
                "U-LOC",
                "O",
                "O",
                "O"))
        .containsExactly("Deir ez-Zor");
    assertThat(
            mentions(
                "Fighting went on in Deir ez-Zor today.",
                "O",
                "O",
                "O",
                "O",
                "B-LOC",
                "L-LOC",
                "O",
                "O"))
        .containsExactly("Deir ez-Zor");
  }

  @Test
  void aNameThatAClubsAbbreviationOpensOrEndsIsAnOrganisation() {
    List<Found> club =
        found("He joined Fyllingen IL in 1995.", "O", "O", "B-LOC", "L-LOC", "O", "O", "O");
    assertThat(club).extracting(Found::text).containsExactly("Fyllingen IL");
    assertThat(club.get(0).form().of(EntityType.ORGANIZATION)).isEqualTo(1.0);
    List<Found> state =
        found(
            "He lived in Springfield IL in 1995.", "O", "O", "O", "B-LOC", "L-LOC", "O", "O", "O");
    assertThat(state.get(0).form().of(EntityType.ORGANIZATION)).isLessThan(1.0);
  }

  @Test
  void aKnownCompanysPossessiveBeforeAKnownCompanyNamesTwo() {
    assertThat(
            mentions(
                "It said Alphabet's Google would appeal.",
                "O",
                "O",
                "B-ORG",
                "L-ORG",
                "O",
                "O",
                "O"))
        .containsExactly("Alphabet", "Google");
  }

  @Test
  void aOneWordPersonAfterAPrepositionOfAWayIsAPlace() {
    List<Found> fled =
        found(
            "The attackers fled toward Hawija, he said.",
            "O",
            "O",
            "O",
            "O",
            "U-PER",
            "O",
            "O",
            "O",
            "O");
    assertThat(fled).extracting(Found::text).containsExactly("Hawija");
    assertThat(fled.get(0).form().of(EntityType.PLACE)).isEqualTo(1.0);
    List<Found> turned = found("He turned toward Mary.", "O", "O", "O", "U-PER", "O");
    assertThat(turned.get(0).form().of(EntityType.PLACE)).isLessThan(1.0);
  }

  @Test
  void theLocationOfABranchIsItsPlace() {
    List<Found> branch =
        found("Visit our Noida Location today.", "O", "O", "B-ORG", "L-ORG", "O", "O");
    assertThat(branch).extracting(Found::text).containsExactly("Noida");
    assertThat(branch.get(0).form().of(EntityType.PLACE)).isEqualTo(1.0);
  }

  @Test
  void aNumberedPeerageIsATitle() {
    assertThat(
            mentions(
                "John Fisher, 1st Baron Fisher, was an admiral.",
                "B-PER",
                "L-PER",
                "O",
                "O",
                "B-PER",
                "L-PER",
                "O",
                "O",
                "O",
                "O",
                "O"))
        .containsExactly("John Fisher", "Fisher");
    // Without the number a rank may be a first name: "Baron Davis" played for the Hornets.
    assertThat(mentions("Baron Davis scored.", "B-PER", "L-PER", "O", "O"))
        .containsExactly("Baron Davis");
  }

  @Test
  void aNameByAFathersIsAPersonsWithItsParticle() {
    List<Found> laden = found("They look to bin Laden now.", "O", "O", "O", "O", "U-LOC", "O", "O");
    assertThat(laden).extracting(Found::text).containsExactly("bin Laden");
    assertThat(laden.get(0).form().of(EntityType.PERSON)).isEqualTo(1.0);
  }

  @Test
  void aMemberIsNamedAfterHisSeat() {
    assertThat(
            mentions(
                "East Midlands MEP Robert Kilroy-Silk quit.",
                "B-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "L-PER",
                "O",
                "O"))
        .containsExactly("Robert Kilroy-Silk");
  }

  @Test
  void aWordOfDescriptionBeforeAFirstNameIsNoPartOfTheName() {
    assertThat(
            mentions(
                "Fly-half Charlie Hodgson kicked three penalties.",
                "B-PER",
                "I-PER",
                "L-PER",
                "O",
                "O",
                "O",
                "O"))
        .containsExactly("Charlie Hodgson");
    // A first name of another language stays: "Jean-Claude" is no word of description.
    assertThat(mentions("Jean-Claude Van Damme smiled.", "B-PER", "I-PER", "L-PER", "O", "O"))
        .containsExactly("Jean-Claude Van Damme");
  }

  @Test
  void theDistrictAfterWashingtonIsNoSecondPlace() {
    assertThat(
            mentions(
                "Talks were held in Washington, D.C., on Monday.",
                "O",
                "O",
                "O",
                "O",
                "U-LOC",
                "O",
                "U-LOC",
                "O",
                "O",
                "O",
                "O"))
        .containsExactly("Washington");
    assertThat(
            mentions(
                "Talks were held in Washington, Pennsylvania, on Monday.",
                "O",
                "O",
                "O",
                "O",
                "U-LOC",
                "O",
                "U-LOC",
                "O",
                "O",
                "O",
                "O"))
        .containsExactly("Washington", "Pennsylvania");
  }

  @Test
  void aLeadersPossessiveIsNoPartOfThePartysName() {
    assertThat(
            mentions(
                "Modi's Bharatiya Janata Party lost.",
                "B-ORG",
                "I-ORG",
                "I-ORG",
                "L-ORG",
                "O",
                "O"))
        .containsExactly("Modi", "Bharatiya Janata Party");
    assertThat(
            mentions("Putin's United Russia party won.", "B-ORG", "I-ORG", "L-ORG", "O", "O", "O"))
        .containsExactly("Putin", "United Russia");
    // No party after it: a company's name may hold a possessive.
    assertThat(mentions("Domino's Pizza said so.", "B-ORG", "L-ORG", "O", "O", "O"))
        .containsExactly("Domino's Pizza");
  }

  @Test
  void aWordANationsPossessiveIntroducesIsACompanyWhereTheTaggerLeansToOne() {
    // France('s) Ubisoft gave a warning . : the tagger passed over "Ubisoft".
    String text = "France's Ubisoft gave a warning.";
    String[] tags = {"U-LOC", "O", "O", "O", "O", "O"};

    Found ubisoft =
        found(text, 1, "U-ORG", tags).stream()
            .filter(f -> f.text().equals("Ubisoft"))
            .findFirst()
            .orElseThrow();
    assertThat(ubisoft.form().org()).isGreaterThan(ubisoft.form().person());
    assertThat(ubisoft.form().org()).isGreaterThan(ubisoft.form().place());
    assertThat(mentions(text, tags)).containsExactly("France"); // no leaning, no name
    assertThat(found("Paris's Ubisoft gave a warning.", 1, "U-ORG", tags))
        .extracting(Found::text)
        .containsExactly("Paris"); // a city's possessive, not a nation's
    assertThat(found("France's Kelly gave a warning.", 1, "U-ORG", tags))
        .extracting(Found::text)
        .containsExactly("France"); // a first name
  }

  private List<String> mentions(String text, String... tags) {
    return found(text, tags).stream().map(Found::text).toList();
  }

  private List<Found> found(String text, String... tags) {
    return found(text, -1, null, tags);
  }

  /**
   * The mentions of hand tags where the tagger's scores at token {@code lean} favour tag {@code
   * leanTag} (by one; every other score is nought).
   */
  private List<Found> found(String text, int lean, String leanTag, String... tags) {
    Gazetteer gazetteer = extractor.gazetteer();
    List<Token> tokens = extractor.tokenBlocks(text).get(0);
    int[] tagged = new int[tokens.size()];
    for (int i = 0; i < tags.length; i++) {
      tagged[i] = java.util.Arrays.asList(NerModel.TAGS).indexOf(tags[i]);
    }
    NerModel model =
        new NerModel((f, scores, offset) -> {}, new float[NerModel.N * NerModel.N], null);
    float[] emissions = new float[tokens.size() * NerModel.N];
    if (lean >= 0) {
      emissions[lean * NerModel.N + java.util.Arrays.asList(NerModel.TAGS).indexOf(leanTag)] = 1;
    }
    NameTagger.Tagging tagging = new NameTagger.Tagging(tagged, emissions, model);
    FieldScan scan =
        new FieldScan(
            tokens, text, ArticleField.BODY, Set.of(), new ArrayList<>(), new ArrayList<>());
    List<Found> out = new ArrayList<>();
    new TaggedMentions(gazetteer, new SpanTyper(gazetteer).scorer())
        .add(scan, tagging, List.of(), out);
    return out;
  }

  private Extraction extract(String body) {
    return extractor.extract(new Article("t", "", null, null, null, List.of(), body));
  }

  private static List<String> names(Extraction x, EntityType type) {
    return x.entities(type).stream().map(Entity::name).toList();
  }
}
