package org.gazette.extract;

/**
 * Splits a chunk that is not one name into the known names inside it, longest first from the left
 * ("IS Syria Operational" gives "IS" and "Syria"); the words between them are typed on their own.
 */
final class KnownSplitter {
  private KnownSplitter() {}

  /**
   * Emits the known names of tokens {@code [a, b)} and hands the words between them to {@code
   * rest}; false when no part of the span is a known name, leaving the span to the caller.
   */
  static boolean split(
      SpanAnalyser rest, MentionScorer scorer, FieldScan s, int a, int b, int max) {
    int[] bestStart = new int[b - a];
    int[] bestEnd = new int[b - a];
    int pieces = 0;
    int i = a;
    while (i < b) {
      int found = -1;
      if (s.token(i).isWord()) {
        for (int len = Math.min(max, b - i); len >= 1 && found < 0; len--) {
          int end = i + len;
          if (s.token(end - 1).isWord() && isSolidKnown(scorer, s, i, end)) {
            found = end;
          }
        }
      }
      if (found > 0) {
        bestStart[pieces] = i;
        bestEnd[pieces] = found;
        pieces++;
        i = found;
      } else {
        i++;
      }
    }
    if (pieces == 0 || pieces == 1 && bestStart[0] == a && bestEnd[0] == b) {
      return false;
    }
    int from = a;
    for (int p = 0; p < pieces; p++) {
      if (bestStart[p] > from) {
        rest.analyse(s, from, bestStart[p]);
      }
      scorer.emit(s, bestStart[p], bestEnd[p], Evidence.NONE, Evidence.NONE);
      from = bestEnd[p];
    }
    if (from < b) {
      rest.analyse(s, from, b);
    }
    return true;
  }

  /** A known name good enough to cut a chunk: well known, or a sizeable place. */
  private static boolean isSolidKnown(MentionScorer scorer, FieldScan s, int a, int b) {
    boolean firstName =
        b - a == 1
            && scorer.names().firstNameWeight(s.token(a).lower(), 2)
                >= PersonNameEvidence.PERSON_LIKE;
    // A word that is also a first name cuts only as a big place: it more likely starts a name.
    double least =
        firstName ? GazetteerLoader.BIG_PLACE_PRIOR : GazetteerLoader.SIZEABLE_PLACE_PRIOR;
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.isWellKnown() || k.prior() >= least) {
        return true;
      }
    }
    return false;
  }
}
