package org.gazette;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.gazette.index.EntityNames;
import org.gazette.index.IndexSchema;
import org.gazette.index.Indexer;
import org.gazette.model.EntityNetwork;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.ExportSink;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.IndexStats;
import org.gazette.model.IndexedArticle;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.search.NewsSearcher;
import org.gazette.store.ArticleStore;

/**
 * The embedded store: one Lucene index in a directory, written by an {@link Indexer} and searched
 * by a {@link NewsSearcher}.
 */
final class LuceneStore implements ArticleStore {
  private final Indexer indexer;
  private final NewsSearcher searcher;
  private volatile long lastRefreshNanos;

  private LuceneStore(Indexer indexer, NewsSearcher searcher) {
    this.indexer = indexer;
    this.searcher = searcher;
  }

  /**
   * Opens the index in the configured directory, creating it when it does not exist.
   *
   * @throws IllegalStateException when another process has the directory open
   */
  static LuceneStore open(NewsIndexConfig config, EntityNames names) throws IOException {
    IndexSchema schema = new IndexSchema();
    Indexer indexer =
        Indexer.open(config.indexDirectory(), schema, names, config.compactStoredFields());
    try {
      return new LuceneStore(
          indexer, new NewsSearcher(indexer, schema, names, config.queryTimeout()));
    } catch (IOException | RuntimeException e) {
      indexer.close();
      throw e;
    }
  }

  @Override
  public void upsert(IndexedArticle article, String contentHash) throws IOException {
    indexer.upsert(article, contentHash);
  }

  @Override
  public void delete(String id) throws IOException {
    indexer.delete(id);
  }

  /** Commits the writer, then reopens the reader and warms its facet and label state. */
  @Override
  public void commit() throws IOException {
    indexer.commit();
    long start = System.nanoTime();
    searcher.refresh();
    lastRefreshNanos = System.nanoTime() - start;
  }

  @Override
  public Duration lastRefresh() {
    return Duration.ofNanos(lastRefreshNanos);
  }

  @Override
  public Optional<IndexedArticle> get(String id) throws IOException {
    return searcher.get(id);
  }

  @Override
  public Optional<String> contentHash(String id) throws IOException {
    return searcher.contentHash(id);
  }

  @Override
  public List<String> idsWithExtractedKey(Facet facet, String key) throws IOException {
    return searcher.idsWithExtractedKey(facet, key);
  }

  @Override
  public String label(Facet facet, String key) throws IOException {
    return searcher.label(facet, key);
  }

  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    return searcher.search(query);
  }

  @Override
  public FacetResult facetValues(Facet facet, String prefix, SearchQuery query, int size)
      throws IOException {
    return searcher.facetValues(facet, prefix, query, size);
  }

  @Override
  public Optional<EntityProfile> profile(EntityType type, String name, SearchQuery query, int size)
      throws IOException {
    return searcher.profile(type, name, query, size);
  }

  @Override
  public long export(SearchQuery query, boolean withBody, ExportSink sink) throws IOException {
    return searcher.export(query, withBody, sink);
  }

  @Override
  public EntityNetwork network(SearchQuery query, int maxNodes) throws IOException {
    return searcher.network(query, maxNodes);
  }

  @Override
  public int count() throws IOException {
    return searcher.count();
  }

  @Override
  public IndexStats stats() throws IOException {
    return new IndexStats(
        searcher.count(), indexer.sizeBytes(), searcher.valueCounts(), indexer.lastCommit());
  }

  /** Closes the searcher, then commits and closes the writer. */
  @Override
  public void close() throws IOException {
    try (indexer) {
      searcher.close();
    }
  }
}
