package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.server.http.RunningServer.enc;
import static org.gazette.server.http.RunningServer.json;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing documents over HTTP against a real server with its own index. */
class DocumentApiTest {
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

  @Test
  void aDocumentComesBackWithBodyEntitiesAliasesAndMentionOffsets() {
    HttpResponse<String> response = api.get("/api/v1/documents/000_8dbc307f593ab463");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject doc = json(response);
    assertThat(doc.keySet())
        .containsExactlyInAnyOrder(
            "id",
            "title",
            "source",
            "published",
            "publishedAt",
            "url",
            "authors",
            "body",
            "entities",
            "dates");
    String body = doc.get("body").getAsString();
    JsonObject puk =
        doc.getAsJsonObject("entities").getAsJsonArray("organization").asList().stream()
            .map(e -> e.getAsJsonObject())
            .filter(e -> e.get("name").getAsString().equals("Patriotic Union of Kurdistan"))
            .findFirst()
            .orElseThrow();
    assertThat(puk.getAsJsonArray("aliases").toString()).contains("PUK");
    JsonObject mention = puk.getAsJsonArray("mentions").get(0).getAsJsonObject();
    assertThat(mention.get("field").getAsString()).isEqualTo("body");
    assertThat(body.substring(mention.get("start").getAsInt(), mention.get("end").getAsInt()))
        .isIn("Patriotic Union of Kurdistan", "PUK");
    assertThat(doc.getAsJsonArray("dates").get(0).getAsJsonObject().get("date").getAsString())
        .isEqualTo("2004");
  }

  @Test
  void postAcceptsAnObjectAnArrayOrJsonLinesAndAnswersWithIdsAfterCommitting() {
    HttpResponse<String> one =
        api.post(
            "/api/v1/documents",
            "{\"id\": \"n1\", \"title\": \"Talks in Kirkuk\", \"body\": \"Officials met in"
                + " Kirkuk.\", \"source\": \"Wire\", \"published\": \"2024-03-02\"}");
    HttpResponse<String> array =
        api.post(
            "/api/v1/documents",
            "[{\"id\": \"n2\", \"body\": \"Rain in Basra.\"}, {\"id\": \"n3\", \"body\": \"Sun in"
                + " Najaf.\"}]");
    HttpResponse<String> lines =
        api.post(
            "/api/v1/documents",
            "{\"id\": \"n4\", \"body\": \"Snow in Erbil.\"}\n{\"id\": \"n5\", \"body\": \"Wind in"
                + " Mosul.\"}\n");

    assertThat(one.statusCode()).isEqualTo(201);
    assertThat(json(one).getAsJsonArray("ids").toString()).isEqualTo("[\"n1\"]");
    assertThat(json(array).getAsJsonArray("ids").toString()).isEqualTo("[\"n2\",\"n3\"]");
    assertThat(json(lines).get("added").getAsInt()).isEqualTo(2);
    // Acknowledged means committed and searchable.
    JsonObject found = json(api.get("/api/v1/search?q=kirkuk&source=Wire&from=2024-03"));
    assertThat(SearchApiTest.ids(found)).containsExactly("n1");
    assertThat(json(api.get("/api/v1/stats")).get("documents").getAsInt()).isEqualTo(10);
  }

  @Test
  void postingAnExistingIdReplacesItAndReportsAProblemLineForABadOne() {
    HttpResponse<String> response =
        api.post(
            "/api/v1/documents",
            "{\"id\": \"000_8dbc307f593ab463\", \"title\": \"New\", \"body\": \"Replaced.\"}\n"
                + "{\"id\": \"bad\", \"body\": \n");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject report = json(response);
    assertThat(report.get("replaced").getAsInt()).isEqualTo(1);
    assertThat(report.get("failed").getAsInt()).isEqualTo(1);
    JsonObject problem = report.getAsJsonArray("problems").get(0).getAsJsonObject();
    assertThat(problem.get("line").getAsInt()).isEqualTo(2);
    assertThat(problem.get("kind").getAsString()).isEqualTo("failed");
    assertThat(json(api.get("/api/v1/documents/000_8dbc307f593ab463")).get("title").getAsString())
        .isEqualTo("New");
  }

  @Test
  void putCreatesThenReplacesUnderThePathId() {
    HttpResponse<String> created =
        api.put(
            "/api/v1/documents/" + enc("report 7/b"),
            "{\"title\": \"T\", \"body\": \"In Hilla.\"}");
    HttpResponse<String> replaced =
        api.put(
            "/api/v1/documents/" + enc("report 7/b"), "{\"title\": \"T2\", \"body\": \"In Kut.\"}");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(json(api.get("/api/v1/documents/" + enc("report 7/b"))).get("title").getAsString())
        .isEqualTo("T2");
  }

  @Test
  void deleteRemovesTheDocumentOnceAndThenAnswers404() {
    HttpResponse<String> first = api.delete("/api/v1/documents/004_8342cd79d5b7a5de");
    HttpResponse<String> second = api.delete("/api/v1/documents/004_8342cd79d5b7a5de");

    assertThat(first.statusCode()).isEqualTo(204);
    assertThat(first.body()).isEmpty();
    assertThat(second.statusCode()).isEqualTo(404);
    assertThat(api.get("/api/v1/documents/004_8342cd79d5b7a5de").statusCode()).isEqualTo(404);
    assertThat(json(api.get("/api/v1/search?q=Kabul")).get("total").getAsInt()).isZero();
  }

  @Test
  void withAnApiKeyWritesNeedItAndReadsStayOpen() throws IOException {
    try (RunningServer locked =
        RunningServer.start(
            dir.resolve("locked"),
            ServerConfig.defaults().withPort(0).withApiKey("s3cret"),
            false)) {
      String doc = "{\"id\": \"k1\", \"body\": \"Talks in Basra.\"}";
      HttpResponse<String> anonymous = locked.post("/api/v1/documents", doc);
      HttpResponse<String> wrong =
          locked.send(
              HttpRequest.newBuilder(locked.uri("/api/v1/documents"))
                  .header("Authorization", "Bearer guess")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(doc)));
      HttpResponse<String> bearer =
          locked.send(
              HttpRequest.newBuilder(locked.uri("/api/v1/documents"))
                  .header("Authorization", "Bearer s3cret")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(doc)));
      HttpResponse<String> header =
          locked.send(
              HttpRequest.newBuilder(locked.uri("/api/v1/documents/k1"))
                  .header("X-API-Key", "s3cret")
                  .DELETE());

      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
      assertThat(json(anonymous).get("type").getAsString())
          .isEqualTo("urn:gazette:problem:unauthorized");
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(bearer.statusCode()).isEqualTo(201);
      assertThat(header.statusCode()).isEqualTo(204);
      assertThat(locked.get("/api/v1/search").statusCode()).isEqualTo(200);
      assertThat(locked.delete("/api/v1/documents/k1").statusCode()).isEqualTo(401);
    }
  }
}
