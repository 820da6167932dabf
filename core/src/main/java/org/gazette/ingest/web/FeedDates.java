package org.gazette.ingest.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of feeds: RFC 822/1123 dates of RSS ({@code Tue, 10 Jun 2003 04:00:00 GMT},
 * {@code 10 Jun 03 04:00 +0200}, {@code EST}...) and ISO 8601 dates of Atom and Dublin Core ({@code
 * 2003-12-13T18:30:02Z}, {@code 2003-12-13T18:30:02+01:00}, {@code 2003-12-13}). Either form is
 * accepted in either place, as feeds mix them up. A weekday that does not match the date is
 * ignored, as feeds get it wrong; a time whose zone is not known gives only its day.
 *
 * <p>NOTE: stateless and thread-safe.
 */
final class FeedDates {
  /** A date: the moment with its offset, or {@code null} when only the day is known. */
  record When(OffsetDateTime time, LocalDate day) {}

  private static final Pattern RFC_822 =
      Pattern.compile(
          "(?:[A-Za-z]{2,9}\\s*,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
              + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?"
              + "\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?\\s*(?:\\(.*\\))?");

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** The zones RFC 822 names (the military letters other than Z say nothing sure). */
  private static final Map<String, Integer> ZONE_HOURS =
      Map.ofEntries(
          Map.entry("GMT", 0),
          Map.entry("UT", 0),
          Map.entry("UTC", 0),
          Map.entry("Z", 0),
          Map.entry("EST", -5),
          Map.entry("EDT", -4),
          Map.entry("CST", -6),
          Map.entry("CDT", -5),
          Map.entry("MST", -7),
          Map.entry("MDT", -6),
          Map.entry("PST", -8),
          Map.entry("PDT", -7));

  private FeedDates() {}

  /** The date {@code value} gives, or {@code null} when it gives none this reads. */
  static When parse(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().replaceAll("\\s+", " ");
    if (v.isEmpty() || v.length() > 80) {
      return null;
    }
    When when = Character.isDigit(v.charAt(0)) && v.matches("\\d{4}-.*") ? iso(v) : null;
    return when != null ? when : rfc822(v);
  }

  private static When iso(String v) {
    try {
      OffsetDateTime t = OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return new When(t, t.toLocalDate());
    } catch (DateTimeParseException e) {
      // other forms below
    }
    String fixed = v.replace(' ', 'T').replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
    try {
      OffsetDateTime t = OffsetDateTime.parse(fixed, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return new When(t, t.toLocalDate());
    } catch (DateTimeParseException e) {
      // no offset, below
    }
    try {
      return new When(
          null, LocalDateTime.parse(fixed, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      // a day only, below
    }
    Matcher m = DAY.matcher(v);
    if (m.lookingAt()) {
      try {
        return new When(
            null,
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static When rfc822(String v) {
    Matcher m = RFC_822.matcher(v);
    if (!m.matches()) {
      return null;
    }
    Integer month = PageDates.month(m.group(2));
    if (month == null) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 50 ? 2000 : 1900;
    } else if (m.group(3).length() == 3) {
      year += 1900; // a few old feeds wrote years since 1900
    }
    try {
      LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(1)));
      if (m.group(4) == null) {
        return new When(null, day);
      }
      LocalDateTime local =
          day.atTime(
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      ZoneOffset offset = offset(m.group(7));
      if (offset == null) {
        return new When(null, day);
      }
      OffsetDateTime t = local.atOffset(offset);
      return new When(t, t.toLocalDate());
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null) {
      return null;
    }
    if (zone.startsWith("+") || zone.startsWith("-")) {
      String digits = zone.replace(":", "");
      int sign = zone.startsWith("-") ? -1 : 1;
      int hours = Integer.parseInt(digits.substring(1, 3));
      int minutes = Integer.parseInt(digits.substring(3, 5));
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    Integer hours = ZONE_HOURS.get(zone.toUpperCase(Locale.ROOT));
    return hours == null ? null : ZoneOffset.ofHours(hours);
  }
}
