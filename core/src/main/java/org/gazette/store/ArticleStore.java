package org.gazette.store;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

/**
 * Where a {@link org.gazette.NewsIndex} keeps its articles and searches them: the storage and
 * search half of Gazette, behind which the embedded Lucene index and a SolrCloud collection are
 * interchangeable. The library keeps the other half (reading, cleaning, extraction, curation rules,
 * argument checks) and calls a store only with articles already extracted and arguments already
 * checked.
 *
 * <p>Contract, which every implementation keeps and the conformance tests check: an article written
 * by {@link #upsert} or removed by {@link #delete} is durable and visible to every call that starts
 * after {@link #commit} returns; reads see one consistent state of the store; facet values are the
 * curated value keys the store was given with each article, labelled by {@link #label}.
 *
 * <p>NOTE: thread-safe. Reads may run alongside writes; {@link org.gazette.NewsIndex} never runs
 * two writes at once.
 */
public interface ArticleStore extends Closeable {
  /**
   * Adds or replaces the article with its id. Its entities are mapped to facet values under the
   * curation rules in force when this is called.
   *
   * @param contentHash the hash of its input and extractor version, kept to skip it unchanged
   */
  void upsert(IndexedArticle article, String contentHash) throws IOException;

  /** Removes the article with {@code id}, if there is one. */
  void delete(String id) throws IOException;

  /** Makes every write before it durable and visible to the calls that start after it returns. */
  void commit() throws IOException;

  /** How long the last {@link #commit} took to make its writes visible, warm state included. */
  Duration lastRefresh();

  /** The stored article with {@code id}, its entities as extracted. */
  Optional<IndexedArticle> get(String id) throws IOException;

  /** The content hash the article with {@code id} was stored with. */
  Optional<String> contentHash(String id) throws IOException;

  /**
   * The ids of the articles whose extracted (uncurated) value key of {@code facet} is {@code key}.
   */
  List<String> idsWithExtractedKey(Facet facet, String key) throws IOException;

  /** The label shown for the value key {@code key} of {@code facet}. */
  String label(Facet facet, String key) throws IOException;

  /** One page of hits with facet counts and date histograms. */
  SearchResult search(SearchQuery query) throws IOException;

  /** The values of a value facet found by a word prefix of a name or alias, with counts. */
  FacetResult facetValues(Facet facet, String prefix, SearchQuery query, int size)
      throws IOException;

  /** The profile of an entity over the articles matching {@code query}. */
  Optional<EntityProfile> profile(EntityType type, String name, SearchQuery query, int size)
      throws IOException;

  /** Writes every article matching {@code query} to {@code sink}; returns how many. */
  long export(SearchQuery query, boolean withBody, ExportSink sink) throws IOException;

  /** The co-occurrence network of the values of the articles matching {@code query}. */
  EntityNetwork network(SearchQuery query, int maxNodes) throws IOException;

  /** The number of articles. */
  int count() throws IOException;

  /**
   * The curation rules (as {@code curation.json} holds them) when the store keeps them for every
   * process that uses it, or empty when they live in the index directory (the embedded index). A
   * store may answer from a copy a few seconds old.
   */
  default java.util.Optional<String> sharedCuration() throws IOException {
    return java.util.Optional.empty();
  }

  /**
   * Replaces the shared curation rules with {@code next} if they are still {@code previous} (as
   * {@link #sharedCuration} returned them, or {@code null} for none yet); called only when {@link
   * #sharedCuration} is present.
   *
   * @return false when another process changed them in between (nothing is written)
   */
  default boolean replaceSharedCuration(String previous, String next) throws IOException {
    throw new UnsupportedOperationException("this store keeps no curation rules");
  }

  /** The number of articles, the size, distinct values per facet and the last commit time. */
  IndexStats stats() throws IOException;
}
