package org.gazette.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search request: query text, filters, date ranges, order, page and the facets to count. Build
 * one with {@link #builder()}; the builder checks every limit and names the broken rule.
 *
 * @param text Lucene query syntax over title and body; blank matches every article
 * @param filters values per value dimension: OR within a dimension, AND across dimensions
 * @param published the range of published dates to keep
 * @param mentioned the range that some mentioned date of the article must overlap
 * @param offset hits to skip (offset paging); 0 when {@code cursor} is used
 * @param limit hits to return
 * @param cursor the {@link SearchResult#nextCursor()} of the previous page, or {@code null}
 * @param facets the dimensions to count, in the order wanted in the result
 * @param facetSize the number of top values per value dimension
 */
public record SearchQuery(
    String text,
    Map<Facet, List<String>> filters,
    DateRange published,
    DateRange mentioned,
    SortOrder sort,
    int offset,
    int limit,
    String cursor,
    List<Facet> facets,
    int facetSize) {

  /** The largest page a library caller may ask for. */
  public static final int MAX_LIMIT = 1000;

  /** The deepest offset; past it, page with the cursor, which has no depth limit. */
  public static final int MAX_OFFSET = 100_000;

  /** The most values one dimension may be filtered on at once. */
  public static final int MAX_FILTER_VALUES = 100;

  /** The most values a facet may list. */
  public static final int MAX_FACET_SIZE = 1000;

  public SearchQuery {
    text = text == null ? "" : text;
    Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    filters.forEach((f, v) -> copy.put(f, List.copyOf(v)));
    filters = java.util.Collections.unmodifiableMap(copy);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(mentioned, "mentioned");
    Objects.requireNonNull(sort, "sort");
    facets = List.copyOf(facets);
  }

  /** A builder with the defaults: match all, relevance, 10 hits, every facet, 10 values each. */
  public static Builder builder() {
    return new Builder();
  }

  /** The filter values of one dimension, empty when it is not filtered. */
  public List<String> filter(Facet facet) {
    return filters.getOrDefault(facet, List.of());
  }

  /** Builds a {@link SearchQuery}. Not thread-safe; {@link #build()} may be called repeatedly. */
  public static final class Builder {
    private String text = "";
    private final Map<Facet, LinkedHashSet<String>> filters = new LinkedHashMap<>();
    private DateRange published = DateRange.ALL;
    private DateRange mentioned = DateRange.ALL;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int offset;
    private int limit = 10;
    private String cursor;
    private List<Facet> facets = List.of(Facet.values());
    private int facetSize = 10;

    private Builder() {}

    /** Lucene query syntax over title and body; {@code null} or blank matches every article. */
    public Builder text(String text) {
      this.text = text == null ? "" : text;
      return this;
    }

    /** Keeps articles that have {@code value} in {@code facet} (or another value of that facet). */
    public Builder filter(Facet facet, String value) {
      if (!facet.isValueFacet()) {
        throw new IllegalArgumentException(
            facet.key() + " is a date facet: filter it with a date range, not a value");
      }
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("a " + facet.key() + " filter value must not be blank");
      }
      LinkedHashSet<String> values = filters.computeIfAbsent(facet, f -> new LinkedHashSet<>());
      values.add(value.strip());
      if (values.size() > MAX_FILTER_VALUES) {
        throw new IllegalArgumentException(
            "at most " + MAX_FILTER_VALUES + " " + facet.key() + " filter values are allowed");
      }
      return this;
    }

    /** Keeps articles published between the two days, inclusive; either may be {@code null}. */
    public Builder publishedBetween(LocalDate from, LocalDate to) {
      this.published = new DateRange(from, to);
      return this;
    }

    /** Keeps articles mentioning a date that overlaps the range; either end may be null. */
    public Builder mentionedBetween(LocalDate from, LocalDate to) {
      this.mentioned = new DateRange(from, to);
      return this;
    }

    public Builder sort(SortOrder sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    /** Skips the first {@code offset} hits (at most {@value #MAX_OFFSET}). */
    public Builder offset(int offset) {
      if (offset < 0 || offset > MAX_OFFSET) {
        throw new IllegalArgumentException(
            "offset must be between 0 and "
                + MAX_OFFSET
                + " (page deeper with the cursor), got "
                + offset);
      }
      this.offset = offset;
      return this;
    }

    /** Returns at most {@code limit} hits (0 to {@value #MAX_LIMIT}; 0 counts facets only). */
    public Builder limit(int limit) {
      if (limit < 0 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException(
            "limit must be between 0 and " + MAX_LIMIT + ", got " + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Continues after the page that returned this cursor; {@code null} starts at the top. */
    public Builder cursor(String cursor) {
      this.cursor = cursor == null || cursor.isBlank() ? null : cursor;
      return this;
    }

    /** The dimensions to count, in this order; none to count nothing. */
    public Builder facets(Facet... facets) {
      return facets(List.of(facets));
    }

    /** The dimensions to count, in this order; an empty list counts nothing. */
    public Builder facets(List<Facet> facets) {
      this.facets = List.copyOf(new LinkedHashSet<>(facets));
      return this;
    }

    /** The number of top values listed per value dimension (1 to {@value #MAX_FACET_SIZE}). */
    public Builder facetSize(int facetSize) {
      if (facetSize < 1 || facetSize > MAX_FACET_SIZE) {
        throw new IllegalArgumentException(
            "facet size must be between 1 and " + MAX_FACET_SIZE + ", got " + facetSize);
      }
      this.facetSize = facetSize;
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException when both an offset and a cursor are given
     */
    public SearchQuery build() {
      if (cursor != null && offset > 0) {
        throw new IllegalArgumentException(
            "use either an offset or a cursor, not both (offset=" + offset + ")");
      }
      Map<Facet, List<String>> f = new LinkedHashMap<>();
      filters.forEach((k, v) -> f.put(k, new ArrayList<>(v)));
      return new SearchQuery(
          text, f, published, mentioned, sort, offset, limit, cursor, facets, facetSize);
    }
  }
}
