package org.gazette.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gazette.model.NameKey;

/**
 * Folded search keys for facet values: case, accents, apostrophes and punctuation removed, so that
 * the prefix "al-sud" finds "Mohammed Shia’ Al-Sudani" and "sao" finds "São Paulo".
 */
public final class FacetKeys {
  /** Word-start keys kept per name; enough for long names, bounded for pathological ones. */
  private static final int MAX_WORD_STARTS = 8;

  private FacetKeys() {}

  /** The folded name and each of its word-start suffixes: "islamic state", "state". */
  static Set<String> wordStarts(String name) {
    String folded = NameKey.fold(name);
    Set<String> keys = new LinkedHashSet<>();
    if (folded.isEmpty()) {
      return keys;
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < folded.length() && starts.size() < MAX_WORD_STARTS; i++) {
      if (folded.charAt(i) == ' ') {
        starts.add(i + 1);
      }
    }
    for (int start : starts) {
      keys.add(folded.substring(start));
    }
    return keys;
  }
}
