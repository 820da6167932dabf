package org.gazette.model;

import java.util.List;
import java.util.Objects;

/**
 * What the collection says about one entity, under a query: how many articles name it, the other
 * names they use for it, who and what appears with it, and when.
 *
 * @param name the canonical value the profile is about
 * @param documentCount articles that match the query and name the entity
 * @param aliases other names of the entity in those articles, with the number of articles using
 *     each, most used first
 * @param related the organisations, places and people named in those articles, most frequent first,
 *     without the entity itself
 * @param published those articles by published year and month
 * @param mentioned the dates those articles speak of, by year and month
 */
public record EntityProfile(
    EntityType type,
    String name,
    long documentCount,
    List<FacetValue> aliases,
    List<FacetResult> related,
    DateHistogram published,
    DateHistogram mentioned) {
  /** Most aliases a profile lists. */
  public static final int MAX_ALIASES = 50;

  public EntityProfile {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    related = List.copyOf(related);
  }
}
