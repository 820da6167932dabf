package org.gazette.solrcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local SolrCloud of {@code ./gazette solr-cluster} and Gazette's configset on it: one node in
 * its own JVM, a real ZooKeeper, SolrJ over HTTP. The configset is uploaded through the Configsets
 * API, as a client that does not run the cluster would do it.
 */
class SolrClusterTest {
  private static final Path CONFIGSET = Path.of("..", "solr-configset", "conf");

  /**
   * A node that lives half a minute: the quick compiler only and a small serial heap, which halve
   * the CPU its start takes on two cores.
   */
  private static final List<String> QUICK_NODE =
      List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

  @TempDir static Path dir;
  private static SolrCluster cluster;
  private static CloudSolrClient client;

  @BeforeAll
  static void startClusterAndCollection() throws Exception {
    cluster = SolrCluster.start(1, dir.resolve("cluster"), QUICK_NODE, quiet());
    client =
        new CloudHttp2SolrClient.Builder(
                List.of(cluster.zkHost().replace("/solr", "")), Optional.of("/solr"))
            .build();
    Path zip = dir.resolve("configset.zip");
    zip(CONFIGSET, zip);
    new ConfigSetAdminRequest.Upload()
        .setConfigSetName("gazette-1")
        .setUploadFile(zip.toFile(), "application/zip")
        .process(client);
    CollectionAdminRequest.createCollection("news", "gazette-1", 1, 1).process(client);
  }

  @AfterAll
  static void stop() throws IOException {
    if (client != null) {
      client.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theSchemaCarriesGazettesVersionInItsName() throws Exception {
    assertThat(new SchemaRequest.SchemaName().process(client, "news").getSchemaName())
        .isEqualTo("gazette-1");
  }

  @Test
  void anArticleIsFoundByItsStemsHighlightedAndCountedAndSurvivesAKilledNode() throws Exception {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", "a1");
    doc.addField("title", "Strikes near Anbar");
    doc.addField("body", "CENTCOM said its forces struck targets in Anbar's deserts.");
    doc.addField("published", 19_800);
    doc.addField("mentioned", "[2024-01 TO 2024-03]");
    doc.addField("facet.organization", "centcom");
    doc.addField("facet.place", "anbar");
    doc.addField("entities", "[{\"type\":\"organization\",\"value\":\"CENTCOM\"}]");
    client.add("news", doc);
    client.commit("news");

    SolrQuery query = new SolrQuery("body:desert AND body:anbar");
    query.setHighlight(true).addHighlightField("body").set("hl.method", "unified");
    query.addFacetField("facet.place");
    query.addFilterQuery("mentioned:[2024-02-01 TO 2024-02-29]");
    QueryResponse found = client.query("news", query);
    assertThat(found.getResults().getNumFound()).isEqualTo(1);
    assertThat(found.getHighlighting().get("a1").get("body").get(0))
        .contains("<em>Anbar's</em>")
        .contains("<em>deserts</em>");
    assertThat(found.getFacetField("facet.place").getValues())
        .extracting(v -> Map.entry(v.getName(), v.getCount()))
        .containsExactly(Map.entry("anbar", 1L));
    assertThat(found.getResults().get(0).getFieldValue("entities").toString()).contains("CENTCOM");

    SolrQuery outside = new SolrQuery("*:*").addFilterQuery("mentioned:[2024-04-01 TO 2024-12-31]");
    assertThat(client.query("news", outside).getResults().getNumFound()).isZero();

    cluster.kill(1);
    assertThat(cluster.describe()).singleElement().asString().endsWith("stopped");
    cluster.restart(1);
    waitForActiveCollection();
    assertThat(client.query("news", new SolrQuery("id:a1")).getResults().getNumFound())
        .isEqualTo(1);
  }

  @Test
  void commandsAnswerOneLineAndRefuseWhatTheyDoNotKnow() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    assertThat(cluster.command("kill 7", out)).isTrue();
    assertThat(cluster.command("start x", out)).isTrue();
    assertThat(cluster.command("reboot 1", out)).isTrue();
    assertThat(cluster.command("start 1", out)).isTrue();
    assertThat(cluster.command("quit", out)).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "error: no node 7: the nodes are numbered 1 to 1",
            "error: not a node number: x",
            "error: unknown command 'reboot' (kill K, stop K, start K, nodes, quit)",
            "error: node 1 is running");
    assertThatThrownBy(() -> SolrCluster.start(0, dir.resolve("none"), QUICK_NODE, quiet()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one node");
  }

  private static void waitForActiveCollection() throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      var state = client.getClusterState().getCollection("news");
      if (state.getActiveSlices().stream()
          .allMatch(
              s ->
                  s.getLeader() != null
                      && s.getLeader().isActive(client.getClusterState().getLiveNodes()))) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the collection did not become active again in 60 s");
  }

  private static void zip(Path dir, Path zip) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file);
        Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        out.putNextEntry(new ZipEntry(f.getFileName().toString()));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }
}
