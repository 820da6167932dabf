package org.gazette.model;

/**
 * One value of a facet with the number of matching articles that have it.
 *
 * @param selected whether the query filters on this value (selected values are always listed, even
 *     at count 0)
 */
public record FacetValue(String value, long count, boolean selected) {
  /** Most frequent first; ties by label, so equal counts read alphabetically. */
  public static final java.util.Comparator<FacetValue> BY_COUNT =
      java.util.Comparator.comparingLong(FacetValue::count)
          .reversed()
          .thenComparing(FacetValue::value);
}
