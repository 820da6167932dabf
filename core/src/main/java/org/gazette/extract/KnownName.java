package org.gazette.extract;

import org.gazette.model.EntityType;

/**
 * A name the gazetteer knows: which entity it names and how strongly it suggests that entity.
 *
 * @param type what it names
 * @param canonical the canonical name of the entity
 * @param kind where it comes from (a country, a listed company...)
 * @param country ISO code of the country of a place, else empty
 * @param prior how strongly the name alone suggests the entity (about 0.5 to 4; the scale is set by
 *     {@link GazetteerLoader}, from {@link GazetteerLoader#COUNTRY_PRIOR} down)
 * @param ambiguous whether it is also an English word or a common abbreviation ("IS", "WHO") and
 *     needs support from the document
 * @param capsOnly whether it matches only text in capitals ("US" but not "Us")
 */
record KnownName(
    EntityType type,
    String canonical,
    Kind kind,
    String country,
    double prior,
    boolean ambiguous,
    boolean capsOnly) {

  /**
   * Where a known name comes from, each with the letter the gazetteer tables write for it.
   *
   * <p>NOTE: the declaration order is the order in which {@link GazetteerLoader} ranks names of
   * equal prior under one key (a country first, a sports team last); the letters are hashed into
   * the name tagger's features ({@code NerFeatures}), so changing one means retraining the model.
   */
  enum Kind {
    /** A country ({@code C}): of the places table, or named so by the lexicon. */
    COUNTRY('C', true),
    /** A general region of the lexicon ({@code R}): "Middle East", "Kurdistan". */
    REGION('R', true),
    /** A populated place of the places table ({@code P}): a city, a town, a village. */
    POPULATED_PLACE('P', false),
    /** A first-level administrative region of the places table ({@code A}): a state, a province. */
    FIRST_LEVEL_REGION('A', false),
    /** A well-known organisation of the lexicon, with its other names ({@code O}). */
    ORGANISATION('O', true),
    /** A news organisation of the lexicon ({@code M}). */
    NEWS_ORGANISATION('M', true),
    /** A US-listed company of the companies table ({@code S}). */
    LISTED_COMPANY('S', false),
    /** A committee of a legislature of the institutions table ({@code G}). */
    LEGISLATIVE_COMMITTEE('G', false),
    /** A university of the institutions table ({@code U}). */
    UNIVERSITY('U', false),
    /** A sports team or club of the lexicon ({@code T}). */
    SPORTS_TEAM('T', false);

    private final char letter;
    private final boolean wellKnown;

    Kind(char letter, boolean wellKnown) {
      this.letter = letter;
      this.wellKnown = wellKnown;
    }

    /** The letter the gazetteer tables write for this kind. */
    char letter() {
      return letter;
    }

    /** Whether names of this kind are countries, general regions or well-known organisations. */
    boolean isWellKnown() {
      return wellKnown;
    }

    /**
     * Whether this is a country or a region ("Brazil", "Scotland", "Texas"): a side of a match or a
     * team named so is written as the place and news files it so; only a town names a club.
     */
    boolean isNation() {
      return this == COUNTRY || this == REGION || this == FIRST_LEVEL_REGION;
    }

    /**
     * The kind written {@code letter}.
     *
     * @throws IllegalArgumentException when no kind has that letter
     */
    static Kind of(char letter) {
      for (Kind k : values()) {
        if (k.letter == letter) {
          return k;
        }
      }
      StringBuilder letters = new StringBuilder();
      for (Kind k : values()) {
        letters.append(k.letter);
      }
      throw new IllegalArgumentException(
          "a known name's kind must be one of the letters " + letters + ", got '" + letter + "'");
    }
  }

  /** Whether this is a country, a general region or a well-known organisation or outlet. */
  boolean isWellKnown() {
    return kind.isWellKnown();
  }
}
