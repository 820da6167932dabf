package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.server.http.RunningServer.json;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error the API gives is application/problem+json with type, title, status and detail. */
class ProblemResponsesTest {
  @TempDir static Path dir;
  private static RunningServer api;

  @BeforeAll
  static void start() throws IOException {
    api =
        RunningServer.start(dir, ServerConfig.defaults().withPort(0).withMaxBodyBytes(1024), true);
  }

  @AfterAll
  static void stop() throws IOException {
    api.close();
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/search?facets=colour|bad-parameter|unknown facet 'colour'",
        "/api/v1/search?size=101|bad-parameter|'size' must be between 0 and 100, got 101",
        "/api/v1/search?size=ten|bad-parameter|'size' needs a whole number",
        "/api/v1/search?from=yesterday|bad-parameter|'from' needs a date as 2024-01-31",
        "/api/v1/search?to=2024-13-01|bad-parameter|'to' needs a date",
        "/api/v1/search?cursor=broken|bad-parameter|bad cursor",
        "/api/v1/search?sort=random|bad-parameter|unknown sort 'random'",
        "/api/v1/search?plcae=Anbar|bad-parameter|unknown parameter 'plcae'",
        "/api/v1/search?q=a&q=b|bad-parameter|'q' may be given once",
        "/api/v1/search?page=1002&size=100|bad-parameter|page deeper with 'cursor'",
        "/api/v1/search?q=ab*&cursor=x&page=2|bad-parameter|either 'page' or 'cursor'",
        "/api/v1/search?q=a*|query-syntax|needs at least 2 letters",
        "/api/v1/facets/colour|bad-parameter|unknown facet 'colour'",
        "/api/v1/facets/published|bad-parameter|published is a date facet",
        "/api/v1/entities/thing/x|bad-parameter|unknown entity type 'thing'",
        "/api/v1/entities/person/Nobody%20Known|not-found|no article names the person 'Nobody Known'",
        "/api/v1/documents/no-such-id|not-found|no document with id 'no-such-id'",
        "/api/v1/nothing-here|not-found|no route for GET /api/v1/nothing-here",
        "/api/v1/stats?verbose=1|bad-parameter|unknown parameter 'verbose'"
      })
  void badRequestsAreProblems(String path, String type, String detail) {
    HttpResponse<String> response = api.get(path.replace(" ", "%20"));

    JsonObject problem = assertProblem(response, type.equals("not-found") ? 404 : 400, type);
    assertThat(problem.get("detail").getAsString()).contains(detail);
  }

  @Test
  void aQuerySyntaxErrorCarriesThePositionAndTheQuery() {
    JsonObject problem =
        assertProblem(
            api.get("/api/v1/search?q=" + RunningServer.enc("title:(troops AND \"US\"")),
            400,
            "query-syntax");

    assertThat(problem.get("position").getAsInt()).isEqualTo(23);
    assertThat(problem.get("query").getAsString()).isEqualTo("title:(troops AND \"US\"");
    assertThat(problem.get("detail").getAsString()).contains("closing ')' is missing");
  }

  @Test
  void aMethodARouteDoesNotTakeIs405() {
    HttpResponse<String> response =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/search"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));

    assertThat(assertProblem(response, 405, "method-not-allowed").get("detail").getAsString())
        .contains("PATCH is not allowed on /api/v1/search");
  }

  @Test
  void malformedBodiesAre400() {
    assertProblem(api.post("/api/v1/documents", "{\"id\": "), 400, "malformed-body");
    assertProblem(api.post("/api/v1/documents", ""), 400, "malformed-body");
    assertProblem(api.post("/api/v1/documents", "[]"), 400, "malformed-body");
    assertProblem(api.post("/api/v1/documents", "{\"id\": \"x\"}"), 400, "malformed-body");
    assertProblem(
        api.put("/api/v1/documents/x", "[{\"body\": \"a\"}, {\"body\": \"b\"}]"),
        400,
        "malformed-body");
    JsonObject badLine =
        json(api.post("/api/v1/documents", "{\"id\": \"ok\", \"body\": \"Fine.\"}\n{\"id\": 'x\n"));
    assertThat(badLine.toString()).doesNotContain("setStrictness").doesNotContain("https://");
    HttpResponse<String> latin1 =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/documents"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xE9, '}'})));
    assertProblem(latin1, 400, "malformed-body");
  }

  @Test
  void writesThatAreNotJsonAre415SoPagesOfOtherOriginsCannotPostArticles() {
    HttpResponse<String> plain =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/documents"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"x\", \"body\": \"a\"}")));
    HttpResponse<String> form =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/documents/x"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("body=a")));

    assertProblem(plain, 415, "unsupported-media-type");
    assertProblem(form, 415, "unsupported-media-type");
    assertThat(api.get("/api/v1/documents/x").statusCode()).isEqualTo(404);
  }

  @Test
  void aBrokenPercentEscapeIsRefusedRatherThanDropped() throws IOException {
    // java.net.URI refuses to build such a request, so it goes over a plain socket.
    String raw = rawGet("/api/v1/search?q=withdrawal%ZZ");
    assertThat(raw).startsWith("HTTP/1.1 400").contains("application/problem+json");
    assertThat(raw).contains("urn:gazette:problem:bad-parameter").contains("broken %-escape");
    assertProblem(api.get("/api/v1/documents/000_8dbc307f593ab463?full=1"), 400, "bad-parameter");
    assertThat(
            assertProblem(api.get("/api/v1/curation?x=1"), 400, "bad-parameter")
                .get("detail")
                .getAsString())
        .contains("takes no parameters");
  }

  @Test
  void aBodyOverTheLimitIs413AndNothingIsStored() {
    String big = "{\"id\": \"big\", \"body\": \"" + "x".repeat(2000) + "\"}";

    assertProblem(api.post("/api/v1/documents", big), 413, "payload-too-large");
    assertThat(api.get("/api/v1/documents/big").statusCode()).isEqualTo(404);
  }

  @Test
  void anInternalFailureIs500WithAGenericTitleAndNoStackTrace() throws IOException {
    try (RunningServer broken =
        RunningServer.start(dir.resolve("broken"), ServerConfig.defaults().withPort(0), false)) {
      broken.index.close();

      HttpResponse<String> response = broken.get("/api/v1/search?q=x");

      JsonObject problem = assertProblem(response, 500, "internal");
      assertThat(problem.get("title").getAsString()).isEqualTo("Internal server error");
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
      assertThat(problem.get("detail").getAsString()).contains("incident");
    }
  }

  private static String rawGet(String pathAndQuery) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", api.server.port())) {
      socket.setSoTimeout(10_000);
      var out = socket.getOutputStream();
      out.write(
          ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.flush();
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  static JsonObject assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.keySet()).contains("type", "title", "status", "detail");
    assertThat(problem.get("type").getAsString()).isEqualTo("urn:gazette:problem:" + type);
    assertThat(problem.get("status").getAsInt()).isEqualTo(status);
    return problem;
  }
}
