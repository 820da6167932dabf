package org.gazette.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./gazette extract-body}: one JSON line per page, in the shape score_bodies.py reads. */
class ExtractBodyCommandTest {
  private static final String PAGE =
      """
      <html lang="en"><head><title>Ferry returns to Lowmere | Harbour Wire</title>
      <meta property="og:site_name" content="Harbour Wire">
      <meta property="article:published_time" content="2024-05-02T09:30:00+02:00">
      <meta name="author" content="Ada Fenn"></head>
      <body><nav><a href="/">Home</a></nav><article>
      <p>The ferry between Lowmere and Eastford runs again from Monday, after repairs to the
      pier that took most of the winter, the Harbour Authority said.</p>
      <figure><img src="f.jpg"><figcaption>The ferry at the pier.</figcaption></figure>
      </article></body></html>
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Cli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            dir)
        .run(args);
  }

  private List<JsonObject> lines() {
    return out.toString(StandardCharsets.UTF_8)
        .lines()
        .map(l -> JsonParser.parseString(l).getAsJsonObject())
        .toList();
  }

  @Test
  void aPageIsPrintedWithItsBodyAndEverythingItSaysAboutItself() throws IOException {
    Path page = Files.writeString(dir.resolve("ferry.html"), PAGE);

    assertThat(run("extract-body", page.toString(), "--url", "https://wire.example/f")).isZero();

    JsonObject line = lines().getFirst();
    assertThat(line.keySet())
        .containsExactly(
            "file",
            "title",
            "body",
            "published",
            "source",
            "authors",
            "url",
            "language",
            "captions");
    assertThat(line.get("file").getAsString()).isEqualTo("ferry.html");
    assertThat(line.get("title").getAsString()).isEqualTo("Ferry returns to Lowmere");
    assertThat(line.get("body").getAsString())
        .startsWith("The ferry between Lowmere and Eastford")
        .doesNotContain("Home");
    assertThat(line.get("published").getAsString()).isEqualTo("2024-05-02T09:30+02:00");
    assertThat(line.get("source").getAsString()).isEqualTo("Harbour Wire");
    assertThat(line.getAsJsonArray("authors").get(0).getAsString()).isEqualTo("Ada Fenn");
    assertThat(line.get("url").getAsString()).isEqualTo("https://wire.example/f");
    assertThat(line.get("language").getAsString()).isEqualTo("en");
    assertThat(line.getAsJsonArray("captions").get(0).getAsString())
        .isEqualTo("The ferry at the pier.");
  }

  @Test
  void aDirectoryIsWalkedAndAPageWithNoArticleSaysWhy() throws IOException {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("b.htm"), "<html><body><a href=/x>Home</a></body></html>");
    Files.writeString(dir.resolve("c.txt"), "not a page");

    assertThat(run("extract-body", dir.toString())).isZero();

    assertThat(lines())
        .extracting(l -> l.get("file").getAsString())
        .containsExactly("a.html", "b.htm");
    assertThat(lines().get(1).get("body").getAsString()).isEmpty();
    assertThat(lines().get(1).get("skipped").getAsString()).startsWith("no article text found");
  }

  @Test
  void theItemsOfAFeedArePrintedAsFileAndNumber() throws IOException {
    Path feed =
        Files.writeString(
            dir.resolve("wire.rss"),
            """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>
            <item><title>Pier reopens</title><link>https://wire.example/pier</link>
            <description>The pier at Lowmere reopened on Friday after the winter repairs were
            finished early, the harbour master said.</description></item>
            </channel></rss>
            """);

    assertThat(run("extract-body", feed.toString())).isZero();

    JsonObject line = lines().getFirst();
    assertThat(line.get("file").getAsString()).isEqualTo("wire.rss#1");
    assertThat(line.get("source").getAsString()).isEqualTo("Harbour Wire");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("only a summary");
  }

  @Test
  void aMissingFileIsReportedAndTheExitStatusSaysSomeInputsFailed() {
    assertThat(run("extract-body", dir.resolve("gone.html").toString())).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("gone.html").contains("no such file");
  }
}
