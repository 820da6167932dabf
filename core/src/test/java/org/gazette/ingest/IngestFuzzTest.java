package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.gazette.model.Article;
import org.gazette.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random input for the cleaner and the readers: they never throw (the readers report bad
 * input as problems, the cleaner cleans whatever it gets) and they return in bounded time. The seed
 * is in every failure message; {@code -Dgazette.fuzzSeed=N} replays a run, {@code
 * -Dgazette.longTests=true} runs ten times as many inputs.
 */
class IngestFuzzTest {
  static final long SEED = Long.getLong("gazette.fuzzSeed", 20261206L);
  static final int RUNS = Boolean.getBoolean("gazette.longTests") ? 100_000 : 10_000;

  /** Pieces scraped text is made of, plus the characters that break naive code. */
  static final List<String> PIECES =
      List.of(
          "close",
          "Menu",
          "Back to top button",
          "Related Articles",
          "By Anas al-Bar |",
          "politico –",
          "(Getty)",
          "Saturday 27 January 2024, 10:15 GMT",
          "ISIS",
          "Islamic State",
          "al-Sudani",
          "ABC NewsFive",
          "Baghdad",
          "---",
          "title: x",
          "published: 2024-13-45",
          "{",
          "}",
          "[",
          "]",
          "\"",
          "\\",
          ":",
          ",",
          "\u0000",
          "\r",
          "\r\n",
          "\n\n\n",
          "\t",
          "\uFEFF",
          "\u202E",
          "\uD800",
          "\uDC00",
          "😀",
          "ﬁ",
          "İ",
          "\u00A0",
          "\u2028",
          " ",
          "https://e.org/a?b=c",
          "<script>alert(1)</script>",
          "&amp;",
          "%00",
          "..",
          "/",
          "\u0085");

  final ArticleCleaner cleaner = new ArticleCleaner();
  final ArticleFileReader reader = new ArticleFileReader(1024 * 1024);

  @TempDir Path dir;

  @Test
  void theCleanerNeverThrowsOnRandomText() {
    Random random = new Random(SEED);
    for (int run = 0; run < RUNS; run++) {
      String text = text(random);
      boolean scraped = random.nextBoolean();
      RawArticle raw =
          new RawArticle(
              "fuzz.txt",
              run,
              random.nextInt(4) == 0 ? "given-" + run : null, // readers refuse blank ids
              scraped ? "fuzz" + run : null,
              random.nextInt(3) == 0 ? text(random) : null,
              random.nextInt(3) == 0 ? text(random) : null,
              null,
              null,
              null,
              text,
              scraped);
      Article a = cleanOrExplain(raw, run);
      assertThat(a.id()).as("seed %d run %d", SEED, run).isNotBlank();
      assertThat(a.body()).isNotNull();
    }
  }

  @Test
  void theReadersReportBadInputAsProblemsAndNeverThrow() throws IOException {
    Random random = new Random(SEED + 1);
    List<String> extensions = List.of(".txt", ".json", ".jsonl", ".meta.json", ".md");
    for (int run = 0; run < RUNS / 4; run++) {
      String text = random.nextBoolean() ? jsonish(random) : text(random);
      RecordingSink fromString = new RecordingSink();
      try {
        reader.readJson(text, "fuzz", fromString);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("readJson threw on seed " + SEED + " run " + run, e);
      }
      Path file = dir.resolve("f" + run + extensions.get(random.nextInt(extensions.size())));
      if (random.nextInt(4) == 0) {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        Files.write(file, bytes);
      } else {
        // Unpaired surrogates become '?': a file holds bytes, and the random bytes above cover
        // what is not UTF-8.
        Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      RecordingSink fromFile = new RecordingSink();
      try {
        reader.read(file, fromFile);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("read threw on seed " + SEED + " run " + run, e);
      }
      for (RawArticle a : fromFile.articles) {
        cleanOrExplain(a, run);
      }
      Files.delete(file);
    }
  }

  private Article cleanOrExplain(RawArticle raw, int run) {
    long start = System.nanoTime();
    try {
      Article a = cleaner.clean(raw);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).as("cleaning seed %d run %d took", SEED, run).isLessThan(5_000);
      return a;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("clean threw on seed " + SEED + " run " + run, e);
    }
  }

  /** Lines of furniture, names, odd characters and now and then a very long line. */
  static String text(Random random) {
    StringBuilder s = new StringBuilder();
    int pieces = random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(10)) {
        case 0 -> s.append('\n');
        case 1 -> s.append((char) random.nextInt(0x10000));
        case 2 -> s.append("word".repeat(random.nextInt(random.nextInt(50) == 0 ? 20_000 : 5)));
        default -> s.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      s.append(random.nextBoolean() ? " " : "");
    }
    return s.toString();
  }

  /** Text that is almost JSON: objects, arrays and lines with random fields, types and cuts. */
  static String jsonish(Random random) {
    StringBuilder s = new StringBuilder();
    int records = 1 + random.nextInt(5);
    boolean array = random.nextBoolean();
    s.append(array ? "[" : "");
    for (int r = 0; r < records; r++) {
      s.append(r > 0 ? (array ? "," : "\n") : "").append('{');
      int fields = random.nextInt(6);
      for (int f = 0; f < fields; f++) {
        String[] names = {"id", "title", "body", "text", "source", "url", "published", "authors"};
        s.append(f > 0 ? "," : "").append('"').append(names[random.nextInt(names.length)]);
        s.append("\":");
        switch (random.nextInt(6)) {
          case 0 -> s.append(random.nextInt());
          case 1 -> s.append("[\"").append(escape(text(random))).append("\"]");
          case 2 -> s.append("{\"a\":").append("[".repeat(random.nextInt(300))).append("}");
          case 3 -> s.append(random.nextBoolean() ? "null" : "true");
          default -> s.append('"').append(escape(text(random))).append('"');
        }
      }
      s.append('}');
    }
    s.append(array ? "]" : "");
    return random.nextInt(5) == 0 ? s.substring(0, random.nextInt(s.length() + 1)) : s.toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
