package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.gazette.model.Facet;
import org.gazette.model.FacetValue;
import org.gazette.model.IngestProblem;
import org.gazette.model.IngestReport;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting a batch with bad inputs in it: each is reported, the rest is indexed. */
class NewsIndexIngestTest {
  @TempDir Path dir;

  @Test
  void badInputsAreReportedAndTheRestOfTheBatchIsIndexed() throws IOException {
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("a-good.txt"), "Troops leave Anbar\n\nThe convoy left Ramadi.");
    Files.write(input.resolve("b-empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;
    Files.write(input.resolve("c-binary.txt"), binary);
    Files.write(
        input.resolve("d-latin1.txt"),
        "Caf\u00e9 talks in Baghdad\n\nThe caf\u00e9 hosted talks."
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(
        input.resolve("e-batch.jsonl"),
        """
        {"id": "j1", "title": "First line", "body": "Talks in Erbil went on."}
        {"id": "j2", "title": "Broken", "body": "no closing brace"
        {"id": "j3", "title": "Third line", "body": "Talks in Mosul went on."}
        """);
    writeLargeArticle(input.resolve("f-huge.txt"), 50L * 1024 * 1024);

    try (NewsIndex index = open(dir.resolve("index"), 16)) {
      IngestReport report = index.ingest(input);

      assertThat(report.added()).isEqualTo(4);
      assertThat(report.failed()).isEqualTo(3);
      assertThat(report.skipped()).isEqualTo(1);
      assertThat(index.count()).isEqualTo(4);
      assertThat(report.problems())
          .extracting(p -> Path.of(p.source()).getFileName().toString(), IngestProblem::kind)
          .contains(
              org.assertj.core.groups.Tuple.tuple("b-empty.txt", IngestProblem.Kind.SKIPPED),
              org.assertj.core.groups.Tuple.tuple("c-binary.txt", IngestProblem.Kind.FAILED),
              org.assertj.core.groups.Tuple.tuple("d-latin1.txt", IngestProblem.Kind.WARNING),
              org.assertj.core.groups.Tuple.tuple("e-batch.jsonl", IngestProblem.Kind.FAILED),
              org.assertj.core.groups.Tuple.tuple("f-huge.txt", IngestProblem.Kind.FAILED));
      assertThat(report.problems())
          .filteredOn(p -> p.source().endsWith("e-batch.jsonl"))
          .singleElement()
          .satisfies(p -> assertThat(p.line()).isEqualTo(2));
      assertThat(index.get("j3")).isPresent();
      assertThat(index.search(SearchQuery.builder().text("café").build()).total()).isEqualTo(1);
    }
  }

  /** Over the default limit of 16 MB in the normal run; 50 MB with -Dgazette.longTests=true. */
  private static final long LARGE_ARTICLE_BYTES =
      (Boolean.getBoolean("gazette.longTests") ? 50L : 17L) * 1024 * 1024;

  @Test
  void anArticleOverTheDefaultLimitIsIndexedWhenTheLimitAllowsIt() throws IOException {
    Path huge = dir.resolve("huge.txt");
    writeLargeArticle(huge, LARGE_ARTICLE_BYTES);

    try (NewsIndex index = open(dir.resolve("index"), 64)) {
      IngestReport report = index.ingest(huge);

      assertThat(report.added()).isEqualTo(1);
      assertThat(report.failed()).isZero();
      assertThat(index.search(SearchQuery.builder().text("zanzibarfinalword").build()).total())
          .isEqualTo(1);
      // Extracted over the whole text: every place it names is a value of the one article.
      SearchResult places =
          index.search(SearchQuery.builder().facets(Facet.PLACE).facetSize(20).build());
      assertThat(places.facet(Facet.PLACE).orElseThrow().values())
          .extracting(FacetValue::value)
          .contains("Al Anbar", "Baghdad", "Erbil", "Mosul", "Basra", "Kirkuk", "Najaf");
    }
  }

  @Test
  void reingestReplacesAndSkipUnchangedSkips() throws IOException {
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("one.txt"), "Troops leave Anbar\n\nThe convoy left Ramadi.");
    Files.writeString(input.resolve("two.txt"), "Talks in Baghdad\n\nTalks went on in Baghdad.");

    try (NewsIndex index = open(dir.resolve("index"), 16)) {
      assertThat(index.ingest(input).summary())
          .isEqualTo("added 2, replaced 0, skipped 0, failed 0");
      assertThat(index.ingest(input).summary())
          .isEqualTo("added 0, replaced 2, skipped 0, failed 0");
      Files.writeString(input.resolve("two.txt"), "Talks in Baghdad\n\nTalks ended in Baghdad.");
      IngestReport skipping =
          index.ingest(List.of(input), IngestOptions.DEFAULTS.skippingUnchanged());
      assertThat(skipping.summary()).isEqualTo("added 0, replaced 1, skipped 1, failed 0");
      assertThat(index.count()).isEqualTo(2);
      assertThat(index.search(SearchQuery.builder().text("ended").build()).total()).isEqualTo(1);
    }
  }

  @Test
  void theLaterOfTwoArticlesWithOneIdWins() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      lines.append("{\"id\": \"same\", \"title\": \"Version ").append(i);
      lines.append("\", \"body\": \"Body number v").append(i).append(".\"}\n");
    }
    Path batch = dir.resolve("dupes.jsonl");
    Files.writeString(batch, lines);

    try (NewsIndex index = open(dir.resolve("index"), 16)) {
      IngestReport report = index.ingest(batch);

      assertThat(report.added() + report.replaced()).isEqualTo(200);
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.get("same").orElseThrow().article().title()).isEqualTo("Version 200");
    }
  }

  @Test
  void jsonFromAStringIsIngestedAndAMalformedOneIsReported() throws IOException {
    try (NewsIndex index = open(dir.resolve("index"), 16)) {
      IngestReport ok =
          index.ingestJson(
              "[{\"id\": \"x1\", \"title\": \"T\", \"body\": \"Text about Kirkuk.\"}]", "test");
      IngestReport bad = index.ingestJson("{\"id\": \"x2\", \"body\": ", "test");

      assertThat(ok.added()).isEqualTo(1);
      assertThat(bad.failed()).isEqualTo(1);
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void putUsesThePathIdAndRefusesMoreThanOneArticle() throws IOException {
    try (NewsIndex index = open(dir.resolve("index"), 16)) {
      IngestReport put =
          index.putJson(
              "p1", "{\"id\": \"other\", \"title\": \"T\", \"body\": \"In Basra.\"}", "t");

      assertThat(put.ids()).containsExactly("p1");
      assertThat(index.get("p1")).isPresent();
      assertThat(index.get("other")).isEmpty();
      assertThat(
              index
                  .putJson("p1", "{\"title\": \"T2\", \"body\": \"Now in Mosul.\"}", "t")
                  .replaced())
          .isEqualTo(1);
      assertThat(index.get("p1").orElseThrow().article().title()).isEqualTo("T2");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> index.putJson("p2", "[{\"body\": \"a\"}, {\"body\": \"b\"}]", "t"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("one article, not 2");
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void idsAreListedInInputOrderWhenAsked() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      lines
          .append("{\"id\": \"n")
          .append(i)
          .append("\", \"body\": \"Text ")
          .append(i)
          .append(".\"}\n");
    }
    try (NewsIndex index = open(dir.resolve("index"), 16)) {
      IngestReport report =
          index.ingestJson(lines.toString(), "t", IngestOptions.DEFAULTS.collectingIds());

      assertThat(report.ids())
          .containsExactlyElementsOf(
              java.util.stream.IntStream.range(0, 50).mapToObj(i -> "n" + i).toList());
      assertThat(index.ingestJson(lines.toString(), "t").ids()).isEmpty();
    }
  }

  @Test
  void statsGiveSizeValueCountsAndTheLastCommitWhichSurvivesReopening() throws IOException {
    java.time.Instant committed;
    try (NewsIndex index = open(dir.resolve("index"), 16)) {
      assertThat(index.stats().lastCommit()).isNull();
      index.ingestJson("{\"id\": \"s1\", \"body\": \"Talks in Kirkuk and Basra.\"}", "t");

      var stats = index.stats();
      assertThat(stats.documents()).isEqualTo(1);
      assertThat(stats.sizeBytes()).isPositive();
      assertThat(stats.valueCounts()).containsEntry(org.gazette.model.Facet.PLACE, 2);
      committed = stats.lastCommit();
      assertThat(committed).isNotNull();
    }
    try (NewsIndex index = open(dir.resolve("index"), 16)) {
      assertThat(index.stats().lastCommit()).isEqualTo(committed);
    }
  }

  private static NewsIndex open(Path index, int maxMegabytes) throws IOException {
    return NewsIndex.open(
        NewsIndexConfig.defaults(index).withMaxArticleBytes(maxMegabytes * 1024L * 1024));
  }

  /** A headline, then varied sentences up to {@code bytes}, then a unique last word. */
  /**
   * A long report whose places come every fiftieth paragraph, from start to end; the paragraphs
   * between are lower-case prose, which the tagger passes over quickly (the test is about size, not
   * about extraction speed).
   */
  private static void writeLargeArticle(Path file, long bytes) throws IOException {
    String[] places = {"Anbar", "Baghdad", "Erbil", "Mosul", "Basra", "Kirkuk", "Najaf"};
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("A very long report from the field\n\n");
      long written = 40;
      for (int i = 0; written < bytes - 200; i++) {
        int named = i / 50;
        String line =
            i % 50 == 0
                ? "Paragraph "
                    + i
                    + ": the convoy moved from "
                    + places[named % places.length]
                    + " toward "
                    + places[(named + 3) % places.length]
                    + " on day "
                    + (i % 28 + 1)
                    + " as officials said talks would continue.\n\n"
                : "paragraph "
                    + i
                    + ": the convoy moved on along the road and the officials said that the talks"
                    + " would continue for some days yet.\n\n";
        w.write(line);
        written += line.length();
      }
      w.write("The end: zanzibarfinalword.\n");
    }
  }
}
