package org.gazette.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line over a real index of the sample corpus in a temporary directory. */
class CliTest {
  private static final String SAMPLES = Path.of("../index-data").toAbsolutePath().toString();

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    Cli cli =
        new Cli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("GAZETTE_INDEX", dir.resolve("index").toString()),
            dir);
    return cli.run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void indexingTwiceReportsAddedThenReplaced() {
    assertThat(run("index", SAMPLES)).isZero();
    assertThat(out()).startsWith("added 5, replaced 0, skipped 0, failed 0 (5 documents in ");

    assertThat(run("index", SAMPLES)).isZero();
    assertThat(out()).startsWith("added 0, replaced 5, skipped 0, failed 0 (5 documents in ");
  }

  @Test
  void theIndexDirectoryDefaultsToTheWorkingDirectoryAndCanBeGiven() {
    Cli cli =
        new Cli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            dir);
    assertThat(cli.run("index", SAMPLES)).isZero();
    assertThat(out()).contains(dir.resolve("gazette-index").toString());

    assertThat(run("index", SAMPLES, "--index", "elsewhere")).isZero();
    assertThat(out()).contains(dir.resolve("elsewhere").toString());
  }

  @Test
  void searchPrintsHitsWithHighlightsAndFacetCounts() {
    run("index", SAMPLES);

    assertThat(run("search", "withdrawal", "--place", "Anbar")).isZero();

    assertThat(out()).containsPattern("^\\d+ hits? for \"withdrawal\" with place: Anbar");
    assertThat(out()).contains("**withdrawal**").contains("Facets").contains("[x] Al Anbar (2)");
  }

  @Test
  void searchAsJsonIsParseable() {
    run("index", SAMPLES);

    assertThat(run("search", "coalition", "--json", "--size", "2")).isZero();

    JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
    assertThat(json.get("total").getAsInt()).isEqualTo(5);
    assertThat(json.getAsJsonArray("hits")).hasSize(2);
    assertThat(json.get("nextCursor").isJsonNull()).isFalse();
    assertThat(json.getAsJsonObject("facets").keySet())
        .containsExactly("organization", "place", "person", "source");
  }

  @Test
  void aSyntaxErrorExitsWithStatusTwoAndPointsAtThePosition() {
    run("index", SAMPLES);

    assertThat(run("search", "title:(troops AND \"US\"")).isEqualTo(2);

    assertThat(err())
        .contains("query syntax error at position 23")
        .contains("  title:(troops AND \"US\"\n")
        .contains("\n  " + " ".repeat(22) + "^");
    assertThat(out()).isEmpty();
  }

  @Test
  void badUsageExitsWithStatusTwo() {
    assertThat(run("search", "x", "--colour", "red")).isEqualTo(2);
    assertThat(err()).contains("unknown option --colour");
    assertThat(run("search", "x", "--from", "yesterday")).isEqualTo(2);
    assertThat(err()).contains("--from needs a date like 2024-01-31, got 'yesterday'");
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("index")).isEqualTo(2);
  }

  @Test
  void searchWithoutAnIndexSaysHowToMakeOne() {
    assertThat(run("search", "x")).isEqualTo(1);
    assertThat(err()).contains("no index at").contains("./gazette index PATH");
  }

  @Test
  void extractPrintsOneJsonLinePerArticle() {
    assertThat(run("extract", SAMPLES)).isZero();

    String[] lines = out().strip().split("\n");
    assertThat(lines).hasSize(5);
    JsonObject first = JsonParser.parseString(lines[0]).getAsJsonObject();
    assertThat(first.get("file").getAsString()).endsWith("000_8dbc307f593ab463.txt");
    assertThat(first.get("title").getAsString())
        .isEqualTo("Joint US-Iraqi operation raises concerns about role of US troops");
    assertThat(first.keySet()).contains("organization", "place", "person", "years", "source", "id");
  }

  @Test
  void curateMergesListsAndClearsADecision() {
    run("index", SAMPLES);

    assertThat(run("curate", "person", "Kadhimi", "--merge-into", "Mustafa Al Kadhimi")).isZero();
    assertThat(out()).contains("curated person 'Kadhimi'").contains("1 articles re-mapped");
    assertThat(run("curate", "person", "kadhimi", "--alias", "PM Kadhimi")).isZero();
    assertThat(run("curate", "--list")).isZero();
    assertThat(out())
        .contains("\"mergeInto\":\"Mustafa Al Kadhimi\"")
        .contains("\"aliases\":[\"PM Kadhimi\"]");
    assertThat(run("search", "", "--person", "Kadhimi", "--size", "0")).isZero();
    assertThat(out()).startsWith("2 hits");
    assertThat(run("curate", "person", "Kadhimi", "--clear")).isZero();
    assertThat(out()).contains("removed the decision").contains("1 articles re-mapped");
    assertThat(run("curate", "person")).isEqualTo(2);
  }

  @Test
  void aFailedInputGivesStatusThree() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    java.nio.file.Files.writeString(bad, "{\"id\": \"1\", \"body\": \"ok text\"}\n{broken\n");

    assertThat(run("index", bad.toString())).isEqualTo(3);
    assertThat(out()).contains("added 1").contains("failed 1").contains("bad.jsonl:2: failed:");
  }

  @Test
  void manyProblemsOfOneReasonAreCountedAfterTheFirstThreeAndJsonKeepsThemAll() throws Exception {
    Path input = java.nio.file.Files.createDirectories(dir.resolve("input"));
    for (int i = 0; i < 8; i++) {
      java.nio.file.Files.writeString(input.resolve("empty" + i + ".txt"), "   ");
    }
    java.nio.file.Files.writeString(input.resolve("kept.txt"), "Troops\n\nTroops left Mosul.");
    java.nio.file.Files.writeString(input.resolve("lines.jsonl"), "{broken\n");

    assertThat(run("index", input.toString())).isEqualTo(3);
    String[] lines = out().split("\n");
    assertThat(lines[0]).startsWith("added 1, replaced 0, skipped 8, failed 1");
    assertThat(lines).filteredOn(l -> l.contains(": skipped: no text")).hasSize(3);
    assertThat(lines[1]).contains("empty0.txt: skipped: no text");
    assertThat(lines[lines.length - 2]).contains("lines.jsonl:1: failed:");
    assertThat(lines[lines.length - 1]).startsWith("  ... and 5 more skipped: no text");

    assertThat(run("index", input.toString(), "--json")).isEqualTo(3);
    JsonObject report = JsonParser.parseString(out()).getAsJsonObject();
    assertThat(report.getAsJsonArray("problems")).hasSize(9);
  }

  @Test
  void buildToolsAreNamedButRunFromTheirOwnJar() {
    assertThat(run("train-ner")).isEqualTo(2);
    assertThat(err()).contains("train-ner is a build tool").contains("./gazette train-ner");
  }

  @Test
  void exportWritesEveryMatchingArticleToAFileAndTheNetworkToStandardOutput() throws Exception {
    run("index", SAMPLES);

    assertThat(run("export", "--place", "Al Anbar", "--format", "csv", "--out", "anbar.csv"))
        .isZero();
    java.util.List<String> lines =
        java.nio.file.Files.readAllLines(dir.resolve("anbar.csv"), StandardCharsets.UTF_8);
    assertThat(lines.getFirst()).startsWith("id,title,source,published");
    assertThat(err()).contains("exported " + (lines.size() - 1) + " articles to anbar.csv");
    assertThat(run("search", "", "--place", "Al Anbar", "--json")).isZero();
    assertThat(JsonParser.parseString(out()).getAsJsonObject().get("total").getAsInt())
        .isEqualTo(lines.size() - 1);

    assertThat(run("export", "--format", "graphml", "--nodes", "5")).isZero();
    assertThat(out()).startsWith("<?xml").contains("<graphml");
    assertThat(out().split("<node ", -1)).hasSize(6);
  }

  @Test
  void exportRefusesAnUnknownFormatNamingTheKnownOnes() {
    run("index", SAMPLES);

    assertThat(run("export", "--format", "pdf")).isEqualTo(2);
    assertThat(err()).contains("jsonl, csv, gexf, graphml");
  }
}
