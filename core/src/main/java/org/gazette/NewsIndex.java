package org.gazette;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.gazette.extract.EntityExtractor;
import org.gazette.index.Curation;
import org.gazette.index.CurationFile;
import org.gazette.index.EntityKeys;
import org.gazette.index.EntityNames;
import org.gazette.ingest.ArticleFileReader;
import org.gazette.ingest.ArticleSink;
import org.gazette.model.ArticleId;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.GeoPlace;
import org.gazette.model.IndexedArticle;
import org.gazette.model.IngestProblem;
import org.gazette.model.IngestReport;
import org.gazette.model.RawArticle;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.search.QuerySyntaxException;
import org.gazette.store.ArticleStore;

/**
 * A searchable collection of news articles in one index directory: ingest files or JSON, search
 * with filters and facets, look up and delete articles.
 *
 * <pre>{@code
 * try (NewsIndex index = NewsIndex.open(NewsIndexConfig.defaults(Path.of("gazette-index")))) {
 *   IngestReport report = index.ingest(Path.of("index-data"));
 *   SearchResult result = index.search(SearchQuery.builder()
 *       .text("withdrawal")
 *       .filter(Facet.PLACE, "Anbar")
 *       .build());
 * }
 * }</pre>
 *
 * <p>NOTE: thread-safe; searches may run while an ingest is under way and see its articles once it
 * has committed. Only one {@code NewsIndex} (in one process) may have a directory open at a time.
 * Close it to commit and release the directory.
 */
public final class NewsIndex implements AutoCloseable {
  /** The query of a call given none: every article. */
  private static final SearchQuery ALL = SearchQuery.builder().build();

  private final NewsIndexConfig config;
  private final ArticleStore store;
  private final ArticlePipeline pipeline;
  private final ArticleFileReader reader;
  private final EntityNames names;

  /**
   * Held by every write (ingest, put, delete, curation), so a curation change never races an
   * article being mapped under the previous rules.
   */
  private final ReentrantLock writes = new ReentrantLock();

  private NewsIndex(NewsIndexConfig config, ArticleStore store, EntityNames names) {
    this.config = config;
    this.names = names;
    this.store = store;
    this.pipeline = new ArticlePipeline(config.extractor());
    this.reader = new ArticleFileReader(config.maxArticleBytes());
  }

  /**
   * Opens the index in the configured directory, creating it when it does not exist (or the
   * configured {@link NewsIndexConfig#store() store}).
   *
   * @throws IllegalStateException when another process has the directory open
   * @throws IOException when the directory cannot be read or created
   */
  public static NewsIndex open(NewsIndexConfig config) throws IOException {
    EntityExtractor extractor = config.extractor();
    EntityNames names =
        new EntityNames(
            CurationFile.load(config.indexDirectory()),
            extractor::canonicalNames,
            extractor::place);
    NewsIndex index = new NewsIndex(config, config.store().open(config, names), names);
    try {
      index.syncCuration();
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
    return index;
  }

  /** The shared rules last applied (a store that keeps them for every process), or null. */
  private volatile String sharedRules;

  /**
   * Applies the curation rules the store keeps for every process that uses it, when they changed
   * (another process curated); nothing for a store that leaves them in the index directory.
   */
  private void syncCuration() throws IOException {
    synchronized (curationLock) {
      Optional<String> shared = store.sharedCuration();
      if (shared.isPresent() && !shared.get().equals(sharedRules)) {
        names.curation(CurationFile.parse(shared.get(), "the store's curation rules"));
        sharedRules = shared.get();
      }
    }
  }

  /**
   * Orders reading the shared rules against deciding on them, so that an answer that read the rules
   * just before a decision of this process never puts them back after it.
   */
  private final Object curationLock = new Object();

  /** The rules before and after one curation decision. */
  private record Decision(Curation before, Curation after) {}

  /** Records {@code rule} where the rules are kept and puts the new rules in force. */
  private Decision decide(CurationRule rule) throws IOException {
    synchronized (curationLock) {
      Curation before;
      Curation after;
      if (store.sharedCuration().isPresent()) {
        // The store keeps the rules for every process: apply this one to the latest rules and
        // store them unless another process changed them in between (then read them again).
        int attempts = 0;
        while (true) {
          String previous = store.sharedCuration().orElseThrow();
          before = CurationFile.parse(previous, "the store's curation rules");
          after = before.with(rule);
          String next = CurationFile.toJson(after);
          if (store.replaceSharedCuration(previous, next)) {
            sharedRules = next;
            break;
          }
          if (++attempts == 10) {
            throw new IOException(
                "the curation rules kept changing under this decision (other processes curate"
                    + " at the same time); try again");
          }
        }
      } else {
        before = names.curation();
        after = before.with(rule);
        CurationFile.save(config.indexDirectory(), after);
      }
      names.curation(after);
      return new Decision(before, after);
    }
  }

  /** Ingests files and directories, replacing articles whose id is already indexed. */
  public IngestReport ingest(Path... paths) throws IOException {
    return ingest(List.of(paths), IngestOptions.DEFAULTS);
  }

  /**
   * Reads, cleans, extracts and indexes every article under {@code paths}, then commits. Blocks
   * until the articles are durable and visible to searches. Bad files and lines are reported in the
   * result, never thrown.
   *
   * @throws IOException only when the index itself cannot be written
   */
  public IngestReport ingest(List<Path> paths, IngestOptions options) throws IOException {
    writes.lock();
    try {
      Ingestion run = newIngestion(options);
      IngestReport report = run.run(sink -> paths.forEach(p -> reader.read(p, sink)));
      run.throwIfStoreUnavailable(report);
      commit();
      return report;
    } finally {
      writes.unlock();
    }
  }

  /**
   * Ingests articles given as JSON: one object, an array of objects, or JSON lines, each with
   * {@code id}, {@code title}, {@code body} (or {@code text}), {@code source}, {@code url}, {@code
   * published}, {@code authors}. Blocks until they are committed.
   *
   * @param origin names the input in problem reports (for example "POST /api/v1/documents")
   */
  public IngestReport ingestJson(String json, String origin) throws IOException {
    return ingestJson(json, origin, IngestOptions.DEFAULTS);
  }

  /** {@link #ingestJson(String, String)} with options (the HTTP API collects the ids). */
  public IngestReport ingestJson(String json, String origin, IngestOptions options)
      throws IOException {
    writes.lock();
    try {
      Ingestion run = newIngestion(options);
      IngestReport report = run.run(sink -> reader.readJson(json, origin, sink));
      run.throwIfStoreUnavailable(report);
      commit();
      return report;
    } finally {
      writes.unlock();
    }
  }

  /**
   * Ingests one web page given as bytes: its main text, headline, site, authors and date become an
   * article (see {@link org.gazette.ingest.web.WebPageReader}); a page with no article is reported
   * as skipped. Blocks until it is committed.
   *
   * @param url where the page was fetched from, or {@code null}; its canonical link wins
   * @param charset the charset its sender declared, or {@code null} to find it in the page
   * @param origin names the input in problem reports
   */
  public IngestReport ingestHtml(
      byte[] html, String url, String charset, String origin, IngestOptions options)
      throws IOException {
    writes.lock();
    try {
      Ingestion run = newIngestion(options);
      IngestReport report = run.run(sink -> reader.readHtml(html, url, charset, origin, sink));
      run.throwIfStoreUnavailable(report);
      commit();
      return report;
    } finally {
      writes.unlock();
    }
  }

  /**
   * Adds or replaces the article with {@code id} from one JSON article object; the id in the path
   * wins over one in the object. Blocks until it is committed.
   *
   * @throws IllegalArgumentException when {@code id} breaks the {@link ArticleId} grammar, or
   *     {@code json} holds more than one article
   */
  public IngestReport putJson(String id, String json, String origin) throws IOException {
    ArticleId.require(id);
    List<RawArticle> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    reader.readJson(
        json,
        origin,
        new ArticleSink() {
          @Override
          public void article(RawArticle article) {
            articles.add(article);
          }

          @Override
          public void problem(IngestProblem problem) {
            problems.add(problem);
          }
        });
    if (articles.size() > 1) {
      throw new IllegalArgumentException(
          "a PUT body must hold one article, not " + articles.size());
    }
    writes.lock();
    try {
      Ingestion run = newIngestion(IngestOptions.DEFAULTS.collectingIds());
      IngestReport report =
          run.run(
              sink -> {
                problems.forEach(sink::problem);
                articles.forEach(a -> sink.article(withId(a, id)));
              });
      run.throwIfStoreUnavailable(report);
      commit();
      return report;
    } finally {
      writes.unlock();
    }
  }

  /**
   * The profile of an entity over the articles matching {@code query}: article count, aliases, the
   * top {@code size} co-occurring organisations, places and people, and timelines. Empty when no
   * article names it.
   *
   * @param name its canonical value or any alias (case, accents and a leading article ignored)
   * @param query the articles to profile over; {@code null} profiles over all of them
   */
  public Optional<EntityProfile> entityProfile(
      EntityType type, String name, SearchQuery query, int size) throws IOException {
    if (size < 1 || size > SearchQuery.MAX_FACET_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + SearchQuery.MAX_FACET_SIZE + ", got " + size);
    }
    syncCuration();
    return store.profile(type, name, query == null ? ALL : query, size);
  }

  /** The number of articles, size on disk, distinct facet values and last commit time. */
  public org.gazette.model.IndexStats stats() throws IOException {
    return store.stats();
  }

  /**
   * One page of hits with facet counts and date histograms.
   *
   * @throws QuerySyntaxException when the query text does not parse (with the position)
   * @throws IllegalArgumentException for a bad cursor or an over-broad query
   * @throws org.gazette.search.SearchTimeoutException when the search runs past the time budget
   *     ({@link NewsIndexConfig#queryTimeout()})
   */
  public SearchResult search(SearchQuery query) throws IOException {
    syncCuration();
    return store.search(query);
  }

  /**
   * The values of a value facet whose name or alias has a word starting with {@code prefix} (case
   * and accents ignored), with counts under {@code query}, most frequent first; a blank prefix
   * lists the top values.
   *
   * @param prefix {@code null} or blank lists the top values
   * @param query the articles to count over; {@code null} counts over all of them
   * @throws IllegalArgumentException when {@code facet} is a date facet or {@code size} is out of
   *     range
   * @throws org.gazette.search.SearchTimeoutException when the count runs past the time budget
   */
  public FacetResult facetValues(Facet facet, String prefix, SearchQuery query, int size)
      throws IOException {
    Objects.requireNonNull(facet, "facet");
    if (size < 1 || size > SearchQuery.MAX_FACET_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + SearchQuery.MAX_FACET_SIZE + ", got " + size);
    }
    syncCuration();
    return store.facetValues(
        facet, prefix == null ? "" : prefix, query == null ? ALL : query, size);
  }

  /**
   * The article with {@code id}, its entities named as the facets name them: under their labels,
   * merged values together (the other names among the aliases), blocked values left out.
   *
   * @throws IllegalArgumentException when {@code id} breaks the {@link ArticleId} grammar
   */
  public Optional<IndexedArticle> get(String id) throws IOException {
    ArticleId.require(id);
    Optional<IndexedArticle> stored = store.get(id);
    if (stored.isEmpty()) {
      return stored;
    }
    return Optional.of(new EntityLabeller(names, store).label(stored.get()));
  }

  /**
   * Exports every article matching {@code query} (text, filters and dates) to {@code sink}, from
   * one consistent view of the index, in constant memory.
   *
   * @return the number of articles exported
   */
  public long export(SearchQuery query, boolean withBody, org.gazette.model.ExportSink sink)
      throws IOException {
    syncCuration();
    return store.export(query, withBody, sink);
  }

  /**
   * The co-occurrence network of the entities of the articles matching {@code query}, over its
   * {@code maxNodes} most frequent values.
   */
  public org.gazette.model.EntityNetwork network(SearchQuery query, int maxNodes)
      throws IOException {
    syncCuration();
    return store.network(query, maxNodes);
  }

  /** Where the place value labelled {@code name} is, when the extractor resolved it. */
  public Optional<GeoPlace> place(String name) {
    return names.place(name);
  }

  /** The curation rules in force, in the order they were made. */
  public List<CurationRule> curation() {
    return names.curation().rules();
  }

  /**
   * Records a curation decision in the index directory's {@code curation.json} and applies it at
   * once: renames, aliases and blocks take effect on the next answer; a merge re-maps the articles
   * it concerns from their stored extraction (nothing is extracted again). Blocks until durable.
   *
   * @return the number of articles re-mapped
   * @throws IllegalArgumentException when the rule would merge a value into itself in a cycle
   */
  public int curate(CurationRule rule) throws IOException {
    writes.lock();
    try {
      Decision decision = decide(rule);
      Curation before = decision.before();
      Curation after = decision.after();
      int remapped = 0;
      for (String key : before.keysMovedBy(after, rule.type(), EntityKeys.of(rule.name()))) {
        for (String id : store.idsWithExtractedKey(Facet.of(rule.type()), key)) {
          Optional<IndexedArticle> article = store.get(id);
          Optional<String> hash = store.contentHash(id);
          if (article.isPresent() && hash.isPresent()) {
            store.upsert(article.get(), hash.get());
            remapped++;
          }
        }
      }
      commit();
      return remapped;
    } finally {
      writes.unlock();
    }
  }

  /**
   * Deletes the article with {@code id}; returns whether it existed. Durable on return.
   *
   * @throws IllegalArgumentException when {@code id} breaks the {@link ArticleId} grammar
   */
  public boolean delete(String id) throws IOException {
    ArticleId.require(id);
    writes.lock();
    try {
      boolean existed = store.get(id).isPresent();
      if (existed) {
        store.delete(id);
        commit();
      }
      return existed;
    } finally {
      writes.unlock();
    }
  }

  /** The number of articles in the index. */
  public int count() throws IOException {
    return store.count();
  }

  /** The configuration this index was opened with. */
  public NewsIndexConfig config() {
    return config;
  }

  /** Commits and closes the index. Further calls fail. */
  @Override
  public void close() throws IOException {
    store.close();
  }

  private static RawArticle withId(RawArticle a, String id) {
    return new RawArticle(
        a.origin(),
        a.line(),
        id,
        a.fallbackId(),
        a.title(),
        a.source(),
        a.url(),
        a.published(),
        a.authors(),
        a.text(),
        a.scraped());
  }

  private Ingestion newIngestion(IngestOptions options) {
    return new Ingestion(pipeline, store, config.ingestThreads(), options);
  }

  private void commit() throws IOException {
    store.commit();
  }

  /**
   * How long the last commit took to make its articles searchable: reopening the reader and warming
   * its facet and label state, so that the first query after it pays nothing extra.
   */
  public java.time.Duration lastRefresh() {
    return store.lastRefresh();
  }
}
