package org.gazette.model;

/**
 * One value of a facet with the number of matching articles that have it.
 *
 * @param selected whether the query filters on this value (selected values are always listed, even
 *     at count 0)
 */
public record FacetValue(String value, long count, boolean selected) {}
