package org.gazette.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * The time one search may take, counted from its start. It is checked between the stages of an
 * answer (parsing, matching, counting, loading hits) and, every {@value #CHECK_EVERY} hits, while
 * hits are collected.
 *
 * <p>NOTE: Lucene's own {@code IndexSearcher.setTimeout} is not used: its time-limited scorer
 * scores a segment in windows, which drill-sideways scoring refuses. The rewrite of a fuzzy,
 * wildcard or regular expression term is not interrupted either; the parser bounds those terms
 * instead ({@link QueryTextParser}).
 */
final class Budget {
  /** Hits collected between two looks at the clock: a clock read costs about as much as 20 hits. */
  private static final int CHECK_EVERY = 1024;

  private final Duration limit;
  private final long deadline;

  Budget(Duration limit) {
    this.limit = limit;
    // A budget of centuries is no budget; capping keeps the deadline from overflowing.
    this.deadline = System.nanoTime() + Math.min(limit.toNanos(), Long.MAX_VALUE / 4);
  }

  /**
   * Throws when the budget is spent.
   *
   * @throws SearchTimeoutException when it is
   */
  void check() {
    if (System.nanoTime() - deadline > 0) {
      throw new SearchTimeoutException(limit);
    }
  }

  /** {@code manager}, its collectors checking this budget as they collect. */
  <C extends Collector, T> CollectorManager<Checked<C>, T> over(CollectorManager<C, T> manager) {
    return new CollectorManager<>() {
      @Override
      public Checked<C> newCollector() throws IOException {
        return new Checked<>(manager.newCollector(), Budget.this);
      }

      @Override
      public T reduce(Collection<Checked<C>> collectors) throws IOException {
        List<C> inner = new ArrayList<>(collectors.size());
        collectors.forEach(c -> inner.add(c.inner));
        return manager.reduce(inner);
      }
    };
  }

  /** A collector that looks at the budget every {@value #CHECK_EVERY} hits. */
  static final class Checked<C extends Collector> extends FilterCollector {
    private final C inner;
    private final Budget budget;
    private int collected;

    Checked(C inner, Budget budget) {
      super(inner);
      this.inner = inner;
      this.budget = budget;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      budget.check();
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        @Override
        public void collect(int doc) throws IOException {
          if (++collected % CHECK_EVERY == 0) {
            budget.check();
          }
          super.collect(doc);
        }

        @Override
        public DocIdSetIterator competitiveIterator() throws IOException {
          // Keeps the skipping of non-competitive hits that sorted collectors offer.
          return in.competitiveIterator();
        }
      };
    }
  }
}
