package org.gazette.extract;

import java.util.HashSet;
import java.util.Set;
import org.gazette.model.NameKey;

/**
 * The cue-word sets of the {@link Lexicon}, lower-cased, as one immutable value; the competitions
 * and the openers of organisations' names as name keys. The competitions, the nouns of nationality,
 * the openers, the event endings, the verbs of headlines and the words of currencies are read after
 * tagging only: no feature of the name tagger reads them.
 */
record Cues(
    Set<String> functionWords,
    Set<String> connectors,
    Set<String> particles,
    Set<String> nameSuffixes,
    Set<String> titles,
    Set<String> portfolioWords,
    Set<String> roles,
    Set<String> reportingVerbs,
    Set<String> personAppositions,
    Set<String> orgAppositions,
    Set<String> placeAppositions,
    Set<String> personPossessions,
    Set<String> orgPlurals,
    Set<String> orgHeads,
    Set<String> placeAdminHeads,
    Set<String> placeFeatureHeads,
    Set<String> placePrefixes,
    Set<String> demonyms,
    Set<String> hyphenPrefixes,
    Set<String> hyphenSuffixes,
    Set<String> abbreviations,
    Set<String> nonOrgAcronyms,
    Set<String> neverAlone,
    Set<String> nonEntityHeads,
    Set<String> competitions,
    Set<String> nationalityNouns,
    Set<String> organisationOpeners,
    Set<String> eventEndings,
    Set<String> headlineVerbs,
    Set<String> currencyWords) {

  static Cues of(Lexicon lexicon) {
    return new Cues(
        lexicon.words("function-words"),
        lexicon.words("connectors"),
        lexicon.words("name-particles"),
        lexicon.words("name-suffixes"),
        lexicon.words("person-titles"),
        lexicon.words("portfolio-words"),
        lexicon.words("person-roles"),
        lexicon.words("reporting-verbs"),
        lexicon.words("person-appositions"),
        lexicon.words("org-appositions"),
        lexicon.words("place-appositions"),
        lexicon.words("person-possessions"),
        lexicon.words("org-plurals"),
        lexicon.words("org-heads"),
        lexicon.words("place-admin-heads"),
        lexicon.words("place-feature-heads"),
        lexicon.words("place-prefixes"),
        lexicon.words("demonyms"),
        lexicon.words("hyphen-prefixes"),
        lexicon.words("hyphen-suffixes"),
        lexicon.words("abbreviations"),
        lexicon.words("non-organisation-acronyms"),
        lexicon.words("never-alone"),
        lexicon.words("non-entity-heads"),
        keys(lexicon.words("competitions")),
        lexicon.words("nationality-nouns"),
        keys(lexicon.words("organisation-openers")),
        lexicon.words("event-endings"),
        lexicon.words("headline-verbs"),
        lexicon.words("currency-words"));
  }

  /** The name keys ({@link NameKey#of}) of {@code names}. */
  private static Set<String> keys(Set<String> names) {
    Set<String> keys = new HashSet<>();
    for (String name : names) {
      keys.add(NameKey.of(name));
    }
    return Set.copyOf(keys);
  }

  /**
   * A word written with a capital in running text too, before or in a name: a title, a role, a
   * portfolio, a head noun of organisations or places ("Prime", "Minister", "Defense", "Force",
   * "Province").
   */
  boolean isProseCapital(String lower) {
    return titles.contains(lower)
        || roles.contains(lower)
        || portfolioWords.contains(lower)
        || orgHeads.contains(lower)
        || placeAdminHeads.contains(lower)
        || placeFeatureHeads.contains(lower);
  }

  /** A capitalised title word: "President", "Gen.", "Minister". */
  boolean isTitle(Token t) {
    return t.isCap() && titles.contains(t.lower());
  }

  /** A capitalised word of a portfolio: "Defense", "Foreign", "Interior". */
  boolean isPortfolio(Token t) {
    return t.isCap() && portfolioWords.contains(t.lower());
  }

  /** A lower-case word that may join the words of a name: "of", "the", "bin", "al". */
  boolean isConnector(Token t) {
    return t.isWord() && !t.isCap() && connectors.contains(t.text());
  }

  /** A capitalised organisation head noun: "Ministry", "Corp", "Committee". */
  boolean isOrgHead(Token t) {
    return t.isCap() && orgHeads.contains(t.lower());
  }

  /** Whether {@code lower} is a place head of either kind ("province", "river"). */
  boolean isPlaceHead(String lower) {
    return placeAdminHeads.contains(lower) || placeFeatureHeads.contains(lower);
  }
}
