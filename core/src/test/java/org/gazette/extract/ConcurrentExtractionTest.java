package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gazette.model.Article;
import org.gazette.model.Extraction;
import org.junit.jupiter.api.Test;

class ConcurrentExtractionTest {
  private static final String BODY =
      "Iraqi Prime Minister Mohammed Shia al-Sudani met Gen. Kevin Leahy in Baghdad. "
          + "The Patriotic Union of Kurdistan (PUK) said US troops stayed in Anbar in 2024. "
          + "Al-Sudani told Reuters the coalition would leave.";

  @Test
  void oneInstanceGivesTheSameResultsOnManyThreads() throws Exception {
    RuleBasedEntityExtractor extractor = RuleBasedEntityExtractor.withDefaultResources();
    Article article = new Article("a", "Talks in Baghdad", "Reuters", null, null, List.of(), BODY);
    Extraction expected = extractor.extract(article);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Extraction>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> extractor.extract(article)));
      }
      for (Future<Extraction> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(RuleBasedEntityExtractor.withDefaultResources()).isSameAs(extractor);
  }
}
