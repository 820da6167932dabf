package org.gazette.index;

import org.gazette.model.EntityType;
import org.gazette.model.Facet;

/** The names of every Lucene field Gazette writes, in one place. */
public final class IndexFields {
  private IndexFields() {}

  /** Article id: indexed as one term, stored, and sorted doc values (tie-break and cursor). */
  public static final String ID = "id";

  /** Headline: analysed for English with offsets, stored. */
  public static final String TITLE = "title";

  /** Cleaned body: analysed for English with offsets in the postings (highlighting), stored. */
  public static final String BODY = "body";

  /** Stored only: what a hit shows. */
  public static final String SOURCE = "source";

  public static final String URL = "url";
  public static final String AUTHORS = "authors";

  /** The moment of publication in epoch milliseconds (UTC), when the input gave a time; stored. */
  public static final String PUBLISHED_AT = "published_at";

  /**
   * Published day as epoch day. Points filter it by range, numeric doc values sort it and count it
   * by month; the two live side by side because neither structure does the other's job well.
   */
  public static final String PUBLISHED = "published";

  /** Mentioned dates as 1-D ranges of epoch days, so a range filter matches overlapping periods. */
  public static final String MENTIONED = "mentioned";

  /**
   * Mentioned months ({@code year * 12 + month - 1}) as sorted numeric doc values, for counting.
   */
  public static final String MENTIONED_MONTH = "mentioned_month";

  /** Mentioned years as sorted numeric doc values, for counting (a bare year has no month). */
  public static final String MENTIONED_YEAR = "mentioned_year";

  /** Stored JSON: the entities with aliases and mentions. */
  public static final String ENTITIES = "entities";

  /** Stored JSON: the mentioned dates. */
  public static final String DATES = "dates";

  /** Stored hash of the input and extractor version, to skip unchanged articles on re-ingest. */
  public static final String CONTENT_HASH = "content_hash";

  /** The facet dimension name of a value facet. */
  public static String dimension(Facet facet) {
    return facet.key();
  }

  /**
   * Folded word-start keys of a dimension's values and aliases ({@code "sudani\u001fMohammed Shia
   * al-Sudani"}), one term each, for facet value search by prefix.
   */
  public static String facetKeys(Facet facet) {
    return "key." + facet.key();
  }

  /**
   * Folded whole names and aliases of a dimension's values ({@code "anbarAl Anbar"}), one term
   * each, so that a filter on an alias selects the canonical value.
   */
  public static String aliasKeys(Facet facet) {
    return "alias." + facet.key();
  }

  /**
   * The first component of the alias terms of an entity type: an article that names a value by an
   * alias has the term {@code FacetsConfig.pathToString(aliasDimension, [value key, alias])} in
   * {@link #ALIAS_FACET_FIELD}.
   */
  public static String aliasDimension(EntityType type) {
    return "alias_" + type.key();
  }

  /**
   * The field of the alias terms (indexes written before 2026-12-06 also hold doc values there).
   */
  public static final String ALIAS_FACET_FIELD = "$aliases";

  /**
   * The names articles gave each value key ({@code "key\u001fName"}), one term each, whose document
   * frequencies choose the label shown for the key.
   */
  public static String forms(Facet facet) {
    return "form." + facet.key();
  }

  /**
   * The keys of the values as extracted, before curation merged any ({@code "key"}), so that the
   * articles a merge concerns can be found again when it changes.
   */
  public static String extractedKeys(Facet facet) {
    return "orig." + facet.key();
  }

  /** Stored JSON: the value keys of the article by facet, as indexed (after merges). */
  public static final String VALUE_KEYS = "value_keys";

  /** The stored fields a hit shows, whatever the store (a hit adds its snippet, from the body). */
  public static final java.util.List<String> HIT =
      java.util.List.of(ID, TITLE, SOURCE, PUBLISHED, URL, AUTHORS, VALUE_KEYS);

  /** The stored fields an exported article holds (with the body when asked for). */
  public static final java.util.List<String> EXPORTED =
      java.util.List.of(ID, TITLE, SOURCE, PUBLISHED, PUBLISHED_AT, URL, AUTHORS, VALUE_KEYS);

  /** Separates the folded key from the canonical value in a {@link #facetKeys} term. */
  public static final char KEY_SEPARATOR = '\u001f';
}
