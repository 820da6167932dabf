package org.gazette.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folded search keys for facet values: case, accents, apostrophes and punctuation removed, so that
 * the prefix "al-sud" finds "Mohammed Shia’ Al-Sudani" and "sao" finds "São Paulo".
 */
public final class FacetKeys {
  /** Word-start keys kept per name; enough for long names, bounded for pathological ones. */
  private static final int MAX_WORD_STARTS = 8;

  private FacetKeys() {}

  /** Lower case, no accents or apostrophes, other punctuation as single spaces, trimmed. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || isApostrophe(c)) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        out.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The key under which a whole name matches another spelling of it: folded, without a leading
   * article ("Al-Anbar", "al Anbar" and "Anbar" all give "anbar"; "The Hill" gives "hill").
   */
  public static String aliasKey(String name) {
    String folded = fold(name);
    for (String article : new String[] {"al ", "el ", "the "}) {
      if (folded.startsWith(article) && folded.length() > article.length()) {
        return folded.substring(article.length());
      }
    }
    return folded;
  }

  /** The folded name and each of its word-start suffixes: "islamic state", "state". */
  static Set<String> wordStarts(String name) {
    String folded = fold(name);
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

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == 'ʻ' || c == '`' || c == '´';
  }
}
