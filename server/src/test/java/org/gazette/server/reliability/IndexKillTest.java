package org.gazette.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gazette index DIR} killed with SIGKILL midway: the index stays clean, and a rerun
 * finishes the job with exactly one document per article (ids come from file names, or from the
 * content for JSON lines without an id, so a rerun replaces rather than duplicates).
 */
class IndexKillTest {
  @TempDir Path dir;

  @Test
  void aRerunAfterSigkillMidwayFinishesTheJobWithoutDuplicates() throws Exception {
    int files = TestSize.choose(2000, 20_000);
    int lines = 300;
    Path corpus = corpus(files, lines);
    Path index = dir.resolve("index");
    List<String> command = List.of("index", corpus.toString(), "--index", index.toString());
    Random random = new Random(Long.getLong("gazette.killSeed", 20261206L));
    // One run killed midway in the normal suite; the long run kills a second one over what the
    // first left.
    int killedRuns = TestSize.choose(1, 2);
    int kills = 0;
    for (int run = 0; run < killedRuns; run++) {
      try (ChildJvm child = ChildJvm.start(dir, "index" + run, command)) {
        awaitProgress(child);
        Thread.sleep(random.nextInt(500));
        assertThat(child.process.isAlive()).as("still indexing when killed").isTrue();
        child.kill();
        kills++;
      }
      LuceneChecks.assertClean(index);
    }

    try (ChildJvm rerun = ChildJvm.start(dir, "rerun", command)) {
      assertThat(rerun.await(600_000)).as(Files.readString(rerun.stderr)).isZero();
    }
    // Indexing some of the same files again replaces their articles, and adds none: the JSON lines
    // (ids hashed from their content) and the first 100 text files (ids from their names).
    List<String> some =
        new java.util.ArrayList<>(List.of("index", "" + corpus.resolve("wire.jsonl")));
    for (int i = 0; i < 100; i++) {
      some.add("" + corpus.resolve("a%05d.txt".formatted(i)));
    }
    some.addAll(List.of("--index", index.toString()));
    try (ChildJvm again = ChildJvm.start(dir, "again", some)) {
      assertThat(again.await(600_000)).isZero();
      assertThat(Files.readString(again.stdout))
          .contains("added 0, replaced " + (lines + 100) + ", skipped 0, failed 0");
    }
    LuceneChecks.assertClean(index);
    assertThat(LuceneChecks.liveDocs(index)).isEqualTo(files + lines);
    try (NewsIndex news = NewsIndex.open(NewsIndexConfig.defaults(index))) {
      assertThat(news.count()).isEqualTo(files + lines);
      SearchQuery one = SearchQuery.builder().text("\"serial 1234\"").build();
      assertThat(news.search(one).total()).isEqualTo(1);
      SearchQuery line = SearchQuery.builder().text("\"line 77\"").build();
      assertThat(news.search(line).total()).isEqualTo(1);
    }
    TestSize.figure(
        "IndexKillTest: index of %d .txt files and %d JSON lines SIGKILLed %d times midway; rerun finished with %d documents, 0 duplicates, CheckIndex clean"
            .formatted(files, lines, kills, files + lines));
  }

  private Path corpus(int files, int lines) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < files; i++) {
      Files.writeString(
          corpus.resolve("a%05d.txt".formatted(i)),
          ("Troops leave base %d%n%nThe Pentagon said on Monday that US troops would leave a base"
                  + " in Anbar by %d. Iraqi officials in Baghdad welcomed the step. Serial %d.%n")
              .formatted(i, 2000 + i % 30, i),
          StandardCharsets.UTF_8);
    }
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      JsonObject o = new JsonObject(); // no id: the id is a hash of the content
      o.addProperty("title", "Wire item " + i);
      o.addProperty("body", "Officials in Baghdad met on Tuesday. Line " + i + ".");
      jsonl.append(o).append('\n');
    }
    Files.writeString(corpus.resolve("wire.jsonl"), jsonl, StandardCharsets.UTF_8);
    return corpus;
  }

  // The progress line comes once a second while articles are being indexed.
  private static void awaitProgress(ChildJvm child) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      if (Files.exists(child.stderr)
          && Files.readString(child.stderr).contains("articles processed")) {
        return;
      }
      assertThat(child.process.isAlive()).as("indexing ended before it was killed").isTrue();
      Thread.sleep(20);
    }
    throw new AssertionError("no progress line in 120 s");
  }
}
