package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.model.Facet;
import org.gazette.model.IngestReport;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library side of the hostile corpus: bad JSON and files are reported in the ingest report, bad
 * queries are {@link IllegalArgumentException}s (a query syntax error is one too), nothing else is
 * thrown, each answer comes quickly, and the stored articles do not change.
 */
class HostileLibraryInputTest {
  static final int MB = 1024 * 1024;

  @TempDir static Path dir;
  static NewsIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("index")));
    index.ingest(Path.of("../index-data"));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void hostileJsonIsReportedAndNothingStoredChanges() throws IOException {
    List<String> bodies =
        List.of(
            "{\"body\": \"Troops",
            "[".repeat(100_000) + "]".repeat(100_000),
            "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000),
            "\u0000".repeat(1000),
            "{\"body\": \"\\u0000\\u0000\"}",
            "x".repeat(10 * MB),
            "{\"body\": 5, \"pad\": \"" + "y".repeat(10 * MB) + "\"}",
            "{\"headline\": \"x\"}",
            "{\"id\": \"../../etc/passwd\", \"body\": \" \"}",
            "{\"id\": \"a\\u0001\\u001b[2J\", \"body\": \"\"}",
            "not json\n".repeat(100_000),
            "{\"body\": 1" + "0".repeat(100_000) + "}");
    int before = index.count();
    for (String body : bodies) {
      long start = System.nanoTime();
      IngestReport report = index.ingestJson(body, "hostile");
      assertThat(report.indexed()).as(abbreviated(body)).isZero();
      assertThat(report.problems()).as(abbreviated(body)).isNotEmpty();
      assertThat((System.nanoTime() - start) / 1_000_000).as(abbreviated(body)).isLessThan(10_000);
    }
    assertThat(index.count()).isEqualTo(before);
  }

  @Test
  void aMultiMegabyteSingleLineFileIsIndexedInBoundedTime() throws IOException {
    // Work quadratic in the line's length would take far more than the bound at 2 MB already; 10 MB
    // in long runs.
    int size = (Boolean.getBoolean("gazette.longTests") ? 10 : 2) * MB;
    Path file = dir.resolve("one-line.txt");
    StringBuilder line = new StringBuilder("Troops left Baghdad.");
    while (line.length() < size) {
      line.append(" the coalition said on Monday that troops left");
    }
    Files.writeString(file, line, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    IngestReport report = index.ingest(file);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(60_000);
    assertThat(report.failed() + report.indexed()).isEqualTo(1);
    index.delete("one-line");
  }

  @Test
  void hostileQueriesAreIllegalArgumentsAndAnswerQuickly() throws IOException {
    List<String> refused =
        List.of(
            "(".repeat(3000),
            "(".repeat(2000) + "troops" + ")".repeat(2000),
            "troops OR ".repeat(400) + "troops",
            "a".repeat(5000),
            "*roops",
            "?roops",
            "t*",
            "title:(".repeat(500) + "x",
            "password:secret");
    for (String q : refused) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> index.search(SearchQuery.builder().text(q).build()))
          .as(abbreviated(q))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("Exception");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }
    // Costly but valid: Lucene bounds the automata of these, so they are answered.
    for (String q : List.of("/ab(.*a){30}/", "/ab((a*)*)*b/", "body:[a TO zzzzzz]")) {
      long start = System.nanoTime();
      SearchResult r = index.search(SearchQuery.builder().text(q).build());
      assertThat(r.total()).as(q).isNotNegative();
      assertThat((System.nanoTime() - start) / 1_000_000).as(q).isLessThan(10_000);
    }
    // A fuzzy term longer than 32 characters is refused before any term is expanded.
    String longFuzzy = "abcdefghij".repeat(20) + "~2";
    assertThatThrownBy(() -> index.search(SearchQuery.builder().text(longFuzzy).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32");
  }

  @Test
  void a100000ValueFilterIsRefusedBeforeAnySearch() {
    SearchQuery.Builder query = SearchQuery.builder();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      values.add("place " + i);
    }
    assertThatThrownBy(() -> values.forEach(v -> query.filter(Facet.PLACE, v)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 100 place filter values");
  }

  private static String abbreviated(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
