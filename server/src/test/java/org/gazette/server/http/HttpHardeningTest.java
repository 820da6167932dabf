package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protocol details an outside probe of the server found wrong: charsets, HEAD, Allow, the
 * titles and logging of the errors Jetty answers itself, 204 without a type, parameters the spec
 * ignores.
 */
class HttpHardeningTest {
  private static final String JSON = "application/json;charset=utf-8";
  private static final String PROBLEM = "application/problem+json;charset=utf-8";

  @TempDir static Path dir;
  private static RunningServer api;

  @BeforeAll
  static void start() throws IOException {
    api = RunningServer.start(dir, ServerConfig.defaults().withPort(0), true);
  }

  @AfterAll
  static void stop() throws IOException {
    api.close();
  }

  /** The Content-Type without spaces, in lower case: {@code application/json;charset=utf-8}. */
  private static String type(String contentType) {
    return contentType == null ? null : contentType.replace(" ", "").toLowerCase(Locale.ROOT);
  }

  @Test
  void problemsAreUtf8AndSaySo() throws IOException {
    RawHttp.Answer cafe =
        RawHttp.getWithHost(api.server.port(), "/api/v1/documents/caf%C3%A9", "127.0.0.1");
    RawHttp.Answer arabic =
        RawHttp.getWithHost(api.server.port(), "/api/v1/documents/%D8%A8", "127.0.0.1");

    assertThat(cafe.status()).isEqualTo(404);
    assertThat(type(cafe.header("Content-Type"))).isEqualTo(PROBLEM);
    assertThat(cafe.text()).contains("no document with id 'café'");
    assertThat(arabic.text()).contains("no document with id 'ب'");
  }

  @Test
  void jsonAnswersAreUtf8AndSaySo() throws IOException {
    assertThat(
            api.put("/api/v1/documents/z%C3%BCrich", "{\"body\": \"Troops left Zürich. ب\"}")
                .statusCode())
        .isEqualTo(201);

    RawHttp.Answer doc =
        RawHttp.getWithHost(api.server.port(), "/api/v1/documents/z%C3%BCrich", "127.0.0.1");
    RawHttp.Answer stats = RawHttp.getWithHost(api.server.port(), "/api/v1/stats", "127.0.0.1");
    RawHttp.Answer spec =
        RawHttp.getWithHost(api.server.port(), "/api/v1/openapi.json", "127.0.0.1");
    RawHttp.Answer health = RawHttp.getWithHost(api.server.port(), "/health", "127.0.0.1");

    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.text()).contains("Troops left Zürich. ب");
    for (RawHttp.Answer a : java.util.List.of(doc, stats, spec, health)) {
      assertThat(type(a.header("Content-Type"))).isEqualTo(JSON);
    }
    assertThat(api.delete("/api/v1/documents/z%C3%BCrich").statusCode()).isEqualTo(204);
  }

  @Test
  void problemsJettyWritesItselfAreUtf8AndSaySo() throws IOException {
    RawHttp.Answer tooLarge =
        RawHttp.exchange(
            api.server.port(),
            "GET /api/v1/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(64 * 1024));

    assertThat(tooLarge.status()).isEqualTo(431);
    assertThat(type(tooLarge.header("Content-Type"))).isEqualTo(PROBLEM);
  }

  @Test
  void headAnswersAsGetWouldWithoutTheBody() {
    for (String path :
        java.util.List.of(
            "/api/v1/documents/no-such-id",
            "/api/v1/search?q=a*",
            "/api/v1/stats?verbose=1",
            "/api/v1/stats",
            "/api/v1/search?q=troops",
            "/health")) {
      HttpResponse<String> get = api.get(path);
      HttpResponse<String> head =
          api.send(
              HttpRequest.newBuilder(api.uri(path))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody()));

      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.body()).as(path).isEmpty();
    }
    HttpResponse<String> page =
        api.send(
            HttpRequest.newBuilder(api.uri("/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).isEmpty();
  }

  @Test
  void a405NamesTheMethodsOfThePathInAllow() {
    HttpResponse<String> patch =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/search"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> getAll = api.get("/api/v1/documents");
    HttpResponse<String> post = api.post("/api/v1/documents/some-id", "{\"body\": \"x\"}");

    assertThat(patch.statusCode()).isEqualTo(405);
    assertThat(patch.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertThat(getAll.statusCode()).isEqualTo(405);
    assertThat(getAll.headers().firstValue("Allow")).hasValue("POST");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD, PUT, DELETE");
    HttpResponse<String> options =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/stats"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(options.statusCode()).isEqualTo(405);
    assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void a505IsTitledHttpVersionNotSupported() throws IOException {
    RawHttp.Answer answer =
        RawHttp.exchange(api.server.port(), "GET /api/v1/stats HTTP/3.0\r\nHost: 127.0.0.1");

    assertThat(answer.status()).isEqualTo(505);
    JsonObject problem = com.google.gson.JsonParser.parseString(answer.text()).getAsJsonObject();
    assertThat(problem.get("title").getAsString()).isEqualTo("HTTP version not supported");
    assertThat(problem.get("status").getAsInt()).isEqualTo(505);
  }

  @Test
  void errorsJettyAnswersItselfAreInTheRequestLog() throws IOException {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int port = api.server.port();
      // Lines of earlier tests may still arrive: wait until the log is quiet, then count only the
      // lines after this request's.
      awaitQuiet(captured);
      RawHttp.getWithHost(port, "/api/v1/stats?from=sentinel", "127.0.0.1");
      awaitLinesAfterSentinel(captured, 0);
      RawHttp.exchange(port, "GET /api/v1/stats HTTP/3.0\r\nHost: 127.0.0.1");
      RawHttp.exchange(port, "GET /v" + "x".repeat(10_000) + " HTTP/1.1\r\nHost: 127.0.0.1");
      RawHttp.exchange(
          port, "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(65_536));
      RawHttp.exchange(port, "GET\u0001 / HTTP/1.1\r\nHost: 127.0.0.1");
      RawHttp.getWithHost(port, "/api/v1/stats?from=log-test", "127.0.0.1");
      awaitLinesAfterSentinel(captured, 5);
      awaitQuiet(captured);
    } finally {
      System.setErr(saved);
    }
    java.util.List<String> lines = linesAfterSentinel(captured);
    assertThat(lines).as("the sentinel request is logged").isNotNull();

    // Jetty does not keep the request line of a request it refuses before parsing it all.
    assertThat(lines).anyMatch(l -> l.matches(".* 127\\.0\\.0\\.1 - - 505 \\d+ms"));
    assertThat(lines).anyMatch(l -> l.matches(".* 127\\.0\\.0\\.1 - - 414 \\d+ms"));
    assertThat(lines).anyMatch(l -> l.matches(".* 127\\.0\\.0\\.1 GET /api/v1/health 431 \\d+ms"));
    assertThat(lines).anyMatch(l -> l.matches(".* 127\\.0\\.0\\.1 - - 400 \\d+ms"));
    assertThat(lines)
        .anyMatch(
            l -> l.matches(".* 127\\.0\\.0\\.1 GET /api/v1/stats\\?from=log-test 400 \\d+ms"));
    assertThat(lines).hasSize(5);
  }

  // The request log is written once the answer is sent, a moment after the client has it.
  /** The request-log lines after the sentinel request's, or null while it is not logged. */
  private static java.util.List<String> linesAfterSentinel(ByteArrayOutputStream captured) {
    java.util.List<String> all =
        captured
            .toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.contains("] http - "))
            .toList();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).contains("from=sentinel")) {
        return all.subList(i + 1, all.size());
      }
    }
    return null;
  }

  /** Waits until nothing has been written to {@code captured} for 300 ms (at most 5 s). */
  private static void awaitQuiet(ByteArrayOutputStream captured) {
    int size = -1;
    int quiet = 0;
    for (int i = 0; i < 250 && quiet < 15; i++) {
      int now = captured.size();
      quiet = now == size ? quiet + 1 : 0;
      size = now;
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void awaitLinesAfterSentinel(ByteArrayOutputStream captured, int count) {
    for (int i = 0; i < 250; i++) {
      java.util.List<String> after = linesAfterSentinel(captured);
      if (after != null && after.size() >= count) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Test
  void healthAndTheSpecIgnoreUnknownParametersAndOtherRoutesStillRefuseThem() {
    assertThat(api.get("/health?foo=1").statusCode()).isEqualTo(200);
    assertThat(api.get("/api/v1/openapi.json?foo=1").statusCode()).isEqualTo(200);
    assertThat(api.get("/api/v1/stats?foo=1").statusCode()).isEqualTo(400);
    assertThat(api.get("/api/v1/curation?foo=1").statusCode()).isEqualTo(400);
  }

  @Test
  void a204OfADeleteHasNoContentTypeAndNoBody() throws IOException {
    assertThat(
            api.put("/api/v1/documents/short-lived", "{\"body\": \"Troops left.\"}").statusCode())
        .isEqualTo(201);

    RawHttp.Answer deleted =
        RawHttp.exchange(
            api.server.port(), "DELETE /api/v1/documents/short-lived HTTP/1.1\r\nHost: 127.0.0.1");

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.headers()).doesNotContainKey("content-type");
    assertThat(deleted.body()).isEmpty();
  }

  // Between Jetty's default aggregation (8 KB) and its output buffer (32 KB): this answer went out
  // chunked, and a client had it whole only once the closing chunk came after the request ended.
  private static final String MID_SIZED = "/api/v1/search?size=50&facetSize=100";

  @Test
  void anAnswerThatFitsTheBufferIsSentWholeWithItsLength() {
    HttpResponse<String> plain = api.get(MID_SIZED);
    int bytes = plain.body().getBytes(StandardCharsets.UTF_8).length;

    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(bytes).isBetween(8 * 1024, 32 * 1024);
    assertThat(plain.headers().firstValue("transfer-encoding")).isEmpty();
    assertThat(plain.headers().firstValueAsLong("content-length")).hasValue(bytes);
  }

  @Test
  void aCompressedAnswerStillDeclaresTheLengthOfWhatIsSent() throws IOException {
    HttpResponse<byte[]> gzipped =
        api.sendBytes(HttpRequest.newBuilder(api.uri(MID_SIZED)).header("Accept-Encoding", "gzip"));
    String unzipped =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
            StandardCharsets.UTF_8);

    assertThat(gzipped.statusCode()).isEqualTo(200);
    assertThat(gzipped.headers().firstValue("content-encoding")).hasValue("gzip");
    assertThat(gzipped.headers().firstValueAsLong("content-length"))
        .hasValue(gzipped.body().length);
    assertThat(JsonParser.parseString(unzipped).getAsJsonObject().getAsJsonArray("hits"))
        .hasSize(RunningServer.SAMPLE_ARTICLES);
  }
}
