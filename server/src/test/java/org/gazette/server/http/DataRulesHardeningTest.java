package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.server.http.ProblemResponsesTest.assertProblem;
import static org.gazette.server.http.RunningServer.enc;
import static org.gazette.server.http.RunningServer.json;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data rules of the API, found by an outside probe: labels from live articles only, one id
 * grammar, strict curation bodies, supported dates, bounded queries.
 */
class DataRulesHardeningTest {
  private static final String DOCS = "/api/v1/documents";

  @TempDir Path dir;
  private RunningServer api;

  @BeforeEach
  void start() throws IOException {
    api = RunningServer.withSamples(dir);
  }

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  // Labels

  @Test
  void curatingOnePersonLeavesTheLabelOfAnotherAloneAndUndoingKeepsIt() {
    Map<String, Integer> before = people();
    assertThat(before).containsKey("Kevin Leahy");

    assertThat(
            api.put(
                    "/api/v1/entities/person/" + enc("Kevin Leahy"),
                    "{\"mergeInto\": \"Ghiyath Surchi\"}")
                .statusCode())
        .isEqualTo(200);
    Map<String, Integer> merged = people();
    merged.remove("Kevin Leahy");
    merged.remove("Ghiyath Surchi");
    Map<String, Integer> others = new LinkedHashMap<>(before);
    others.remove("Kevin Leahy");
    others.remove("Ghiyath Surchi");
    assertThat(merged).isEqualTo(others);

    assertThat(api.put("/api/v1/entities/person/" + enc("Kevin Leahy"), "{}").statusCode())
        .isEqualTo(200);
    assertThat(people()).isEqualTo(before);
  }

  @Test
  void aDeletedArticleNoLongerNamesAValue() {
    String a =
        "{\"id\": \"sunak-a\", \"title\": \"Rishi Sunák visits\", \"body\": \"Prime Minister Rishi"
            + " Sunák visited Leeds. Rishi Sunák spoke to workers. Later Rishi Sunák left.\"}";
    String b =
        "{\"id\": \"sunak-b\", \"title\": \"Budget\", \"body\": \"Prime Minister Rishi Sunak"
            + " presented the budget in London on Monday.\"}";
    assertThat(api.post(DOCS, a + "\n" + a.replace("sunak-a", "sunak-a2") + "\n" + b).statusCode())
        .isEqualTo(201);
    assertThat(people()).containsKey("Rishi Sunák").doesNotContainKey("Rishi Sunak");

    assertThat(api.delete(DOCS + "/sunak-a").statusCode()).isEqualTo(204);
    assertThat(api.delete(DOCS + "/sunak-a2").statusCode()).isEqualTo(204);

    assertThat(people()).containsEntry("Rishi Sunak", 1).doesNotContainKey("Rishi Sunák");
  }

  // Ids

  @Test
  void aPathIdWithAControlCharacterIsRefusedLikeTheSameIdInABody() {
    assertProblem(api.put(DOCS + "/a%0Ab", "{\"body\": \"Troops left.\"}"), 400, "bad-parameter");
    assertProblem(
        api.post(DOCS, "{\"id\": \"a\\nb\", \"body\": \"Troops left.\"}"), 400, "malformed-body");
    assertThat(api.get(DOCS + "/a%0Ab").statusCode()).isEqualTo(400);
  }

  @Test
  void blankPaddedAndBrokenIdsAreRefusedWithTheRule() {
    for (String id : new String[] {"\" \"", "\" a\"", "\"a \"", "\"\\ud800x\""}) {
      JsonObject problem =
          assertProblem(
              api.post(DOCS, "{\"id\": " + id + ", \"body\": \"Troops left.\"}"),
              400,
              "malformed-body");
      assertThat(problem.get("detail").getAsString()).contains("1 to 512 characters");
    }
    JsonObject problem =
        assertProblem(
            api.put(DOCS + "/%20a", "{\"body\": \"Troops left.\"}"), 400, "bad-parameter");
    assertThat(problem.get("detail").getAsString()).contains("1 to 512 characters");
    assertProblem(api.get(DOCS + "/%20"), 400, "bad-parameter");
    assertThat(json(api.get("/api/v1/search?size=0")).get("total").getAsInt()).isEqualTo(5);
  }

  @Test
  void anIdWithInnerSpacesIsWrittenReadAndDeletedByTheSamePath() {
    assertThat(api.put(DOCS + "/" + enc("bbc 2024"), "{\"body\": \"Troops left.\"}").statusCode())
        .isEqualTo(201);
    assertThat(api.get(DOCS + "/" + enc("bbc 2024")).statusCode()).isEqualTo(200);
    assertThat(api.delete(DOCS + "/" + enc("bbc 2024")).statusCode()).isEqualTo(204);
  }

  // Curation bodies

  @Test
  void curationBodiesOfTheWrongTypeAreRefusedAndChangeNothing() {
    String path = "/api/v1/entities/organization/" + enc("Special Forces");
    assertThat(api.put(path, "{\"blocked\": true}").statusCode()).isEqualTo(200);
    for (String body :
        new String[] {
          "{\"blocked\": \"yes\"}",
          "{\"blocked\": 1}",
          "{\"mergeInto\": 5}",
          "{\"rename\": true}",
          "{\"aliases\": \"x\"}",
          "{\"aliases\": [1]}",
          "{'blocked': false}",
          "{\"blocked\": false /* unblock */}",
          "{\"blocked\": false} trailing",
          "{\"blocked\": false, \"color\": \"red\"}",
        }) {
      assertProblem(api.put(path, body), 400, "malformed-body");
    }
    assertThat(json(api.get("/api/v1/curation")).getAsJsonArray("entities").toString())
        .contains("\"blocked\":true");
  }

  @Test
  void aMergeIntoANameNoArticleUsesShowsThatName() {
    assertThat(
            api.put(
                    "/api/v1/entities/person/" + enc("Kevin Leahy"),
                    "{\"mergeInto\": \"Nobody Atal\"}")
                .statusCode())
        .isEqualTo(200);

    assertThat(people()).containsKey("Nobody Atal").doesNotContainKey("nobody atal");
  }

  // Dates

  @Test
  void aPublishedDateOutsideTheSupportedYearsIsDroppedWithAWarningAndMakesNoBucket() {
    HttpResponse<String> r =
        api.post(
            DOCS,
            "{\"id\": \"ides\", \"body\": \"Caesar was stabbed.\", \"published\": \"-0044-03-15\"}\n"
                + "{\"id\": \"far\", \"body\": \"Far away.\", \"published\": \"+999999999-12-31\"}");

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(json(r).getAsJsonArray("problems").toString())
        .contains("-0044-03-15")
        .contains("1000")
        .contains("2999");
    assertThat(json(api.get(DOCS + "/ides")).get("published").isJsonNull()).isTrue();
    String dates = json(api.get("/api/v1/search?size=0")).getAsJsonObject("dates").toString();
    assertThat(dates).doesNotContain("-04").doesNotContain("999999999");
  }

  @Test
  void dateFiltersOutsideTheSupportedYearsAre400NamingTheParameter() {
    JsonObject problem = assertProblem(api.get("/api/v1/search?from=0044"), 400, "bad-parameter");
    assertThat(problem.get("detail").getAsString()).contains("from").contains("1000");
    assertProblem(api.get("/api/v1/search?to=3000-01-01"), 400, "bad-parameter");
    assertProblem(api.get("/api/v1/search?mentionedFrom=0999-12"), 400, "bad-parameter");
    HttpResponse<String> edges = api.get("/api/v1/search?from=1000&to=2999");
    assertThat(edges.statusCode()).as(edges.body()).isEqualTo(200);
  }

  // Queries

  @Test
  void aQueryOfPlainWordsIsCountedAsTyped() {
    assertThat(api.get("/api/v1/search?q=" + words(129)).statusCode()).isEqualTo(200);

    JsonObject problem =
        assertProblem(api.get("/api/v1/search?q=" + words(257)), 400, "bad-parameter");
    assertThat(problem.get("detail").getAsString()).contains("257").doesNotContain("514");
  }

  @Test
  void fuzzyTermsOverTheLengthLimitAndHugeRegexRepeatsAre400() {
    String fifteen =
        IntStream.range(0, 15)
            .mapToObj(i -> "abcdefghijklmnopqrstuvwxy".repeat(10) + (char) ('a' + i) + "~2")
            .collect(Collectors.joining("%20"));
    assertThat(
            assertProblem(api.get("/api/v1/search?q=" + fifteen), 400, "bad-parameter")
                .get("detail")
                .getAsString())
        .contains("fuzzy");
    assertProblem(api.get("/api/v1/search?q=" + enc("/ab.{1,9000}/")), 400, "bad-parameter");
    assertThat(api.get("/api/v1/search?q=troopz~1").statusCode()).isEqualTo(200);
    assertThat(
            assertProblem(
                    api.get("/api/v1/search?q=" + "coalition~2%20".repeat(200)),
                    400,
                    "bad-parameter")
                .get("detail")
                .getAsString())
        .contains("200 fuzzy");
  }

  @Test
  void aSearchOverItsTimeBudgetIs503WithAProblem() throws IOException {
    NewsIndex index =
        NewsIndex.open(
            NewsIndexConfig.defaults(dir.resolve("budget")).withQueryTimeout(Duration.ofNanos(1)));
    try (index;
        GazetteServer server = GazetteServer.start(index, ServerConfig.defaults().withPort(0))) {
      index.ingestJson("{\"id\": \"a\", \"body\": \"Troops left Anbar.\"}", "t");
      HttpResponse<String> r =
          api.client.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(
                          "http://127.0.0.1:" + server.port() + "/api/v1/search?q=troops"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      JsonObject problem = assertProblem(r, 503, "query-timeout");
      assertThat(problem.get("detail").getAsString()).contains("time budget");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String words(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> "word" + i)
        .collect(Collectors.joining("%20OR%20"));
  }

  private Map<String, Integer> people() {
    Map<String, Integer> map = new LinkedHashMap<>();
    json(api.get("/api/v1/search?facets=person&facetSize=200"))
        .getAsJsonObject("facets")
        .getAsJsonArray("person")
        .forEach(
            v ->
                map.put(
                    v.getAsJsonObject().get("value").getAsString(),
                    v.getAsJsonObject().get("count").getAsInt()));
    return map;
  }
}
