package org.gazette.model;

import java.util.Locale;

/** The order of search hits. Ties are broken by article id, so paging is stable. */
public enum SortOrder {
  /** Best match first (the default). */
  RELEVANCE,
  /** Latest published first; articles without a date last. */
  NEWEST,
  /** Earliest published first; articles without a date last. */
  OLDEST;

  /** The lower-case name used on the command line and in URLs. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The order named by {@code key}.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static SortOrder fromKey(String key) {
    for (SortOrder s : values()) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown sort '" + key + "': expected relevance, newest or oldest");
  }
}
