package org.gazette.model;

import java.util.List;

/**
 * The counts of one value dimension under a query: its top values, most frequent first, then any
 * selected values that did not make the top.
 *
 * @param valueCount how many distinct values have a count above zero under this query
 */
public record FacetResult(Facet facet, List<FacetValue> values, int valueCount) {
  public FacetResult {
    values = List.copyOf(values);
  }
}
