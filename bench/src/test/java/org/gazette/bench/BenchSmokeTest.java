package org.gazette.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness works end to end on a tiny collection generated from the sample articles (no
 * ../shared needed). It checks that every phase runs and reports, not how fast anything is.
 */
class BenchSmokeTest {
  @TempDir Path dir;

  @Test
  void aSmallRunPrintsEveryFigureAndWritesThemAsJson() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path out = dir.resolve("figures.json");
    int status =
        BenchMain.run(
            new String[] {
              "--docs",
              "100",
              "--corpus",
              Path.of("../index-data").toString(),
              "--work",
              dir.resolve("work").toString(),
              "--out",
              out.toString(),
              "--query-seconds",
              "0.02",
              "--http-seconds",
              "0.1"
            },
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(status).isZero();
    assertThat(report)
        .contains("full pipeline (clean+extract+index+commit)")
        .contains("extraction alone, one core (warm)")
        .containsPattern(
            "restart: unchanged input again \\(skip-unchanged\\)\\s+[0-9.]+ s, 0 extractions")
        .contains("plain Lucene, same text and values")
        .contains("term + 2 filters, all value facets")
        .contains("facet prefix search")
        .contains("over HTTP")
        .contains("reopen + warm facet state");
    JsonObject figures = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
    assertThat(figures.get("docs").getAsInt()).isEqualTo(100);
    assertThat(figures.getAsJsonObject("indexing").get("plainSeconds").getAsDouble()).isPositive();
    assertThat(figures.getAsJsonObject("size").get("plainBytes").getAsLong()).isPositive();
    assertThat(figures.getAsJsonObject("http").getAsJsonObject("load").get("errors").getAsLong())
        .isZero();
    assertThat(figures.getAsJsonObject("refresh").get("refreshMs").getAsDouble()).isPositive();
    // The work directory is removed unless --keep is given.
    assertThat(dir.resolve("work")).doesNotExist();
  }

  @Test
  void generatedArticlesAreTheSameForTheSameNumber() throws Exception {
    CorpusGenerator a = CorpusGenerator.samples(Path.of("../index-data"));
    CorpusGenerator b = CorpusGenerator.samples(Path.of("../index-data"));
    for (long i : new long[] {0, 1, 99, 123_456}) {
      assertThat(a.article(i)).isEqualTo(b.article(i));
    }
    assertThat(a.article(1)).isNotEqualTo(a.article(2));
  }

  @Test
  void badOptionsAreRefusedWithTheUsage() {
    assertThatThrownBy(() -> BenchMain.run(new String[] {"--docs", "5"}, System.out))
        .hasMessageContaining("--docs must be between");
    assertThatThrownBy(() -> BenchMain.run(new String[] {"--fast", "1"}, System.out))
        .hasMessageContaining("unknown option --fast");
    assertThatThrownBy(() -> BenchMain.run(new String[] {"--query-seconds", "soon"}, System.out))
        .hasMessageContaining("--query-seconds must be a number of seconds");
    assertThatThrownBy(() -> BenchMain.run(new String[] {"--threads", "0"}, System.out))
        .hasMessageContaining("--threads must be between 1 and 256");
    assertThatThrownBy(() -> BenchMain.run(new String[] {"10000"}, System.out))
        .hasMessageContaining("usage: bench");
  }
}
