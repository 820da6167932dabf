package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.server.http.RunningServer.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.server.reliability.TestSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads search while another posts a fixed number of document pairs over HTTP and deletes
 * every third (20 times as many with {@code -Dgazette.longTests=true}): no request fails, every
 * acknowledged document is searchable afterwards, and deleted ones are gone.
 */
class ConcurrentReadWriteTest {
  private static final int WRITES = TestSize.choose(15, 300);
  private static final String[] QUERIES = {
    "/api/v1/search?q=withdrawal&place=Anbar",
    "/api/v1/search?q=convoy&facetSize=20",
    "/api/v1/search?organization=CENTCOM&place=Anbar&place=Basra",
    "/api/v1/search?sort=newest&size=20",
    "/api/v1/facets/place?prefix=ba",
    "/api/v1/entities/place/Basra",
    "/api/v1/search?q=%22convoy%20moved%22&mentionedFrom=2024"
  };

  @TempDir Path dir;

  @Test
  void searchesAndWritesRunTogetherWithoutErrorsOrLostDocuments() throws Exception {
    try (RunningServer api = RunningServer.withSamples(dir)) {
      AtomicBoolean running = new AtomicBoolean(true);
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      Set<String> kept = ConcurrentHashMap.newKeySet();
      Set<String> deleted = ConcurrentHashMap.newKeySet();
      AtomicInteger searches = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(9);
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        tasks.add(
            pool.submit(
                () -> {
                  for (int i = offset; running.get(); i++) {
                    HttpResponse<String> r = api.get(QUERIES[i % QUERIES.length]);
                    if (r.statusCode() != 200 && r.statusCode() != 404) {
                      failures.add(r.statusCode() + " " + r.body());
                    }
                    searches.incrementAndGet();
                  }
                }));
      }
      Future<?> writer =
          pool.submit(
              () -> {
                try {
                  write(api, failures, kept, deleted);
                } finally {
                  running.set(false);
                }
              });
      writer.get(10, TimeUnit.MINUTES);
      for (Future<?> task : tasks) {
        task.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();

      assertThat(failures).isEmpty();
      assertThat(searches.get()).isGreaterThan(100);
      assertThat(kept).hasSizeGreaterThan(10);
      assertThat(deleted).isNotEmpty();
      for (String id : kept) {
        assertThat(api.get("/api/v1/documents/" + id).statusCode()).as(id).isEqualTo(200);
        assertThat(
                json(api.get("/api/v1/search?q=" + id.replace("-", "") + "token"))
                    .get("total")
                    .getAsInt())
            .as(id)
            .isEqualTo(1);
      }
      for (String id : deleted) {
        assertThat(api.get("/api/v1/documents/" + id).statusCode()).as(id).isEqualTo(404);
      }
      assertThat(json(api.get("/api/v1/stats")).get("documents").getAsInt())
          .isEqualTo(5 + kept.size());
    }
  }

  /** Posts documents (two at a time) and deletes every third first one. */
  private static void write(
      RunningServer api,
      ConcurrentLinkedQueue<String> failures,
      Set<String> kept,
      Set<String> deleted) {
    for (int n = 0; n < WRITES; n++) {
      String a = "w-" + n + "-a";
      String b = "w-" + n + "-b";
      HttpResponse<String> posted =
          api.post("/api/v1/documents", article(a) + "\n" + article(b) + "\n");
      if (posted.statusCode() != 201) {
        failures.add("POST " + posted.statusCode() + " " + posted.body());
        continue;
      }
      kept.add(a);
      kept.add(b);
      if (n % 3 == 0) {
        HttpResponse<String> gone = api.delete("/api/v1/documents/" + a);
        if (gone.statusCode() == 204) {
          kept.remove(a);
          deleted.add(a);
        } else {
          failures.add("DELETE " + gone.statusCode() + " " + gone.body());
        }
      }
    }
  }

  private static String article(String id) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \"Convoy report "
        + id
        + "\", \"body\": \"The convoy moved from Basra toward Anbar in March 2024. Marker "
        + id.replace("-", "")
        + "token.\", \"source\": \"Test Wire\"}";
  }
}
