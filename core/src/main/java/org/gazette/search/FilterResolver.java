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
import org.gazette.index.EntityKeys;
import org.gazette.index.IndexFields;
import org.gazette.model.Facet;

/**
 * Resolves filter values, as users type them, to the value keys they mean: the value's own key when
 * the index holds it, the values that have the text as a name or alias (spelling aside), and the
 * values the user renamed to it or gave it as an alias; merges followed, blocked values left out. A
 * value that resolves to nothing stays as typed and matches nothing.
 */
public final class FilterResolver {
  /** What a store answers about the values it holds, all that resolving a filter needs. */
  public interface Lookup {
    /** Whether some article holds the value key {@code key} of {@code facet}. */
    boolean isIndexed(Facet facet, String key) throws IOException;

    /** The value keys that have {@code name} as their name or an alias, spelling aside. */
    Set<String> byAlias(Facet facet, String name) throws IOException;
  }

  private FilterResolver() {}

  static Map<Facet, List<String>> resolve(
      StateSearcher searcher, ValueNaming naming, Map<Facet, List<String>> filters)
      throws IOException {
    return resolve(lookup(searcher), naming, filters);
  }

  static Set<String> keys(StateSearcher searcher, ValueNaming naming, Facet facet, String value)
      throws IOException {
    return keys(lookup(searcher), naming, facet, value);
  }

  private static Lookup lookup(StateSearcher searcher) {
    return new Lookup() {
      @Override
      public boolean isIndexed(Facet facet, String key) throws IOException {
        return FilterResolver.isIndexed(searcher, facet, key);
      }

      @Override
      public Set<String> byAlias(Facet facet, String name) throws IOException {
        return FacetValueFinder.byAlias(searcher.getIndexReader(), facet, name);
      }
    };
  }

  /** The filters with each value resolved to the keys it stands for (as typed when none). */
  public static Map<Facet, List<String>> resolve(
      Lookup searcher, ValueNaming naming, Map<Facet, List<String>> filters) throws IOException {
    Map<Facet, List<String>> resolved = new EnumMap<>(Facet.class);
    for (Map.Entry<Facet, List<String>> e : filters.entrySet()) {
      Set<String> keys = new LinkedHashSet<>();
      for (String value : e.getValue()) {
        Set<String> found = keys(searcher, naming, e.getKey(), value);
        keys.addAll(found.isEmpty() ? Set.of(value) : found);
      }
      resolved.put(e.getKey(), new ArrayList<>(keys));
    }
    return resolved;
  }

  /** The keys {@code value} stands for in {@code facet}; empty when none. */
  public static Set<String> keys(Lookup searcher, ValueNaming naming, Facet facet, String value)
      throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    boolean entity = facet != Facet.SOURCE;
    if (entity) {
      keys.addAll(naming.curation().keysNamed(ValueNaming.type(facet), value));
    }
    String own = EntityKeys.of(value);
    if (!own.isEmpty() && searcher.isIndexed(facet, own)) {
      keys.add(own);
    }
    keys.addAll(searcher.byAlias(facet, value));
    if (entity) {
      for (String canonical : naming.canonicalNames(ValueNaming.type(facet), value)) {
        String k = EntityKeys.of(canonical);
        if (!k.isEmpty() && searcher.isIndexed(facet, k)) {
          keys.add(k);
        }
      }
    }
    Set<String> result = new LinkedHashSet<>();
    for (String key : keys) {
      String k = entity ? naming.curation().resolve(ValueNaming.type(facet), key) : key;
      if (!naming.hidden(facet, k)) {
        result.add(k);
      }
    }
    return result;
  }

  private static boolean isIndexed(StateSearcher searcher, Facet facet, String key)
      throws IOException {
    if (searcher.state == null) {
      return false;
    }
    String path = FacetsConfig.pathToString(IndexFields.dimension(facet), new String[] {key});
    return searcher.state.getDocValues().lookupTerm(new BytesRef(path)) >= 0;
  }
}
