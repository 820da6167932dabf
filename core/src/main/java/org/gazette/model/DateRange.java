package org.gazette.model;

import java.time.LocalDate;

/**
 * An inclusive range of days; either end may be {@code null} for an open range. Constructing one
 * whose {@code from} is after its {@code to}, or with an end outside the {@link SupportedDates},
 * throws {@link IllegalArgumentException}.
 */
public record DateRange(LocalDate from, LocalDate to) {
  /** The range without bounds, which matches every date. */
  public static final DateRange ALL = new DateRange(null, null);

  public DateRange {
    for (LocalDate end : new LocalDate[] {from, to}) {
      if (end != null && !SupportedDates.contains(end)) {
        throw new IllegalArgumentException(
            "a date filter must lie within the supported dates "
                + SupportedDates.RANGE
                + ", got "
                + end);
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "a date range needs from <= to, got from=" + from + " to=" + to);
    }
  }

  /** Whether the range has no bound at all. */
  public boolean isAll() {
    return from == null && to == null;
  }
}
