package org.gazette.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.gazette.server.http.RunningServer.enc;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.ContentStreamBase;
import org.gazette.IngestOptions;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.StoreOpener;
import org.gazette.index.DocumentMapper;
import org.gazette.index.EntityKeys;
import org.gazette.index.IndexSchema;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.ExportedArticle;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.FacetValue;
import org.gazette.model.IndexedArticle;
import org.gazette.model.IngestReport;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.model.SortOrder;
import org.gazette.server.http.RunningServer;
import org.gazette.server.http.ServerConfig;
import org.gazette.store.ArticleStore;
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
 * Gazette over SolrCloud in the normal run, on one local SolrCloud of one node (in JVMs of its own,
 * driven through its standard input; starting it takes a quarter of a minute of both cores, so the
 * three parts share it, in this order): {@link Setup} reaches and creates collections and says what
 * is wrong; {@link Library} and {@link Api} compare every answer of the library and of the REST API
 * over a collection of two shards with the embedded index's.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class SolrBackEndTest {
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
   * A real local SolrCloud ({@code ./gazette solr-cluster} with one node, in JVMs of their own,
   * driven through its standard input) and reaching a collection on it as {@code --solr} will:
   * created with Gazette's configset when missing, used as it is when it has Gazette's schema,
   * refused when it has another, clear errors when nothing answers; the configset's analysis,
   * highlighting, facets and periods. (A node killed with SIGKILL and started again is {@link
   * SolrFaultTest}'s, in the long run: a restart reloads every collection of the node, a sixth of
   * this class's time.)
   */
  @Nested
  @Order(0)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class Setup {
    @Test
    @Order(1) // the first to reach the cluster, so the one that uploads the configset
    void aMissingCollectionIsCreatedWithGazettesConfigsetAndFoundAgainAsItIs() throws Exception {
      List<String> steps = new ArrayList<>();
      try (CloudSolrClient client =
          SolrCollectionSetup.open(
              cloud.address, "news", 1, 1, Duration.ofSeconds(30), steps::add)) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", "a1");
        doc.addField("body", "CENTCOM struck targets in Anbar");
        client.add(doc);
        client.commit();
      }
      assertThat(steps)
          .containsExactly(
              "connected to SolrCloud at " + cloud.address + ": 1 live nodes",
              "uploaded the configset gazette-2",
              "created the collection news (1 shards, 1 replicas each)");

      steps.clear();
      try (CloudSolrClient client =
          SolrCollectionSetup.open(
              cloud.address, "news", 1, 1, Duration.ofSeconds(30), steps::add)) {
        assertThat(client.query(new SolrQuery("body:target")).getResults().getNumFound())
            .isEqualTo(1);
      }
      assertThat(steps)
          .containsExactly("connected to SolrCloud at " + cloud.address + ": 1 live nodes");
    }

    @Test
    void aCollectionWithAnotherSchemaIsRefusedAndNamesBoth() throws Exception {
      try (CloudSolrClient raw =
          new CloudLegacySolrClient.Builder(cloud.address.zkHosts(), cloud.address.chroot())
              .build()) {
        String schema =
            new String(Configset.file("schema.xml"), StandardCharsets.UTF_8)
                .replace("name=\"gazette-2\"", "name=\"someone-else\"");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
          out.putNextEntry(new ZipEntry("schema.xml"));
          out.write(schema.getBytes(StandardCharsets.UTF_8));
          out.putNextEntry(new ZipEntry("solrconfig.xml"));
          out.write(Configset.file("solrconfig.xml"));
        }
        new ConfigSetAdminRequest.Upload()
            .setConfigSetName("other")
            .setUploadStream(
                new ContentStreamBase.ByteArrayStream(
                    zip.toByteArray(), "other.zip", "application/zip"))
            .process(raw);
        CollectionAdminRequest.createCollection("theirs", "other", 1, 1).process(raw);
      }
      assertThatThrownBy(
              () ->
                  SolrCollectionSetup.open(
                      cloud.address, "theirs", 1, 1, Duration.ofSeconds(30), s -> {}))
          .isInstanceOf(SolrSetupException.class)
          .hasMessage(
              "the collection 'theirs' has the schema 'someone-else', not Gazette's gazette-2: name"
                  + " another --collection, or delete this one in Solr");
    }

    @Test
    void aZooKeeperThatDoesNotAnswerAndAnEmptyChrootAreToldApart() throws Exception {
      int closed;
      try (ServerSocket socket = new ServerSocket(0)) {
        closed = socket.getLocalPort();
      }
      SolrAddress nobody = new SolrAddress(List.of("127.0.0.1:" + closed), Optional.of("/solr"));
      assertThatThrownBy(
              () -> SolrCollectionSetup.open(nobody, "news", 1, 1, Duration.ofSeconds(1), s -> {}))
          .isInstanceOf(SolrSetupException.class)
          .hasMessageStartingWith(
              "ZooKeeper at 127.0.0.1:" + closed + "/solr cannot be reached within 1 s");

      SolrAddress wrongRoot = new SolrAddress(cloud.address.zkHosts(), Optional.of("/not-solr"));
      assertThatThrownBy(
              () ->
                  SolrCollectionSetup.open(wrongRoot, "news", 1, 1, Duration.ofSeconds(3), s -> {}))
          .isInstanceOf(SolrSetupException.class)
          .hasMessage(
              "ZooKeeper at "
                  + String.join(",", cloud.address.zkHosts())
                  + " answers, but holds no SolrCloud under the chroot /not-solr: check the chroot"
                  + " (a local cluster's is /solr)");
    }

    @Test
    void theConfigsetFindsStemsHighlightsCountsAndOverlappingPeriods() throws Exception {
      try (CloudSolrClient client = open("periods")) {
        SolrInputDocument doc =
            article("a1", "CENTCOM said its forces struck targets in Anbar's deserts.");
        doc.addField("title", "Strikes near Anbar");
        doc.addField("published", 19_800);
        doc.addField("mentioned", "[2024-01 TO 2024-03]");
        doc.addField("facet.organization", "centcom");
        doc.addField("facet.place", "anbar");
        doc.addField("entities", "[{\"type\":\"organization\",\"value\":\"CENTCOM\"}]");
        client.add(doc);
        client.commit();

        SolrQuery query = new SolrQuery("body:desert AND body:anbar");
        query.setHighlight(true).addHighlightField("body").set("hl.method", "unified");
        query.addFacetField("facet.place");
        query.addFilterQuery("mentioned:[2024-02-01 TO 2024-02-29]");
        QueryResponse found = client.query(query);
        assertThat(found.getResults().getNumFound()).isEqualTo(1);
        assertThat(found.getHighlighting().get("a1").get("body").get(0))
            .contains("<em>Anbar's</em>")
            .contains("<em>deserts</em>");
        assertThat(found.getFacetField("facet.place").getValues())
            .extracting(v -> v.getName() + "=" + v.getCount())
            .containsExactly("anbar=1");
        assertThat(found.getResults().get(0).getFieldValue("entities").toString())
            .contains("CENTCOM");
        SolrQuery later =
            new SolrQuery("*:*").addFilterQuery("mentioned:[2024-04-01 TO 2024-12-31]");
        assertThat(client.query(later).getResults().getNumFound()).isZero();
      }
    }

    @Test
    void theSampleCorpusHasTheSameArticlesValuesAndMatchesInSolrAsInTheEmbeddedIndex()
        throws Exception {
      try (CloudSolrClient solr = open("sample")) {
        // The embedded store, whose every upsert also sends the same article's terms to Solr.
        StoreOpener tee =
            (config, names) -> {
              ArticleStore lucene = StoreOpener.LUCENE.open(config, names);
              DocumentMapper mapper = new DocumentMapper(new IndexSchema(), names);
              return (ArticleStore)
                  Proxy.newProxyInstance(
                      ArticleStore.class.getClassLoader(),
                      new Class<?>[] {ArticleStore.class},
                      (proxy, method, args) -> {
                        if (method.getName().equals("upsert")) {
                          solr.add(
                              SolrDocuments.of(
                                  mapper.terms((IndexedArticle) args[0], (String) args[1])));
                        }
                        try {
                          return method.invoke(lucene, args);
                        } catch (InvocationTargetException e) {
                          throw e.getCause();
                        }
                      });
            };
        try (NewsIndex index =
            NewsIndex.open(
                NewsIndexConfig.defaults(dir.resolve("setup-embedded")).withStore(tee))) {
          index.ingest(Path.of("..", "index-data"));
          solr.commit();

          assertThat(solr.query(new SolrQuery("*:*")).getResults().getNumFound())
              .isEqualTo(index.count())
              .isPositive();
          for (Facet facet : List.of(Facet.ORGANIZATION, Facet.PLACE, Facet.PERSON, Facet.SOURCE)) {
            Map<String, Long> embedded = new TreeMap<>();
            index
                .facetValues(facet, "", null, SearchQuery.MAX_FACET_SIZE)
                .values()
                .forEach(v -> embedded.put(EntityKeys.of(v.value()), v.count()));
            SolrQuery counts =
                new SolrQuery("*:*")
                    .setRows(0)
                    .setFacet(true)
                    .setFacetLimit(-1)
                    .setFacetMinCount(1)
                    .addFacetField(SolrDocuments.facetField(facet));
            Map<String, Long> inSolr = new TreeMap<>();
            solr.query(counts)
                .getFacetField(SolrDocuments.facetField(facet))
                .getValues()
                .forEach(c -> inSolr.put(c.getName(), c.getCount()));
            assertThat(inSolr).as(facet.key()).isNotEmpty().isEqualTo(embedded);
          }
          long matched = 0;
          for (String words : List.of("troops", "withdrawal", "\"Islamic State\"", "Anbar's")) {
            SolrQuery text = new SolrQuery(words).setRows(0);
            text.set("defType", "edismax").set("qf", "title body").set("q.op", "AND");
            long found = solr.query(text).getResults().getNumFound();
            assertThat(found)
                .as(words)
                .isEqualTo(index.search(SearchQuery.builder().text(words).build()).total());
            matched += found > 0 ? 1 : 0;
          }
          assertThat(matched).as("queries that match something").isGreaterThanOrEqualTo(3);
        }
      }
    }

    @Test
    void theClusterAnswersEveryCommandWithOneLineAndRefusesWhatItDoesNotKnow() throws Exception {
      assertThat(cloud.command("nodes"))
          .matches("node 1 http://127\\.0\\.0\\.1:\\d+/solr( pid \\d+ running| stopped)");
      assertThat(cloud.command("kill 7"))
          .isEqualTo("error: no node 7: the nodes are numbered 1 to 1");
      assertThat(cloud.command("start x")).isEqualTo("error: not a node number: x");
      assertThat(cloud.command("reboot 1"))
          .isEqualTo("error: unknown command 'reboot' (kill K, stop K, start K, nodes, quit)");
    }

    /** A client of {@code collection}, created with Gazette's configset when missing. */
    private static CloudSolrClient open(String collection) throws SolrSetupException {
      return SolrCollectionSetup.open(
          cloud.address, collection, 1, 1, Duration.ofSeconds(30), s -> {});
    }

    private static SolrInputDocument article(String id, String body) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.addField("id", id);
      doc.addField("body", body);
      return doc;
    }

    @Test
    void addressesAndNamesAreCheckedBeforeAnythingIsReached() {
      assertThat(SolrAddress.parse(" zk1:2181,zk2:2182/solr ").zkHosts())
          .containsExactly("zk1:2181", "zk2:2182");
      assertThat(SolrAddress.parse("zk1:2181").chroot()).isEmpty();
      assertThatThrownBy(() -> SolrAddress.parse("zk1/solr"))
          .hasMessage("'zk1' in 'zk1/solr' is no ZooKeeper HOST:PORT");
      assertThatThrownBy(() -> SolrAddress.parse("zk1:21x1"))
          .hasMessage("'21x1' in 'zk1:21x1' is no port number");
      assertThatThrownBy(() -> SolrAddress.parse("zk1:2181/"))
          .hasMessage("the ZooKeeper chroot in 'zk1:2181/' must be a path such as /solr");
      assertThatThrownBy(() -> SolrAddress.parse(""))
          .hasMessageContaining("--solr needs the cluster's ZooKeeper address");
      assertThatThrownBy(
              () ->
                  SolrCollectionSetup.open(
                      cloud.address, "../etc", 1, 1, Duration.ofSeconds(1), s -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is no Solr collection name");
    }

    @Test
    void theConfigsetInTheJarIsTheRepositorysWithTheSchemaNameTheCodeChecks() {
      assertThat(new String(Configset.file("schema.xml"), StandardCharsets.UTF_8))
          .contains("<schema name=\"" + Configset.SCHEMA_NAME + "\"");
      assertThat(Configset.zip()).isNotEmpty();
    }

    @Test
    void theCommandsReachACollectionWithSolrAndCollectionAndSayWhatIsWrong() throws Exception {
      Path work = dir.resolve("setup-cli");
      java.nio.file.Files.createDirectories(work);
      String zk = cloud.address.toString();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      org.gazette.server.cli.Cli cli =
          new org.gazette.server.cli.Cli(
              new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
              new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
              Map.of(),
              work);
      String[] backEnd = {"--solr", zk, "--collection", "cli", "--replicas", "1"};
      assertThat(
              cli.run(
                  concat(
                      new String[] {
                        "index", Path.of("..", "index-data").toAbsolutePath().toString()
                      },
                      backEnd)))
          .as(err.toString(StandardCharsets.UTF_8))
          .isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("added 5", "(5 documents in SolrCloud collection cli at " + zk + ")");
      out.reset();
      assertThat(cli.run(concat(new String[] {"search", "troops", "--json"}, backEnd))).isZero();
      assertThat(
              com.google.gson.JsonParser.parseString(out.toString(StandardCharsets.UTF_8))
                  .getAsJsonObject()
                  .get("total")
                  .getAsInt())
          .isEqualTo(5);
      out.reset();
      assertThat(
              cli.run(
                  concat(
                      new String[] {"curate", "organization", "CENTCOM", "--rename", "US CENTCOM"},
                      backEnd)))
          .isZero();
      out.reset();
      assertThat(cli.run(concat(new String[] {"export", "--place", "Anbar"}, backEnd))).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("US CENTCOM");
      // Nothing of it went to the local index directory: the collection keeps it all.
      assertThat(work.resolve("gazette-index").resolve("curation.json")).doesNotExist();

      err.reset();
      assertThat(cli.run("search", "troops", "--collection", "cli")).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("--collection goes with --solr");
      err.reset();
      assertThat(cli.run("search", "troops", "--solr", zk, "--shards", "0")).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("--shards must be a number from 1 to 64, got 0");
    }

    private static String[] concat(String[] a, String[] b) {
      String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, all, a.length, b.length);
      return all;
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
      List<IngestReport> reports = new ArrayList<>();
      for (NewsIndex index : List.of(embedded, overSolr)) {
        reports.add(
            index.ingest(
                List.of(Path.of("..", "index-data")), IngestOptions.DEFAULTS.collectingIds()));
        reports.add(
            index.ingestJson(corpus, "newsroom.json", IngestOptions.DEFAULTS.collectingIds()));
      }
      embeddedIds = new ArrayList<>(reports.get(0).ids());
      embeddedIds.addAll(reports.get(1).ids());
      List<String> solrIds = new ArrayList<>(reports.get(2).ids());
      solrIds.addAll(reports.get(3).ids());
      assertThat(solrIds).isEqualTo(embeddedIds).hasSize(45);
    }

    private static List<String> embeddedIds;

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
      // Every hit: id, fields, entities, snippet, and, sorted by relevance, the same score (the
      // collection's term statistics score every shard's hits, ExactStatsCache).
      assertThat(b.hits()).as(what).isEqualTo(a.hits());
      assertThat(b.facets()).as(what).isEqualTo(a.facets());
      assertThat(b.dates()).as(what).isEqualTo(a.dates());
      assertThat(b.nextCursor()).as(what).isEqualTo(a.nextCursor());
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
        assertThat(b).as(sort.key()).hasSize(45).doesNotHaveDuplicates().isEqualTo(a);
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

    @Test
    @Order(9)
    void readsSkipsAndDeletesAsTheEmbeddedOneAfterCuration() throws Exception {
      // After the merges, renames and blocks above: the stored articles, as extracted.
      for (String id : embeddedIds) {
        assertThat(overSolr.get(id)).as(id).isEqualTo(embedded.get(id)).isPresent();
      }
      IngestReport again =
          overSolr.ingest(
              List.of(Path.of("..", "index-data")), IngestOptions.DEFAULTS.skippingUnchanged());
      assertThat(again.skipped()).isEqualTo(RunningServer.SAMPLE_ARTICLES);
      assertThat(again.added() + again.replaced()).isZero();

      String gone = embeddedIds.get(0);
      assertThat(overSolr.delete(gone)).isTrue();
      assertThat(embedded.delete(gone)).isTrue();
      assertThat(overSolr.get(gone)).isEmpty();
      assertThat(overSolr.delete(gone)).isFalse();
      assertThat(overSolr.count()).isEqualTo(embedded.count()).isEqualTo(44);
      sameSearch(SearchQuery.builder().text("troops").sort(SortOrder.NEWEST).limit(50).build());
    }
  }

  /**
   * The REST API over both back ends: the same server, once over the embedded index and once over a
   * SolrCloud collection of two shards, each holding the sample corpus and the page's dated
   * articles; every endpoint asked the same questions gives the same status and the same body (the
   * time taken aside; hits sorted by relevance in the same order with the same scores). Writes
   * through the API (put, post, delete, curation) are then made on both and the answers compared
   * again.
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

    /** Without the time taken (and, for the statistics, the size and the last commit). */
    private static JsonElement normalised(JsonElement e, String pathAndQuery) {
      if (e.isJsonObject()) {
        JsonObject o = e.getAsJsonObject().deepCopy();
        o.remove("tookMs");
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
