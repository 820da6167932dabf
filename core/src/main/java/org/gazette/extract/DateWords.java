package org.gazette.extract;

import java.util.Map;
import java.util.Set;

/** Month and weekday names, which are dates and never entities. */
final class DateWords {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  private static final Set<String> WEEKDAYS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun");

  private DateWords() {}

  /** The month (1–12) named by {@code lower} ("january", "jan", "sept"), or 0. */
  static int month(String lower) {
    return MONTHS.getOrDefault(lower, 0);
  }

  /** Whether {@code lower} names a month or a day of the week. */
  static boolean isCalendarWord(String lower) {
    return MONTHS.containsKey(lower) || WEEKDAYS.contains(lower);
  }
}
