package org.gazette.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.Article;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;

/**
 * What one article is indexed as, whatever the store: its text and stored fields, its curated facet
 * value keys, the exact terms that find a value by any of its names, its aliases per value, and its
 * mentioned periods. {@link DocumentMapper#terms} makes it; the embedded index turns it into a
 * Lucene document and the SolrCloud store into a Solr document, so that both index the same values
 * under the same curation.
 *
 * @param article the article; its published date only when {@code publishedDay} is set
 * @param publishedDay the published day as an epoch day, or {@code null} when it has none or one
 *     outside the supported years
 * @param valueKeys the curated value keys per value facet, in the order first named
 * @param keywords exact terms per field ({@link IndexFields#extractedKeys}, {@link
 *     IndexFields#forms}, {@link IndexFields#aliasKeys}, {@link IndexFields#facetKeys}), in order
 * @param aliases the aliases seen per value, for entity profiles
 * @param mentionedPeriods the mentioned dates as {@code [first day, last day]} epoch days
 * @param mentionedMonths the mentioned months ({@link DocumentMapper#monthIndex}), ascending
 * @param mentionedYears the mentioned years, ascending
 * @param valueKeysJson the value keys as stored JSON
 * @param entitiesJson the entities as stored JSON
 * @param datesJson the mentioned dates within the supported years as stored JSON
 * @param contentHash the hash of the input and extractor version
 */
public record ArticleTerms(
    Article article,
    Long publishedDay,
    Map<Facet, Set<String>> valueKeys,
    Map<String, List<String>> keywords,
    List<Alias> aliases,
    List<long[]> mentionedPeriods,
    Set<Long> mentionedMonths,
    Set<Long> mentionedYears,
    String valueKeysJson,
    String entitiesJson,
    String datesJson,
    String contentHash) {

  /** A name {@code alias} seen for the value {@code key} of {@code type}. */
  public record Alias(EntityType type, String key, String alias) {}
}
