package org.gazette.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.server.http.GazetteServer;
import org.gazette.server.http.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only index, a full disk and an index held by another process: each is a clear error, and
 * the index stays readable with everything committed before.
 */
class DiskFailureTest {
  static final Path SAMPLES = Path.of("../index-data");

  @TempDir Path dir;

  @Test
  void aReadOnlyIndexDirectoryIsAClearErrorAndTheIndexStaysReadable() throws Exception {
    try (Tmpfs fs = Tmpfs.mount(dir.resolve("ro"), "16m")) {
      Path index = fs.path.resolve("index");
      try (NewsIndex news = NewsIndex.open(NewsIndexConfig.defaults(index))) {
        news.ingest(SAMPLES);
      }
      fs.remount("ro");

      assertThatThrownBy(() -> NewsIndex.open(NewsIndexConfig.defaults(index)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the index at " + index + " cannot be written")
          .hasMessageContaining("Read-only file system")
          .hasMessageContaining("nothing in the index was changed");
      assertThat(LuceneChecks.liveDocs(index)).isEqualTo(5);

      fs.remount("rw");
      LuceneChecks.assertClean(index);
      try (NewsIndex news = NewsIndex.open(NewsIndexConfig.defaults(index))) {
        assertThat(news.count()).isEqualTo(5);
      }
    }
  }

  @Test
  void aFullDiskIs507AndEverythingAcknowledgedBeforeStaysCommitted() throws Exception {
    try (Tmpfs fs = Tmpfs.mount(dir.resolve("full"), "2m")) {
      Path index = fs.path.resolve("index");
      List<String> acked = new ArrayList<>();
      HttpResponse<String> refused = null;
      NewsIndex news = NewsIndex.open(NewsIndexConfig.defaults(index));
      news.ingest(SAMPLES);
      GazetteServer server = GazetteServer.start(news, ServerConfig.defaults().withPort(0));
      HttpClient client = KillRecoveryTest.client();
      String base = "http://127.0.0.1:" + server.port();
      try {
        Random random = new Random(7);
        for (int i = 0; i < 2000 && refused == null; i++) {
          HttpResponse<String> r = KillRecoveryTest.post(client, base, bulky("full-" + i, random));
          if (r.statusCode() / 100 == 2) {
            acked.add("full-" + i);
          } else {
            refused = r;
          }
        }
        assertThat(refused).as("the 2 MB disk filled up").isNotNull();
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(507);
        JsonObject problem = KillRecoveryTest.json(refused);
        assertThat(problem.get("type").getAsString()).isEqualTo("urn:gazette:problem:storage-full");
        assertThat(refused.body()).doesNotContain(index.toString()).doesNotContain("Exception");
        // The server stays up and keeps answering reads; further writes get the same answer.
        assertThat(KillRecoveryTest.get(client, base + "/health").statusCode()).isEqualTo(200);
        assertThat(KillRecoveryTest.get(client, base + "/api/v1/search?q=troops").statusCode())
            .isEqualTo(200);
        assertThat(
                KillRecoveryTest.post(client, base, bulky("after-full", new Random(8)))
                    .statusCode())
            .isEqualTo(507);
      } finally {
        server.close();
        try {
          news.close();
        } catch (IOException | RuntimeException expectedOnAFullDisk) {
          // closing commits, which the full disk refuses; the last commit is what counts
        }
      }
      assertThat(LuceneChecks.liveDocs(index)).isEqualTo(5 + acked.size());

      fs.remount("size=64m");
      LuceneChecks.assertClean(index);
      try (NewsIndex reopened = NewsIndex.open(NewsIndexConfig.defaults(index))) {
        assertThat(reopened.count()).isEqualTo(5 + acked.size());
        for (String id : acked) {
          assertThat(reopened.get(id)).as(id).isPresent();
        }
        reopened.ingestJson(bulky("after-space", new Random(9)), "test");
        assertThat(reopened.get("after-space")).isPresent();
      }
      TestSize.figure(
          "DiskFailureTest: 2 MB tmpfs filled after %d acknowledged articles; the next write got %d storage-full; 0 acknowledged lost after remount"
              .formatted(acked.size(), refused.statusCode()));
    }
  }

  @Test
  void aSecondProcessOnTheSameIndexIsToldItIsInUse() throws Exception {
    Path index = dir.resolve("index");
    try (ChildJvm server =
        ChildJvm.start(
            dir,
            "serve",
            List.of("serve", "--port", "0", "--data", "none", "--index", index.toString()))) {
      server.awaitPort(120_000);

      assertThatThrownBy(() -> NewsIndex.open(NewsIndexConfig.defaults(index)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is in use by another process");

      try (ChildJvm second =
          ChildJvm.start(dir, "index", List.of("index", "../index-data", "--index", "" + index))) {
        assertThat(second.await(120_000)).isEqualTo(1);
        assertThat(Files.readString(second.stderr))
            .contains("is in use by another process")
            .doesNotContain("\tat ");
      }
      server.kill();
    }
    try (NewsIndex news = NewsIndex.open(NewsIndexConfig.defaults(index))) {
      assertThat(news.count()).isZero();
    }
  }

  /** An article of about 20 KB of random words, which compresses poorly. */
  static String bulky(String id, Random random) {
    StringBuilder body = new StringBuilder("Troops left Baghdad on Monday.");
    while (body.length() < 20_000) {
      body.append(' ');
      int letters = 3 + random.nextInt(8);
      for (int i = 0; i < letters; i++) {
        body.append((char) ('a' + random.nextInt(26)));
      }
    }
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("title", "Bulky " + id);
    o.addProperty("body", body.toString());
    return o.toString();
  }
}
