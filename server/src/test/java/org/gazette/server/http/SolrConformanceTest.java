package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.gazette.server.http.RunningServer.enc;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
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
import org.gazette.solr.LocalSolrCloud;
import org.gazette.solr.SolrStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two back ends give the same answers: the library ({@link Library}) and the REST API ({@link
 * Api}) over a SolrCloud collection of two shards, each compared with the embedded index. One local
 * SolrCloud (one node) for both: starting one costs a quarter of a minute of both cores.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class SolrConformanceTest {
  @TempDir static Path dir;
  static LocalSolrCloud cloud;

  @BeforeAll
  static void startCluster() throws Exception {
    cloud = LocalSolrCloud.start(dir.resolve("cluster"), 1);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  /**
   * One collection, two back ends, the same answers: the sample corpus and a generated newsroom
   * corpus indexed into the embedded Lucene index and into a SolrCloud collection of two shards,
   * then every kind of question asked of both: searches with text, filters by any spelling, date
   * ranges, every sort and both kinds of paging; facet counts (multi-select), histograms, facet
   * value search, entity profiles, exports, networks, statistics, curation and query errors.
   */
  @Nested
  @Order(1)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class Library {
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
    void indexBoth() throws Exception {
      embedded = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("library-embedded")));
      overSolr =
          NewsIndex.open(
              NewsIndexConfig.defaults(dir.resolve("library-solr-side"))
                  .withStore(
                      SolrStore.opener(
                          cloud.address, "conformance", 2, 1, Duration.ofSeconds(30))));
      String corpus = corpus();
      for (NewsIndex index : List.of(embedded, overSolr)) {
        index.ingest(List.of(Path.of("..", "index-data")), IngestOptions.DEFAULTS);
        index.ingestJson(corpus, "newsroom.json");
      }
    }

    @AfterAll
    void stop() throws Exception {
      for (AutoCloseable c : new AutoCloseable[] {overSolr, embedded}) {
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
                + day.getMonth()
                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
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
      assertThat(
              overSolr.entityProfile(EntityType.PERSON, "spox", SearchQuery.builder().build(), 5))
          .isEqualTo(
              embedded.entityProfile(EntityType.PERSON, "spox", SearchQuery.builder().build(), 5));
      assertThat(
              overSolr
                  .search(SearchQuery.builder().build())
                  .facet(Facet.ORGANIZATION)
                  .orElseThrow())
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
              NewsIndexConfig.defaults(dir.resolve("library-second-process"))
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

  /**
   * The REST API over both back ends: the same server, once over the embedded index and once over a
   * SolrCloud collection of two shards, each holding the sample corpus and the page's dated
   * articles; every endpoint asked the same questions gives the same status and the same body (the
   * time taken aside; hits sorted by relevance compared as a set, since one index and two shards
   * score alike only up to term statistics). Writes through the API (put, post, delete, curation)
   * are then made on both and the answers compared again.
   */
  @Nested
  @Order(2)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class Api {
    private static RunningServer embedded;
    private static RunningServer overSolr;

    @BeforeAll
    void start() throws Exception {
      embedded = RunningServer.forThePage(dir.resolve("api-embedded"));
      overSolr =
          RunningServer.forThePage(
              NewsIndexConfig.defaults(dir.resolve("api-solr-side"))
                  .withStore(SolrStore.opener(cloud.address, "api", 2, 1, Duration.ofSeconds(30))),
              ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    void stop() throws Exception {
      for (AutoCloseable c : new AutoCloseable[] {overSolr, embedded}) {
        if (c != null) {
          c.close();
        }
      }
    }

    /** Asks both servers; the statuses and the bodies (normalised) must be equal. */
    private static JsonElement same(String pathAndQuery) {
      HttpResponse<String> a = embedded.get(pathAndQuery);
      HttpResponse<String> b = overSolr.get(pathAndQuery);
      assertThat(b.statusCode()).as(pathAndQuery).isEqualTo(a.statusCode());
      String type = a.headers().firstValue("Content-Type").orElse("");
      if (!type.contains("json") || pathAndQuery.contains("format=jsonl")) {
        // Exports stream in each store's own order: the same lines, in any order.
        assertThat(lines(b.body())).as(pathAndQuery).isEqualTo(lines(a.body()));
        return null;
      }
      JsonElement left = normalised(JsonParser.parseString(a.body()), pathAndQuery);
      JsonElement right = normalised(JsonParser.parseString(b.body()), pathAndQuery);
      assertThat(right).as(pathAndQuery).isEqualTo(left);
      return left;
    }

    private static List<String> lines(String body) {
      List<String> lines = new ArrayList<>(List.of(body.split("\n")));
      if (!lines.isEmpty() && !lines.get(0).startsWith("{")) {
        String header = lines.remove(0); // CSV: the header first, then rows in any order
        lines.sort(null);
        lines.add(0, header);
      } else {
        lines.sort(null);
      }
      return lines;
    }

    /** Without the time taken; relevance hits by id and without scores. */
    private static JsonElement normalised(JsonElement e, String pathAndQuery) {
      if (e.isJsonObject()) {
        JsonObject o = e.getAsJsonObject().deepCopy();
        o.remove("tookMs");
        boolean relevance = !pathAndQuery.contains("sort=");
        if (relevance && o.has("hits")) {
          List<JsonElement> hits = new ArrayList<>(o.getAsJsonArray("hits").asList());
          hits.forEach(h -> h.getAsJsonObject().remove("score"));
          hits.sort(Comparator.comparing(h -> h.getAsJsonObject().get("id").getAsString()));
          JsonArray sorted = new JsonArray();
          hits.forEach(sorted::add);
          o.add("hits", sorted);
          o.remove("nextCursor");
        }
        if (pathAndQuery.startsWith("/api/v1/stats")) {
          o.remove("sizeBytes");
          o.remove("lastCommit");
        }
        return o;
      }
      return e;
    }

    /** Makes the same write on both servers: the same status and body (time taken aside). */
    private static void sameWrite(String method, String path, String body) {
      HttpResponse<String> a = write(embedded, method, path, body);
      HttpResponse<String> b = write(overSolr, method, path, body);
      assertThat(a.statusCode()).as(method + " " + path).isBetween(200, 204);
      assertThat(b.statusCode()).as(method + " " + path).isEqualTo(a.statusCode());
      if (!a.body().isEmpty()) {
        assertThat(normalised(JsonParser.parseString(b.body()), path))
            .as(method + " " + path)
            .isEqualTo(normalised(JsonParser.parseString(a.body()), path));
      }
    }

    private static HttpResponse<String> write(
        RunningServer s, String method, String path, String body) {
      return switch (method) {
        case "PUT" -> s.put(path, body);
        case "POST" -> s.post(path, body);
        default -> s.delete(path);
      };
    }

    @Test
    @Order(1)
    void searchesFacetsAndDatesAnswerTheSame() {
      List<String> queries =
          List.of(
              "/api/v1/search?sort=newest&size=50&facetSize=20",
              "/api/v1/search?sort=oldest&size=50",
              "/api/v1/search?q=troops&size=50",
              "/api/v1/search?q=" + enc("coalition advisers") + "&sort=newest&size=50",
              "/api/v1/search?q=" + enc("title:baghdad OR withdrawal~1") + "&size=50",
              "/api/v1/search?place=Baghdad&place=Mosul&organization=CENTCOM&sort=oldest&size=50",
              "/api/v1/search?place=baghdad&source=" + enc("desk daily") + "&sort=newest",
              "/api/v1/search?from=2024-03-01&to=2024-09-30&sort=newest&size=50",
              "/api/v1/search?mentionedFrom=2014&mentionedTo=2015&sort=newest&size=50",
              "/api/v1/search?mentionedFrom=2003-03&q=troops&sort=oldest&size=50",
              "/api/v1/search?sort=newest&size=5&page=3",
              "/api/v1/search?facets=place,published&facetSize=3&size=0",
              "/api/v1/search?person=" + enc("nobody at all") + "&sort=newest");
      for (String q : queries) {
        same(q);
      }
    }

    @Test
    @Order(2)
    void cursorsWalkTheSameHits() {
      for (String sort : List.of("newest", "oldest")) {
        String cursor = null;
        int pages = 0;
        do {
          JsonObject page =
              same("/api/v1/search?sort="
                      + sort
                      + "&size=4&facets="
                      + (cursor == null ? "" : "&cursor=" + enc(cursor)))
                  .getAsJsonObject();
          cursor =
              page.has("nextCursor") && !page.get("nextCursor").isJsonNull()
                  ? page.get("nextCursor").getAsString()
                  : null;
          pages++;
        } while (cursor != null);
        assertThat(pages)
            .as(sort)
            .isEqualTo((RunningServer.SAMPLE_ARTICLES + RunningServer.DATED + 3) / 4);
      }
    }

    @Test
    @Order(3)
    void valueSearchProfilesPlacesExportsAndStatsAnswerTheSame() {
      List<String> queries =
          List.of(
              "/api/v1/facets/place?prefix=ba",
              "/api/v1/facets/place?prefix=",
              "/api/v1/facets/organization?prefix=c&q=troops",
              "/api/v1/facets/source?prefix=desk",
              "/api/v1/facets/person?prefix=a&place=Baghdad",
              "/api/v1/facets/published?prefix=a",
              "/api/v1/entities/organization/CENTCOM?size=5",
              "/api/v1/entities/place/Baghdad?size=3&q=troops",
              "/api/v1/entities/person/" + enc("nobody at all"),
              "/api/v1/places?size=20",
              "/api/v1/export?format=jsonl&place=Mosul",
              "/api/v1/export?format=csv&q=troops",
              "/api/v1/export?format=gexf&nodes=15",
              "/api/v1/export?format=graphml&place=Erbil",
              "/api/v1/documents/dated-03",
              "/api/v1/documents/no-such-article",
              "/api/v1/stats",
              "/api/v1/search?q=" + enc("troops AND ("),
              "/api/v1/search?q=" + enc("source:x"),
              "/api/v1/search?sort=newest&cursor=garbage",
              "/api/v1/search?size=5000");
      for (String q : queries) {
        same(q);
      }
    }

    @Test
    @Order(4)
    void writesAndCurationThroughTheApiAnswerTheSame() {
      String article =
          "{\"title\": \"CENTCOM envoy in Erbil\", \"source\": \"Desk Daily\","
              + " \"published\": \"2025-01-15\", \"body\": \"A CENTCOM envoy met Kurdish officials"
              + " in Erbil on 14 January 2025 to discuss the withdrawal of troops.\"}";
      sameWrite("PUT", "/api/v1/documents/added-one", article);
      sameWrite(
          "POST",
          "/api/v1/documents",
          "[{\"id\": \"added-two\", \"title\": \"Mosul talks\", \"body\": \"Officials from"
              + " the United Nations met in Mosul.\"}]");
      sameWrite("DELETE", "/api/v1/documents/dated-05", null);
      sameWrite("PUT", "/api/v1/entities/place/Mosul", "{\"mergeInto\": \"Baghdad\"}");
      sameWrite(
          "PUT", "/api/v1/entities/organization/CENTCOM", "{\"rename\": \"US Central Command\"}");
      same("/api/v1/search?sort=newest&size=50&facetSize=20");
      same("/api/v1/search?place=Mosul&sort=oldest&size=50");
      same("/api/v1/facets/organization?prefix=central");
      same("/api/v1/entities/place/Baghdad?size=5");
      same("/api/v1/documents/added-one");
      same("/api/v1/documents/dated-05");
      same("/api/v1/curation");
      same("/api/v1/stats");
    }

    @Test
    @Order(5)
    void whenSolrCloudCannotAnswerTheApiSays503AndKeepsNothingHalfDone() throws Exception {
      assertThat(cloud.command("stop 1")).startsWith("stopped 1");
      HttpResponse<String> write =
          overSolr.put(
              "/api/v1/documents/while-down",
              "{\"title\": \"Down\", \"body\": \"Written while no Solr node runs.\"}");
      assertThat(write.statusCode()).isEqualTo(503);
      assertThat(write.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(RunningServer.json(write).get("type").getAsString())
          .isEqualTo("urn:gazette:problem:store-unavailable");
      HttpResponse<String> read = overSolr.get("/api/v1/search?q=troops");
      assertThat(read.statusCode()).isEqualTo(503);
      assertThat(RunningServer.json(read).get("type").getAsString())
          .isEqualTo("urn:gazette:problem:store-unavailable");
    }
  }
}
