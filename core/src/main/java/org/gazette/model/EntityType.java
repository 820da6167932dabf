package org.gazette.model;

import java.util.Locale;

/** The kinds of named entity Gazette finds and facets on. */
public enum EntityType {
  ORGANIZATION,
  PLACE,
  PERSON;

  /** The lower-case name used as facet dimension, JSON key and URL parameter. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The type named by {@code key} ({@code "organization"}, {@code "place"} or {@code "person"}).
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static EntityType fromKey(String key) {
    for (EntityType t : values()) {
      if (t.key().equals(key)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown entity type '" + key + "': expected organization, place or person");
  }
}
