package org.gazette.model;

import java.util.Locale;

/**
 * The dimensions a search can filter on and count: four value dimensions and two date dimensions.
 */
public enum Facet {
  ORGANIZATION,
  PLACE,
  PERSON,
  SOURCE,
  /** The published date of the article, counted by year and month. */
  PUBLISHED,
  /** The dates an article speaks of, counted by year and month. */
  MENTIONED;

  /** The lower-case name used as dimension, JSON key and URL parameter. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this dimension holds names (organisations, places, people, sources), not dates. */
  public boolean isValueFacet() {
    return this != PUBLISHED && this != MENTIONED;
  }

  /** The facet holding the entities of {@code type}. */
  public static Facet of(EntityType type) {
    return valueOf(type.name());
  }

  /**
   * The facet named by {@code key}, such as {@code "place"}.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static Facet fromKey(String key) {
    for (Facet f : values()) {
      if (f.key().equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown facet '"
            + key
            + "': expected organization, place, person, source, published or mentioned");
  }
}
