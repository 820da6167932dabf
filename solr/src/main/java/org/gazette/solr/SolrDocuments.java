package org.gazette.solr;

import java.time.LocalDate;
import org.apache.solr.common.SolrInputDocument;
import org.gazette.index.ArticleTerms;
import org.gazette.index.DocumentMapper;
import org.gazette.index.IndexFields;
import org.gazette.model.Article;

/**
 * The Solr document of an article: the same {@link ArticleTerms} the embedded index writes, in the
 * fields of Gazette's configset ({@code solr-configset/conf/schema.xml}).
 */
public final class SolrDocuments {
  /** The field of the other names an article gave the values of one entity type. */
  static String aliasField(org.gazette.model.EntityType type) {
    return "aliasof." + type.key();
  }

  /** The field of the curated value keys of one value facet. */
  static String facetField(org.gazette.model.Facet facet) {
    return "facet." + facet.key();
  }

  /** The published month ({@link DocumentMapper#monthIndex}), for the histogram. */
  static final String PUBLISHED_MONTH = "published_month";

  /** The published year, for the histogram. */
  static final String PUBLISHED_YEAR = "published_year";

  private SolrDocuments() {}

  /** The document of {@code terms}. */
  public static SolrInputDocument of(ArticleTerms terms) {
    Article a = terms.article();
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(IndexFields.ID, a.id());
    doc.addField(IndexFields.TITLE, a.title());
    doc.addField(IndexFields.BODY, a.body());
    addIfPresent(doc, IndexFields.URL, a.url());
    addIfPresent(doc, IndexFields.SOURCE, a.source());
    a.authors().forEach(author -> doc.addField(IndexFields.AUTHORS, author));
    if (terms.publishedDay() != null) {
      doc.addField(IndexFields.PUBLISHED, Math.toIntExact(terms.publishedDay()));
      LocalDate day = LocalDate.ofEpochDay(terms.publishedDay());
      doc.addField(PUBLISHED_MONTH, Math.toIntExact(DocumentMapper.monthIndex(day)));
      doc.addField(PUBLISHED_YEAR, day.getYear());
      if (a.publishedAt() != null) {
        doc.addField(IndexFields.PUBLISHED_AT, a.publishedAt().toEpochMilli());
      }
    }
    terms
        .valueKeys()
        .forEach((facet, keys) -> keys.forEach(k -> doc.addField(facetField(facet), k)));
    terms.keywords().forEach((field, values) -> values.forEach(v -> doc.addField(field, v)));
    for (ArticleTerms.Alias alias : terms.aliases()) {
      doc.addField(
          aliasField(alias.type()), alias.key() + IndexFields.KEY_SEPARATOR + alias.alias());
    }
    for (long[] period : terms.mentionedPeriods()) {
      doc.addField(
          IndexFields.MENTIONED,
          "[" + LocalDate.ofEpochDay(period[0]) + " TO " + LocalDate.ofEpochDay(period[1]) + "]");
    }
    terms
        .mentionedMonths()
        .forEach(m -> doc.addField(IndexFields.MENTIONED_MONTH, Math.toIntExact(m)));
    terms
        .mentionedYears()
        .forEach(y -> doc.addField(IndexFields.MENTIONED_YEAR, Math.toIntExact(y)));
    doc.addField(IndexFields.VALUE_KEYS, terms.valueKeysJson());
    doc.addField(IndexFields.ENTITIES, terms.entitiesJson());
    doc.addField(IndexFields.DATES, terms.datesJson());
    doc.addField(IndexFields.CONTENT_HASH, terms.contentHash());
    return doc;
  }

  private static void addIfPresent(SolrInputDocument doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.addField(field, value);
    }
  }
}
