package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer gazetteer = RuleBasedEntityExtractor.withDefaultResources().gazetteer();

  private String bestCanonical(String name) {
    KnownName[] known = gazetteer.lookup(NameKey.of(name));
    assertThat(known).as(name).isNotEmpty();
    return known[0].canonical();
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
    assertThat(jordan.kind()).isEqualTo('C');
    assertThat(Arrays.stream(gazetteer.lookup("georgia")).map(KnownName::kind)).contains('C', 'A');
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

  @Test
  void firstNamesCarryTheirFrequency() {
    assertThat(gazetteer.firstNameCount("kevin")).isGreaterThan(100_000);
    assertThat(gazetteer.firstNameCount("mohammed")).isGreaterThan(1_000);
    assertThat(gazetteer.firstNameCount("surchi")).isZero();
  }
}
