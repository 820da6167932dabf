package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.index.CurationFile;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curation decisions change facets, filters, hits and documents at once, and last. */
class CurationTest {
  private static final String ARTICLES =
      doc("c1", "[person Nuri al-Maliki] met [person Maliki] and [organization Dawa Party].")
          + doc("c2", "[person Maliki] spoke in [place Karbala].")
          + doc(
              "c3",
              "[person Nuri al-Maliki] visited [place Karbala] with [organization Dawa Party].")
          + doc("c4", "[organization Special Forces] moved; [organization Dawa Party] objected.");

  @TempDir Path dir;
  private NewsIndex index;

  @BeforeEach
  void open() throws IOException {
    index = reopen();
    index.ingestJson(ARTICLES, "t");
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private NewsIndex reopen() throws IOException {
    return NewsIndex.open(
        NewsIndexConfig.defaults(dir.resolve("index")).withExtractor(new MarkupExtractor()));
  }

  private static String doc(String id, String body) {
    return "{\"id\": \"" + id + "\", \"title\": \"T\", \"body\": \"" + body + "\"}\n";
  }

  private static CurationRule merge(EntityType type, String name, String into) {
    return new CurationRule(type, name, into, null, List.of(), false);
  }

  @Test
  void aMergeCountsBothValuesAsOneAndEachArticleOnce() throws IOException {
    assertThat(facet(Facet.PERSON))
        .containsExactly(
            new FacetValue("Maliki", 2, false), new FacetValue("Nuri al-Maliki", 2, false));

    int remapped = index.curate(merge(EntityType.PERSON, "maliki", "Nuri al-Maliki"));

    assertThat(remapped).isEqualTo(2);
    // c1 names both: it counts once.
    assertThat(facet(Facet.PERSON)).containsExactly(new FacetValue("Nuri al-Maliki", 3, false));
    assertThat(index.search(SearchQuery.builder().filter(Facet.PERSON, "Maliki").build()).total())
        .isEqualTo(3);
    assertThat(index.get("c2").orElseThrow().extraction().entities(EntityType.PERSON))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("Nuri al-Maliki");
              assertThat(e.aliases()).containsExactly("Maliki");
            });
  }

  @Test
  void curationSurvivesReingestAndReopening() throws IOException {
    index.curate(merge(EntityType.PERSON, "Maliki", "Nuri al-Maliki"));
    index.curate(new CurationRule(EntityType.PLACE, "Karbala", null, "Kerbala", List.of(), false));

    index.ingestJson(ARTICLES, "t");
    assertThat(facet(Facet.PERSON)).containsExactly(new FacetValue("Nuri al-Maliki", 3, false));
    index.close();
    index = reopen();

    assertThat(facet(Facet.PERSON)).containsExactly(new FacetValue("Nuri al-Maliki", 3, false));
    assertThat(facet(Facet.PLACE)).containsExactly(new FacetValue("Kerbala", 2, false));
    assertThat(Files.readString(dir.resolve("index").resolve(CurationFile.NAME)))
        .contains("\"mergeInto\": \"Nuri al-Maliki\"")
        .contains("\"rename\": \"Kerbala\"");
  }

  @Test
  void aRenameChangesTheLabelEverywhereAndBothNamesSelectIt() throws IOException {
    int remapped =
        index.curate(
            new CurationRule(EntityType.PLACE, "karbala", null, "Kerbala", List.of(), false));

    assertThat(remapped).isZero();
    assertThat(facet(Facet.PLACE)).containsExactly(new FacetValue("Kerbala", 2, false));
    assertThat(index.search(SearchQuery.builder().filter(Facet.PLACE, "Kerbala").build()).total())
        .isEqualTo(2);
    assertThat(index.search(SearchQuery.builder().filter(Facet.PLACE, "Karbala").build()).total())
        .isEqualTo(2);
    assertThat(
            index.get("c3").orElseThrow().extraction().entities(EntityType.PLACE).getFirst().name())
        .isEqualTo("Kerbala");
  }

  @Test
  void addedAliasesFindTheValueAndSelectIt() throws IOException {
    index.curate(
        new CurationRule(
            EntityType.ORGANIZATION,
            "Dawa Party",
            null,
            null,
            List.of("Islamic Dawa Party"),
            false));

    assertThat(
            index
                .facetValues(Facet.ORGANIZATION, "islamic da", SearchQuery.builder().build(), 5)
                .values())
        .containsExactly(new FacetValue("Dawa Party", 3, false));
    assertThat(
            index
                .search(
                    SearchQuery.builder().filter(Facet.ORGANIZATION, "islamic dawa party").build())
                .total())
        .isEqualTo(3);
  }

  @Test
  void aBlockedValueDisappearsFromFacetsHitsProfilesAndDocumentsUntilUnblocked()
      throws IOException {
    CurationRule block =
        new CurationRule(EntityType.ORGANIZATION, "Special Forces", null, null, List.of(), true);

    index.curate(block);

    assertThat(facet(Facet.ORGANIZATION)).containsExactly(new FacetValue("Dawa Party", 3, false));
    assertThat(
            index.search(SearchQuery.builder().text("moved").build()).hits().getFirst().entities())
        .satisfies(e -> assertThat(e.get(EntityType.ORGANIZATION)).containsExactly("Dawa Party"));
    assertThat(
            index
                .search(SearchQuery.builder().filter(Facet.ORGANIZATION, "Special Forces").build())
                .total())
        .isZero();
    assertThat(
            index.entityProfile(
                EntityType.ORGANIZATION, "Special Forces", SearchQuery.builder().build(), 5))
        .isEmpty();
    assertThat(index.get("c4").orElseThrow().extraction().entities(EntityType.ORGANIZATION))
        .extracting(e -> e.name())
        .containsExactly("Dawa Party");

    index.curate(
        new CurationRule(EntityType.ORGANIZATION, "Special Forces", null, null, List.of(), false));

    assertThat(facet(Facet.ORGANIZATION)).contains(new FacetValue("Special Forces", 1, false));
    assertThat(index.curation()).isEmpty();
  }

  @Test
  void impossibleRulesAreRefusedAndChangeNothing() throws IOException {
    index.curate(merge(EntityType.PERSON, "Maliki", "Nuri al-Maliki"));

    assertThatThrownBy(() -> index.curate(merge(EntityType.PERSON, "Nuri al-Maliki", "maliki")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycle");
    assertThatThrownBy(() -> new CurationRule(EntityType.PERSON, "A", "B", "C", List.of(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both");
    assertThat(index.curation()).hasSize(1);
    assertThat(facet(Facet.PERSON)).containsExactly(new FacetValue("Nuri al-Maliki", 3, false));
  }

  @Test
  void aDamagedCurationFileStopsTheIndexFromOpeningAndIsLeftAsItWas() throws IOException {
    index.close();
    Path file = dir.resolve("index").resolve(CurationFile.NAME);
    Files.writeString(file, "{\"entities\": [{\"type\": \"planet\", \"name\": \"Mars\"}]}");

    assertThatThrownBy(this::reopen)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("unknown entity type 'planet'");
    assertThat(Files.readString(file)).contains("planet");
    Files.delete(file);
    index = reopen();
  }

  private List<FacetValue> facet(Facet facet) throws IOException {
    return index.search(SearchQuery.builder().build()).facet(facet).orElseThrow().values();
  }
}
