package org.gazette.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses the {@code published} value of an article into the calendar date it was published on.
 *
 * <p>NOTE: a date-time with an offset keeps its own calendar date ({@code 2024-01-27T23:30-05:00}
 * is January 27, not January 28 in UTC): the publisher's date is the one readers saw.
 */
final class PublishedDateParser {
  /** The accepted forms, for messages. */
  static final String ACCEPTED_FORMS =
      "2024-01-27, 2024-01-27T10:15:00Z, 2024-01-27T10:15:00+03:00, 2024-01-27 10:15:00,"
          + " 2024-01-27T10:15:00 or Sat, 27 Jan 2024 10:15:00 GMT";

  private static final DateTimeFormatter SPACE_SEPARATED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss][.SSS]");

  private static final List<Function<String, LocalDate>> FORMS =
      List.of(
          s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE),
          s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDate(),
          s -> LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toLocalDate(),
          s -> LocalDateTime.parse(s, SPACE_SEPARATED).toLocalDate(),
          s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());

  private PublishedDateParser() {}

  /**
   * The moment {@code value} gives when it is a date-time with an offset or zone ({@code
   * 2024-01-27T10:15:00+03:00}, {@code ...Z}, RFC 1123); empty for a date or a local date-time.
   */
  static Optional<Instant> instant(String value) {
    String s = value == null ? "" : value.strip();
    if (s.isEmpty() || s.length() > 64) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      // not ISO with an offset
    }
    try {
      return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The date {@code value} gives, or empty when it is in none of the {@link #ACCEPTED_FORMS}. */
  static Optional<LocalDate> parse(String value) {
    String s = value.strip();
    if (s.isEmpty() || s.length() > 64) {
      return Optional.empty();
    }
    for (Function<String, LocalDate> form : FORMS) {
      try {
        return Optional.of(form.apply(s));
      } catch (DateTimeParseException e) {
        // Not this form; try the next one.
      }
    }
    return Optional.empty();
  }
}
