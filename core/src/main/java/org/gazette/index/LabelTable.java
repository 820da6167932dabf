package org.gazette.index;

import java.io.IOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.gazette.model.Facet;
import org.gazette.model.NameKey;

/**
 * The label of every value key of one reader: among the names the articles gave a value, the most
 * complete (most words), then the most common, then one written with capitals, then the longest.
 * The choice depends only on the articles in the index, never on the order they came in.
 *
 * <p>NOTE: build one per reader on refresh; the counts of each segment are cached until the segment
 * is closed, so a refresh only reads the new segments.
 */
public final class LabelTable {
  private static final Comparator<Map.Entry<String, Integer>> BEST =
      Comparator.<Map.Entry<String, Integer>>comparingInt(e -> words(e.getKey()))
          .thenComparingInt(Map.Entry::getValue)
          .thenComparing(e -> startsUpper(e.getKey()))
          .thenComparingInt(e -> e.getKey().length())
          .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());

  private final Map<Facet, Map<String, String>> labels;

  private LabelTable(Map<Facet, Map<String, String>> labels) {
    this.labels = labels;
  }

  /** The label of {@code key}, or {@code null} when no article gave the key a name. */
  public String label(Facet facet, String key) {
    return labels.getOrDefault(facet, Map.of()).get(key);
  }

  /** Builds label tables for readers, reusing the counts of segments it has read before. */
  public static final class Builder {
    private final Map<Object, Map<Facet, Map<String, Map<String, Integer>>>> segments =
        new ConcurrentHashMap<>();

    public LabelTable build(IndexReader reader) throws IOException {
      Map<Facet, Map<String, Map<String, Integer>>> forms = new EnumMap<>(Facet.class);
      for (LeafReaderContext leaf : reader.leaves()) {
        for (var f : segment(leaf.reader()).entrySet()) {
          Map<String, Map<String, Integer>> byKey =
              forms.computeIfAbsent(f.getKey(), k -> new HashMap<>());
          f.getValue()
              .forEach(
                  (key, names) -> {
                    Map<String, Integer> counts = byKey.computeIfAbsent(key, k -> new HashMap<>());
                    names.forEach((name, n) -> counts.merge(name, n, Integer::sum));
                  });
        }
      }
      Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);
      forms.forEach(
          (facet, byKey) -> {
            Map<String, String> chosen = new HashMap<>();
            byKey.forEach(
                (key, names) ->
                    chosen.put(key, names.entrySet().stream().max(BEST).orElseThrow().getKey()));
            labels.put(facet, chosen);
          });
      return new LabelTable(labels);
    }

    private Map<Facet, Map<String, Map<String, Integer>>> segment(LeafReader reader)
        throws IOException {
      var helper = reader.getCoreCacheHelper();
      if (helper == null) {
        return read(reader);
      }
      Map<Facet, Map<String, Map<String, Integer>>> cached = segments.get(helper.getKey());
      if (cached == null) {
        cached = read(reader);
        segments.put(helper.getKey(), cached);
        helper.addClosedListener(segments::remove);
      }
      return cached;
    }

    private static Map<Facet, Map<String, Map<String, Integer>>> read(LeafReader reader)
        throws IOException {
      Map<Facet, Map<String, Map<String, Integer>>> forms = new EnumMap<>(Facet.class);
      for (Facet facet : Facet.values()) {
        if (!facet.isValueFacet()) {
          continue;
        }
        Terms terms = reader.terms(IndexFields.forms(facet));
        if (terms == null) {
          continue;
        }
        Map<String, Map<String, Integer>> byKey = new HashMap<>();
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          String term = t.utf8ToString();
          int sep = term.indexOf(IndexFields.KEY_SEPARATOR);
          byKey
              .computeIfAbsent(term.substring(0, sep), k -> new HashMap<>())
              .put(term.substring(sep + 1), te.docFreq());
        }
        forms.put(facet, byKey);
      }
      return forms;
    }
  }

  /** Words as names are compared: "Al-Abadi" is two, like "al Abadi". */
  private static int words(String name) {
    String folded = NameKey.fold(name);
    return folded.isEmpty() ? 0 : folded.split(" ").length;
  }

  private static boolean startsUpper(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }
}
