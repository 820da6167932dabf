package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.model.EntityType;
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

      // Who and what appear beside CENTCOM, over all articles.
      index
          .entityProfile(EntityType.ORGANIZATION, "CENTCOM", SearchQuery.builder().build(), 5)
          .ifPresent(
              profile ->
                  System.out.println(
                      profile.documentCount()
                          + " articles name CENTCOM, beside "
                          + profile.related()));
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
    assertThat(output).containsPattern("[1-9]\\d* articles name CENTCOM, beside ");
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

  @Test
  void theReadmeShowsTheImportsOfTheExample() throws IOException {
    List<String> needed =
        Files.readString(SOURCE).lines().filter(l -> l.startsWith("import org.gazette.")).toList();
    String readme = Files.readString(README);
    String block = "```java\n" + String.join("\n", needed) + "\n```";
    assertThat(readme).as("the README's import block").contains(block);
  }

  @Test
  void theReadmeGivesTheCoordinatesAndVersionOfTheLibrary() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    String parent = pom.substring(pom.indexOf("<parent>"), pom.indexOf("</parent>"));
    String version = parent.replaceAll("(?s).*<version>([^<]+)</version>.*", "$1");
    assertThat(Files.readString(README))
        .contains("<groupId>org.gazette</groupId>")
        .contains("<artifactId>gazette-core</artifactId>")
        .contains("<version>" + version + "</version>");
  }

  @Test
  void theReadmeExplainsEveryJvmFlagTheLauncherPasses() throws IOException {
    String launcher = Files.readString(Path.of("../gazette"));
    Matcher flag =
        Pattern.compile("--(enable-native-access=\\S+|add-modules \\S+)").matcher(launcher);
    Set<String> flags = new TreeSet<>();
    while (flag.find()) {
      flags.add("--" + flag.group(1));
    }
    assertThat(flags).isNotEmpty();
    String library = Files.readString(README).split("\n## Library\n", 2)[1].split("\n## ", 2)[0];
    assertThat(flags).allSatisfy(f -> assertThat(library).as("the Library section").contains(f));
  }
}
