package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.gazette.index.Curation;
import org.gazette.index.EntityKeys;
import org.gazette.index.IndexFields;
import org.gazette.model.CurationRule;
import org.gazette.model.Facet;
import org.gazette.model.NameKey;

/**
 * Finds facet values through the folded key terms the mapper indexes for each value ({@code
 * "key\u001fCanonical Value"}): by a prefix of any word of a name or alias, or by a whole alias.
 */
public final class FacetValueFinder {
  /** Candidates examined per search; a one-letter prefix over a large index stops here. */
  static final int MAX_CANDIDATES = 5000;

  private FacetValueFinder() {}

  /**
   * The canonical values with a name or alias that has a word starting with {@code prefix}, or
   * {@code null} when the prefix is blank (or only punctuation), which restricts nothing.
   */
  static Set<String> byWordPrefix(IndexReader reader, Facet facet, String prefix)
      throws IOException {
    String folded = NameKey.fold(prefix == null ? "" : prefix);
    if (folded.isEmpty()) {
      return null;
    }
    return scan(reader, IndexFields.facetKeys(facet), folded);
  }

  /** The value keys that have {@code name} as their name or an alias, spelling aside. */
  static Set<String> byAlias(IndexReader reader, Facet facet, String name) throws IOException {
    String key = EntityKeys.of(name);
    if (key.isEmpty()) {
      return Set.of();
    }
    return scan(reader, IndexFields.aliasKeys(facet), key + IndexFields.KEY_SEPARATOR);
  }

  /**
   * Refuses a date facet for value search, whatever the store.
   *
   * @throws IllegalArgumentException for {@code published} and {@code mentioned}
   */
  public static void requireValueFacet(Facet facet) {
    if (!facet.isValueFacet()) {
      throw new IllegalArgumentException(
          facet.key()
              + " is a date facet; value search works on organization, place, person and"
              + " source");
    }
  }

  /** The value keys whose curated name or aliases have a word starting with {@code prefix}. */
  public static Set<String> curatedByWordPrefix(Curation curation, Facet facet, String prefix) {
    Set<String> keys = new LinkedHashSet<>();
    String folded = NameKey.fold(prefix == null ? "" : prefix);
    if (folded.isEmpty() || facet == Facet.SOURCE) {
      return keys;
    }
    for (CurationRule rule : curation.rules()) {
      if (Facet.of(rule.type()) != facet) {
        continue;
      }
      List<String> names = new ArrayList<>(rule.aliases());
      if (rule.rename() != null) {
        names.add(rule.rename());
      }
      for (String n : names) {
        String f = NameKey.fold(n);
        if (f.startsWith(folded) || f.contains(" " + folded)) {
          keys.add(EntityKeys.of(rule.name()));
        }
      }
    }
    return keys;
  }

  /** The canonical values of every key term of {@code field} that starts with {@code prefix}. */
  private static Set<String> scan(IndexReader reader, String field, String prefix)
      throws IOException {
    Set<String> values = new LinkedHashSet<>();
    BytesRef target = new BytesRef(prefix);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekCeil(target) == TermsEnum.SeekStatus.END) {
        continue;
      }
      for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, target); t = te.next()) {
        String term = t.utf8ToString();
        values.add(term.substring(term.indexOf(IndexFields.KEY_SEPARATOR) + 1));
        if (values.size() >= MAX_CANDIDATES) {
          return values;
        }
      }
    }
    return values;
  }
}
