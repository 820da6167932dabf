package org.gazette.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.gazette.model.Facet;

/**
 * The one {@link FacetsConfig} and the one {@link Analyzer} of an index, shared by the writer and
 * every searcher so that indexing and querying can never disagree.
 *
 * <p>NOTE: create one per open index and pass it to both sides; both objects are thread-safe once
 * built.
 */
public final class IndexSchema {
  private final FacetsConfig facetsConfig = new FacetsConfig();
  private final Analyzer analyzer = new NewsAnalyzer();

  public IndexSchema() {
    for (Facet facet : Facet.values()) {
      if (facet.isValueFacet()) {
        // An article names many organisations, places and people; a source is one but declaring
        // it multi-valued costs nothing and tolerates merged duplicates.
        facetsConfig.setMultiValued(IndexFields.dimension(facet), true);
      }
    }
  }

  /**
   * The facet configuration: the four value dimensions, multi-valued, in the default field. (The
   * aliases of each value are plain terms of {@link IndexFields#ALIAS_FACET_FIELD}; indexes written
   * before also hold them as a hierarchical facet there, which nothing reads.)
   */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The analyzer for title and body, at index and query time. */
  public Analyzer analyzer() {
    return analyzer;
  }
}
