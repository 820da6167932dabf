package org.gazette.search;

import java.time.Duration;

/**
 * A search ran past its time budget ({@code NewsIndexConfig.queryTimeout}) and was stopped: no
 * partial answer is given. Narrowing the query (fewer wildcard, fuzzy or regular expression terms)
 * or raising the budget helps; trying the same query again rarely does.
 */
public final class SearchTimeoutException extends RuntimeException {
  private final Duration budget;

  public SearchTimeoutException(Duration budget) {
    super(
        "the search ran past its time budget of "
            + (budget.toMillis() > 0 ? budget.toMillis() + " ms" : budget.toNanos() + " ns")
            + " and was stopped; narrow the query (fewer wildcard, fuzzy or regular expression"
            + " terms)");
    this.budget = budget;
  }

  /** The budget that ran out. */
  public Duration budget() {
    return budget;
  }
}
