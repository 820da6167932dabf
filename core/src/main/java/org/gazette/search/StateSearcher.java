package org.gazette.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.gazette.index.IndexSchema;

/**
 * An {@link IndexSearcher} that carries the facet reader state of its reader, built when the
 * searcher is created on refresh rather than by the first query that needs it.
 */
final class StateSearcher extends IndexSearcher {
  /** The ordinal map of the facet field, or {@code null} while no article has a facet value. */
  final SortedSetDocValuesReaderState state;

  private StateSearcher(IndexReader reader, SortedSetDocValuesReaderState state) {
    super(reader);
    this.state = state;
  }

  /** Makes a {@link StateSearcher} for each reader a {@code SearcherManager} opens. */
  static final class Factory extends SearcherFactory {
    private final IndexSchema schema;

    Factory(IndexSchema schema) {
      this.schema = schema;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      FieldInfo facets =
          FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      SortedSetDocValuesReaderState state =
          facets == null
              ? null
              : new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
      return new StateSearcher(reader, state);
    }
  }
}
