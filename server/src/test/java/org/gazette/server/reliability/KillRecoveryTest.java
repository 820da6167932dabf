package org.gazette.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability under SIGKILL: several clients post articles to a server in a child JVM, the JVM is
 * killed at random moments (seeded) and restarted on the same index; every article whose write was
 * answered 2xx must be there, searchable by its facets, the index must pass Lucene's CheckIndex,
 * and writes must resume. A 2xx means the article is committed (Lucene commit with fsync) and
 * searchable: the handler answers only after {@code NewsIndex.ingestJson} has committed.
 */
class KillRecoveryTest {
  static final String SOURCE = "Kill Wire";
  static final int CLIENTS = 3;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedArticleSurvivesSigkillAndWritesResume() throws Exception {
    // Two kills in the normal suite: a kill, then a kill of the recovered index; the long run
    // (-Dgazette.longTests=true) kills 100 times at seeded moments.
    int kills = TestSize.choose(2, 100);
    long seed = Long.getLong("gazette.killSeed", 20261206L);
    Random random = new Random(seed);
    Path index = dir.resolve("index");
    Set<String> acked = ConcurrentHashMap.newKeySet();
    AtomicInteger attempted = new AtomicInteger();
    long start = System.nanoTime();
    List<String> previousLife = List.of();

    for (int life = 0; life < kills; life++) {
      try (ChildJvm child = serve(index, "life" + life)) {
        HttpClient client = client();
        String base = "http://127.0.0.1:" + child.awaitPort(120_000);
        // What the last life acknowledged just before its SIGKILL is the most at risk.
        assertPresent(client, base, previousLife);
        assertThat(total(client, base)).isGreaterThanOrEqualTo(acked.size());

        Writers writers = new Writers(client, base, life, attempted);
        writers.start();
        writers.awaitFirstAck(60_000);
        Thread.sleep(random.nextInt(700));
        child.kill();
        writers.join();
        acked.addAll(writers.acked);
        previousLife = List.copyOf(writers.acked);
      }
      LuceneChecks.assertClean(index);
    }

    try (ChildJvm child = serve(index, "final")) {
      HttpClient client = client();
      String base = "http://127.0.0.1:" + child.awaitPort(120_000);
      List<String> lost = new ArrayList<>();
      for (String id : acked) {
        HttpResponse<String> doc = get(client, base + "/api/v1/documents/" + enc(id));
        if (doc.statusCode() != 200) {
          lost.add(id);
        } else {
          assertThat(json(doc).get("source").getAsString()).isEqualTo(SOURCE);
        }
      }
      assertThat(lost).as("acknowledged articles missing after %d kills", kills).isEmpty();

      // Searchable with facets: every stored article under the source filter and the place facet.
      int stored = LuceneChecks.liveDocs(index);
      JsonObject search =
          json(
              get(
                  client,
                  base
                      + "/api/v1/search?q=troops&source="
                      + enc(SOURCE)
                      + "&size=0&facets=source,place&facetSize=50"));
      assertThat(search.get("total").getAsInt()).isEqualTo(stored);
      assertThat(count(search, "source", SOURCE)).isEqualTo(stored);
      assertThat(count(search, "place", "Baghdad")).isEqualTo(stored);
      assertThat(stored).isGreaterThanOrEqualTo(acked.size());

      // Writes resume on the recovered index.
      HttpResponse<String> after = post(client, base, article("after-recovery", 0));
      assertThat(after.statusCode()).isEqualTo(201);
      assertThat(get(client, base + "/api/v1/documents/after-recovery").statusCode())
          .isEqualTo(200);
      TestSize.figure(
          "KillRecoveryTest: seed %d, %d SIGKILLs survived, %d writes attempted, %d articles acknowledged, %d acknowledged articles lost, %d stored (incl. unacknowledged but committed), CheckIndex clean after every kill, %.0f s"
              .formatted(
                  seed,
                  kills,
                  attempted.get(),
                  acked.size(),
                  lost.size(),
                  stored,
                  (System.nanoTime() - start) / 1e9));
    }
  }

  private ChildJvm serve(Path index, String name) throws IOException {
    return ChildJvm.start(
        dir, name, List.of("serve", "--port", "0", "--data", "none", "--index", index.toString()));
  }

  /** The clients of one life of the server; each stops at its first failed request. */
  static final class Writers {
    final Set<String> acked = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();

    Writers(HttpClient client, String base, int life, AtomicInteger attempted) {
      for (int c = 0; c < CLIENTS; c++) {
        int clientNo = c;
        threads.add(
            Thread.ofPlatform()
                .name("writer-" + life + "-" + c)
                .unstarted(
                    () -> {
                      for (int n = 0; ; n++) {
                        // Client 0 posts arrays of five: one answer acknowledges all five.
                        int batch = clientNo == 0 ? 5 : 1;
                        StringBuilder body = new StringBuilder(batch > 1 ? "[" : "");
                        for (int b = 0; b < batch; b++) {
                          String id = "k%d-%d-%d-%d".formatted(life, clientNo, n, b);
                          body.append(b > 0 ? "," : "").append(article(id, n));
                        }
                        body.append(batch > 1 ? "]" : "");
                        attempted.incrementAndGet();
                        try {
                          HttpResponse<String> r = post(client, base, body.toString());
                          if (r.statusCode() / 100 != 2) {
                            throw new AssertionError("write refused: " + r.body());
                          }
                          for (JsonElement id : json(r).getAsJsonArray("ids")) {
                            acked.add(id.getAsString());
                          }
                        } catch (IOException | InterruptedException killed) {
                          return; // no answer: not acknowledged
                        }
                      }
                    }));
      }
    }

    void start() {
      threads.forEach(Thread::start);
    }

    void awaitFirstAck(long millis) throws InterruptedException {
      long deadline = System.currentTimeMillis() + millis;
      while (acked.isEmpty() && System.currentTimeMillis() < deadline) {
        Thread.sleep(5);
      }
      assertThat(acked).as("writes resume after a restart").isNotEmpty();
    }

    void join() throws InterruptedException {
      for (Thread t : threads) {
        t.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(t.isAlive()).as(t.getName() + " stopped").isFalse();
      }
    }
  }

  static String article(String id, int n) {
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("title", "Troops leave base " + id);
    o.addProperty(
        "body",
        "US troops left a base near Baghdad on Monday, the Pentagon said. Report number "
            + n
            + " of the series.");
    o.addProperty("source", SOURCE);
    return o.toString();
  }

  static HttpClient client() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  static HttpResponse<String> post(HttpClient client, String base, String body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(HttpClient client, String url)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertPresent(HttpClient client, String base, List<String> ids)
      throws IOException, InterruptedException {
    for (String id : ids) {
      assertThat(get(client, base + "/api/v1/documents/" + enc(id)).statusCode())
          .as("acknowledged article %s after SIGKILL", id)
          .isEqualTo(200);
    }
  }

  private static int total(HttpClient client, String base)
      throws IOException, InterruptedException {
    return json(get(client, base + "/api/v1/search?size=0&source=" + enc(SOURCE)))
        .get("total")
        .getAsInt();
  }

  private static int count(JsonObject search, String dimension, String value) {
    JsonArray values = search.getAsJsonObject("facets").getAsJsonArray(dimension);
    for (JsonElement v : values) {
      if (v.getAsJsonObject().get("value").getAsString().equals(value)) {
        return v.getAsJsonObject().get("count").getAsInt();
      }
    }
    throw new AssertionError("no " + dimension + " value " + value + " in " + values);
  }

  static JsonObject json(HttpResponse<String> r) {
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
