package org.gazette.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.gazette.model.Facet;
import org.gazette.model.NameKey;

/**
 * The label of every value key of one reader: among the names the articles gave a value, the most
 * complete (most words), then the most common, then one written with capitals, then the longest.
 * The choice depends only on the live articles in the index, never on the order they came in, on
 * deleted or replaced articles whose segment is not merged yet, or on how segments were merged.
 *
 * <p>NOTE: build one per reader on refresh; the counts of each segment are cached until its reader
 * is closed, so a refresh only reads the segments that are new or have new deletes. A label is
 * chosen when it is first asked for (summing its names' counts over the segments) and kept with the
 * table: merging every key of every segment on each refresh was half of a refresh at 100k articles,
 * for the few labels a query shows. Thread-safe.
 */
public final class LabelTable {
  private static final Comparator<Map.Entry<String, Integer>> BEST =
      Comparator.<Map.Entry<String, Integer>>comparingInt(e -> words(e.getKey()))
          .thenComparingInt(Map.Entry::getValue)
          .thenComparing(e -> startsUpper(e.getKey()))
          .thenComparingInt(e -> e.getKey().length())
          .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());

  /** The name counts by key of each segment of the reader, per facet. */
  private final List<Map<Facet, Map<String, Map<String, Integer>>>> segments;

  private final Map<Facet, Map<String, String>> chosen = new EnumMap<>(Facet.class);

  private LabelTable(List<Map<Facet, Map<String, Map<String, Integer>>>> segments) {
    this.segments = segments;
    for (Facet facet : Facet.values()) {
      chosen.put(facet, new ConcurrentHashMap<>());
    }
  }

  /** The label of {@code key}, or {@code null} when no article gave the key a name. */
  public String label(Facet facet, String key) {
    Map<String, String> labels = chosen.get(facet);
    String label = labels.get(key);
    if (label == null) {
      label = choose(facet, key);
      if (label != null) {
        labels.put(key, label);
      }
    }
    return label;
  }

  private String choose(Facet facet, String key) {
    Map<String, Integer> counts = new HashMap<>();
    for (Map<Facet, Map<String, Map<String, Integer>>> segment : segments) {
      Map<String, Integer> names = segment.getOrDefault(facet, Map.of()).get(key);
      if (names != null) {
        for (Map.Entry<String, Integer> name : names.entrySet()) {
          counts.merge(name.getKey(), name.getValue(), Integer::sum);
        }
      }
    }
    return best(counts);
  }

  /**
   * The label among names counted by the articles that gave them (the choice this class makes; a
   * store that counts names its own way chooses with it too), or {@code null} for none.
   */
  public static String best(Map<String, Integer> counts) {
    return counts.isEmpty() ? null : counts.entrySet().stream().max(BEST).orElseThrow().getKey();
  }

  /** Builds label tables for readers, reusing the counts of segments it has read before. */
  public static final class Builder {
    private final Map<Object, Map<Facet, Map<String, Map<String, Integer>>>> segments =
        new ConcurrentHashMap<>();

    public LabelTable build(IndexReader reader) throws IOException {
      List<Map<Facet, Map<String, Map<String, Integer>>>> counts = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        counts.add(segment(leaf.reader()));
      }
      return new LabelTable(List.copyOf(counts));
    }

    private Map<Facet, Map<String, Map<String, Integer>>> segment(LeafReader reader)
        throws IOException {
      // The reader's key, not the core's: a delete makes a new reader of the same core, and its
      // counts must drop the deleted documents.
      var helper = reader.getReaderCacheHelper();
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
        Bits live = reader.getLiveDocs();
        Map<String, Map<String, Integer>> byKey = new HashMap<>();
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          int count;
          if (live == null) {
            count = te.docFreq();
          } else {
            // docFreq counts deleted documents until a merge drops them: count the live ones.
            postings = te.postings(postings, PostingsEnum.NONE);
            count = 0;
            for (int d = postings.nextDoc();
                d != DocIdSetIterator.NO_MORE_DOCS;
                d = postings.nextDoc()) {
              if (live.get(d)) {
                count++;
              }
            }
          }
          if (count == 0) {
            continue;
          }
          String term = t.utf8ToString();
          int sep = term.indexOf(IndexFields.KEY_SEPARATOR);
          byKey
              .computeIfAbsent(term.substring(0, sep), k -> new HashMap<>())
              .put(term.substring(sep + 1), count);
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
