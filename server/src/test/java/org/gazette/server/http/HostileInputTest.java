package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gazette.server.reliability.TestSize;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile requests against a real server: each is refused with a 4xx problem (or, for a
 * query that is merely expensive, answered) within a time limit, no answer holds a stack trace or a
 * file path, the server stays up with bounded memory, and nothing stored changes.
 */
class HostileInputTest {
  static final long LIMIT_MILLIS = 10_000;
  static final int MB = 1024 * 1024;

  @TempDir static Path dir;
  static RunningServer s;

  /** A request and the statuses it may get. */
  record Case(String name, String method, String path, byte[] body, Set<Integer> allowed) {}

  @BeforeAll
  static void start() throws IOException {
    s = RunningServer.withSamples(dir);
  }

  @AfterAll
  static void stop() throws IOException {
    s.close();
  }

  @Test
  void everyHostileRequestIsRefusedQuicklyWithAProblemAndNothingStoredChanges() throws Exception {
    Map<String, String> before = stored();
    long heapBefore = usedHeapAfterGc();
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    List<String> answered = new ArrayList<>();
    List<Case> cases = corpus();
    for (Case c : cases) {
      long start = System.nanoTime();
      HttpResponse<String> r = send(c);
      long millis = (System.nanoTime() - start) / 1_000_000;
      outcomes.merge(String.valueOf(r.statusCode()), 1, Integer::sum);
      if (r.statusCode() == 200) {
        answered.add(c.name());
      }
      String problem = check(c, r, millis);
      if (problem != null) {
        failures.add(c.name() + ": " + problem);
      }
    }
    outcomes.merge("413 (1 GB streamed, declared)", 1, Integer::sum);
    assertThat(oneGigabyte(true)).startsWith("HTTP/1.1 413");
    outcomes.merge("413 (1 GB streamed, chunked)", 1, Integer::sum);
    assertThat(oneGigabyte(false)).startsWith("HTTP/1.1 413");

    // What java.net.http cannot send: a foreign Host, another HTTP version, a foreign preflight.
    outcomes.merge("421 (Host of another site, DNS rebinding)", 1, Integer::sum);
    assertThat(
            RawHttp.getWithHost(s.server.port(), "/api/v1/stats", "rebind.evil.example").status())
        .isEqualTo(421);
    outcomes.merge("505 (HTTP/3.0 request line)", 1, Integer::sum);
    assertThat(
            RawHttp.exchange(s.server.port(), "GET /api/v1/stats HTTP/3.0\r\nHost: 127.0.0.1")
                .status())
        .isEqualTo(505);
    outcomes.merge("403 (preflight of a DELETE from a foreign origin)", 1, Integer::sum);
    String victim = before.keySet().iterator().next();
    RawHttp.Answer preflight =
        RawHttp.exchange(
            s.server.port(),
            "OPTIONS /api/v1/documents/"
                + RunningServer.enc(victim)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://evil.example\r\n"
                + "Access-Control-Request-Method: DELETE");
    assertThat(preflight.status()).isEqualTo(403);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    // Problems name what was asked in UTF-8, whatever the script.
    assertThat(s.get("/api/v1/documents/%D8%A8").body()).contains("\u0628");
    assertThat(s.get("/api/v1/documents/caf%C3%A9").body()).contains("caf\u00e9");

    assertThat(failures).isEmpty();
    assertThat(s.get("/health").statusCode()).isEqualTo(200);
    assertThat(stored()).isEqualTo(before);
    long growth = usedHeapAfterGc() - heapBefore;
    assertThat(growth).as("heap growth in bytes").isLessThan(128L * MB);
    TestSize.figure(
        "HostileInputTest: %d hostile HTTP requests (+2 streamed 1 GB bodies), outcomes by status %s (200: %s), 0 server errors, 0 stack traces or paths, stored documents unchanged, heap growth %d MB"
            .formatted(cases.size(), outcomes, answered, growth / MB));
  }

  /** Each request of the corpus: name, method, path, body, allowed statuses. */
  static List<Case> corpus() {
    List<Case> c = new ArrayList<>();
    Set<Integer> bad = Set.of(400);
    String docs = "/api/v1/documents";
    post(c, "truncated JSON", "{\"body\": \"Troops", bad);
    post(c, "100k nested arrays", "[".repeat(100_000) + "]".repeat(100_000), bad);
    post(c, "100k nested objects", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), bad);
    post(c, "deep nesting unclosed", "[{\"a\":".repeat(50_000), bad);
    c.add(new Case("invalid UTF-8", "POST", docs, bytes(0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d), bad));
    c.add(
        new Case(
            "overlong UTF-8 NUL",
            "POST",
            docs,
            concat(
                "{\"body\": \"a".getBytes(StandardCharsets.UTF_8), bytes(0xc0, 0x80, 0x22, 0x7d)),
            bad));
    c.add(new Case("raw NUL bytes", "POST", docs, new byte[1000], bad));
    post(c, "escaped NULs only", "{\"body\": \"\\u0000\\u0000\\u0000\"}", bad);
    post(c, "NUL in JSON key", "{\"bo\u0000dy\": \"text\"}", bad);
    post(c, "10 MB single garbage line", "x".repeat(10 * MB), bad);
    post(
        c,
        "10 MB line, body of wrong type",
        "{\"body\": 5, \"pad\": \"" + "y".repeat(10 * MB) + "\"}",
        bad);
    post(c, "unknown fields only", "{\"headline\": \"x\", \"content\": \"y\"}", bad);
    post(c, "body is an array", "{\"body\": [\"Troops left.\"]}", bad);
    post(c, "body is an object", "{\"body\": {\"text\": \"Troops left.\"}}", bad);
    // A wrong-typed optional field is dropped with a warning (README, Writing documents); with no
    // text besides, nothing is stored.
    post(c, "id is an object, no text", "{\"id\": {\"a\": 1}, \"body\": \"\"}", bad);
    post(
        c,
        "every field of the wrong type",
        "{\"id\": 1, \"title\": [], \"body\": {}, \"published\": true, \"authors\": 5}",
        bad);
    post(c, "id with ../ and no text", "{\"id\": \"../../etc/passwd\", \"body\": \" \"}", bad);
    post(
        c,
        "id with control characters and no text",
        "{\"id\": \"a\\u0001\\u001b[2J\", \"body\": \"\"}",
        bad);
    post(c, "a number", "42", bad);
    post(c, "null", "null", bad);
    post(c, "an array of nulls", "[null, null, 1, \"x\"]", bad);
    post(c, "100k JSON lines of garbage", "not json\n".repeat(100_000), bad);
    post(c, "huge number", "{\"body\": 1" + "0".repeat(100_000) + "}", bad);
    post(c, "unterminated string of 1 MB", "{\"body\": \"" + "z".repeat(MB), bad);
    c.add(
        new Case(
            "PUT two articles",
            "PUT",
            docs + "/x",
            utf8("[{\"body\": \"a\"}, {\"body\": \"b\"}]"),
            bad));
    c.add(new Case("empty body", "POST", docs, new byte[0], bad));
    c.add(new Case("form body", "POST-FORM", docs, utf8("body=Troops+left"), Set.of(415)));

    get(c, "path traversal id", docs + "/..%2F..%2Fetc%2Fpasswd", Set.of(404));
    get(c, "dot-dot path", "/api/v1/../../etc/passwd", Set.of(400, 404));
    get(c, "NUL id", docs + "/%00", Set.of(400, 404));
    get(c, "control-character id", docs + "/a%01%1B%5B2J", bad);
    get(c, "id of 513 characters", docs + "/" + "i".repeat(513), bad);
    c.add(
        new Case(
            "DELETE traversal id", "DELETE", docs + "/..%2Findex%2Fwrite.lock", null, Set.of(404)));
    get(c, "100,000 place filters", "/api/v1/search?" + "place=a&".repeat(100_000), Set.of(414));
    get(c, "101 place filters", "/api/v1/search?" + "place=Baghdad&".repeat(101), bad);
    get(
        c,
        "deep parentheses",
        "/api/v1/search?q=" + "(".repeat(2000) + "troops" + ")".repeat(2000),
        bad);
    get(c, "unbalanced parentheses", "/api/v1/search?q=" + "(".repeat(3000), bad);
    // The control: nesting at the limit is a query like any other.
    get(
        c,
        "parentheses 32 deep (control)",
        "/api/v1/search?q=" + "(".repeat(32) + "troops" + ")".repeat(32),
        Set.of(200));
    get(
        c,
        "huge boolean query",
        "/api/v1/search?q=" + "troops%20OR%20".repeat(400) + "troops",
        bad);
    get(c, "query over 4096 characters", "/api/v1/search?q=" + "a".repeat(5000), bad);
    get(c, "leading wildcard", "/api/v1/search?q=*roops", bad);
    get(c, "leading question mark", "/api/v1/search?q=%3Froops", bad);
    get(c, "one-letter prefix", "/api/v1/search?q=t*", bad);
    get(
        c,
        "regex bomb",
        "/api/v1/search?q=" + RunningServer.enc("/ab(.*a){30}/"),
        Set.of(400, 200));
    get(
        c,
        "regex of nested stars",
        "/api/v1/search?q=" + RunningServer.enc("/ab((a*)*)*b/"),
        Set.of(400, 200));
    get(
        c,
        "regex with a huge repeat",
        "/api/v1/search?q=" + RunningServer.enc("/ab[a-z]{1,5000}/"),
        bad);
    get(c, "fuzzy on a long term", "/api/v1/search?q=" + "abcdefghij".repeat(20) + "~2", bad);
    get(c, "many fuzzy terms", "/api/v1/search?q=" + "coalition~2%20".repeat(200), bad);
    get(c, "field bomb", "/api/v1/search?q=" + "title:(".repeat(500) + "x", bad);
    get(c, "unknown field", "/api/v1/search?q=password:secret", bad);
    get(
        c,
        "range on a text field",
        "/api/v1/search?q=" + RunningServer.enc("body:[a TO zzzzzz]"),
        Set.of(400, 200));
    get(c, "page beyond any index", "/api/v1/search?page=99999999999999999999", bad);
    get(c, "negative size", "/api/v1/search?size=-1", bad);
    get(c, "huge facet size", "/api/v1/search?facetSize=1000000000", bad);
    get(c, "garbage cursor", "/api/v1/search?cursor=" + "A".repeat(2000), bad);
    get(c, "bad date", "/api/v1/search?from=2024-02-30", bad);
    get(c, "unknown parameter", "/api/v1/search?debug=true", bad);
    get(c, "percent-escapes that are not UTF-8", "/api/v1/search?q=%E0%A4", bad);
    get(c, "overlong UTF-8 escape", "/api/v1/search?q=%C0%80", bad);
    get(c, "NUL in query", "/api/v1/search?q=troops%00", Set.of(400, 200));
    get(c, "unknown facet dimension", "/api/v1/facets/..%2F..", Set.of(400, 404));
    get(
        c,
        "facet prefix of 100k letters",
        "/api/v1/facets/place?prefix=" + "a".repeat(100_000),
        Set.of(414));
    get(c, "entity of unknown type", "/api/v1/entities/weapon/x", bad);
    // Issue 12, the data rules: one id grammar for paths and bodies, strict curation bodies,
    // supported dates, bounded fuzzy and regular-expression terms, terms counted as typed.
    c.add(
        new Case(
            "PUT id with a line feed",
            "PUT",
            docs + "/a%0Ab",
            utf8("{\"body\": \"Troops left.\"}"),
            bad));
    c.add(
        new Case(
            "PUT id with a leading space",
            "PUT",
            docs + "/%20a",
            utf8("{\"body\": \"Troops left.\"}"),
            bad));
    post(c, "blank id with text", "{\"id\": \" \", \"body\": \"Troops left.\"}", bad);
    post(
        c,
        "lone-surrogate id with text",
        "{\"id\": \"\\ud800x\", \"body\": \"Troops left.\"}",
        bad);
    String sf = "/api/v1/entities/organization/Special%20Forces";
    c.add(new Case("curation blocked as a string", "PUT", sf, utf8("{\"blocked\": \"yes\"}"), bad));
    c.add(new Case("curation blocked as a number", "PUT", sf, utf8("{\"blocked\": 1}"), bad));
    c.add(new Case("curation mergeInto a number", "PUT", sf, utf8("{\"mergeInto\": 5}"), bad));
    c.add(new Case("curation in single quotes", "PUT", sf, utf8("{'blocked': true}"), bad));
    c.add(new Case("curation with a comment", "PUT", sf, utf8("{\"blocked\": true /* x */}"), bad));
    post(c, "published 44 BC, no text", "{\"published\": \"-0044-03-15\", \"body\": \"\"}", bad);
    get(c, "from year 44", "/api/v1/search?from=0044", bad);
    get(c, "mentionedFrom year 999999999", "/api/v1/search?mentionedFrom=%2B999999999-12-31", bad);
    get(
        c,
        "fifteen fuzzy terms of 251 letters",
        "/api/v1/search?q=" + ("abcdefghijklmnopqrstuvwxy".repeat(10) + "z~2%20").repeat(15),
        bad);
    get(c, "regex repeat of 9000", "/api/v1/search?q=" + RunningServer.enc("/ab.{1,9000}/"), bad);
    get(
        c,
        "129 plain words (control)",
        "/api/v1/search?q=" + "troops%20OR%20".repeat(128) + "troops",
        Set.of(200));
    // Issue 12, the HTTP layer: routes that ignore unknown parameters, ids outside ASCII,
    // methods a path does not take, HEAD as GET would answer.
    get(
        c,
        "Lucene's match-all *:* (control)",
        "/api/v1/search?q=" + RunningServer.enc("*:*"),
        Set.of(200));
    get(c, "unknown parameter on health (ignored)", "/health?foo=1", Set.of(200));
    get(c, "unknown parameter on the spec (ignored)", "/api/v1/openapi.json?foo=1", Set.of(200));
    get(c, "id in Arabic script", docs + "/%D8%A8", Set.of(404));
    get(c, "id with an accent", docs + "/caf%C3%A9", Set.of(404));
    c.add(
        new Case("PATCH a document", "PATCH", docs + "/x", utf8("{\"body\": \"x\"}"), Set.of(405)));
    c.add(new Case("GET the collection", "GET", docs, null, Set.of(405)));
    c.add(new Case("HEAD of a missing document", "HEAD", docs + "/no-such-id", null, Set.of(404)));
    c.add(new Case("HEAD of a bad query", "HEAD", "/api/v1/search?q=a*", null, Set.of(400)));
    return c;
  }

  /** Null when the answer is as it should be, else what is wrong with it. */
  private static String check(Case c, HttpResponse<String> r, long millis) {
    if (!c.allowed().contains(r.statusCode())) {
      return "status " + r.statusCode() + " not in " + c.allowed() + ": " + abbreviated(r.body());
    }
    if (millis > LIMIT_MILLIS) {
      return "took " + millis + " ms";
    }
    if (r.statusCode() >= 400) {
      if (!r.headers().firstValue("Content-Type").orElse("").startsWith(Problems.CONTENT_TYPE)) {
        return "not a problem: "
            + r.headers().firstValue("Content-Type")
            + " "
            + abbreviated(r.body());
      }
      if (c.method().equals("HEAD")) {
        return r.body().isEmpty() ? null : "a HEAD answer with a body";
      }
      JsonObject problem = RunningServer.json(r);
      for (String field : List.of("type", "title", "status", "detail")) {
        if (!problem.has(field)) {
          return "the problem has no " + field + ": " + abbreviated(r.body());
        }
      }
    }
    return leak(r.body());
  }

  /** What in an answer tells about the server's insides: a stack frame, a class, a file path. */
  static String leak(String body) {
    for (String sign :
        List.of(
            "\tat ",
            "Exception",
            "java.",
            "org.apache",
            "org.eclipse",
            "org.gazette.",
            dir.toString(),
            "/tmp/",
            "/work/",
            "/root/",
            ".java:")) {
      if (body.contains(sign)) {
        return "the answer contains '" + sign + "': " + abbreviated(body);
      }
    }
    return null;
  }

  private static HttpResponse<String> send(Case c) {
    HttpRequest.Builder b = HttpRequest.newBuilder(s.uri(c.path()));
    switch (c.method()) {
      case "GET" -> b.GET();
      case "DELETE" -> b.DELETE();
      case "HEAD" -> b.method("HEAD", HttpRequest.BodyPublishers.noBody());
      case "POST-FORM" ->
          b.header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
      default ->
          b.header("Content-Type", "application/json")
              .method(c.method(), HttpRequest.BodyPublishers.ofByteArray(c.body()));
    }
    return s.send(b);
  }

  /**
   * Streams a 1 GB body (never held in memory) and returns the status line, which must come long
   * before the body is sent.
   */
  static String oneGigabyte(boolean declared) throws Exception {
    long gigabyte = 1024L * MB;
    AtomicLong sent = new AtomicLong();
    long start = System.nanoTime();
    try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
      socket.setSoTimeout((int) LIMIT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + (declared ? "Content-Length: " + gigabyte : "Transfer-Encoding: chunked")
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      Thread writer =
          Thread.ofPlatform()
              .start(
                  () -> {
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) 'a');
                    byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes();
                    try {
                      while (sent.get() < gigabyte) {
                        if (!declared) {
                          out.write(head);
                        }
                        out.write(chunk);
                        if (!declared) {
                          out.write("\r\n".getBytes());
                        }
                        sent.addAndGet(chunk.length);
                      }
                    } catch (IOException closedByTheServer) {
                      // the server answered and closed: the rest is never sent
                    }
                  });
      String status = statusLine(socket.getInputStream());
      long millis = (System.nanoTime() - start) / 1_000_000;
      socket.close();
      writer.join(LIMIT_MILLIS);
      assertThat(millis).isLessThan(LIMIT_MILLIS);
      assertThat(sent.get()).isLessThan(gigabyte);
      return status;
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
      line.append((char) c);
    }
    return line.toString();
  }

  /** Every stored article, id to its JSON as served. */
  static Map<String, String> stored() {
    Map<String, String> docs = new LinkedHashMap<>();
    JsonObject page = RunningServer.json(s.get("/api/v1/search?size=100&sort=newest"));
    for (JsonElement hit : page.getAsJsonArray("hits")) {
      String id = hit.getAsJsonObject().get("id").getAsString();
      docs.put(id, s.get("/api/v1/documents/" + RunningServer.enc(id)).body());
    }
    docs.put("(total)", page.get("total").getAsString());
    return docs;
  }

  static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void post(List<Case> c, String name, String body, Set<Integer> allowed) {
    c.add(new Case(name, "POST", "/api/v1/documents", utf8(body), allowed));
  }

  private static void get(List<Case> c, String name, String path, Set<Integer> allowed) {
    c.add(new Case(name, "GET", path, null, allowed));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static String abbreviated(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }
}
