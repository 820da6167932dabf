package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.search.QuerySyntaxException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over the sample corpus in {@code index-data/}: exact ids and facet counts for
 * fixed queries. A change in cleaning, extraction or search that moves any of them shows up here.
 */
class SampleCorpusEndToEndTest {
  private static final Path SAMPLES = Path.of("../index-data");
  private static final String A0 = "000_8dbc307f593ab463";
  private static final String A1 = "001_3f0e4b3936e483c8";
  private static final String A2 = "002_6e6b109cc528a883";
  private static final String A3 = "003_5024296e89da2637";
  private static final String A4 = "004_8342cd79d5b7a5de";

  @TempDir Path indexDir;
  private NewsIndex index;

  @BeforeEach
  void ingestSamples() throws IOException {
    index = NewsIndex.open(NewsIndexConfig.defaults(indexDir));
    assertThat(index.ingest(SAMPLES).summary())
        .isEqualTo("added 5, replaced 0, skipped 0, failed 0");
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  void reingestReplacesEveryArticleAndKeepsTheCounts() throws IOException {
    assertThat(index.ingest(SAMPLES).summary())
        .isEqualTo("added 0, replaced 5, skipped 0, failed 0");

    assertThat(index.count()).isEqualTo(5);
    assertThat(facet(search(SearchQuery.builder()), Facet.SOURCE))
        .containsExactly(
            new FacetValue("Arab Observer", 1, false), new FacetValue("Politico", 1, false));
  }

  @Test
  void titlesAndSourcesAreTheArticlesRealOnes() throws IOException {
    assertThat(search(SearchQuery.builder().limit(5)).hits())
        .extracting(SearchHit::id, SearchHit::title, SearchHit::source)
        .containsExactlyInAnyOrder(
            tuple(A0, "Joint US-Iraqi operation raises concerns about role of US troops", null),
            tuple(
                A1, "US-led coalition warns “ISIS” has fallen, but still in Iraq", "Arab Observer"),
            tuple(
                A2,
                "As IS attacks continue, pressure on the Iraqi government to order all foreign forces"
                    + " out increases",
                null),
            tuple(
                A3,
                "As joint US-Iraqi commission reviews partnership, experts point to its successes",
                null),
            tuple(
                A4,
                "US, Iraqi officials to announce US military transition to advisory role in Iraq by"
                    + " year-end",
                "Politico"));
  }

  @Test
  void noFacetValueIsPageFurniture() throws IOException {
    SearchResult all = search(SearchQuery.builder().facetSize(1000));
    Set<String> furniture =
        Set.of(
            "Back",
            "Back to top button",
            "Related Articles",
            "Captcha",
            "Source",
            "Source link",
            "close",
            "Close",
            "Outstanding",
            "Important",
            "Do you like this article?",
            "Security");

    for (FacetResult f : all.facets()) {
      assertThat(f.values()).extracting(FacetValue::value).doesNotContainAnyElementsOf(furniture);
    }
  }

  @Test
  void textAndPlaceFilterFindTheArticlesThatMentionBoth() throws IOException {
    SearchResult result =
        search(SearchQuery.builder().text("withdrawal").filter(Facet.PLACE, "Anbar"));

    assertThat(ids(result)).containsExactly(A0, A3);
    assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>withdraw"));
  }

  @Test
  void aSecondPlaceWidensTheResultAndThePlaceFacetKeepsItsOtherValues() throws IOException {
    SearchResult anbar = search(SearchQuery.builder().filter(Facet.PLACE, "Anbar").facetSize(4));
    SearchResult anbarOrKabul =
        search(
            SearchQuery.builder()
                .filter(Facet.PLACE, "Anbar")
                .filter(Facet.PLACE, "Kabul")
                .facetSize(4));

    assertThat(ids(anbar)).containsExactlyInAnyOrder(A0, A2, A3);
    assertThat(ids(anbarOrKabul)).containsExactlyInAnyOrder(A0, A2, A3, A4);
    assertThat(facet(anbarOrKabul, Facet.PLACE))
        .containsExactly(
            new FacetValue("Iraq", 5, false),
            new FacetValue("United States", 5, false),
            new FacetValue("Syria", 4, false),
            new FacetValue("Al Anbar", 3, true),
            new FacetValue("Kabul", 1, true));
  }

  @Test
  void filtersOnTwoDimensionsMustBothMatch() throws IOException {
    SearchResult result =
        search(
            SearchQuery.builder()
                .filter(Facet.ORGANIZATION, "CENTCOM")
                .filter(Facet.PLACE, "Anbar")
                .facetSize(3));

    assertThat(ids(result)).containsExactlyInAnyOrder(A0, A2);
    assertThat(facet(result, Facet.ORGANIZATION))
        .containsExactly(
            new FacetValue("Islamic State", 3, false),
            new FacetValue("CENTCOM", 2, true),
            new FacetValue("ABC News", 1, false));
  }

  @Test
  void aMentionedDateRangeKeepsTheArticlesThatSpeakOfIt() throws IOException {
    SearchResult in2017 =
        search(
            SearchQuery.builder()
                .mentionedBetween(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)));
    SearchResult all = search(SearchQuery.builder());

    assertThat(ids(in2017)).containsExactly(A1);
    assertThat(all.dates(Facet.MENTIONED).orElseThrow().years())
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            tuple("1995", 1L),
            tuple("2004", 1L),
            tuple("2009", 1L),
            tuple("2014", 4L),
            tuple("2016", 1L),
            tuple("2017", 1L),
            tuple("2018", 1L),
            tuple("2019", 2L),
            tuple("2020", 4L),
            tuple("2021", 3L),
            tuple("2022", 1L),
            tuple("2023", 1L));
  }

  @Test
  void aPhraseMatchesOnlyTheWordsInOrder() throws IOException {
    assertThat(ids(search(SearchQuery.builder().text("\"Operation Inherent Resolve\""))))
        .containsExactlyInAnyOrder(A3, A4);
  }

  @Test
  void cursorPagingWalksTheWholeResultInRelevanceOrder() throws IOException {
    List<String> byOffset = ids(search(SearchQuery.builder().text("iraq")));
    List<String> byCursor = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page = search(SearchQuery.builder().text("iraq").limit(2).cursor(cursor));
      byCursor.addAll(ids(page));
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(byOffset).containsExactly(A1, A4, A3, A0, A2);
    assertThat(byCursor).isEqualTo(byOffset);
  }

  @Test
  void facetValueSearchFindsValuesByAnyWordOrAlias() throws IOException {
    SearchQuery all = SearchQuery.builder().build();

    assertThat(index.facetValues(Facet.PLACE, "anb", all, 10).values())
        .containsExactly(new FacetValue("Al Anbar", 3, false));
    assertThat(index.facetValues(Facet.ORGANIZATION, "ISIS", all, 10).values())
        .containsExactly(new FacetValue("Islamic State", 5, false));
    // Three spellings in three articles are one value across the collection.
    assertThat(index.facetValues(Facet.PERSON, "sudani", all, 10).values())
        .containsExactly(new FacetValue("Mohammed Shiaa al-Sudani", 3, false));
  }

  @Test
  void deletingAnArticleRemovesItFromHitsAndFacets() throws IOException {
    assertThat(index.delete(A4)).isTrue();
    assertThat(index.delete(A4)).isFalse();

    assertThat(index.count()).isEqualTo(4);
    assertThat(search(SearchQuery.builder().text("Kabul")).total()).isZero();
    assertThat(facet(search(SearchQuery.builder()), Facet.SOURCE))
        .containsExactly(new FacetValue("Arab Observer", 1, false));
    assertThat(index.get(A4)).isEmpty();
  }

  @Test
  void aStoredArticleKeepsItsEntitiesWithMentionsIntoTheCleanText() throws IOException {
    var stored = index.get(A0).orElseThrow();

    var puk =
        stored.extraction().entities().stream()
            .filter(e -> e.name().equals("Patriotic Union of Kurdistan"))
            .findFirst()
            .orElseThrow();
    assertThat(puk.aliases()).contains("PUK");
    assertThat(puk.mentions())
        .extracting(m -> m.text(stored.article()))
        .contains("Patriotic Union of Kurdistan", "PUK");
  }

  @Test
  void aSyntaxErrorIsReportedWithItsPosition() {
    assertThatThrownBy(() -> search(SearchQuery.builder().text("title:(troops AND \"US\"")))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class, e -> assertThat(e.position()).isEqualTo(23));
  }

  private SearchResult search(SearchQuery.Builder query) throws IOException {
    return index.search(query.build());
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  private static List<FacetValue> facet(SearchResult result, Facet facet) {
    return result.facet(facet).orElseThrow().values();
  }
}
