package org.gazette.index;

import org.gazette.model.NameKey;

/**
 * The stable key an entity value is indexed under: its folded name with spelling variants met
 * (case, accents, apostrophes, hyphens, a leading "al"/"the", doubled letters, ou/oo), so that
 * "Mohammed Shia’ Al-Sudani" and "Mohammed Shiaa al-Sudani" are one facet value. What users see is
 * the label chosen for the key, never the key itself.
 */
public final class EntityKeys {
  private EntityKeys() {}

  /** The key of {@code name}; empty when the name holds no letter or digit. */
  public static String of(String name) {
    return NameKey.entityKey(name);
  }
}
