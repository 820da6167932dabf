package org.gazette.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.gazette.index.FacetKeys;
import org.gazette.index.IndexFields;
import org.gazette.model.Facet;

/**
 * Finds the facet values whose name or alias has a word starting with a prefix, by seeking in the
 * folded key terms that the mapper indexes for each value.
 */
final class FacetValueFinder {
  /** Candidates examined per search; a one-letter prefix over a large index stops here. */
  static final int MAX_CANDIDATES = 5000;

  private FacetValueFinder() {}

  /**
   * The canonical values matching {@code prefix}, or {@code null} when the prefix is blank (or only
   * punctuation), which restricts nothing.
   */
  static Set<String> find(StateSearcher searcher, Facet facet, String prefix) throws IOException {
    String folded = FacetKeys.fold(prefix == null ? "" : prefix);
    if (folded.isEmpty()) {
      return null;
    }
    Set<String> values = new LinkedHashSet<>();
    BytesRef target = new BytesRef(folded);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(IndexFields.facetKeys(facet));
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekCeil(target) == TermsEnum.SeekStatus.END) {
        continue;
      }
      for (BytesRef term = te.term();
          term != null && StringHelper.startsWith(term, target);
          term = te.next()) {
        String key = term.utf8ToString();
        values.add(key.substring(key.indexOf(IndexFields.KEY_SEPARATOR) + 1));
        if (values.size() >= MAX_CANDIDATES) {
          return values;
        }
      }
    }
    return values;
  }
}
