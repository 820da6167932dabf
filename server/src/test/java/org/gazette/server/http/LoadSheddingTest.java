package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full server answers 503 at once with a problem and Retry-After instead of piling up work. */
class LoadSheddingTest {
  private static final int ARTICLES = 3000;

  @TempDir Path dir;

  @Test
  void whenEveryTurnIsTakenAndNoneMayWaitTheNextRequestIs503AndHealthStillAnswers()
      throws Exception {
    ServerConfig config = ServerConfig.defaults().withPort(0).withRequestLimits(1, 0, 0);
    try (RunningServer s = RunningServer.start(dir, config, true)) {
      // A write of many articles holds the only turn while they are indexed. (A body that arrives
      // slowly does not: it is read before the request takes a turn, see BodyDeadlineTest.) The
      // write is sent again while it finds the turn taken by one of the searches below.
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < ARTICLES; i++) {
        lines.append(
            "{\"id\": \"bulk-%d\", \"body\": \"Troops left Baghdad on Monday, day %d. Coalition advisers met officers in Erbil.\"}\n"
                .formatted(i, i));
      }
      CompletableFuture<Integer> written =
          CompletableFuture.supplyAsync(
              () -> {
                int status = 503;
                while (status == 503) {
                  status = s.post("/api/v1/documents", lines.toString()).statusCode();
                }
                return status;
              });

      HttpResponse<String> busy = awaitBusy(s);
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(busy.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json; charset=utf-8");
      assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(RunningServer.json(busy).get("type").getAsString())
          .isEqualTo("urn:gazette:problem:overloaded");
      assertThat(s.get("/health").statusCode()).isEqualTo(200);

      assertThat(written.get(120, TimeUnit.SECONDS)).isEqualTo(201);
      assertThat(s.get("/api/v1/search?q=troops").statusCode()).isEqualTo(200);
      assertThat(s.get("/api/v1/documents/bulk-7").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aRequestMayWaitForATurnWithinTheLimit() throws Exception {
    ServerConfig config = ServerConfig.defaults().withPort(0).withRequestLimits(1, 8, 10_000);
    try (RunningServer s = RunningServer.start(dir, config, true)) {
      var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
      try {
        var answers =
            pool.invokeAll(
                java.util.Collections.nCopies(
                    6, () -> s.get("/api/v1/search?q=coalition").statusCode()));
        for (var a : answers) {
          assertThat(a.get()).isEqualTo(200);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  // The slow write reaches its handler a moment after its headers are sent.
  private static HttpResponse<String> awaitBusy(RunningServer s) {
    HttpResponse<String> last = null;
    for (int i = 0; i < 100; i++) {
      last = s.get("/api/v1/search?q=troops");
      if (last.statusCode() == 503) {
        return last;
      }
      sleep(50);
    }
    return last;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
      line.append((char) c);
    }
    return line.toString();
  }
}
