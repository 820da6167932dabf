package org.gazette.ingest.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The day a page was published, read from the text of the elements that show it ("Published 12
 * March 2019", "12.03.2019", "März 12, 2019"), for pages whose metadata gives none: elements whose
 * class, id or itemprop speaks of a date or a publication, and {@code <time>} elements.
 *
 * <p>NOTE: stateless and thread-safe.
 */
final class PageDates {
  /** How many date elements are looked at before giving up. */
  private static final int MAX_ELEMENTS = 20;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("mär", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("mai", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("okt", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12),
          Map.entry("dez", 12));

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

  private PageDates() {}

  /** The first date shown by a date element of {@code doc}, or {@code null}. */
  static LocalDate fromDateElements(Document doc) {
    int seen = 0;
    for (Element e :
        doc.select(
            "time, [itemprop=datePublished], [class*=date], [class*=Date], [id*=date],"
                + " [class*=publish], [class*=datum], [class*=posted], [class*=meta]")) {
      if (++seen > MAX_ELEMENTS) {
        break;
      }
      String text = e.text();
      if (text.length() > 200) {
        continue;
      }
      LocalDate date = parse(text);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The first date written in {@code text}, or {@code null}. */
  static LocalDate parse(String text) {
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = DOTTED.matcher(text);
    if (m.find()) {
      return day(m.group(3), m.group(2), m.group(1));
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(2));
      if (month != null) {
        return day(m.group(3), month.toString(), m.group(1));
      }
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(1));
      if (month != null) {
        return day(m.group(3), month.toString(), m.group(2));
      }
    }
    return null;
  }

  /** The month an English or German month name or its first three letters names, or null. */
  static Integer month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() < 3 ? null : MONTHS.get(w.substring(0, 3));
  }

  private static LocalDate day(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
