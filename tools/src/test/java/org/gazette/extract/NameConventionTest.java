package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gazette.model.EntityType;
import org.junit.jupiter.api.Test;

/** The one name convention the corpora are brought to before training and scoring. */
class NameConventionTest {
  private static NerCorpus.Document doc(String text, NerCorpus.Span... spans) {
    return new NerCorpus.Document("d", "c", text, List.of(spans), false);
  }

  private static NerCorpus.Span span(String text, String name, EntityType type) {
    int at = text.indexOf(name);
    return new NerCorpus.Span(at, at + name.length(), type);
  }

  private static List<String> names(NerCorpus.Document d) {
    return d.spans().stream().map(s -> s.type() + " " + d.text(s)).toList();
  }

  @Test
  void titlesBeforeAPersonAreNoPartOfTheName() throws Exception {
    String text = "Minister Tobias Ellwood met Dr. William Glennie and the Secretary.";
    NerCorpus.Document d =
        NameConvention.load()
            .apply(
                doc(
                    text,
                    span(text, "Minister Tobias Ellwood", EntityType.PERSON),
                    span(text, "Dr. William Glennie", EntityType.PERSON),
                    span(text, "Secretary", EntityType.PERSON)));
    assertThat(names(d)).containsExactly("PERSON Tobias Ellwood", "PERSON William Glennie");
  }

  @Test
  void aSurnameThatIsATitleWordStays() throws Exception {
    String text = "John Major spoke.";
    NerCorpus.Document d =
        NameConvention.load().apply(doc(text, span(text, "John Major", EntityType.PERSON)));
    assertThat(names(d)).containsExactly("PERSON John Major");
  }

  @Test
  void townAndCountryAreTwoPlaces() throws Exception {
    String text = "They met in Brussels, Belgium, on Monday.";
    NerCorpus.Document d =
        NameConvention.load().apply(doc(text, span(text, "Brussels, Belgium", EntityType.PLACE)));
    assertThat(names(d)).containsExactly("PLACE Brussels", "PLACE Belgium");
  }

  @Test
  void aCountryActingAsAStateIsStillAPlace() throws Exception {
    String text = "The UK said it would help.";
    NerCorpus.Document d =
        NameConvention.load().apply(doc(text, span(text, "The UK", EntityType.ORGANIZATION)));
    assertThat(names(d)).containsExactly("PLACE The UK");
  }

  @Test
  void otherNamesPassThroughUntouched() throws Exception {
    String text = "The Olympics ended.";
    NerCorpus.Document original = doc(text, span(text, "Olympics", null));
    assertThat(NameConvention.load().apply(original)).isSameAs(original);
  }

  @Test
  void aShorterNameInsideALongerIsTheSameEntityOnlyWhenTheRestSaysWhatItIs() throws Exception {
    NameConvention c = NameConvention.load();
    assertThat(c.sameEntity(EntityType.PERSON, "barack obama", "obama")).isTrue();
    assertThat(c.sameEntity(EntityType.PLACE, "new york city", "new york")).isTrue();
    assertThat(c.sameEntity(EntityType.ORGANIZATION, "harvard university", "harvard")).isTrue();
    assertThat(c.sameEntity(EntityType.PLACE, "connecticut river", "connecticut")).isFalse();
  }
}
