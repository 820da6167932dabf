package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.model.IngestProblem.Kind.FAILED;
import static org.gazette.model.IngestProblem.Kind.SKIPPED;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.gazette.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages read from files and directories, beside the other formats. */
class WebPageFilesTest {
  @TempDir Path dir;
  final RecordingSink sink = new RecordingSink();
  final ArticleFileReader reader = new ArticleFileReader();

  static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        WebPageFilesTest.class.getResourceAsStream("/org/gazette/ingest/web/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aSavedPageIsAnArticleWithTheMetadataThePageGives() throws IOException {
    Files.write(dir.resolve("flood.html"), fixture("news-article.html"));

    reader.read(dir.resolve("flood.html"), sink);

    RawArticle a = sink.only();
    assertThat(a.fallbackId()).isEqualTo("flood");
    assertThat(a.title()).isEqualTo("Flood barrier opens on the river Wend");
    assertThat(a.source()).isEqualTo("The Harbour Courier");
    assertThat(a.url()).isEqualTo("https://courier.example/news/2024/flood-barrier");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(a.authors()).containsExactly("Mara Quill", "Tobias Renk");
    assertThat(a.text()).startsWith("The new flood barrier on the river Wend opened on Tuesday");
    assertThat(a.scraped()).isFalse();
    assertThat(sink.problems).isEmpty();
  }

  @Test
  void aGzippedPageIsReadLikeAPlainOne() throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("f.html.gz")))) {
      out.write(fixture("news-article.html"));
    }

    reader.read(dir.resolve("f.html.gz"), sink);

    assertThat(sink.only().fallbackId()).isEqualTo("f");
    assertThat(sink.only().title()).isEqualTo("Flood barrier opens on the river Wend");
  }

  @Test
  void aDirectoryOfPagesAndTextIsReadInOneWalkAndPagesWithNoArticleAreReported()
      throws IOException {
    Files.write(dir.resolve("a-flood.htm"), fixture("news-article.html"));
    Files.write(dir.resolve("b-index.html"), fixture("link-index.html"));
    Files.write(dir.resolve("c-missing.html"), fixture("not-found.html"));
    Files.writeString(dir.resolve("d-note.txt"), "Ferry port closed\nThe ferry port closed.");

    reader.read(dir, sink);

    assertThat(sink.articles)
        .extracting(RawArticle::fallbackId)
        .containsExactly("a-flood", "d-note");
    assertThat(sink.problems(SKIPPED))
        .extracting(p -> p.source().substring(p.source().lastIndexOf('/') + 1) + ": " + p.reason())
        .satisfiesExactly(
            p ->
                assertThat(p)
                    .matches(
                        "b-index\\.html: no article text found \\(\\d+ characters of main text;"
                            + " an index page\\?\\)"),
            p ->
                assertThat(p)
                    .isEqualTo(
                        "c-missing.html: an error page (its title says \"Not Found\"), no article"));
  }

  @Test
  void aBrokenGzipPageFailsAndTheOthersAreRead() throws IOException {
    Files.write(dir.resolve("a.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
    Files.write(dir.resolve("b.html"), fixture("news-article.html"));

    reader.read(dir, sink);

    assertThat(sink.only().fallbackId()).isEqualTo("b");
    assertThat(sink.problems(FAILED))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("not a readable gzip file"));
  }

  @Test
  void aPageOverTheSizeLimitFailsWithoutBeingRead() throws IOException {
    Files.write(dir.resolve("big.html"), new byte[2048]);

    new ArticleFileReader(1024).read(dir.resolve("big.html"), sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems(FAILED))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("over the limit"));
  }
}
