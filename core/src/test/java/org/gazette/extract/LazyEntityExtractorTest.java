package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.model.Article;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyEntityExtractorTest {
  @TempDir Path dir;

  static final Article ARTICLE =
      new Article(
          "a", "Title", "Source", null, LocalDate.of(2024, 1, 1), List.of(), "Body text", null);

  @Test
  void buildsTheExtractorOnFirstUseOnlyAndOnceAcrossThreads() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    LazyEntityExtractor lazy = counting(builds);
    assertThat(lazy.isLoaded()).isFalse();
    assertThat(builds).hasValue(0);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Extraction>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return lazy.extract(ARTICLE);
                }));
      }
      start.countDown();
      for (Future<Extraction> result : results) {
        assertThat(result.get()).isEqualTo(Extraction.EMPTY);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(builds).hasValue(1);
    assertThat(lazy.isLoaded()).isTrue();
    assertThat(lazy.canonicalNames(EntityType.PLACE, "America")).isEmpty();
    assertThat(builds).hasValue(1);
  }

  @Test
  void prepareBuildsItAheadOfTheFirstUse() {
    AtomicInteger builds = new AtomicInteger();
    LazyEntityExtractor lazy = counting(builds);

    lazy.prepare();
    assertThat(lazy.isLoaded()).isTrue();
    lazy.prepare();
    assertThat(lazy.extract(ARTICLE)).isEqualTo(Extraction.EMPTY);
    assertThat(builds).hasValue(1);
  }

  @Test
  void passesALoadErrorToTheCallerAndTriesAgainNextTime() {
    AtomicInteger builds = new AtomicInteger();
    LazyEntityExtractor lazy =
        new LazyEntityExtractor(
            () -> {
              if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("resources missing");
              }
              return article -> Extraction.EMPTY;
            });

    assertThatThrownBy(() -> lazy.extract(ARTICLE)).hasMessage("resources missing");
    assertThat(lazy.isLoaded()).isFalse();
    assertThat(lazy.extract(ARTICLE)).isEqualTo(Extraction.EMPTY);
    assertThat(builds).hasValue(2);
  }

  @Test
  void anIndexOpenedWithTheDefaultsToSearchLoadsNoExtractor() throws Exception {
    NewsIndexConfig config = NewsIndexConfig.defaults(dir);
    assertThat(config.extractor()).isInstanceOf(LazyEntityExtractor.class);
    try (NewsIndex index = NewsIndex.open(config)) {
      index.search(org.gazette.model.SearchQuery.builder().text("anything").build());
    }
    assertThat(((LazyEntityExtractor) config.extractor()).isLoaded()).isFalse();
  }

  /** An extractor built on first use that counts its builds in {@code builds}. */
  private static LazyEntityExtractor counting(AtomicInteger builds) {
    return new LazyEntityExtractor(
        () -> {
          builds.incrementAndGet();
          return article -> Extraction.EMPTY;
        });
  }
}
