package org.gazette.model;

import java.util.List;
import java.util.Optional;

/**
 * One page of search results with the facet counts of the whole result set.
 *
 * @param total the exact number of matching articles
 * @param tookMs the time the search took, in milliseconds
 * @param facets value-dimension counts, in the order requested
 * @param dates date-dimension counts, in the order requested
 * @param nextCursor pass to {@link SearchQuery.Builder#cursor} for the page after this one; {@code
 *     null} when this page is the last
 */
public record SearchResult(
    long total,
    long tookMs,
    List<SearchHit> hits,
    List<FacetResult> facets,
    List<DateHistogram> dates,
    String nextCursor) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
    dates = List.copyOf(dates);
  }

  /** The counts of a value dimension, when it was requested. */
  public Optional<FacetResult> facet(Facet facet) {
    return facets.stream().filter(f -> f.facet() == facet).findFirst();
  }

  /** The counts of a date dimension, when it was requested. */
  public Optional<DateHistogram> dates(Facet facet) {
    return dates.stream().filter(d -> d.facet() == facet).findFirst();
  }
}
