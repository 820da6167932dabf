package org.gazette.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date an article speaks of, normalised.
 *
 * @param date the first day of the period mentioned (the day itself, the first of the month, or
 *     January 1st)
 * @param precision how much of {@code date} the text actually gave
 * @param yearInferred whether the year came from the published date rather than the text ("on
 *     January 27" in an article published in 2024)
 * @param mention where the text says it
 */
public record MentionedDate(
    LocalDate date, DatePrecision precision, boolean yearInferred, Mention mention) {
  public MentionedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(mention, "mention");
  }

  /** ISO 8601 at the mentioned precision: {@code 2024-01-27}, {@code 2024-01} or {@code 2024}. */
  public String iso() {
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> String.format("%04d", date.getYear());
    };
  }
}
