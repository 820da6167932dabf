package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gazette.model.Article;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.junit.jupiter.api.Test;

/** Shortened organisation names join the full name the same article gives. */
class OrganisationLinkerTest {
  private final RuleBasedEntityExtractor extractor =
      RuleBasedEntityExtractor.withDefaultResources();

  private List<String> organisations(String text) {
    Extraction x = extractor.extract(new Article("o", "", null, null, null, List.of(), text));
    return x.entities(EntityType.ORGANIZATION).stream().map(e -> e.name()).toList();
  }

  @Test
  void theLastWordOfATeamJoinsTheOneTeamThatEndsWithIt() {
    List<String> orgs =
        organisations(
            "Shares in Manchester United rose. The supporters' group Shareholders United objected,"
                + " and a previous approach to the United board failed.");
    assertThat(orgs).contains("Manchester United", "Shareholders United").doesNotContain("United");
  }

  @Test
  void withTwoTeamsThatEndWithItTheWordStaysApart() {
    Extraction x =
        extractor.extract(
            new Article(
                "o",
                "",
                null,
                null,
                null,
                List.of(),
                "Manchester United beat Newcastle United 2-0 at Old Trafford, and United now lead"
                    + " the table."));
    assertThat(x.entities(EntityType.ORGANIZATION).stream().map(e -> e.name()))
        .contains("Manchester United", "Newcastle United", "United");
    assertThat(x.entities(EntityType.ORGANIZATION))
        .allSatisfy(e -> assertThat(e.aliases()).doesNotContain("United"));
  }

  @Test
  void aCompanyShortenedToItsFirstWordJoinsItsFullName() {
    List<String> orgs =
        organisations("Cairn Energy found oil in Rajasthan. Cairn said the field was large.");
    assertThat(orgs).contains("Cairn Energy").doesNotContain("Cairn");
  }
}
