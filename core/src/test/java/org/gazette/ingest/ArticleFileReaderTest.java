package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gazette.model.IngestProblem.Kind.FAILED;
import static org.gazette.model.IngestProblem.Kind.SKIPPED;
import static org.gazette.model.IngestProblem.Kind.WARNING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {
  static final Path SEEDS = Path.of("../index-data");

  @TempDir Path dir;
  final RecordingSink sink = new RecordingSink();
  final ArticleFileReader reader = new ArticleFileReader();

  @Test
  void readsTheSeedDirectoryAsFiveScrapedArticlesInFileNameOrder() {
    reader.read(SEEDS, sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles)
        .extracting(RawArticle::fallbackId)
        .containsExactly(
            "000_8dbc307f593ab463",
            "001_3f0e4b3936e483c8",
            "002_6e6b109cc528a883",
            "003_5024296e89da2637",
            "004_8342cd79d5b7a5de");
    assertThat(sink.articles).allSatisfy(a -> assertThat(a.scraped()).isTrue());
    assertThat(sink.articles).allSatisfy(a -> assertThat(a.id()).isNull());
    assertThat(sink.articles.get(1).text()).startsWith("US-led coalition warns “ISIS” has fallen");
  }

  @Test
  void walksSubdirectoriesRecursivelyInSortedOrder() throws IOException {
    write("b.txt", "B");
    write("a/z.txt", "AZ");
    write("a/m/x.json", "{\"title\": \"T\", \"body\": \"AMX\"}");
    write("c.jsonl", "{\"body\": \"C1\"}\n{\"body\": \"C2\"}\n");

    reader.read(dir, sink);

    assertThat(sink.articles)
        .extracting(RawArticle::text)
        .containsExactly("AMX", "AZ", "B", "C1", "C2");
  }

  @Test
  void leavesOutHiddenFilesAndDirectories() throws IOException {
    write(".hidden.txt", "hidden");
    write(".git/objects.txt", "hidden too");
    write("seen.txt", "seen");

    reader.read(dir, sink);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("seen");
  }

  @Test
  void passesOverOtherExtensionsAndSidecarsInADirectorySilently() throws IOException {
    write("notes.md", "# notes");
    write("image.png", "not really");
    write("story.meta.json", "{\"title\": \"Sidecar title\"}");
    write("story.txt", "Headline\n\nBody.");

    reader.read(dir, sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.only().title()).isEqualTo("Sidecar title");
  }

  @Test
  void failsAFileGivenExplicitlyWithAnUnknownExtensionNamingTheAcceptedOnes() throws IOException {
    Path csv = write("table.csv", "a,b");

    reader.read(csv, sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.source()).isEqualTo(csv.toString());
              assertThat(p.reason())
                  .contains("'.csv'")
                  .contains(".txt, .json, .jsonl, .ndjson (also .jsonl.gz), .html");
            });
  }

  @Test
  void refusesASidecarGivenExplicitlyAsAnArticle() throws IOException {
    Path sidecar = write("story.meta.json", "{\"title\": \"T\"}");

    reader.read(sidecar, sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains(".txt"));
  }

  @Test
  void matchesExtensionsWhateverTheirCase() throws IOException {
    write("A.TXT", "upper text");
    write("B.Json", "{\"body\": \"upper json\"}");
    write("C.NDJSON", "{\"body\": \"upper ndjson\"}");

    reader.read(dir, sink);

    assertThat(sink.articles)
        .extracting(RawArticle::text)
        .containsExactly("upper text", "upper json", "upper ndjson");
  }

  @Test
  void reportsAMissingPathAsFailed() {
    Path missing = dir.resolve("nowhere");

    reader.read(missing, sink);

    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.source()).isEqualTo(missing.toString());
              assertThat(p.reason()).contains("no such file");
            });
  }

  @Test
  void usesTheFileNameWithoutExtensionAsFallbackIdOfATextFile() throws IOException {
    reader.read(write("2024-01-27-coalition.txt", "Headline\n\nText."), sink);

    RawArticle a = sink.only();
    assertThat(a.fallbackId()).isEqualTo("2024-01-27-coalition");
    assertThat(a.id()).isNull();
    assertThat(a.scraped()).isTrue();
    assertThat(a.line()).isZero();
  }

  @Test
  void takesMetadataFromASidecarNextToTheTextFile() throws IOException {
    write(
        "story.meta.json",
        """
        {"id": "s-1", "title": "Given title", "source": "Arab Observer",
         "url": "https://example.org/s-1", "published": "2024-01-27T10:15:00Z",
         "authors": ["Jane Doe", "John Smith"], "section": "ignored"}
        """);
    reader.read(write("story.txt", "Headline\n\nText."), sink);

    RawArticle a = sink.only();
    assertThat(sink.problems).isEmpty();
    assertThat(a.id()).isEqualTo("s-1");
    assertThat(a.title()).isEqualTo("Given title");
    assertThat(a.source()).isEqualTo("Arab Observer");
    assertThat(a.url()).isEqualTo("https://example.org/s-1");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 27));
    assertThat(a.authors()).containsExactly("Jane Doe", "John Smith");
    assertThat(a.text()).isEqualTo("Headline\n\nText.");
  }

  @Test
  void acceptsASingleStringAsTheAuthorsOfASidecar() throws IOException {
    write("story.meta.json", "{\"authors\": \"Anas al-Bar\"}");
    reader.read(write("story.txt", "Headline\n\nText."), sink);

    assertThat(sink.only().authors()).containsExactly("Anas al-Bar");
  }

  @Test
  void readsAFrontMatterBlockAndRemovesItFromTheText() throws IOException {
    reader.read(
        write(
            "story.txt",
            """
            ---
            id: fm-7
            title: "Front matter title"
            source: The New Arab
            published: 2024-01-27
            authors: [Jane Doe, John Smith]
            ---
            Headline

            Text."""),
        sink);

    RawArticle a = sink.only();
    assertThat(a.id()).isEqualTo("fm-7");
    assertThat(a.title()).isEqualTo("Front matter title");
    assertThat(a.source()).isEqualTo("The New Arab");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 27));
    assertThat(a.authors()).containsExactly("Jane Doe", "John Smith");
    assertThat(a.text()).isEqualTo("Headline\n\nText.");
  }

  @Test
  void readsFrontMatterAuthorsGivenAsAListOfLines() throws IOException {
    reader.read(
        write("story.txt", "---\nauthors:\n  - Jane Doe\n  - John Smith\n---\nHeadline\n"), sink);

    assertThat(sink.only().authors()).containsExactly("Jane Doe", "John Smith");
  }

  @Test
  void letsTheSidecarWinOverTheFrontMatter() throws IOException {
    write("story.meta.json", "{\"title\": \"Sidecar title\"}");
    reader.read(
        write("story.txt", "---\ntitle: Front title\nsource: Front source\n---\nText\n"), sink);

    RawArticle a = sink.only();
    assertThat(a.title()).isEqualTo("Sidecar title");
    assertThat(a.source()).isEqualTo("Front source");
  }

  @Test
  void keepsAStartingRuleThatIsNotFrontMatterAsText() throws IOException {
    reader.read(write("story.txt", "---\nJust a rule, then a sentence.\n---\nMore."), sink);

    assertThat(sink.only().text()).isEqualTo("---\nJust a rule, then a sentence.\n---\nMore.");
  }

  @Test
  void warnsAboutAnInvalidSidecarAndStillDeliversTheText() throws IOException {
    write("story.meta.json", "{\"title\": ");
    reader.read(write("story.txt", "Headline\n\nText."), sink);

    assertThat(sink.only().title()).isNull();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(WARNING);
              assertThat(p.reason()).contains("story.meta.json").contains("not valid JSON");
            });
  }

  @Test
  void failsATextFileWhoseSidecarGivesAnInvalidId() throws IOException {
    write("story.meta.json", "{\"id\": \"\"}");
    reader.read(write("story.txt", "Headline\n\nText."), sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems(FAILED))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("id ''").contains("1 to 512"));
  }

  @Test
  void skipsATextFileWithOnlyFrontMatter() throws IOException {
    reader.read(write("story.txt", "---\ntitle: Only metadata\n---\n\n"), sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems(SKIPPED))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("no text"));
  }

  @Test
  void deliversEveryOtherFileOfADirectoryWithOneBadFile() throws IOException {
    write("a.txt", "First");
    write("b.json", "{\"body\": ");
    write("c.txt", "");
    write("d.jsonl", "{\"body\": \"Fourth\"}");
    Files.write(dir.resolve("e.txt"), new byte[] {1, 0, 2, 0, 3});
    write("f.txt", "Last");

    reader.read(dir, sink);

    assertThat(sink.articles)
        .extracting(RawArticle::text)
        .containsExactly("First", "Fourth", "Last");
    assertThat(sink.problems)
        .extracting(p -> Path.of(p.source()).getFileName().toString())
        .containsExactly("b.json", "c.txt", "e.txt");
  }

  @Test
  void readsGzippedJsonLinesGivenOrMetInADirectory() throws IOException {
    writeGzip("a.jsonl.gz", "{\"body\": \"One\"}\n{\"body\": \"Two\"}\n");
    writeGzip("sub/b.ndjson.gz", "{\"body\": \"Three\"}\n");

    reader.read(dir.resolve("a.jsonl.gz"), sink);
    reader.read(dir.resolve("sub"), sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("One", "Two", "Three");
    assertThat(sink.articles).extracting(RawArticle::line).containsExactly(1, 2, 1);
  }

  @Test
  void failsACutGzipStreamAfterDeliveringTheLinesBeforeTheCut() throws IOException {
    StringBuilder lines = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 20_000; i++) {
      lines.append("{\"body\": \"Article number ").append(i).append(' ');
      lines.append(Long.toHexString(random.nextLong())).append("\"}\n");
    }
    byte[] whole = gzip(lines.toString());
    Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    Files.writeString(dir.resolve("plain.jsonl.gz"), "{\"body\": \"not compressed\"}\n");

    reader.read(dir, sink);

    assertThat(sink.articles).hasSizeBetween(5_000, 19_999);
    assertThat(sink.articles.get(0).text()).startsWith("Article number 0 ");
    assertThat(sink.problems)
        .satisfiesExactly(
            p -> {
              assertThat(p.source()).endsWith("cut.jsonl.gz");
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.reason()).startsWith("cannot read the file");
            },
            p -> {
              assertThat(p.source()).endsWith("plain.jsonl.gz");
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.reason()).startsWith("cannot read the file");
            });
  }

  @Test
  void rejectsANonPositiveSizeLimit() {
    assertThatThrownBy(() -> new ArticleFileReader(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> new ArticleFileReader(-5)).hasMessageContaining("-5");
  }

  @Test
  void hasADefaultLimitOfSixteenMebibytes() {
    assertThat(ArticleFileReader.DEFAULT_MAX_ARTICLE_BYTES).isEqualTo(16L * 1024 * 1024);
  }

  void writeGzip(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, gzip(text));
  }

  static byte[] gzip(String text) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
