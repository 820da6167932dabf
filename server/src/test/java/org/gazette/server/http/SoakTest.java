package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gazette.server.reliability.TestSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent searches, facet queries, profiles and writes against one server, a fixed number of
 * each (20 times as many with {@code -Dgazette.longTests=true}): no error, no lost write, heap
 * bounded, no request near a hang. Latency by quarter of the run is reported as a figure.
 */
class SoakTest {
  static final List<String> QUERIES =
      List.of(
          "troops",
          "coalition",
          "Baghdad",
          "\"US troops\"",
          "withdrawal OR attack",
          "title:troops",
          "Sudani",
          "Iraq AND coalition",
          "drone*",
          "milit*",
          "attack~1",
          "Anbar",
          "");
  static final List<String> FILTERS =
      List.of(
          "",
          "&place=Baghdad",
          "&organization=Pentagon",
          "&source=Soak%20Wire",
          "&from=2024-01-01");

  @TempDir Path dir;

  @Test
  void searchesFacetsAndWritesTogetherRunWithoutErrorsAndWithBoundedHeapAndLatency()
      throws Exception {
    // Fixed operation counts, not a fixed duration: each reader makes this many requests, each
    // writer writes this many articles (and deletes every fifth).
    int reads = TestSize.choose(300, 12_000);
    int writes = TestSize.choose(20, 400);
    try (RunningServer s = RunningServer.withSamples(dir)) {
      long heapBefore = HostileInputTest.usedHeapAfterGc();
      long start = System.nanoTime();
      // Quarter of each client's run -> latencies (µs).
      Map<Integer, List<Long>> windows = new ConcurrentHashMap<>();
      AtomicLong requests = new AtomicLong();
      List<String> errors = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger written = new AtomicInteger();
      AtomicInteger deleted = new AtomicInteger();
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < 6; c++) {
        int client = c;
        clients.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      Random random = new Random(client);
                      int operations = client < 4 ? reads : writes;
                      for (int n = 0; n < operations; n++) {
                        long t0 = System.nanoTime();
                        String what;
                        HttpResponse<String> r;
                        try {
                          switch (client) {
                            case 0, 1, 2 -> {
                              what = "search";
                              r =
                                  s.get(
                                      "/api/v1/search?q="
                                          + RunningServer.enc(pick(QUERIES, random))
                                          + pick(FILTERS, random)
                                          + "&facets=organization,place,person,source");
                            }
                            case 3 -> {
                              what = "facets";
                              r =
                                  random.nextBoolean()
                                      ? s.get("/api/v1/facets/place?prefix=ba&q=troops")
                                      : s.get("/api/v1/entities/place/Baghdad");
                            }
                            default -> {
                              String id = "soak-" + client + "-" + n;
                              what = "write";
                              r = s.post("/api/v1/documents", article(id, n));
                              if (r.statusCode() == 201) {
                                written.incrementAndGet();
                                if (n % 5 == 4) {
                                  HttpResponse<String> d =
                                      s.delete("/api/v1/documents/" + RunningServer.enc(id));
                                  if (d.statusCode() == 204) {
                                    deleted.incrementAndGet();
                                  } else {
                                    errors.add("delete " + d.statusCode() + " " + d.body());
                                  }
                                }
                              }
                            }
                          }
                        } catch (UncheckedIOException | IllegalStateException e) {
                          errors.add(e.toString());
                          continue;
                        }
                        requests.incrementAndGet();
                        if (r.statusCode() / 100 != 2) {
                          errors.add(what + " " + r.statusCode() + " " + r.body());
                        }
                        long micros = (System.nanoTime() - t0) / 1000;
                        int window = n * 4 / operations;
                        windows
                            .computeIfAbsent(
                                window, w -> Collections.synchronizedList(new ArrayList<>()))
                            .add(micros);
                      }
                    }));
      }
      for (Thread t : clients) {
        t.join();
      }
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      long heapGrowth = HostileInputTest.usedHeapAfterGc() - heapBefore;

      assertThat(errors).as("errors").isEmpty();
      int documents = RunningServer.json(s.get("/health")).get("documents").getAsInt();
      assertThat(documents).isEqualTo(5 + written.get() - deleted.get());
      assertThat(heapGrowth).as("heap growth").isLessThan(256L * 1024 * 1024);
      List<String> table = new ArrayList<>();
      long firstP50 = -1;
      long worstP99 = 0;
      long lastP50 = 0;
      for (int w = 0; windows.containsKey(w); w++) {
        List<Long> l = new ArrayList<>(windows.get(w));
        Collections.sort(l);
        long p50 = l.get(l.size() / 2) / 1000;
        long p99 = l.get((int) (l.size() * 0.99)) / 1000;
        firstP50 = firstP50 < 0 ? p50 : firstP50;
        lastP50 = p50;
        worstP99 = Math.max(worstP99, p99);
        table.add("quarter %d: %d req p50 %d ms p99 %d ms".formatted(w + 1, l.size(), p50, p99));
      }
      // Only a bound that catches a hang; how latency moves over the run is a figure, not a test.
      assertThat(worstP99).as("worst p99 ms: %s", table).isLessThan(10_000);
      TestSize.figure(
          "SoakTest: %d s, 6 clients (3 search, 1 facets/profiles, 2 writers), %d requests, %d errors, %d articles written, %d deleted, heap growth %d MB, p50 first/last quarter %d/%d ms, by quarter of each client's run: %s"
              .formatted(
                  seconds,
                  requests.get(),
                  errors.size(),
                  written.get(),
                  deleted.get(),
                  heapGrowth / (1024 * 1024),
                  firstP50,
                  lastP50,
                  table));
    }
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String article(String id, int n) {
    com.google.gson.JsonObject o = new com.google.gson.JsonObject();
    o.addProperty("id", id);
    o.addProperty("title", "Coalition troops leave base " + n);
    o.addProperty(
        "body",
        "US troops left a base near Baghdad on Monday, the Pentagon said. Iraqi Prime Minister"
            + " Mohammed Shia al-Sudani welcomed the step. Item "
            + n
            + ".");
    o.addProperty("source", "Soak Wire");
    o.addProperty("published", "2024-0" + (1 + n % 9) + "-1" + (n % 10));
    return o.toString();
  }
}
