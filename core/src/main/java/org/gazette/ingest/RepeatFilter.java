package org.gazette.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes repeated paragraphs: exact repeats (same letters and digits, ignoring case, spacing and
 * punctuation) and near repeats (a headline, caption, standfirst or pull quote printed again with
 * small changes), keeping the first occurrence.
 *
 * <p>Near repeats are found by word trigrams: a paragraph whose trigrams are at least 90% in an
 * earlier one repeats it and goes; so does one that contains an earlier one of nearly its length (a
 * standfirst printed again with a clause added). An earlier short paragraph whose trigrams are 90%
 * in a later, much longer one is a teaser or caption of it: the teaser goes and the full paragraph
 * stays.
 *
 * <p>NOTE: near repeats are looked for among the last {@value #WINDOW} paragraphs kept and only for
 * paragraphs of {@value #MIN_TOKENS} to {@value #MAX_TOKENS} words, which keeps the work linear in
 * the text; exact repeats are found anywhere. Not thread-safe: one instance per article.
 */
final class RepeatFilter {
  static final int WINDOW = 64;
  static final int MIN_TOKENS = 8;
  static final int MAX_TOKENS = 400;
  private static final int MAX_HOLDERS = 16;
  private static final double CONTAINED = 0.9;
  private static final double SIMILAR_LENGTH = 0.8;

  private final Set<String> seen = new HashSet<>();
  private final Map<Long, List<Integer>> holders = new HashMap<>();
  private final LinkedHashMap<Integer, long[]> window = new LinkedHashMap<>();
  private final long[] words = new long[MAX_TOKENS + 1];

  /** {@code paragraphs} without repeats, in their order. */
  List<String> collapse(List<String> paragraphs) {
    boolean[] dropped = new boolean[paragraphs.size()];
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      if (!seen.add(key(paragraph))) {
        dropped[i] = true;
        continue;
      }
      long[] trigrams = trigrams(paragraph);
      if (trigrams.length == 0) {
        continue;
      }
      Verdict verdict = verdict(trigrams);
      if (verdict.kind == Verdict.Kind.REPEAT) {
        dropped[i] = true;
        continue;
      }
      if (verdict.kind == Verdict.Kind.TEASER) {
        dropped[verdict.earlier] = true;
        forget(verdict.earlier);
      }
      remember(i, trigrams);
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!dropped[i]) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }

  /** How a new paragraph relates to an earlier kept one. */
  private record Verdict(Kind kind, int earlier) {
    enum Kind {
      NEW,
      REPEAT,
      TEASER
    }

    static final Verdict NEW = new Verdict(Kind.NEW, -1);
  }

  private Verdict verdict(long[] trigrams) {
    Map<Integer, Integer> shared = new HashMap<>();
    for (long t : trigrams) {
      List<Integer> list = holders.get(t);
      if (list != null) {
        for (int holder : list) {
          shared.merge(holder, 1, Integer::sum);
        }
      }
    }
    Verdict verdict = Verdict.NEW;
    List<Map.Entry<Integer, Integer>> candidates = new ArrayList<>(shared.entrySet());
    candidates.sort(Map.Entry.comparingByKey()); // earliest first, for the same result every run
    for (Map.Entry<Integer, Integer> e : candidates) {
      int earlier = window.get(e.getKey()).length;
      int common = e.getValue();
      boolean thisInEarlier = common >= CONTAINED * trigrams.length;
      boolean earlierInThis = common >= CONTAINED * earlier;
      if (thisInEarlier || earlierInThis && earlier >= SIMILAR_LENGTH * trigrams.length) {
        return new Verdict(Verdict.Kind.REPEAT, e.getKey());
      }
      if (earlierInThis && verdict == Verdict.NEW) {
        verdict = new Verdict(Verdict.Kind.TEASER, e.getKey());
      }
    }
    return verdict;
  }

  private void remember(int paragraph, long[] trigrams) {
    window.put(paragraph, trigrams);
    for (long t : trigrams) {
      List<Integer> list = holders.computeIfAbsent(t, k -> new ArrayList<>(2));
      // A trigram in many recent paragraphs ("of the coalition") says little about repeats;
      // capping its holders bounds the work on text that uses few words over and over.
      if (list.size() < MAX_HOLDERS) {
        list.add(paragraph);
      }
    }
    if (window.size() > WINDOW) {
      forget(window.keySet().iterator().next());
    }
  }

  private void forget(int paragraph) {
    long[] trigrams = window.remove(paragraph);
    if (trigrams == null) {
      return;
    }
    for (long t : trigrams) {
      List<Integer> list = holders.get(t);
      if (list != null && list.remove(Integer.valueOf(paragraph)) && list.isEmpty()) {
        holders.remove(t);
      }
    }
  }

  /** The letters and digits of {@code s}, lower-cased: what two exact repeats share. */
  static String key(String s) {
    StringBuilder key = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(Character.toLowerCase(c));
      }
    }
    return key.toString();
  }

  /** The distinct word-trigram hashes of {@code s}, sorted; empty when it is too short or long. */
  private long[] trigrams(String s) {
    int count = 0;
    long word = 0;
    boolean inWord = false;
    for (int i = 0; i <= s.length() && count <= MAX_TOKENS; i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word = word * 31 + Character.toLowerCase(c);
        inWord = true;
      } else if (inWord) {
        words[count++] = word;
        word = 0;
        inWord = false;
      }
    }
    if (count < MIN_TOKENS || count > MAX_TOKENS) {
      return new long[0];
    }
    long[] trigrams = new long[count - 2];
    for (int i = 0; i + 2 < count; i++) {
      trigrams[i] = (words[i] * 1_000_003L + words[i + 1]) * 1_000_003L + words[i + 2];
    }
    Arrays.sort(trigrams);
    int distinct = 0;
    for (int i = 0; i < trigrams.length; i++) {
      if (i == 0 || trigrams[i] != trigrams[i - 1]) {
        trigrams[distinct++] = trigrams[i];
      }
    }
    return distinct == trigrams.length ? trigrams : Arrays.copyOf(trigrams, distinct);
  }
}
