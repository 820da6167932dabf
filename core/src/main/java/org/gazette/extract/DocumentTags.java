package org.gazette.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the first stage of the tagger made of each word and each name across a whole document, as
 * features for the second stage: how the other mentions of a capitalised word were tagged ("Lind"
 * alone where "Sara Lind" was a person, "Amtrak" tagged a company twice and a place once), and
 * which type the same name got most often. So one clear mention lends its type to the rest.
 *
 * <p>Filled with {@link #add} for every sentence of the document, then read with {@link #codes}.
 */
final class DocumentTags {
  /** Per word (lower case), counts of person, place, organisation, other name and no name. */
  private final Map<String, int[]> words = new HashMap<>();

  /** Per name (its words in lower case), counts of person, place, organisation, other name. */
  private final Map<String, int[]> names = new HashMap<>();

  /** Adds the first-stage tags of tokens {@code [from, to)}. */
  void add(List<Token> tokens, int[] tags, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (isCapitalWord(t)) {
        int kind = tags[i] == 0 ? NerModel.KINDS : NerModel.kindOf(tags[i]);
        words.computeIfAbsent(t.lower(), k -> new int[NerModel.KINDS + 1])[kind]++;
      }
    }
    forEachName(
        tokens,
        tags,
        from,
        to,
        (a, b, kind) ->
            names.computeIfAbsent(key(tokens, a, b), k -> new int[NerModel.KINDS])[kind]++);
  }

  /**
   * The codes of token {@code i} for the second stage: its own first-stage tag, for each type the
   * share of the word's capitalised mentions in the document tagged with it, and the type its name
   * got most often in the document, with its share.
   */
  long[] codes(List<Token> tokens, int[] tags, int i) {
    Token t = tokens.get(i);
    long[] out = new long[NerModel.KINDS + 3];
    int n = 0;
    out[n++] = tags[i];
    if (isCapitalWord(t)) {
      int[] c = words.get(t.lower());
      if (c != null) {
        int total = 0;
        for (int count : c) {
          total += count;
        }
        for (int kind = 0; kind <= NerModel.KINDS; kind++) {
          out[n++] = 100 + kind * 10L + share(c[kind], total);
        }
      }
    }
    if (tags[i] != 0) {
      int[] span = nameAt(tags, i);
      int[] c = names.get(key(tokens, span[0], span[1]));
      if (c != null) {
        int best = 0;
        int total = 0;
        for (int kind = 0; kind < NerModel.KINDS; kind++) {
          best = c[kind] > c[best] ? kind : best;
          total += c[kind];
        }
        out[n++] = 200 + best * 10L + share(c[best], total) + 100L * Math.min(total, 3);
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** 0 none, 1 under half, 2 half or more, 3 all. */
  private static int share(int count, int total) {
    return count == 0 ? 0 : count == total ? 3 : 2 * count >= total ? 2 : 1;
  }

  private static boolean isCapitalWord(Token t) {
    return t.isWord() && (t.isCap() || t.is(Token.ALL_CAPS));
  }

  private static String key(List<Token> tokens, int a, int b) {
    StringBuilder s = new StringBuilder();
    for (int k = a; k < b; k++) {
      if (tokens.get(k).isWord()) {
        s.append(tokens.get(k).lower()).append(' ');
      }
    }
    return s.toString();
  }

  /** The tokens {@code [start, end)} of the name token {@code i} stands in. */
  private static int[] nameAt(int[] tags, int i) {
    int a = i;
    while (a > 0
        && tags[a] != 0
        && (NerModel.position(tags[a]) == NerModel.I || NerModel.position(tags[a]) == NerModel.L)) {
      a--;
    }
    int b = i + 1;
    while (b < tags.length
        && tags[b] != 0
        && (NerModel.position(tags[b]) == NerModel.I || NerModel.position(tags[b]) == NerModel.L)) {
      b++;
    }
    return new int[] {a, b};
  }

  @FunctionalInterface
  private interface NameVisitor {
    void name(int a, int b, int kind);
  }

  private static void forEachName(List<Token> tokens, int[] tags, int from, int to, NameVisitor v) {
    int i = from;
    while (i < to) {
      if (tags[i] == 0) {
        i++;
        continue;
      }
      int[] span = nameAt(tags, i);
      v.name(span[0], Math.min(span[1], to), NerModel.kindOf(tags[i]));
      i = Math.max(i + 1, span[1]);
    }
  }
}
