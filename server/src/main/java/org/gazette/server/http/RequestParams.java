package org.gazette.server.http;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.gazette.model.Facet;
import org.gazette.model.SearchQuery;
import org.gazette.model.SortOrder;
import org.gazette.model.SupportedDates;

/**
 * The query parameters of one request, checked: unknown names, repeated single values, numbers out
 * of range and bad dates are refused with a 400 that names the parameter and the rule.
 */
final class RequestParams {
  /** The most hits one page of the HTTP API returns. */
  static final int MAX_PAGE_SIZE = 100;

  static final Set<String> FILTERS = Set.of("organization", "place", "person", "source");
  static final Set<String> QUERY =
      union(FILTERS, Set.of("q", "from", "to", "mentionedFrom", "mentionedTo"));
  static final Set<String> SEARCH =
      union(QUERY, Set.of("sort", "page", "size", "cursor", "facets", "facetSize"));

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private final Map<String, List<String>> params;

  RequestParams(Map<String, List<String>> params, Set<String> allowed) {
    this.params = params;
    Set<String> unknown = new TreeSet<>(params.keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw ApiProblem.badParameter(
          "unknown parameter '"
              + unknown.iterator().next()
              + "'; this endpoint takes "
              + (allowed.isEmpty() ? "no parameters" : String.join(", ", new TreeSet<>(allowed))));
    }
  }

  /**
   * Refuses a query string whose percent-encoding is broken ({@code q=withdrawal%ZZ}), which the
   * server would otherwise drop silently, widening the search.
   */
  static void checkEncoding(String queryString) {
    if (queryString == null) {
      return;
    }
    for (String part : queryString.split("&")) {
      String shown = part.length() > 100 ? part.substring(0, 100) + "..." : part;
      String bytes;
      try {
        // Latin-1 maps each %XX to one char of that byte value, so the bytes can be checked.
        bytes = java.net.URLDecoder.decode(part, java.nio.charset.StandardCharsets.ISO_8859_1);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badParameter(
            "the query string has a broken %-escape in '" + shown + "'; escape '%' as %25");
      }
      if (part.indexOf('%') >= 0 && !isUtf8(bytes)) {
        throw ApiProblem.badParameter(
            "the query string is not UTF-8: the %-escapes in '" + shown + "' are not UTF-8 bytes");
      }
    }
  }

  /** Whether {@code latin1} (one char a byte) holds valid UTF-8; chars past a byte pass. */
  private static boolean isUtf8(String latin1) {
    if (latin1.chars().anyMatch(c -> c > 0xFF)) {
      return true; // raw non-ASCII text, not escaped bytes: the server decoded it already
    }
    try {
      java.nio.charset.StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(
              java.nio.ByteBuffer.wrap(
                  latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** The one value of {@code name}, or {@code null}; refused when given twice. */
  String single(String name) {
    List<String> values = params.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw ApiProblem.badParameter("'" + name + "' may be given once, got " + values.size());
    }
    return values.isEmpty() ? null : values.getFirst();
  }

  int integer(String name, int fallback, int min, int max) {
    String value = single(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter("'" + name + "' needs a whole number, got '" + value + "'");
    }
    if (n < min || n > max) {
      throw ApiProblem.badParameter(
          "'" + name + "' must be between " + min + " and " + max + ", got " + n);
    }
    return n;
  }

  /**
   * A date as {@code 2024-01-31}, {@code 2024-01} or {@code 2024}; a month or year stands for its
   * first day, or its last when {@code endOfPeriod}.
   */
  LocalDate date(String name, boolean endOfPeriod) {
    String value = single(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date = parseDate(name, value.strip(), endOfPeriod);
    if (!SupportedDates.contains(date)) {
      throw ApiProblem.badParameter(
          "'"
              + name
              + "' must lie within the supported dates "
              + SupportedDates.RANGE
              + ", got '"
              + value
              + "'");
    }
    return date;
  }

  private static LocalDate parseDate(String name, String v, boolean endOfPeriod) {
    try {
      if (YEAR.matcher(v).matches()) {
        int year = Integer.parseInt(v);
        return endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (MONTH.matcher(v).matches()) {
        YearMonth month = YearMonth.parse(v);
        return endOfPeriod ? month.atEndOfMonth() : month.atDay(1);
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badParameter(
          "'" + name + "' needs a date as 2024-01-31, 2024-01 or 2024, got '" + v + "'");
    }
  }

  /** The text, filters and date ranges of the request. */
  SearchQuery.Builder query() {
    SearchQuery.Builder b = SearchQuery.builder().text(single("q"));
    for (String dimension : List.of("organization", "place", "person", "source")) {
      for (String value : params.getOrDefault(dimension, List.of())) {
        if (!value.isBlank()) {
          b.filter(Facet.fromKey(dimension), value);
        }
      }
    }
    b.publishedBetween(date("from", false), date("to", true));
    b.mentionedBetween(date("mentionedFrom", false), date("mentionedTo", true));
    return b;
  }

  /** The whole search request: query plus order, page, cursor and facets. */
  SearchQuery search() {
    SearchQuery.Builder b = query();
    String sort = single("sort");
    b.sort(sort == null || sort.isBlank() ? SortOrder.RELEVANCE : SortOrder.fromKey(sort.strip()));
    int size = integer("size", 10, 0, MAX_PAGE_SIZE);
    int page = integer("page", 1, 1, Integer.MAX_VALUE);
    long offset = (long) (page - 1) * size;
    if (offset > SearchQuery.MAX_OFFSET) {
      throw ApiProblem.badParameter(
          "page "
              + page
              + " starts at hit "
              + offset
              + ", past the offset limit of "
              + SearchQuery.MAX_OFFSET
              + "; page deeper with 'cursor' (every response's nextCursor)");
    }
    String cursor = single("cursor");
    if (cursor != null && !cursor.isBlank() && page > 1) {
      throw ApiProblem.badParameter("use either 'page' or 'cursor', not both");
    }
    b.limit(size).offset((int) offset).cursor(cursor);
    if (params.containsKey("facets")) {
      b.facets(facets());
    }
    b.facetSize(integer("facetSize", 10, 1, SearchQuery.MAX_FACET_SIZE));
    return b.build();
  }

  /** {@code facets=place,organization} or repeated; an empty value counts nothing. */
  private List<Facet> facets() {
    List<Facet> facets = new ArrayList<>();
    for (String value : params.get("facets")) {
      for (String key : value.split(",")) {
        if (!key.isBlank()) {
          facets.add(Facet.fromKey(key.strip()));
        }
      }
    }
    return facets;
  }
}
