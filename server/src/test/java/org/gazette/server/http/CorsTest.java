package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With CORS origins configured: the listed origins get the CORS headers and their preflights
 * answered, the server's own origin always works, and any other origin is answered as if it had
 * sent no Origin, only without CORS headers (so the browser keeps the answer from its page).
 */
class CorsTest {
  private static final String ALLOWED = "http://localhost:3000";
  private static final String FOREIGN = "http://evil.example";

  @TempDir static Path dir;
  private static RunningServer api;

  @BeforeAll
  static void start() throws IOException {
    api =
        RunningServer.start(
            dir, ServerConfig.defaults().withPort(0).withCorsOrigins(List.of(ALLOWED)), true);
  }

  @AfterAll
  static void stop() throws IOException {
    api.close();
  }

  private static HttpResponse<String> get(String path, String origin) {
    return api.send(HttpRequest.newBuilder(api.uri(path)).header("Origin", origin).GET());
  }

  private static HttpResponse<String> preflight(String path, String origin, String method) {
    return api.send(
        HttpRequest.newBuilder(api.uri(path))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", method)
            .header("Access-Control-Request-Headers", "content-type,authorization")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }

  @Test
  void theServersOwnOriginAlwaysWorks() {
    for (String path : List.of("/", "/app.js", "/api/v1/stats", "/api/v1/search?q=troops")) {
      HttpResponse<String> r = get(path, api.base());

      assertThat(r.statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void aForeignOriginIsAnsweredNormallyButWithoutCorsHeaders() {
    HttpResponse<String> plain = api.get("/api/v1/stats");
    HttpResponse<String> foreign = get("/api/v1/stats", FOREIGN);

    assertThat(foreign.statusCode()).isEqualTo(200);
    assertThat(foreign.body()).isEqualTo(plain.body());
    assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(foreign.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    assertThat(foreign.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
    assertThat(get("/app.js", FOREIGN).statusCode()).isEqualTo(200);
  }

  @Test
  void aListedOriginGetsTheCorsHeaders() {
    HttpResponse<String> r = get("/api/v1/stats", ALLOWED);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
  }

  @Test
  void aPreflightOfAListedOriginIsAnswered() {
    HttpResponse<String> r = preflight("/api/v1/documents", ALLOWED, "POST");

    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(r.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
        .contains("POST")
        .contains("PUT")
        .contains("DELETE");
    assertThat(r.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
        .contains("content-type")
        .contains("authorization");
    assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
    assertThat(r.headers().firstValue("Content-Type")).isEmpty();
    assertThat(r.body()).isEmpty();
  }

  @Test
  void aPreflightOfAForeignOriginIsRefusedAndRunsNoHandler() {
    String id = "/api/v1/documents/kept";
    assertThat(api.put(id, "{\"body\": \"Troops stayed.\"}").statusCode()).isEqualTo(201);

    HttpResponse<String> r = preflight(id, FOREIGN, "DELETE");

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(Problems.CONTENT_TYPE);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    assertThat(api.get(id).statusCode()).isEqualTo(200);
  }

  @Test
  void aWriteWithAForeignOriginGetsTheAnswerOfWhatWasDone() {
    HttpResponse<String> r =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/documents/foreign-write"))
                .header("Origin", FOREIGN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"body\": \"Troops left.\"}")));

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void withoutConfiguredOriginsAForeignPreflightIsRefusedToo() throws IOException {
    try (RunningServer plain =
        RunningServer.start(dir.resolve("plain"), ServerConfig.defaults().withPort(0), false)) {
      HttpResponse<String> r =
          plain.send(
              HttpRequest.newBuilder(plain.uri("/api/v1/documents"))
                  .header("Origin", FOREIGN)
                  .header("Access-Control-Request-Method", "POST")
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }
}
