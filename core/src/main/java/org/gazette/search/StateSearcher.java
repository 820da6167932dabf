package org.gazette.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
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

  /** The label of each value key in this reader. */
  final LabelTable labels;

  // The counts over every live article, which only change with the reader: made on first use.
  private volatile AllCounts allCounts;

  /**
   * The facet counts of every live article of this reader (no query, no filter), and for each value
   * dimension the same counts by value key, so that a look-up is a hash probe rather than a seek in
   * the compressed terms of the doc values.
   */
  record AllCounts(SortedSetDocValuesFacetCounts counts, Map<String, Map<String, Long>> byDim) {
    /** The count of value {@code key} of dimension {@code dim}; 0 when no article has it. */
    long of(String dim, String key) {
      return byDim.getOrDefault(dim, Map.of()).getOrDefault(key, 0L);
    }
  }

  private StateSearcher(
      IndexReader reader, SortedSetDocValuesReaderState state, LabelTable labels) {
    super(reader);
    this.state = state;
    this.labels = labels;
  }

  /**
   * {@link AllCounts} of this reader, counted once on first use and kept with the reader; {@code
   * null} while no article has a facet value.
   */
  AllCounts allCounts() throws IOException {
    AllCounts all = allCounts;
    if (all == null && state != null) {
      synchronized (this) {
        all = allCounts;
        if (all == null) {
          all = count(state);
          allCounts = all;
        }
      }
    }
    return all;
  }

  private static AllCounts count(SortedSetDocValuesReaderState state) throws IOException {
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state);
    Map<String, Map<String, Long>> byDim = new HashMap<>();
    for (org.gazette.model.Facet facet : org.gazette.model.Facet.values()) {
      String dim = IndexFields.dimension(facet);
      if (!facet.isValueFacet() || state.getOrdRange(dim) == null) {
        continue;
      }
      org.apache.lucene.facet.FacetResult values = counts.getAllChildren(dim);
      Map<String, Long> byKey = new HashMap<>();
      if (values != null) {
        for (org.apache.lucene.facet.LabelAndValue lv : values.labelValues) {
          byKey.put(lv.label, lv.value.longValue());
        }
      }
      byDim.put(dim, byKey);
    }
    return new AllCounts(counts, byDim);
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
