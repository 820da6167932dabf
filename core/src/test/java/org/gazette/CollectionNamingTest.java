package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.FacetValue;
import org.gazette.model.GeoPlace;
import org.gazette.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Across the collection, the spellings of one name are one facet value under one label. */
class CollectionNamingTest {
  @TempDir Path dir;

  private NewsIndex open(Path index, MarkupExtractor extractor) throws IOException {
    return NewsIndex.open(NewsIndexConfig.defaults(index).withExtractor(extractor));
  }

  private static String doc(String id, String body) {
    return "{\"id\": \"" + id + "\", \"title\": \"T " + id + "\", \"body\": \"" + body + "\"}\n";
  }

  private static final String VARIANTS =
      doc("v1", "Talks with [person Haider Al-Abadi] went on.")
          + doc("v2", "[person Haider al-Abadi] spoke.")
          + doc("v3", "A visit by [person haider al abadi] and [person Haider Al-Abadi].")
          + doc("v4", "[person Haidar Al-Abbadi] left.")
          + doc("v5", "[person Haider al-Abadi] returned to [place Basrah].");

  @Test
  void spellingVariantsAcrossArticlesAreOneValueWhateverTheIngestOrder() throws IOException {
    List<FacetValue> forward;
    List<FacetValue> backward;
    try (NewsIndex index = open(dir.resolve("a"), new MarkupExtractor())) {
      index.ingestJson(VARIANTS, "t");
      forward = people(index);
    }
    String reversed = String.join("\n", VARIANTS.strip().lines().toList().reversed()) + "\n";
    try (NewsIndex index = open(dir.resolve("b"), new MarkupExtractor())) {
      index.ingestJson(reversed, "t");
      backward = people(index);
    }

    // Case, hyphens, a leading "al" and doubled letters fold; "Haidar" is another vowel, kept
    // apart.
    assertThat(forward)
        .containsExactly(
            new FacetValue("Haider Al-Abadi", 4, false),
            new FacetValue("Haidar Al-Abbadi", 1, false));
    assertThat(backward).isEqualTo(forward);
  }

  @Test
  void theLabelIsTheMostCompleteThenTheMostCommonForm() throws IOException {
    try (NewsIndex index = open(dir.resolve("i"), new MarkupExtractor())) {
      index.ingestJson(
          doc("a", "[organization UN Security Council] met.")
              + doc("b", "The [organization un security council] met.")
              + doc("c", "The [organization UN security council] met again.")
              + doc("d", "The [organization UN security council] met twice."),
          "t");

      assertThat(
              index
                  .search(SearchQuery.builder().build())
                  .facet(Facet.ORGANIZATION)
                  .orElseThrow()
                  .values())
          .containsExactly(new FacetValue("UN security council", 4, false));
    }
  }

  @Test
  void anyVariantSelectsTheValueAndHitsShowItsLabel() throws IOException {
    try (NewsIndex index = open(dir.resolve("i"), new MarkupExtractor())) {
      index.ingestJson(VARIANTS, "t");

      var result =
          index.search(SearchQuery.builder().filter(Facet.PERSON, "HAIDER AL ABADI").build());

      assertThat(result.total()).isEqualTo(4);
      assertThat(result.hits())
          .allSatisfy(
              h -> assertThat(h.entities().get(EntityType.PERSON)).contains("Haider Al-Abadi"));
      assertThat(index.get("v3").orElseThrow().extraction().entities())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.name()).isEqualTo("Haider Al-Abadi");
                assertThat(e.aliases()).containsExactly("haider al abadi");
                assertThat(e.mentions()).hasSize(2);
              });
    }
  }

  @Test
  void knownAliasesFindAValueButAreNotAliasesSeen() throws IOException {
    MarkupExtractor extractor =
        new MarkupExtractor(Map.of("Islamic State", List.of("Daesh", "ISIL")), Map.of());
    try (NewsIndex index = open(dir.resolve("i"), extractor)) {
      index.ingestJson(doc("k1", "Attacks by [organization Islamic State] went on."), "t");
      SearchQuery all = SearchQuery.builder().build();

      assertThat(index.facetValues(Facet.ORGANIZATION, "daesh", all, 5).values())
          .containsExactly(new FacetValue("Islamic State", 1, false));
      assertThat(
              index
                  .search(SearchQuery.builder().filter(Facet.ORGANIZATION, "ISIL").build())
                  .total())
          .isEqualTo(1);
      assertThat(
              index.entityProfile(EntityType.ORGANIZATION, "Daesh", all, 5).orElseThrow().aliases())
          .isEmpty();
    }
  }

  @Test
  void placesComeWithTheirGeoNamesPointWhenKnown() throws IOException {
    GeoPlace basra = new GeoPlace(99532, "IQ", 30.5085, 47.7804);
    try (NewsIndex index =
        open(dir.resolve("i"), new MarkupExtractor(Map.of(), Map.of("Basrah", basra)))) {
      index.ingestJson(VARIANTS, "t");

      assertThat(index.place("Basrah")).contains(basra);
      assertThat(index.place("Atlantis")).isEmpty();
    }
  }

  private static List<FacetValue> people(NewsIndex index) throws IOException {
    return index.search(SearchQuery.builder().build()).facet(Facet.PERSON).orElseThrow().values();
  }
}
