package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;
import org.gazette.index.IndexFields;
import org.gazette.model.Facet;

/**
 * Resolves filter values to the facet values they mean: a value the index holds stands for itself;
 * any other value selects every canonical value that has it as a name or alias, ignoring case,
 * accents, punctuation and a leading article ("Anbar" selects "Al Anbar", "isis" selects "Islamic
 * State"). A value that resolves to nothing stays as given and matches nothing.
 */
final class FilterResolver {
  private FilterResolver() {}

  static Map<Facet, List<String>> resolve(StateSearcher searcher, Map<Facet, List<String>> filters)
      throws IOException {
    Map<Facet, List<String>> resolved = new EnumMap<>(Facet.class);
    for (Map.Entry<Facet, List<String>> e : filters.entrySet()) {
      Set<String> values = new LinkedHashSet<>();
      for (String value : e.getValue()) {
        if (isIndexedValue(searcher, e.getKey(), value)) {
          values.add(value);
        } else {
          Set<String> canonical =
              FacetValueFinder.byAlias(searcher.getIndexReader(), e.getKey(), value);
          values.addAll(canonical.isEmpty() ? Set.of(value) : canonical);
        }
      }
      resolved.put(e.getKey(), new ArrayList<>(values));
    }
    return resolved;
  }

  private static boolean isIndexedValue(StateSearcher searcher, Facet facet, String value)
      throws IOException {
    if (searcher.state == null) {
      return false;
    }
    String path = FacetsConfig.pathToString(IndexFields.dimension(facet), new String[] {value});
    return searcher.state.getDocValues().lookupTerm(new BytesRef(path)) >= 0;
  }
}
