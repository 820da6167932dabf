package org.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gazette.ingest.ArticleSink;
import org.gazette.model.IndexedArticle;
import org.gazette.model.IngestProblem;
import org.gazette.model.IngestReport;
import org.gazette.model.RawArticle;
import org.gazette.store.ArticleStore;

/**
 * One ingest run: the reader feeds articles on the caller's thread, a bounded pool cleans, extracts
 * and indexes them in parallel, and the counts and problems end up in an {@link IngestReport}.
 *
 * <p>One bad article never stops the run; it becomes a problem line. When one id occurs twice in a
 * run, the later input wins, whatever the thread timing.
 */
final class Ingestion implements ArticleSink {
  /**
   * Problems listed one by one; past this, only counted, so a huge bad batch cannot exhaust heap.
   */
  static final int MAX_LISTED_PROBLEMS = 10_000;

  private final ArticlePipeline pipeline;
  private final ArticleStore store;
  private final IngestOptions options;
  private final ThreadPoolExecutor pool;
  private final long startNanos = System.nanoTime();
  private final ConcurrentHashMap<String, Long> seenIds = new ConcurrentHashMap<>();
  private final List<IngestProblem> problems = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger unlistedProblems = new AtomicInteger();
  private final ConcurrentHashMap<Long, String> indexedIds = new ConcurrentHashMap<>();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger replaced = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private long sequence;

  Ingestion(ArticlePipeline pipeline, ArticleStore store, int threads, IngestOptions options) {
    this.pipeline = pipeline;
    this.store = store;
    this.options = options;
    // A full queue makes the reading thread wait for room: back pressure without unbounded
    // buffering of raw text. (Processing the article on the reading thread instead made one
    // indexing thread more than the cores, each with its own segment to write at the commit.)
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(threads * 2),
            runnable -> {
              Thread t = new Thread(runnable, "gazette-ingest");
              t.setDaemon(true);
              return t;
            },
            Ingestion::waitForRoom);
  }

  private static void waitForRoom(Runnable task, ThreadPoolExecutor pool) {
    if (pool.isShutdown()) {
      throw new java.util.concurrent.RejectedExecutionException("the ingest run is over");
    }
    try {
      pool.getQueue().put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.RejectedExecutionException(
          "interrupted while waiting to queue an article", e);
    }
  }

  /** The last store-unavailable failure of an article, if any. */
  private volatile org.gazette.store.StoreUnavailableException unavailable;

  /**
   * Throws when no article was indexed because the store could not take them: the caller's request
   * was fine, the store was not, and the caller should hear that rather than a list of failures.
   */
  void throwIfStoreUnavailable(IngestReport report) throws IOException {
    if (unavailable != null && report.indexed() == 0) {
      throw unavailable;
    }
  }

  /** Runs {@code reader} into this ingestion, waits for every article, and reports. */
  IngestReport run(Consumer<ArticleSink> reader) {
    try {
      reader.accept(this);
    } finally {
      pool.shutdown();
      awaitPool();
    }
    List<IngestProblem> listed = new ArrayList<>(problems);
    if (unlistedProblems.get() > 0) {
      listed.add(
          new IngestProblem(
              "(ingest)",
              0,
              IngestProblem.Kind.WARNING,
              unlistedProblems.get() + " more problems were counted but not listed"));
    }
    List<String> ids =
        indexedIds.entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(java.util.Map.Entry::getValue)
            .distinct()
            .toList();
    return new IngestReport(added.get(), replaced.get(), skipped.get(), failed.get(), listed, ids);
  }

  @Override
  public void article(RawArticle article) {
    long seq = ++sequence;
    pool.execute(() -> process(article, seq));
  }

  @Override
  public void problem(IngestProblem problem) {
    switch (problem.kind()) {
      case FAILED -> failed.incrementAndGet();
      case SKIPPED -> skipped.incrementAndGet();
      case WARNING -> {}
    }
    record(problem);
    if (problem.kind() != IngestProblem.Kind.WARNING) {
      tell();
    }
  }

  private void process(RawArticle raw, long seq) {
    try {
      String hash = ArticlePipeline.contentHash(raw);
      // An article whose id is known before cleaning (metadata or file name) and whose raw content
      // is what is stored is skipped before the costly part: cleaning and extraction.
      String knownId = raw.id() != null ? raw.id() : raw.fallbackId();
      String stored = knownId == null ? null : store.contentHash(knownId).orElse(null);
      if (knownId != null && unchanged(knownId, hash, stored)) {
        skipped.incrementAndGet();
        tell();
        return;
      }
      IndexedArticle indexed = pipeline.process(raw);
      String id = indexed.article().id();
      if (indexed.article().body().isBlank() && indexed.article().title().isBlank()) {
        problem(new IngestProblem(raw.origin(), raw.line(), IngestProblem.Kind.SKIPPED, "no text"));
        return;
      }
      if (knownId == null) {
        stored = store.contentHash(id).orElse(null);
        if (unchanged(id, hash, stored)) {
          skipped.incrementAndGet();
          tell();
          return;
        }
      }
      boolean[] existed = {stored != null};
      seenIds.compute(
          id,
          (key, previous) -> {
            if (previous != null) {
              existed[0] = true;
              if (previous > seq) {
                return previous; // a later input with this id is already indexed
              }
            }
            upsert(indexed, hash);
            return seq;
          });
      (existed[0] ? replaced : added).incrementAndGet();
      if (options.collectIds()) {
        indexedIds.put(seq, id);
      }
      tell();
    } catch (RuntimeException | IOException | StackOverflowError e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof org.gazette.store.StoreUnavailableException u) {
          unavailable = u;
        }
      }
      failed.incrementAndGet();
      record(
          new IngestProblem(
              raw.origin(),
              raw.line(),
              IngestProblem.Kind.FAILED,
              "could not process the article: " + e));
      tell();
    }
  }

  // With skip-unchanged, whether `stored` (the content hash the index holds for `id`) is `hash`
  // and no earlier input of this ingest had that id (a later duplicate must still replace it).
  private boolean unchanged(String id, String hash, String stored) {
    return options.skipUnchanged() && !seenIds.containsKey(id) && hash.equals(stored);
  }

  private void upsert(IndexedArticle indexed, String hash) {
    try {
      store.upsert(indexed, hash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void record(IngestProblem problem) {
    synchronized (problems) {
      if (problems.size() < MAX_LISTED_PROBLEMS) {
        problems.add(problem);
        return;
      }
    }
    unlistedProblems.incrementAndGet();
  }

  private void tell() {
    options
        .listener()
        .progress(
            new IngestOptions.Progress(
                added.get(),
                replaced.get(),
                skipped.get(),
                failed.get(),
                (System.nanoTime() - startNanos) / 1_000_000));
  }

  private void awaitPool() {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.HOURS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
