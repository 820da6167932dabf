package org.gazette.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build tools' command line over the small copies of the reference data in test resources. */
class ToolsCliTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    ToolsCli cli =
        new ToolsCli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            dir);
    return cli.run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The small copies of the reference data kept with these tests. */
  private static final Path TEST_DATA =
      Path.of("src/test/resources/org/gazette/extract/shared-data").toAbsolutePath();

  @Test
  void trainNerWritesTheSameModelTwiceAndReportsHeldOutFigures() throws Exception {
    assertThat(run("train-ner", "--data", TEST_DATA.toString(), "--epochs", "3", "--out", "a.gz"))
        .isZero();
    assertThat(out()).contains("pass 3:").contains("held-out spans");
    assertThat(run("train-ner", "--data", TEST_DATA.toString(), "--epochs", "3", "--out", "b.gz"))
        .isZero();
    assertThat(java.nio.file.Files.readAllBytes(dir.resolve("b.gz")))
        .isEqualTo(java.nio.file.Files.readAllBytes(dir.resolve("a.gz")));
  }

  @Test
  void buildDevsetWritesArticlesAndAGoldFile() throws Exception {
    assertThat(run("build-devset", "--data", TEST_DATA.toString(), "--out", "dev")).isZero();
    assertThat(out()).contains("documents").contains(dir.resolve("dev").toString());
    assertThat(dir.resolve("dev/gold.json")).exists();
    assertThat(dir.resolve("dev/docs")).isDirectory();
    // The fixtures' held-out documents: the EWT dev file, GUM's dev document, one Re-DocRED.
    assertThat(out()).contains("ewt", "gum", "redocred");
    assertThat(dir.resolve("dev/gold-ewt.json")).exists();
    assertThat(dir.resolve("dev/gold-gum.json")).exists();
    assertThat(dir.resolve("dev/gold-redocred.json")).exists();
    assertThat(dir.resolve("dev/docs/ewt-email-test_0002.json")).exists();
    assertThat(dir.resolve("dev/docs/GUM_bio_byron.json")).exists();
    assertThat(dir.resolve("dev/docs/redocred-dev-3.json")).exists();
  }

  @Test
  void evalDevsetPrintsATablePerCorpusAndOverall() {
    assertThat(run("eval-devset", "--data", TEST_DATA.toString())).isZero();
    String out = out();
    assertThat(out)
        .contains("ewt: 1 documents")
        .contains("gum: 1 documents")
        .contains("redocred: 1 documents")
        .contains("all corpora: 3 documents")
        .contains("type               P      R     F1  pred  hit  dup wrong spurious  required");
    // Required gold entities do not depend on the extractor: Tomas Reyk, Ostrava, Pellam Group;
    // Edrin Valk, Velmora Grammar School, Orvane Institute; the ferry company, Oskar Lidt,
    // Tavrik, Korvel.
    assertThat(out).containsPattern("(?m)^overall .*/3$");
    assertThat(out).containsPattern("(?m)^overall .*/4$");
    assertThat(out).containsPattern("(?m)^overall .*/10$");
    assertThat(out).containsPattern("(?m)\\Aewt: .*\\n(.*\\n){5}\\nredocred: ");
    assertThat(out.strip()).containsPattern("overall F1 [01]\\.\\d{3}$");

    assertThat(run("eval-devset", "--data", dir.toString())).isEqualTo(2);
    assertThat(err()).contains("no annotated corpora at");
  }

  @Test
  void nerCommandsWithoutTheCorporaSayWhereTheyLooked() {
    assertThat(run("train-ner", "--data", dir.toString())).isEqualTo(2);
    assertThat(err()).contains("no annotated corpora at " + dir);
    assertThat(run("build-devset", "--data", "missing")).isEqualTo(2);
    assertThat(err()).contains("pass --data DIR");
  }

  @Test
  void benchExtractPrintsSpeedAgainstLucene() throws Exception {
    java.nio.file.Files.writeString(
        dir.resolve("c.jsonl"),
        "{\"title\": \"Talks in Baghdad\", \"body\": \"Officials met in Baghdad on Monday.\"}\n"
            + "{\"title\": \"No body\"}\n");
    java.nio.file.Files.createDirectories(dir.resolve("pages"));
    java.nio.file.Files.writeString(
        dir.resolve("pages/p.html"),
        "<html><body><p>Officials met in Baghdad on Monday to talk about the withdrawal of the"
            + " coalition's advisers, the ministry said.</p></body></html>");
    assertThat(run("bench-extract", "--corpus", "c.jsonl", "--rounds", "1", "--pages", "pages"))
        .isZero();
    assertThat(out())
        .contains("1 articles")
        .contains("Lucene StandardAnalyzer tokens")
        .contains("extraction (rules + name tagger)")
        .contains("1 web pages")
        .contains("page reading (metadata + main text)");

    assertThat(run("bench-extract", "--corpus", "nowhere.jsonl")).isEqualTo(2);
    assertThat(err()).contains("no corpus at");
    java.nio.file.Files.writeString(dir.resolve("bad.jsonl"), "[1, 2]\n");
    assertThat(run("bench-extract", "--corpus", "bad.jsonl")).isEqualTo(2);
    assertThat(err()).contains("line 1: not a JSON object");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(run("serve")).isEqualTo(2);
    assertThat(err()).contains("the build tools run build-gazetteer");
  }
}
