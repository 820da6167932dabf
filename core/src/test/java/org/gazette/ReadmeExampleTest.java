package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.model.Facet;
import org.gazette.model.IngestReport;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library example of the README compiles, runs, and is the text the README shows. */
class ReadmeExampleTest {
  private static final Path SOURCE = Path.of("src/test/java/org/gazette/ReadmeExampleTest.java");
  private static final Path README = Path.of("../README.md");

  @TempDir Path indexDirectory;

  // README-EXAMPLE-START
  static void example(Path indexDirectory, Path articles) throws IOException {
    try (NewsIndex index = NewsIndex.open(NewsIndexConfig.defaults(indexDirectory))) {
      IngestReport report = index.ingest(articles);
      System.out.println(report.summary());

      SearchResult result =
          index.search(
              SearchQuery.builder()
                  .text("withdrawal")
                  .filter(Facet.PLACE, "Anbar")
                  .facets(Facet.ORGANIZATION, Facet.PERSON, Facet.MENTIONED)
                  .limit(10)
                  .build());
      for (SearchHit hit : result.hits()) {
        System.out.println(hit.title() + ": " + hit.snippet());
      }
      result.facet(Facet.PERSON).ifPresent(people -> System.out.println(people.values()));
    }
  }

  // README-EXAMPLE-END

  @Test
  void theExampleRunsOnTheSampleCorpus() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      example(indexDirectory, Path.of("../index-data"));
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    assertThat(output).startsWith("added 5, replaced 0, skipped 0, failed 0");
    assertThat(output).contains("<mark>withdrawal</mark>");
  }

  @Test
  void theReadmeShowsTheExampleVerbatim() throws IOException {
    String source = Files.readString(SOURCE);
    String body =
        source.substring(
            source.indexOf("throws IOException {", source.indexOf("// README-EXAMPLE-START")) + 21,
            source.indexOf("// README-EXAMPLE-END"));
    // Drop the method's closing brace and the four spaces of method indentation.
    body = body.substring(0, body.lastIndexOf('}')).stripTrailing();
    String unindented =
        body.lines()
            .map(l -> l.length() >= 4 ? l.substring(4) : l)
            .reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);

    assertThat(Files.readString(README)).contains("```java\n" + unindented.strip() + "\n```");
  }
}
