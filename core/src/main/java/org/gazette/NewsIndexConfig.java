package org.gazette;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.gazette.extract.EntityExtractor;
import org.gazette.extract.RuleBasedEntityExtractor;
import org.gazette.ingest.ArticleFileReader;

/**
 * How to open a {@link NewsIndex}.
 *
 * @param indexDirectory where the Lucene index lives; created on first use
 * @param extractor finds entities and dates; must be thread-safe
 * @param maxArticleBytes inputs (a file, or one JSON line) larger than this are reported as failed
 *     rather than read into memory
 * @param ingestThreads threads that clean, extract and index in parallel during ingest
 * @param compactStoredFields whether new segments compress stored fields harder (Lucene's {@code
 *     BEST_COMPRESSION}: a smaller index, slower to load hits); by default {@code BEST_SPEED}
 * @param queryTimeout the time budget of one search, facet value search or entity profile; past it
 *     the call throws {@link org.gazette.search.SearchTimeoutException} instead of answering
 * @param store where the articles are kept and searched: the embedded Lucene index in {@code
 *     indexDirectory} ({@link StoreOpener#LUCENE}) unless another is given; the curation rules live
 *     in {@code indexDirectory} either way
 */
public record NewsIndexConfig(
    Path indexDirectory,
    EntityExtractor extractor,
    long maxArticleBytes,
    int ingestThreads,
    boolean compactStoredFields,
    Duration queryTimeout,
    StoreOpener store) {
  /** The time budget of a search unless configured: {@value #DEFAULT_QUERY_TIMEOUT_SECONDS} s. */
  public static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 5;

  public NewsIndexConfig {
    Objects.requireNonNull(indexDirectory, "indexDirectory");
    Objects.requireNonNull(extractor, "extractor");
    if (maxArticleBytes <= 0) {
      throw new IllegalArgumentException(
          "maxArticleBytes must be positive, got " + maxArticleBytes);
    }
    if (ingestThreads < 1 || ingestThreads > 256) {
      throw new IllegalArgumentException(
          "ingestThreads must be between 1 and 256, got " + ingestThreads);
    }
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    if (queryTimeout.isNegative() || queryTimeout.isZero()) {
      throw new IllegalArgumentException("queryTimeout must be positive, got " + queryTimeout);
    }
    Objects.requireNonNull(store, "store");
  }

  /**
   * The defaults: the built-in rule-based extractor (its resources read when first used, so an
   * index opened only to search does not wait for them), a 16 MB limit per article, one ingest
   * thread per processor, a time budget of 5 seconds per search, the embedded Lucene index.
   */
  public static NewsIndexConfig defaults(Path indexDirectory) {
    return new NewsIndexConfig(
        indexDirectory,
        EntityExtractor.lazy(RuleBasedEntityExtractor::withDefaultResources),
        ArticleFileReader.DEFAULT_MAX_ARTICLE_BYTES,
        Runtime.getRuntime().availableProcessors(),
        false,
        Duration.ofSeconds(DEFAULT_QUERY_TIMEOUT_SECONDS),
        StoreOpener.LUCENE);
  }

  /** This config with another extractor. */
  public NewsIndexConfig withExtractor(EntityExtractor extractor) {
    return with(c -> c.extractor = extractor);
  }

  /** This config with another size limit per article. */
  public NewsIndexConfig withMaxArticleBytes(long maxArticleBytes) {
    return with(c -> c.maxArticleBytes = maxArticleBytes);
  }

  /** This config with another number of ingest threads. */
  public NewsIndexConfig withIngestThreads(int ingestThreads) {
    return with(c -> c.ingestThreads = ingestThreads);
  }

  /** This config with stored fields compressed for size ({@code true}) or speed. */
  public NewsIndexConfig withCompactStoredFields(boolean compactStoredFields) {
    return with(c -> c.compactStoredFields = compactStoredFields);
  }

  /** This config with another time budget per search. */
  public NewsIndexConfig withQueryTimeout(Duration queryTimeout) {
    return with(c -> c.queryTimeout = queryTimeout);
  }

  /** This config with another store (the embedded Lucene index by default). */
  public NewsIndexConfig withStore(StoreOpener store) {
    return with(c -> c.store = store);
  }

  // Every with-method copies this config with one change: the one place that lists the fields.
  private NewsIndexConfig with(java.util.function.Consumer<Changes> change) {
    Changes c = new Changes(this);
    change.accept(c);
    return c.build();
  }

  /** The fields of a config while one is being changed. */
  private static final class Changes {
    Path indexDirectory;
    EntityExtractor extractor;
    long maxArticleBytes;
    int ingestThreads;
    boolean compactStoredFields;
    Duration queryTimeout;
    StoreOpener store;

    Changes(NewsIndexConfig from) {
      indexDirectory = from.indexDirectory;
      extractor = from.extractor;
      maxArticleBytes = from.maxArticleBytes;
      ingestThreads = from.ingestThreads;
      compactStoredFields = from.compactStoredFields;
      queryTimeout = from.queryTimeout;
      store = from.store;
    }

    NewsIndexConfig build() {
      return new NewsIndexConfig(
          indexDirectory,
          extractor,
          maxArticleBytes,
          ingestThreads,
          compactStoredFields,
          queryTimeout,
          store);
    }
  }
}
