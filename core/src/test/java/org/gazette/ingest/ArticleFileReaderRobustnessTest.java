package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.gazette.model.IngestProblem.Kind.FAILED;
import static org.gazette.model.IngestProblem.Kind.SKIPPED;
import static org.gazette.model.IngestProblem.Kind.WARNING;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.gazette.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderRobustnessTest {
  static final int MIB = 1024 * 1024;

  @TempDir Path dir;
  final RecordingSink sink = new RecordingSink();
  final ArticleFileReader reader = new ArticleFileReader();

  @Test
  void skipsAnEmptyFileOfEveryFormat() throws IOException {
    for (String name : new String[] {"a.txt", "b.json", "c.jsonl"}) {
      Files.write(dir.resolve(name), new byte[0]);
    }

    reader.read(dir, sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems)
        .hasSize(3)
        .allSatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(SKIPPED);
              assertThat(p.reason()).isEqualTo("empty file");
            });
  }

  @Test
  void failsAFileWithNulBytesAsBinary() throws IOException {
    byte[] bytes = "PK\u0003\u0004 looks like a zip".getBytes(StandardCharsets.ISO_8859_1);
    bytes[10] = 0;
    reader.read(Files.write(dir.resolve("archive.txt"), bytes), sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.reason()).startsWith("binary content, not text");
            });
  }

  @Test
  void failsAFileOfMostlyControlCharactersAsBinary() throws IOException {
    byte[] bytes = new byte[4000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 7);
    }
    reader.read(Files.write(dir.resolve("noise.jsonl"), bytes), sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("binary content, not text"));
  }

  @Test
  void decodesInvalidUtf8AsWindows1252AndWarns() throws IOException {
    // "Café – 5€" in Windows-1252: é = E9, en dash = 96, euro = 80; none is valid UTF-8 here.
    byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x96, ' ', '5', (byte) 0x80};
    reader.read(Files.write(dir.resolve("legacy.txt"), bytes), sink);

    assertThat(sink.only().text()).isEqualTo("Café – 5€");
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(WARNING);
              assertThat(p.reason())
                  .contains("not valid UTF-8")
                  .contains("offset 3")
                  .contains("Windows-1252");
            });
  }

  @Test
  void decodesAnInvalidUtf8JsonLineAsWindows1252AndWarnsWithItsLine() throws IOException {
    byte[] good = "{\"body\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', 'n', (byte) 0xE9, '"', '}', '\n'};
    Path file = dir.resolve("mixed.jsonl");
    Files.write(file, concat(good, bad));

    reader.read(file, sink);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("fine", "né");
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(WARNING);
              assertThat(p.line()).isEqualTo(2);
            });
  }

  @Test
  void stripsAUtf8ByteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(dir.resolve("a.txt"), concat(bom, "Headline".getBytes(StandardCharsets.UTF_8)));
    Files.write(
        dir.resolve("b.json"), concat(bom, "{\"body\": \"J\"}".getBytes(StandardCharsets.UTF_8)));
    Files.write(
        dir.resolve("c.jsonl"), concat(bom, "{\"body\": \"L\"}".getBytes(StandardCharsets.UTF_8)));

    reader.read(dir, sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("Headline", "J", "L");
  }

  @Test
  void readsUtf16TextThatStartsWithAByteOrderMark() throws IOException {
    reader.read(
        Files.write(dir.resolve("wide.txt"), "Headline\nText".getBytes(StandardCharsets.UTF_16)),
        sink);

    assertThat(sink.only().text()).isEqualTo("Headline\nText");
  }

  @Test
  void normalisesCrlfAndCrLineEndsToLf() throws IOException {
    reader.read(Files.writeString(dir.resolve("dos.txt"), "One\r\nTwo\rThree\r\n\r\nFour"), sink);

    assertThat(sink.only().text()).isEqualTo("One\nTwo\nThree\n\nFour");
  }

  @Test
  void failsAFileOverTheLimitNamingItsSizeTheLimitAndTheOption() throws IOException {
    ArticleFileReader small = new ArticleFileReader(1000);
    small.read(Files.writeString(dir.resolve("big.txt"), "x".repeat(1500)), sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.reason())
                  .contains("1500 bytes")
                  .contains("1000 bytes")
                  .contains("--max-article-size");
            });
  }

  @Test
  void deliversAFileOfExactlyTheLimit() throws IOException {
    new ArticleFileReader(1000)
        .read(Files.writeString(dir.resolve("edge.txt"), "x".repeat(1000)), sink);

    assertThat(sink.only().text()).hasSize(1000);
  }

  @Test
  void failsOnlyTheJsonLineOverTheLimitAndReadsOnWithoutHoldingIt() throws IOException {
    Path file = dir.resolve("feed.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("{\"body\": \"before\"}\n{\"body\": \"");
      char[] chunk = new char[MIB];
      Arrays.fill(chunk, 'y');
      for (int i = 0; i < 50; i++) {
        w.write(chunk);
      }
      w.write("\"}\n{\"body\": \"after\"}\n");
    }

    new ArticleFileReader(MIB).read(file, sink);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("before", "after");
    assertThat(sink.articles).extracting(RawArticle::line).containsExactly(1, 3);
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.reason()).contains(50L * MIB + 12 + " bytes").contains(MIB + " bytes");
            });
  }

  /** Over the default limit of 16 MB in the normal run; 50 MB with -Dgazette.longTests=true. */
  private static final long LARGE_ARTICLE_BYTES =
      (Boolean.getBoolean("gazette.longTests") ? 50L : 17L) * MIB;

  @Test
  void deliversAnArticleOverTheDefaultLimitWholeUnderARaisedLimit() throws IOException {
    Path file = dir.resolve("huge.txt");
    byte[] paragraph =
        "The coalition met in Baghdad on Thursday.\n\n".getBytes(StandardCharsets.UTF_8);
    long written = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("Huge headline\n\n".getBytes(StandardCharsets.UTF_8));
      written += 15;
      while (written < LARGE_ARTICLE_BYTES) {
        out.write(paragraph);
        written += paragraph.length;
      }
    }

    assertThat(written).isGreaterThan(ArticleFileReader.DEFAULT_MAX_ARTICLE_BYTES);
    new ArticleFileReader(64L * MIB).read(file, sink);

    assertThat(sink.problems).isEmpty();
    assertThat((long) sink.only().text().length()).isEqualTo(written);
  }

  @Test
  void failsAFileThatCannotBeReadAndReadsTheOthers() throws IOException {
    Path locked = Files.writeString(dir.resolve("a-locked.txt"), "secret");
    Files.writeString(dir.resolve("b-open.txt"), "open");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(locked)).as("permissions are not enforced for this user").isFalse();

    reader.read(dir, sink);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("open");
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.reason()).contains("permission denied");
            });
  }

  @Test
  void failsABrokenLinkAndReadsTheOthers() throws IOException {
    Files.createSymbolicLink(dir.resolve("a-broken.txt"), dir.resolve("gone.txt"));
    Files.writeString(dir.resolve("b-fine.txt"), "fine");

    reader.read(dir, sink);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("fine");
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.source()).endsWith("a-broken.txt");
            });
  }

  @Test
  void followsLinksButEndsALinkLoop() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("story.txt"), "once");
    Files.createSymbolicLink(sub.resolve("loop"), dir);
    Files.createSymbolicLink(dir.resolve("alias"), sub);

    reader.read(dir, sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("once");
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
