package org.gazette.extract;

import java.util.List;
import org.gazette.model.EntityType;

/**
 * What the extractor's rules ({@link SpanTyper} and {@link MentionScorer}) made of a block, as
 * evidence for the name tagger: for each token inside a name the rules found, its position in that
 * name, the type the rules' evidence favours and how strongly, the types favoured by the name's
 * form and by its context apart, and whether the gazetteer knows the name. The tagger learns how
 * far to trust each; the rules no longer have the last word.
 */
final class RuleMarks {
  private RuleMarks() {}

  /** Evidence below this is "no type" for the marks. */
  private static final double TYPED = 0.5;

  /**
   * Per token of {@code tokens}, the codes of the rules' names covering it ({@code found[from,
   * to)}, offsets into the same text), or null where none does.
   */
  static long[][] of(List<Token> tokens, List<Found> found, int from, int to) {
    long[][] out = new long[tokens.size()][];
    for (int f = from; f < to; f++) {
      Found x = found.get(f);
      int a = firstTokenAt(tokens, x.start());
      int b = a;
      while (b < tokens.size() && tokens.get(b).start() < x.end()) {
        b++;
      }
      if (a >= b) {
        continue;
      }
      int best = bestType(x.form().plus(x.context()));
      double strength = best == 3 ? 0 : score(x.form().plus(x.context()), best);
      int bucket = strength < 1 ? 0 : strength < 2 ? 1 : strength < 3 ? 2 : 3;
      int form = bestType(x.form());
      int context = bestType(x.context());
      int known = x.known() == null ? 0 : 1 + NerFeatures.typeIndex(x.known().type());
      for (int k = a; k < b; k++) {
        int position = b - a == 1 ? 4 : k == a ? 1 : k == b - 1 ? 3 : 2;
        out[k] =
            new long[] {
              (position * 4L + best) * 4 + bucket,
              1000 + form * 4L + context,
              2000 + best * 4L + known,
              3000 + position * 4L + best
            };
      }
    }
    return out;
  }

  private static int firstTokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** 0 person, 1 place, 2 organisation, 3 none reaching {@link #TYPED}. */
  private static int bestType(Evidence e) {
    int best = 3;
    double max = TYPED;
    for (EntityType t : List.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION)) {
      if (e.of(t) > max) {
        max = e.of(t);
        best = NerFeatures.typeIndex(t);
      }
    }
    return best;
  }

  private static double score(Evidence e, int type) {
    return type == 0 ? e.person() : type == 1 ? e.place() : e.org();
  }
}
