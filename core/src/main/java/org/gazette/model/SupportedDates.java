package org.gazette.model;

import java.time.LocalDate;

/**
 * The dates Gazette indexes, counts and filters on: years {@value #FIRST_YEAR} to {@value
 * #LAST_YEAR}. A newsroom's calendar lies well inside them; a date outside is a typo or an attack
 * ("-0044-03-15", "+999999999-12-31") and would make histogram buckets no one can read.
 */
public final class SupportedDates {
  /** The first year supported. */
  public static final int FIRST_YEAR = 1000;

  /** The last year supported. */
  public static final int LAST_YEAR = 2999;

  /** The first day supported. */
  public static final LocalDate FIRST = LocalDate.of(FIRST_YEAR, 1, 1);

  /** The last day supported. */
  public static final LocalDate LAST = LocalDate.of(LAST_YEAR, 12, 31);

  /** The range, as messages state it. */
  public static final String RANGE = FIRST + " to " + LAST;

  private SupportedDates() {}

  /** Whether {@code date} lies in the supported years. */
  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }

  /** Whether the epoch day {@code day} lies in the supported years. */
  public static boolean containsEpochDay(long day) {
    return day >= FIRST.toEpochDay() && day <= LAST.toEpochDay();
  }
}
