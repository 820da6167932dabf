package org.gazette.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gazette.IngestOptions;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.ExportedArticle;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.model.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One collection, two back ends, the same answers: the sample corpus and a generated newsroom
 * corpus indexed into the embedded Lucene index and into a SolrCloud collection of two shards, then
 * every kind of question asked of both: searches with text, filters by any spelling, date ranges,
 * every sort and both kinds of paging; facet counts (multi-select), histograms, facet value search,
 * entity profiles, exports, networks, statistics, curation and query errors. One local cluster for
 * the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreConformanceTest {
  @TempDir static Path dir;
  private static LocalSolrCloud cloud;
  private static NewsIndex embedded;
  private static NewsIndex overSolr;

  private static final String[] PLACES = {
    "Baghdad", "Anbar", "Ramadi", "Fallujah", "Mosul", "Damascus", "Amman", "Kirkuk"
  };
  private static final String[] ORGS = {
    "the Pentagon", "CENTCOM", "the United Nations", "NATO", "the Red Cross", "the World Bank"
  };
  private static final String[] PEOPLE = {
    "John Kirby", "Lloyd Austin", "Antonio Guterres", "Mohammed Shia al-Sudani"
  };
  private static final String[] SOURCES = {"Reuters", "Associated Press", "Al Jazeera"};

  @BeforeAll
  static void indexBoth() throws Exception {
    cloud = LocalSolrCloud.start(dir.resolve("cluster"), 1);
    embedded = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("embedded")));
    overSolr =
        NewsIndex.open(
            NewsIndexConfig.defaults(dir.resolve("solr-side"))
                .withStore(
                    SolrStore.opener(cloud.address, "conformance", 2, 1, Duration.ofSeconds(30))));
    String corpus = corpus();
    for (NewsIndex index : List.of(embedded, overSolr)) {
      index.ingest(List.of(Path.of("..", "index-data")), IngestOptions.DEFAULTS);
      index.ingestJson(corpus, "newsroom.json");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {overSolr, embedded, cloud}) {
      if (c != null) {
        c.close();
      }
    }
  }

  /** Forty articles that share places, organisations, people, sources and dates in many ways. */
  private static String corpus() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 40; i++) {
      String place = PLACES[i % PLACES.length];
      String other = PLACES[(i * 3 + 1) % PLACES.length];
      String org = ORGS[i % ORGS.length];
      String person = PEOPLE[i % PEOPLE.length];
      LocalDate day = LocalDate.of(2023, 1, 5).plusDays(i * 23L);
      String body =
          person
              + " said on "
              + day.getDayOfMonth()
              + " "
              + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
              + " "
              + day.getYear()
              + " that "
              + org
              + " would send more aid to "
              + place
              + ". Officials in "
              + other
              + " met "
              + (i % 2 == 0 ? "troops" : "envoys")
              + " from "
              + ORGS[(i + 2) % ORGS.length]
              + " to discuss security and reconstruction. "
              + (i % 5 == 0 ? "Talks in " + place + " will resume in March 2025." : "");
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"id\":\"news-")
          .append(String.format("%02d", i))
          .append("\",\"title\":\"")
          .append(org.replace("the ", "").toUpperCase(java.util.Locale.ROOT).charAt(0))
          .append(org.substring(org.startsWith("the ") ? 5 : 1))
          .append(" and ")
          .append(place)
          .append(i % 3 == 0 ? " troops" : " aid")
          .append("\",\"body\":\"")
          .append(body)
          .append("\",\"source\":\"")
          .append(SOURCES[i % SOURCES.length])
          .append('"');
      if (i % 7 != 3) {
        json.append(",\"published\":\"").append(day).append('"');
      }
      json.append('}');
    }
    return json.append(']').toString();
  }

  private static void sameSearch(SearchQuery query) throws Exception {
    SearchResult a = embedded.search(query);
    SearchResult b = overSolr.search(query);
    String what = "search " + query;
    assertThat(b.total()).as(what).isEqualTo(a.total());
    if (query.sort() == SortOrder.RELEVANCE) {
      // Scores differ between one index and two shards; the articles found do not.
      assertThat(ids(b.hits())).as(what).containsExactlyInAnyOrderElementsOf(ids(a.hits()));
    } else {
      assertThat(ids(b.hits())).as(what).isEqualTo(ids(a.hits()));
      assertThat(b.hits().stream().map(SearchHit::entities).toList())
          .as(what)
          .isEqualTo(a.hits().stream().map(SearchHit::entities).toList());
    }
    assertThat(b.facets()).as(what).isEqualTo(a.facets());
    assertThat(b.dates()).as(what).isEqualTo(a.dates());
    assertThat(b.nextCursor() == null).as(what).isEqualTo(a.nextCursor() == null);
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }

  private static String top(Facet facet, int rank) throws Exception {
    return embedded.facetValues(facet, "", null, rank + 1).values().get(rank).value();
  }

  @Test
  @Order(1)
  void everySortAndFacetOfTheWholeCollectionIsTheSame() throws Exception {
    assertThat(overSolr.count()).isEqualTo(embedded.count()).isEqualTo(45);
    for (SortOrder sort : SortOrder.values()) {
      sameSearch(SearchQuery.builder().sort(sort).limit(50).facetSize(20).build());
    }
  }

  @Test
  @Order(2)
  void textFiltersByAnySpellingAndDateRangesCountTheSame() throws Exception {
    String place = top(Facet.PLACE, 0);
    String org = top(Facet.ORGANIZATION, 1);
    List<SearchQuery> queries =
        List.of(
            SearchQuery.builder().text("troops").limit(50).build(),
            SearchQuery.builder().text("aid Baghdad envoys").limit(50).build(),
            SearchQuery.builder().text("aid AND title:troops").limit(50).build(),
            SearchQuery.builder().text("\"send more aid\" -reconstruction").limit(50).build(),
            SearchQuery.builder().text("secur* OR envoy~1").limit(50).build(),
            SearchQuery.builder().filter(Facet.PLACE, place).limit(50).build(),
            SearchQuery.builder()
                .filter(Facet.PLACE, place.toUpperCase(java.util.Locale.ROOT))
                .filter(Facet.PLACE, top(Facet.PLACE, 2))
                .filter(Facet.ORGANIZATION, org)
                .sort(SortOrder.NEWEST)
                .limit(50)
                .build(),
            SearchQuery.builder()
                .filter(Facet.SOURCE, "reuters")
                .filter(Facet.PERSON, "Kirby")
                .sort(SortOrder.OLDEST)
                .limit(50)
                .build(),
            SearchQuery.builder()
                .filter(Facet.PLACE, "no such place anywhere")
                .sort(SortOrder.NEWEST)
                .limit(50)
                .build(),
            SearchQuery.builder()
                .publishedBetween(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 2, 29))
                .sort(SortOrder.NEWEST)
                .limit(50)
                .build(),
            SearchQuery.builder()
                .mentionedBetween(LocalDate.of(2025, 3, 1), null)
                .publishedBetween(null, LocalDate.of(2024, 12, 31))
                .text("aid")
                .sort(SortOrder.OLDEST)
                .limit(50)
                .build(),
            SearchQuery.builder().text("troops").limit(0).facetSize(3).build());
    for (SearchQuery q : queries) {
      sameSearch(q);
    }
  }

  @Test
  @Order(3)
  void cursorsAndOffsetsPageThroughTheSameArticles() throws Exception {
    for (SortOrder sort : SortOrder.values()) {
      List<String> a = pageThrough(embedded, sort);
      List<String> b = pageThrough(overSolr, sort);
      assertThat(b).as(sort.key()).hasSize(45).doesNotHaveDuplicates();
      if (sort != SortOrder.RELEVANCE) {
        assertThat(b).as(sort.key()).isEqualTo(a);
      }
    }
    SearchQuery second = SearchQuery.builder().sort(SortOrder.NEWEST).offset(5).limit(5).build();
    SearchResult a = embedded.search(second);
    SearchResult b = overSolr.search(second);
    assertThat(ids(b.hits())).isEqualTo(ids(a.hits()));
    // A cursor of one back end is the other's: the same position in the same order.
    assertThat(b.nextCursor()).isEqualTo(a.nextCursor());
    SearchQuery third =
        SearchQuery.builder().sort(SortOrder.NEWEST).cursor(b.nextCursor()).limit(5).build();
    assertThat(ids(overSolr.search(third).hits())).isEqualTo(ids(embedded.search(third).hits()));
  }

  private static List<String> pageThrough(NewsIndex index, SortOrder sort) throws Exception {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page =
          index.search(SearchQuery.builder().sort(sort).cursor(cursor).limit(7).facets().build());
      ids.addAll(ids(page.hits()));
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }

  @Test
  @Order(4)
  void facetValueSearchFindsTheSameValuesByAnyWordOrAlias() throws Exception {
    SearchQuery filtered =
        SearchQuery.builder().filter(Facet.PLACE, top(Facet.PLACE, 0)).text("aid").build();
    for (Facet facet : List.of(Facet.ORGANIZATION, Facet.PLACE, Facet.PERSON, Facet.SOURCE)) {
      for (String prefix : List.of("", "a", "ba", "jo", "un", "press", "zz")) {
        for (SearchQuery q : List.of(SearchQuery.builder().build(), filtered)) {
          assertThat(overSolr.facetValues(facet, prefix, q, 5))
              .as(facet + " '" + prefix + "' " + q.text())
              .isEqualTo(embedded.facetValues(facet, prefix, q, 5));
        }
      }
    }
  }

  @Test
  @Order(5)
  void profilesExportsNetworksAndStatisticsAreTheSame() throws Exception {
    SearchQuery all = SearchQuery.builder().build();
    SearchQuery some = SearchQuery.builder().text("aid").filter(Facet.SOURCE, "Reuters").build();
    for (EntityType type : EntityType.values()) {
      for (int rank = 0; rank < 2; rank++) {
        String name = top(Facet.of(type), rank);
        for (SearchQuery q : List.of(all, some)) {
          Optional<EntityProfile> a = embedded.entityProfile(type, name, q, 5);
          assertThat(overSolr.entityProfile(type, name, q, 5)).as(type + " " + name).isEqualTo(a);
        }
      }
      assertThat(overSolr.entityProfile(type, "Nobody Anywhere", all, 5)).isEmpty();
    }
    for (SearchQuery q : List.of(all, some)) {
      assertThat(exported(overSolr, q)).isEqualTo(exported(embedded, q)).isNotEmpty();
      assertThat(overSolr.network(q, 12)).isEqualTo(embedded.network(q, 12));
    }
    var a = embedded.stats();
    var b = overSolr.stats();
    assertThat(b.documents()).isEqualTo(a.documents());
    assertThat(b.valueCounts()).isEqualTo(a.valueCounts());
    assertThat(b.sizeBytes()).isPositive();
    assertThat(b.lastCommit()).isNotNull();
  }

  private static List<ExportedArticle> exported(NewsIndex index, SearchQuery q) throws Exception {
    List<ExportedArticle> articles = new ArrayList<>();
    index.export(q, true, articles::add);
    articles.sort(Comparator.comparing(ExportedArticle::id));
    return articles;
  }

  @Test
  @Order(6)
  void queryErrorsAreGazettesOwnWithTheirPositions() throws Exception {
    for (String text : List.of("troops AND (aid", "source:reuters", "\"unclosed", "a*")) {
      SearchQuery q = SearchQuery.builder().text(text).build();
      Throwable a = catchThrowable(() -> embedded.search(q));
      Throwable b = catchThrowable(() -> overSolr.search(q));
      assertThat(a).as(text).isNotNull();
      assertThat(b).as(text).isInstanceOf(a.getClass()).hasMessage(a.getMessage());
    }
    SearchQuery bad = SearchQuery.builder().sort(SortOrder.NEWEST).cursor("not-a-cursor").build();
    Throwable a = catchThrowable(() -> embedded.search(bad));
    assertThat(catchThrowable(() -> overSolr.search(bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(a.getMessage());
  }

  @Test
  @Order(7)
  void curationMergesRenamesAndBlocksAnswerTheSame() throws Exception {
    String into = top(Facet.PLACE, 0);
    String merged = top(Facet.PLACE, 1);
    String blocked = top(Facet.ORGANIZATION, 0);
    String renamed = top(Facet.PERSON, 0);
    List<CurationRule> rules =
        List.of(
            new CurationRule(EntityType.PLACE, merged, into, null, List.of(), false),
            new CurationRule(EntityType.ORGANIZATION, blocked, null, null, List.of(), true),
            new CurationRule(
                EntityType.PERSON, renamed, null, "The Spokesman", List.of("spox"), false));
    for (CurationRule rule : rules) {
      assertThat(overSolr.curate(rule)).as(rule.toString()).isEqualTo(embedded.curate(rule));
    }
    sameSearch(SearchQuery.builder().sort(SortOrder.NEWEST).limit(50).facetSize(20).build());
    sameSearch(SearchQuery.builder().filter(Facet.PERSON, "spox").sort(SortOrder.OLDEST).build());
    sameSearch(SearchQuery.builder().filter(Facet.PLACE, merged).sort(SortOrder.NEWEST).build());
    assertThat(overSolr.facetValues(Facet.PERSON, "spokes", null, 5))
        .isEqualTo(embedded.facetValues(Facet.PERSON, "spokes", null, 5));
    FacetResult people = overSolr.facetValues(Facet.PERSON, "", null, 10);
    assertThat(people.values()).extracting(FacetValue::value).contains("The Spokesman");
    assertThat(overSolr.entityProfile(EntityType.PERSON, "spox", SearchQuery.builder().build(), 5))
        .isEqualTo(
            embedded.entityProfile(EntityType.PERSON, "spox", SearchQuery.builder().build(), 5));
    assertThat(
            overSolr.search(SearchQuery.builder().build()).facet(Facet.ORGANIZATION).orElseThrow())
        .extracting(FacetResult::values)
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .extracting("value")
        .doesNotContain(blocked);
  }

  @Test
  @Order(8)
  void everyProcessOverTheCollectionCuratesAlike() throws Exception {
    try (NewsIndex second =
        NewsIndex.open(
            NewsIndexConfig.defaults(dir.resolve("second-process"))
                .withStore(
                    SolrStore.opener(
                        cloud.address, "conformance", 2, 1, Duration.ofSeconds(30))))) {
      // The rules live with the collection, not in either index directory.
      assertThat(second.curation()).isEqualTo(overSolr.curation()).hasSize(3);
      SearchQuery all =
          SearchQuery.builder().sort(SortOrder.NEWEST).limit(50).facetSize(20).build();
      assertThat(second.search(all).facets()).isEqualTo(overSolr.search(all).facets());

      String place = top(Facet.PLACE, 3);
      CurationRule block = new CurationRule(EntityType.PLACE, place, null, null, List.of(), true);
      second.curate(block);
      embedded.curate(block);
      // The first process reads the rules again within seconds: it then answers as the embedded
      // index with the same rules.
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (overSolr.curation().size() < 4 && System.nanoTime() < deadline) {
        overSolr.search(SearchQuery.builder().limit(0).facets().build());
        Thread.sleep(500);
      }
      assertThat(overSolr.curation()).isEqualTo(embedded.curation()).hasSize(4);
      sameSearch(all);
    }
  }
}
