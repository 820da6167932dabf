package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.extract.KnownName.Kind;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  /** The committed gazetteer alone, without the name tagger's model. */
  private static Gazetteer gazetteer;

  @BeforeAll
  static void loadCommittedResources() throws IOException {
    gazetteer = Gazetteer.loadDefault();
  }

  private String bestCanonical(String name) {
    KnownName[] known = gazetteer.lookup(NameKey.of(name));
    assertThat(known).as(name).isNotEmpty();
    return known[0].canonical();
  }

  @Test
  void theDefaultGazetteerIsReadOnceAndShared() throws IOException {
    assertThat(Gazetteer.loadDefault()).isSameAs(gazetteer);
    assertThat(RuleBasedEntityExtractor.withDefaultResources().gazetteer()).isSameAs(gazetteer);
  }

  @Test
  void committedResourcesKnowErbilUnderItsSpellings() {
    for (String spelling : new String[] {"Erbil", "Arbil", "Irbil", "Hawler"}) {
      assertThat(bestCanonical(spelling)).as(spelling).isEqualTo("Erbil");
    }
    KnownName erbil = gazetteer.lookup("erbil")[0];
    assertThat(erbil.type()).isEqualTo(EntityType.PLACE);
    assertThat(erbil.country()).isEqualTo("IQ");
  }

  @Test
  void countryAliasesMeetUnderTheCountryName() {
    for (String alias : new String[] {"US", "U.S.", "USA", "America", "United States"}) {
      assertThat(bestCanonical(alias)).as(alias).isEqualTo("United States");
    }
    for (String alias : new String[] {"UK", "U.K.", "Britain", "Great Britain"}) {
      assertThat(bestCanonical(alias)).as(alias).isEqualTo("United Kingdom");
    }
    assertThat(bestCanonical("UAE")).isEqualTo("United Arab Emirates");
  }

  @Test
  void abbreviationAliasesMatchOnlyCapitals() {
    assertThat(gazetteer.lookup("us")).anyMatch(KnownName::capsOnly);
  }

  @Test
  void regionsFromFirstLevelDivisionsAreKnown() {
    assertThat(bestCanonical("Anbar")).isEqualTo("Al Anbar");
    assertThat(bestCanonical("Diyala")).isEqualTo("Diyala");
    assertThat(bestCanonical("Florida")).isEqualTo("Florida");
  }

  @Test
  void countriesOutweighPeopleAndSmallPlacesOfTheSameName() {
    KnownName jordan = gazetteer.lookup("jordan")[0];
    assertThat(jordan.kind()).isEqualTo(Kind.COUNTRY);
    assertThat(Arrays.stream(gazetteer.lookup("georgia")).map(KnownName::kind))
        .contains(Kind.COUNTRY, Kind.FIRST_LEVEL_REGION);
  }

  @Test
  void demonymsAreRecognisedByRuleAndList() {
    assertThat(gazetteer.isDemonym("iraqi")).isTrue();
    assertThat(gazetteer.isDemonym("syrians")).isTrue();
    assertThat(gazetteer.isDemonym("lebanese")).isTrue();
    assertThat(gazetteer.isDemonym("kurdish")).isTrue();
    assertThat(gazetteer.isDemonym("french")).isTrue();
    assertThat(gazetteer.isDemonym("jordan")).isFalse();
    assertThat(gazetteer.isDemonym("brian")).isFalse();
  }

  /** The organisation known under {@code name}, the first of the right kind. */
  private KnownName organisation(String name, Kind kind) {
    return Arrays.stream(gazetteer.lookup(NameKey.of(name)))
        .filter(k -> k.type() == EntityType.ORGANIZATION && k.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is no organisation of kind " + kind));
  }

  @Test
  void universitiesAreKnownOrganisations() {
    KnownName mit = organisation("Massachusetts Institute of Technology", Kind.UNIVERSITY);
    assertThat(mit.canonical()).isEqualTo("Massachusetts Institute of Technology");
    assertThat(mit.country()).isEqualTo("US");
    assertThat(mit.prior()).isEqualTo(GazetteerLoader.LISTED_PRIOR);
    // Listed for institutions of several countries: no one university.
    assertThat(gazetteer.lookup(NameKey.of("National University")))
        .noneMatch(k -> k.kind() == Kind.UNIVERSITY);
  }

  @Test
  void congressionalCommitteesAreKnownByTheFormsNewsWrites() {
    assertThat(organisation("House Agriculture Committee", Kind.LEGISLATIVE_COMMITTEE).canonical())
        .isEqualTo("House Committee on Agriculture");
    assertThat(
            organisation("Senate Intelligence Committee", Kind.LEGISLATIVE_COMMITTEE).canonical())
        .isEqualTo("Senate Select Committee on Intelligence");
    assertThat(organisation("Senate Banking Committee", Kind.LEGISLATIVE_COMMITTEE).canonical())
        .isEqualTo("Senate Committee on Banking, Housing, and Urban Affairs");
    assertThat(organisation("Joint Economic Committee", Kind.LEGISLATIVE_COMMITTEE).country())
        .isEqualTo("US");
  }

  @Test
  void sportsTeamsAreKnownByTheirShortForms() {
    KnownName united = organisation("Man Utd", Kind.SPORTS_TEAM);
    assertThat(united.canonical()).isEqualTo("Manchester United");
    assertThat(united.ambiguous()).isFalse();
    assertThat(united.prior()).isEqualTo(GazetteerLoader.TEAM_PRIOR);
    assertThat(organisation("Red Sox", Kind.SPORTS_TEAM).canonical()).isEqualTo("Boston Red Sox");
    // An English word counts only where the document names the team in full.
    KnownName heat = organisation("Heat", Kind.SPORTS_TEAM);
    assertThat(heat.canonical()).isEqualTo("Miami Heat");
    assertThat(heat.ambiguous()).isTrue();
  }

  @Test
  void aPlaceKeepsItsNameBeforeTheTeamNamedAfterIt() {
    KnownName[] leeds = gazetteer.lookup("leeds");
    assertThat(leeds[0].type()).isEqualTo(EntityType.PLACE);
    KnownName team = organisation("Leeds", Kind.SPORTS_TEAM);
    assertThat(team.canonical()).isEqualTo("Leeds United");
    assertThat(team.prior()).isEqualTo(GazetteerLoader.TEAM_WEAK_PRIOR);
    assertThat(bestCanonical("Liverpool")).isEqualTo("Liverpool");
    assertThat(gazetteer.lookup("liverpool")[0].type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void noTeamNameNamesTwoTeamsOrAnotherWellKnownOrganisation() throws Exception {
    Lexicon lexicon = Lexicon.load();
    Map<String, String> owner = new HashMap<>();
    for (String section : List.of("organizations", "media", "sports-teams")) {
      for (Lexicon.AliasGroup g : lexicon.aliasGroups(section)) {
        for (Lexicon.Alias a : g.aliases()) {
          String previous = owner.putIfAbsent(NameKey.of(a.form()), g.canonical());
          assertThat(previous)
              .as("%s (%s) is also a name of %s", a.form(), g.canonical(), previous)
              .satisfiesAnyOf(
                  p -> assertThat(p).isNull(), p -> assertThat(p).isEqualTo(g.canonical()));
        }
      }
    }
  }

  @Test
  void firstNamesCarryTheirFrequency() {
    assertThat(gazetteer.firstNameCount("kevin")).isGreaterThan(100_000);
    assertThat(gazetteer.firstNameCount("mohammed")).isGreaterThan(1_000);
    assertThat(gazetteer.firstNameCount("surchi")).isZero();
  }

  @Test
  void aRegionTheLexiconListsUnderItsOwnNameIsNoOtherPlacesAlternateName() {
    // GeoNames gives "West Germany" as a name of Germany; the lexicon lists it as a place of its
    // own.
    assertThat(bestCanonical("West Germany")).isEqualTo("West Germany");
    assertThat(bestCanonical("Germany")).isEqualTo("Germany");
  }

  @Test
  void aCountryIsNamedAsTheLexiconNamesItAndStillPlaced() {
    for (String spelling : new String[] {"Czechia", "Czech Republic"}) {
      assertThat(bestCanonical(spelling)).as(spelling).isEqualTo("Czech Republic");
    }
    assertThat(gazetteer.place("Czech Republic"))
        .hasValueSatisfying(p -> assertThat(p.countryCode()).isEqualTo("CZ"));
    assertThat(bestCanonical("Holland")).isEqualTo("Netherlands");
  }
}
