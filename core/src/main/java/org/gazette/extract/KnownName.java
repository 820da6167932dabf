package org.gazette.extract;

import org.gazette.model.EntityType;

/**
 * A name the gazetteer knows: which entity it names and how strongly it suggests that entity.
 *
 * @param type what it names
 * @param canonical the canonical name of the entity
 * @param kind where it comes from: {@code C} country, {@code A} first-level region, {@code P}
 *     populated place, {@code R} general region, {@code O} organisation alias group, {@code M} news
 *     organisation, {@code S} listed company
 * @param country ISO code of the country of a place, else empty
 * @param prior how strongly the name alone suggests the entity (about 0.5 to 4)
 * @param ambiguous whether it is also an English word or a common abbreviation ("IS", "WHO") and
 *     needs support from the document
 * @param capsOnly whether it matches only text in capitals ("US" but not "Us")
 */
record KnownName(
    EntityType type,
    String canonical,
    char kind,
    String country,
    double prior,
    boolean ambiguous,
    boolean capsOnly) {

  /** Whether this is a country, a general region or a well-known organisation or outlet. */
  boolean isWellKnown() {
    return kind == 'C' || kind == 'R' || kind == 'O' || kind == 'M';
  }
}
