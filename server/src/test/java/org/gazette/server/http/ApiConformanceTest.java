package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.server.http.RunningServer.enc;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gazette.NewsIndexConfig;
import org.gazette.solr.LocalSolrCloud;
import org.gazette.solr.SolrStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API over both back ends: the same server, once over the embedded index and once over a
 * SolrCloud collection of two shards, each holding the sample corpus and the page's dated articles;
 * every endpoint asked the same questions gives the same status and the same body (the time taken
 * aside; hits sorted by relevance compared as a set, since one index and two shards score alike
 * only up to term statistics). Writes through the API (put, post, delete, curation) are then made
 * on both and the answers compared again. One local SolrCloud for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiConformanceTest {
  @TempDir static Path dir;
  private static LocalSolrCloud cloud;
  private static RunningServer embedded;
  private static RunningServer overSolr;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalSolrCloud.start(dir.resolve("cluster"), 1);
    embedded = RunningServer.forThePage(dir.resolve("embedded"));
    overSolr =
        RunningServer.forThePage(
            NewsIndexConfig.defaults(dir.resolve("solr-side"))
                .withStore(SolrStore.opener(cloud.address, "api", 2, 1, Duration.ofSeconds(30))),
            ServerConfig.defaults().withPort(0));
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {overSolr, embedded, cloud}) {
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
