package org.gazette.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.gazette.model.Article;
import org.gazette.model.DatePrecision;
import org.gazette.model.Entity;
import org.gazette.model.Extraction;
import org.gazette.model.Facet;
import org.gazette.model.IndexedArticle;
import org.gazette.model.MentionedDate;
import org.gazette.model.SupportedDates;

/**
 * Maps an {@link IndexedArticle} to the Lucene document that holds it, and stored fields back.
 *
 * <p>NOTE: the document returned by {@link #toDocument} has been through {@code
 * FacetsConfig.build}; index exactly that one.
 */
public final class DocumentMapper {
  /** Longest facet value indexed; longer "names" are extraction noise and would bloat ordinals. */
  static final int MAX_VALUE_LENGTH = 200;

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final IndexSchema schema;
  private final EntityNames names;

  public DocumentMapper(IndexSchema schema, EntityNames names) {
    this.schema = schema;
    this.names = names;
  }

  /** The Lucene document for {@code indexed}, with {@code contentHash} stored for re-ingest. */
  public Document toDocument(IndexedArticle indexed, String contentHash) throws IOException {
    return toDocument(terms(indexed, contentHash));
  }

  /** The Lucene document of an article's terms. */
  public Document toDocument(ArticleTerms terms) throws IOException {
    Article a = terms.article();
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(a.id())));
    doc.add(new Field(IndexFields.TITLE, a.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(IndexFields.BODY, a.body(), TEXT_WITH_OFFSETS));
    addStored(doc, IndexFields.URL, a.url());
    addStored(doc, IndexFields.SOURCE, a.source());
    for (String author : a.authors()) {
      doc.add(new StoredField(IndexFields.AUTHORS, author));
    }
    if (terms.publishedDay() != null) {
      long day = terms.publishedDay();
      doc.add(new LongPoint(IndexFields.PUBLISHED, day));
      doc.add(new NumericDocValuesField(IndexFields.PUBLISHED, day));
      doc.add(new StoredField(IndexFields.PUBLISHED, day));
      if (a.publishedAt() != null) {
        doc.add(new StoredField(IndexFields.PUBLISHED_AT, a.publishedAt().toEpochMilli()));
      }
    }
    terms
        .valueKeys()
        .forEach(
            (facet, keys) ->
                keys.forEach(
                    key ->
                        doc.add(
                            new SortedSetDocValuesFacetField(IndexFields.dimension(facet), key))));
    terms
        .keywords()
        .forEach(
            (field, values) ->
                values.forEach(v -> doc.add(new StringField(field, v, Field.Store.NO))));
    for (ArticleTerms.Alias alias : terms.aliases()) {
      // One term per alias under its value, read from the postings by entity profiles; no doc
      // values (decoding every alias of every hit was what made profiles slow).
      doc.add(
          new StringField(
              IndexFields.ALIAS_FACET_FIELD,
              FacetsConfig.pathToString(
                  IndexFields.aliasDimension(alias.type()),
                  new String[] {alias.key(), alias.alias()}),
              Field.Store.NO));
    }
    doc.add(new StoredField(IndexFields.VALUE_KEYS, terms.valueKeysJson()));
    for (long[] period : terms.mentionedPeriods()) {
      doc.add(new LongRange(IndexFields.MENTIONED, new long[] {period[0]}, new long[] {period[1]}));
    }
    terms
        .mentionedMonths()
        .forEach(m -> doc.add(new SortedNumericDocValuesField(IndexFields.MENTIONED_MONTH, m)));
    terms
        .mentionedYears()
        .forEach(y -> doc.add(new SortedNumericDocValuesField(IndexFields.MENTIONED_YEAR, y)));
    doc.add(new StoredField(IndexFields.ENTITIES, terms.entitiesJson()));
    doc.add(new StoredField(IndexFields.DATES, terms.datesJson()));
    // Read back by id for --skip-unchanged; never searched, so stored only.
    doc.add(new StoredField(IndexFields.CONTENT_HASH, terms.contentHash()));
    return schema.facetsConfig().build(doc);
  }

  /**
   * What {@code indexed} is indexed as under the curation in force, whatever the store: the values
   * of its source and entities, the terms that find them, its aliases and mentioned periods.
   */
  public ArticleTerms terms(IndexedArticle indexed, String contentHash) {
    Article a = indexed.article();
    Terms t = new Terms();
    if (a.source() != null && !a.source().isBlank()) {
      String key = EntityKeys.of(a.source());
      t.addValue(Facet.SOURCE, a.source().strip(), key, key, List.of());
    }
    // Outside the supported years a date is a typo or an attack: it would make histogram buckets
    // no one can read ("-043--9"). Ingest warns about such a published date and drops it before.
    Long day =
        a.published() != null && SupportedDates.contains(a.published())
            ? a.published().toEpochDay()
            : null;
    Extraction extraction = indexed.extraction();
    for (Entity e : extraction.entities()) {
      addEntity(t, e);
    }
    List<MentionedDate> dates =
        extraction.dates().stream().filter(d -> SupportedDates.contains(d.date())).toList();
    Set<Long> months = new TreeSet<>();
    Set<Long> years = new TreeSet<>();
    Map<List<Long>, long[]> periods = new LinkedHashMap<>();
    for (MentionedDate d : dates) {
      LocalDate start = d.date();
      LocalDate end =
          switch (d.precision()) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
          };
      periods.putIfAbsent(
          List.of(start.toEpochDay(), end.toEpochDay()),
          new long[] {start.toEpochDay(), end.toEpochDay()});
      years.add((long) start.getYear());
      if (d.precision() != DatePrecision.YEAR) {
        months.add(monthIndex(start));
      }
    }
    return new ArticleTerms(
        a,
        day,
        t.valueKeys,
        t.keywords,
        t.aliases,
        List.copyOf(periods.values()),
        months,
        years,
        StoredJson.writeValueKeys(t.valueKeys),
        StoredJson.writeEntities(extraction.entities()),
        StoredJson.writeDates(dates),
        contentHash);
  }

  /** The article and extraction stored in {@code doc} (all stored fields must be loaded). */
  public static IndexedArticle fromStored(Document doc) {
    return fromStored(doc::get, field -> List.of(doc.getValues(field)));
  }

  /**
   * The article and extraction from the stored fields of any store.
   *
   * @param value a field's stored value as text ({@code null} when it has none)
   * @param values every stored value of a field, in order
   */
  public static IndexedArticle fromStored(
      Function<String, String> value, Function<String, List<String>> values) {
    String published = value.apply(IndexFields.PUBLISHED);
    String publishedAt = value.apply(IndexFields.PUBLISHED_AT);
    Article article =
        new Article(
            value.apply(IndexFields.ID),
            value.apply(IndexFields.TITLE),
            value.apply(IndexFields.SOURCE),
            value.apply(IndexFields.URL),
            published == null ? null : LocalDate.ofEpochDay(Long.parseLong(published)),
            values.apply(IndexFields.AUTHORS),
            value.apply(IndexFields.BODY),
            publishedAt == null
                ? null
                : java.time.Instant.ofEpochMilli(Long.parseLong(publishedAt)));
    String entities = value.apply(IndexFields.ENTITIES);
    String dates = value.apply(IndexFields.DATES);
    return new IndexedArticle(
        article,
        new Extraction(
            entities == null ? List.of() : StoredJson.readEntities(entities),
            dates == null ? List.of() : StoredJson.readDates(dates)));
  }

  /** The value keys of an article by facet, from its stored {@link IndexFields#VALUE_KEYS}. */
  public static Map<Facet, List<String>> valueKeys(Document doc) {
    return valueKeys(doc.get(IndexFields.VALUE_KEYS));
  }

  /** The value keys by facet from a stored {@link IndexFields#VALUE_KEYS} ({@code null}: none). */
  public static Map<Facet, List<String>> valueKeys(String json) {
    return json == null ? Map.of() : StoredJson.readValueKeys(json);
  }

  private void addEntity(Terms t, Entity e) {
    String name = e.name().strip();
    String extracted = EntityKeys.of(name);
    if (extracted.isEmpty() || name.length() > MAX_VALUE_LENGTH) {
      return;
    }
    Facet facet = Facet.of(e.type());
    String key = names.curation().resolve(e.type(), extracted);
    t.addValue(facet, name, extracted, key, e.aliases());
    // Aliases seen, counted per value for profiles; a merged value's own name is one of them.
    Set<String> seen = new LinkedHashSet<>(e.aliases());
    if (!key.equals(extracted)) {
      seen.add(name);
    }
    for (String alias : seen) {
      String al = alias.strip();
      if (!al.isEmpty()
          && al.length() <= MAX_VALUE_LENGTH
          && (!al.equals(name) || !key.equals(extracted))) {
        t.aliases.add(new ArticleTerms.Alias(e.type(), key, al));
      }
    }
  }

  /** The terms of one article while they are collected. */
  private static final class Terms {
    final Map<Facet, Set<String>> valueKeys = new EnumMap<>(Facet.class);
    final Map<String, List<String>> keywords = new LinkedHashMap<>();
    final List<ArticleTerms.Alias> aliases = new ArrayList<>();

    void keyword(String field, String value) {
      keywords.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
    }

    /**
     * One value under {@code key}: the facet value, the name as a label candidate (unless a merge
     * moved it), the extracted key, and the keys that find it by any of its names.
     */
    void addValue(Facet facet, String name, String extracted, String key, List<String> aliases) {
      keyword(IndexFields.extractedKeys(facet), extracted);
      valueKeys.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(key);
      if (key.equals(extracted)) {
        keyword(IndexFields.forms(facet), key + IndexFields.KEY_SEPARATOR + name);
      }
      Set<String> aliasKeys = new LinkedHashSet<>();
      Set<String> wordStarts = new LinkedHashSet<>();
      List<String> all = new ArrayList<>(List.of(name));
      all.addAll(aliases);
      for (String n : all) {
        if (n.length() <= MAX_VALUE_LENGTH) {
          aliasKeys.add(EntityKeys.of(n));
          wordStarts.addAll(FacetKeys.wordStarts(n));
        }
      }
      aliasKeys.remove("");
      for (String k : aliasKeys) {
        keyword(IndexFields.aliasKeys(facet), k + IndexFields.KEY_SEPARATOR + key);
      }
      for (String w : wordStarts) {
        keyword(IndexFields.facetKeys(facet), w + IndexFields.KEY_SEPARATOR + key);
      }
    }
  }

  /** {@code year * 12 + month - 1}: months as consecutive integers. */
  public static long monthIndex(LocalDate date) {
    return date.getYear() * 12L + date.getMonthValue() - 1;
  }

  private static void addStored(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StoredField(field, value));
    }
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
