package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.extract.EntityExtractor;
import org.gazette.model.Article;
import org.gazette.model.Extraction;
import org.gazette.model.IngestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-ingest with skip-unchanged (what {@code serve} does on each start) leaves unchanged articles
 * alone without cleaning or extracting them again: counted by the extractor's calls, not a clock.
 */
class SkipUnchangedTest {
  private static final int ARTICLES = 400;

  @TempDir Path dir;

  /** The default extractor, counting its calls. */
  private static final class Counting implements EntityExtractor {
    private final EntityExtractor inner =
        org.gazette.extract.RuleBasedEntityExtractor.withDefaultResources();
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Extraction extract(Article article) {
      calls.incrementAndGet();
      return inner.extract(article);
    }
  }

  @Test
  void unchangedArticlesWithKnownIdsAreNotExtractedAgain() throws IOException {
    Path input = dir.resolve("articles");
    Files.createDirectories(input);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      lines.append(
          "{\"id\": \"a-%d\", \"title\": \"Talks %d resume\", \"body\": \"Officials met in Baghdad on day %d.\"}\n"
              .formatted(i, i, i));
    }
    Files.writeString(input.resolve("batch.jsonl"), lines);
    // Files without metadata take their id from the file name.
    for (int i = 0; i < 20; i++) {
      Files.writeString(
          input.resolve("plain-" + i + ".txt"), "A headline " + i + "\n\nTroops left Erbil.");
    }
    int total = ARTICLES + 20;

    Counting extractor = new Counting();
    NewsIndexConfig config =
        NewsIndexConfig.defaults(dir.resolve("index")).withExtractor(extractor);
    IngestOptions skip = IngestOptions.DEFAULTS.skippingUnchanged();
    try (NewsIndex index = NewsIndex.open(config)) {
      IngestReport first = index.ingest(java.util.List.of(input), skip);
      assertThat(first.added()).isEqualTo(total);
      assertThat(extractor.calls.get()).isEqualTo(total);
    }
    extractor.calls.set(0);
    // A restart: the same input again, one article changed.
    Files.writeString(input.resolve("plain-0.txt"), "A headline 0\n\nTroops left Erbil and Mosul.");
    try (NewsIndex index = NewsIndex.open(config)) {
      IngestReport again = index.ingest(java.util.List.of(input), skip);
      assertThat(again.skipped()).isEqualTo(total - 1);
      assertThat(again.replaced()).isEqualTo(1);
      assertThat(extractor.calls.get()).as("extractions on restart").isEqualTo(1);
      assertThat(index.count()).isEqualTo(total);
    }
  }
}
