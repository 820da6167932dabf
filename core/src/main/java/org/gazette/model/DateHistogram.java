package org.gazette.model;

import java.util.List;

/**
 * Article counts of one date dimension by year ({@code "2024"}) and by month ({@code "2024-01"}),
 * chronological. An article counts once per bucket however many of its dates fall in it. For {@link
 * Facet#MENTIONED}, a bare year in the text counts in {@code years} but in no month.
 */
public record DateHistogram(Facet facet, List<FacetValue> years, List<FacetValue> months) {
  public DateHistogram {
    years = List.copyOf(years);
    months = List.copyOf(months);
  }
}
