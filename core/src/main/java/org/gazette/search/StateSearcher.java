package org.gazette.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.gazette.index.IndexFields;
import org.gazette.index.IndexSchema;
import org.gazette.index.LabelTable;

/**
 * An {@link IndexSearcher} that carries the facet reader state of its reader, built when the
 * searcher is created on refresh rather than by the first query that needs it.
 */
final class StateSearcher extends IndexSearcher {
  /** The ordinal map of the facet field, or {@code null} while no article has a facet value. */
  final SortedSetDocValuesReaderState state;

  /** The ordinal map of the alias dimensions, or {@code null} while no article has an alias. */
  final SortedSetDocValuesReaderState aliasState;

  /** The label of each value key in this reader. */
  final LabelTable labels;

  // The counts over every live article, which only change with the reader: counted on first use.
  private volatile SortedSetDocValuesFacetCounts allCounts;

  // Those counts by value key, per dimension, read out once: a look-up is then a hash probe rather
  // than a seek in the compressed terms of the doc values.
  private final java.util.concurrent.ConcurrentHashMap<String, java.util.Map<String, Long>>
      allCountsByDim = new java.util.concurrent.ConcurrentHashMap<>();

  private StateSearcher(
      IndexReader reader,
      SortedSetDocValuesReaderState state,
      SortedSetDocValuesReaderState aliasState,
      LabelTable labels) {
    super(reader);
    this.state = state;
    this.aliasState = aliasState;
    this.labels = labels;
  }

  /**
   * The facet counts of every live article of this reader (no query, no filter), counted once on
   * first use and kept with the reader; {@code null} while no article has a facet value.
   */
  SortedSetDocValuesFacetCounts allCounts() throws IOException {
    SortedSetDocValuesFacetCounts counts = allCounts;
    if (counts == null && state != null) {
      synchronized (this) {
        counts = allCounts;
        if (counts == null) {
          counts = new SortedSetDocValuesFacetCounts(state);
          allCounts = counts;
        }
      }
    }
    return counts;
  }

  /** {@link #allCounts()} of one dimension as a map from value key to count (counts above 0). */
  java.util.Map<String, Long> allCountsOf(String dim) throws IOException {
    SortedSetDocValuesFacetCounts counts = allCounts();
    if (counts == null || state.getOrdRange(dim) == null) {
      return java.util.Map.of();
    }
    try {
      return allCountsByDim.computeIfAbsent(
          dim,
          d -> {
            try {
              org.apache.lucene.facet.FacetResult all = counts.getAllChildren(d);
              java.util.Map<String, Long> byKey = new java.util.HashMap<>();
              if (all != null) {
                for (org.apache.lucene.facet.LabelAndValue lv : all.labelValues) {
                  byKey.put(lv.label, lv.value.longValue());
                }
              }
              return byKey;
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Makes a {@link StateSearcher} for each reader a {@code SearcherManager} opens. */
  static final class Factory extends SearcherFactory {
    private final IndexSchema schema;
    private final LabelTable.Builder labels = new LabelTable.Builder();

    Factory(IndexSchema schema) {
      this.schema = schema;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      return new StateSearcher(
          reader,
          state(reader, fields, FacetsConfig.DEFAULT_INDEX_FIELD_NAME),
          state(reader, fields, IndexFields.ALIAS_FACET_FIELD),
          labels.build(reader));
    }

    private SortedSetDocValuesReaderState state(IndexReader reader, FieldInfos fields, String field)
        throws IOException {
      FieldInfo info = fields.fieldInfo(field);
      return info == null
          ? null
          : new DefaultSortedSetDocValuesReaderState(reader, field, schema.facetsConfig());
    }
  }
}
