package org.gazette.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
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
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.IndexedArticle;
import org.gazette.model.IngestReport;
import org.gazette.model.SearchQuery;
import org.gazette.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real local SolrCloud ({@code ./gazette solr-cluster} with one node, in JVMs of their own,
 * driven through its standard input) and reaching a collection on it as {@code --solr} will:
 * created with Gazette's configset when missing, used as it is when it has Gazette's schema,
 * refused when it has another, clear errors when nothing answers; the configset's analysis,
 * highlighting, facets and periods; an acknowledged article kept through a node killed with
 * SIGKILL. One cluster for the class: it takes about ten seconds of two cores to start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudSetupTest {
  @TempDir static Path dir;
  private static LocalSolrCloud cloud;

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

  @Test
  @Order(1) // the first to reach the cluster, so the one that uploads the configset
  void aMissingCollectionIsCreatedWithGazettesConfigsetAndFoundAgainAsItIs() throws Exception {
    List<String> steps = new ArrayList<>();
    try (CloudSolrClient client =
        SolrCollectionSetup.open(cloud.address, "news", 1, 1, Duration.ofSeconds(30), steps::add)) {
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
        SolrCollectionSetup.open(cloud.address, "news", 1, 1, Duration.ofSeconds(30), steps::add)) {
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
            () -> SolrCollectionSetup.open(nobody, "news", 1, 1, Duration.ofSeconds(2), s -> {}))
        .isInstanceOf(SolrSetupException.class)
        .hasMessageStartingWith(
            "ZooKeeper at 127.0.0.1:" + closed + "/solr cannot be reached within 2 s");

    SolrAddress wrongRoot = new SolrAddress(cloud.address.zkHosts(), Optional.of("/not-solr"));
    assertThatThrownBy(
            () -> SolrCollectionSetup.open(wrongRoot, "news", 1, 1, Duration.ofSeconds(3), s -> {}))
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
      SolrQuery later = new SolrQuery("*:*").addFilterQuery("mentioned:[2024-04-01 TO 2024-12-31]");
      assertThat(client.query(later).getResults().getNumFound()).isZero();
    }
  }

  @Test
  void anAcknowledgedArticleOutlivesANodeKilledWithSigkill() throws Exception {
    try (CloudSolrClient client = open("crash")) {
      client.add(article("kept", "written before the crash"));
      client.commit();

      assertThat(cloud.command("kill 1")).isEqualTo("killed 1");
      assertThat(cloud.command("nodes")).endsWith(" stopped");
      assertThat(cloud.command("start 1")).startsWith("started 1 http://127.0.0.1:");
      long deadline = System.currentTimeMillis() + 60_000;
      long found = -1;
      while (found != 1 && System.currentTimeMillis() < deadline) {
        try {
          found = client.query(new SolrQuery("id:kept")).getResults().getNumFound();
        } catch (SolrServerException | SolrException | java.io.IOException e) {
          Thread.sleep(200); // the replica is still recovering
        }
      }
      assertThat(found).as("the article after the node came back").isEqualTo(1);
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
          NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("embedded")).withStore(tee))) {
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
  void anIndexOverSolrStoresReadsSkipsRemapsAndDeletesAsTheEmbeddedOne() throws Exception {
    Path sample = Path.of("..", "index-data");
    try (NewsIndex embedded = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("local")));
        NewsIndex overSolr =
            NewsIndex.open(
                NewsIndexConfig.defaults(dir.resolve("solr-side"))
                    .withStore(
                        SolrStore.opener(cloud.address, "stored", 1, 1, Duration.ofSeconds(30))))) {
      IngestReport local = embedded.ingest(List.of(sample), IngestOptions.DEFAULTS.collectingIds());
      IngestReport solr = overSolr.ingest(List.of(sample), IngestOptions.DEFAULTS.collectingIds());
      assertThat(solr.added()).isEqualTo(local.added()).isPositive();
      assertThat(solr.ids()).isEqualTo(local.ids());
      for (String id : local.ids()) {
        assertThat(overSolr.get(id)).as(id).isEqualTo(embedded.get(id)).isPresent();
      }
      assertThat(overSolr.count()).isEqualTo(embedded.count());

      IngestReport again =
          overSolr.ingest(List.of(sample), IngestOptions.DEFAULTS.skippingUnchanged());
      assertThat(again.skipped()).isEqualTo(local.added());
      assertThat(again.added() + again.replaced()).isZero();

      String place = embedded.facetValues(Facet.PLACE, "", null, 2).values().get(1).value();
      String into = embedded.facetValues(Facet.PLACE, "", null, 2).values().get(0).value();
      CurationRule merge = new CurationRule(EntityType.PLACE, place, into, null, List.of(), false);
      assertThat(overSolr.curate(merge)).isEqualTo(embedded.curate(merge)).isPositive();
      for (String id : local.ids()) {
        assertThat(overSolr.get(id)).as(id + " after the merge").isEqualTo(embedded.get(id));
      }

      assertThat(overSolr.delete(local.ids().get(0))).isTrue();
      assertThat(overSolr.get(local.ids().get(0))).isEmpty();
      assertThat(overSolr.count()).isEqualTo(embedded.count() - 1);
      SearchQuery troops = SearchQuery.builder().text("troops").build();
      assertThat(overSolr.search(troops).total()).isEqualTo(embedded.search(troops).total() - 1);
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
    Path work = dir.resolve("cli");
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
                    new String[] {"index", Path.of("..", "index-data").toAbsolutePath().toString()},
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
