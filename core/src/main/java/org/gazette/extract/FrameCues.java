package org.gazette.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads the frames around a name that say what kind of thing it is: an apposition ("X, a member
 * of", "X, a former coalition of", "X, who"), membership ("a leader in X", "militias, including X")
 * and news-outlet frames ("told X", "according to X", "an interview with X").
 */
final class FrameCues {
  /**
   * A news-outlet frame before the name ("told X", "according to X", "an interview with X"), for an
   * organisation (scale of {@link KeyGroup#THRESHOLD}): people are told and quoted too, so it
   * counts only for names that do not look like a person's ({@link MentionScorer}).
   */
  static final double MEDIA = 1.5;

  /**
   * A frame of membership or a list of organisations ("a leader in X", "militias, including X").
   */
  private static final double ORGANISATION_FRAME = 2.0;

  /** "X, who ...": most often a person. */
  private static final double WHO = 1.5;

  /** An apposition whose head noun says the type ("X, a member of", "X, a former coalition of"). */
  private static final double APPOSITION = 2.5;

  /** An organisation noun right after the name ("X militia", "X group"). */
  private static final double ORGANISATION_NOUN_AFTER = 1.5;

  private static final Set<String> MEMBER_WORDS =
      Set.of(
          "member",
          "members",
          "leader",
          "leaders",
          "figure",
          "figures",
          "official",
          "officials",
          "head",
          "chief",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "commander",
          "commanders",
          "founder",
          "director",
          "chairman",
          "fighters",
          "militants",
          "part");
  private static final Set<String> APPOSITION_ENDS =
      Set.of("of", "at", "in", "for", "from", "with", "on", "to", "by", "who", "which", "that");

  private final Cues cues;

  FrameCues(Cues cues) {
    this.cues = cues;
  }

  /** Evidence that the name after {@code p2 p1} is a news outlet ("told X", "according to X"). */
  double media(String p1, String p2) {
    if (p1.equals("told")) {
      return MEDIA;
    }
    return switch (p2 + " " + p1) {
      case "according to",
          "quoted by",
          "reported by",
          "cited by",
          "interview with",
          "speaking to",
          "spoke to",
          "talking to",
          "statement to",
          "published by" ->
          MEDIA;
      default -> 0;
    };
  }

  /** "a leader in X", "a member of the X", "militias, including X", "among them X". */
  double orgFrame(List<Token> t, int from) {
    String p1 = lowerWord(t, from - 1);
    if (Set.of("including", "as", "them", "like").contains(p1)) {
      for (int k = from - 2; k >= Math.max(0, from - 6); k--) {
        if (cues.orgPlurals().contains(lowerWord(t, k))) {
          return ORGANISATION_FRAME;
        }
      }
    }
    // Back over "the", adjectives and a possessive name to the preposition: "in Iraq's ruling X".
    int k = from - 1;
    for (int skipped = 0; k >= 0 && skipped < 3 && isModifier(t.get(k)); skipped++) {
      k--;
    }
    if (!Set.of("of", "in", "at", "for", "from", "within").contains(lowerWord(t, k))) {
      return 0;
    }
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      Token tok = t.get(j);
      if (MEMBER_WORDS.contains(tok.lower())) {
        return ORGANISATION_FRAME;
      }
      if (tok.isPunct()) {
        return 0;
      }
    }
    return 0;
  }

  private boolean isModifier(Token t) {
    if (!t.isWord()) {
      return false;
    }
    if (t.isCap()) {
      return t.is(Token.POSSESSIVE);
    }
    String w = t.lower();
    return w.equals("the") || !cues.functionWords().contains(w) && !MEMBER_WORDS.contains(w);
  }

  /** Person, place and organisation evidence of an apposition after the name. */
  double[] apposition(List<Token> t, int to) {
    double[] none = {0, 0, 0};
    if (to >= t.size() || !isAppositionMark(t.get(to))) {
      return none;
    }
    int k = to + 1;
    if (k < t.size() && t.get(k).isPunct('-')) {
      k++;
    }
    String first = lowerWord(t, k);
    if (first.equals("who")) {
      return new double[] {WHO, 0, 0};
    }
    if (!Set.of("a", "an", "the", "one", "another").contains(first)) {
      return none;
    }
    for (int j = k + 1; j < Math.min(t.size(), k + 9); j++) {
      Token tok = t.get(j);
      if (tok.isPunct()) {
        return none;
      }
      String w = tok.lower();
      if (APPOSITION_ENDS.contains(w)) {
        return none; // the head noun comes before "of", "at", "who": "a manager at the office"
      }
      if (cues.personAppositions().contains(w)) {
        return new double[] {APPOSITION, 0, 0};
      }
      if (cues.orgAppositions().contains(w)) {
        return new double[] {0, 0, APPOSITION};
      }
      if (cues.placeAppositions().contains(w)) {
        return new double[] {0, APPOSITION, 0};
      }
    }
    return none;
  }

  private static boolean isAppositionMark(Token t) {
    return t.isPunct(',') || t.isPunct('\u2013') || t.isPunct('\u2014') || t.isPunct('-');
  }

  /** Evidence from an organisation noun right after the name: "X militia", "X group". */
  double orgNounAfter(String n1) {
    return cues.orgAppositions().contains(n1) && isOrgNoun(n1) ? ORGANISATION_NOUN_AFTER : 0;
  }

  private static boolean isOrgNoun(String w) {
    return Set.of(
            "group",
            "militia",
            "party",
            "movement",
            "faction",
            "organisation",
            "organization",
            "agency",
            "company",
            "firm",
            "newspaper",
            "website",
            "coalition",
            "alliance",
            "network",
            "brigade",
            "outlet",
            "broadcaster",
            "channel",
            "magazine",
            "daily")
        .contains(w);
  }

  private static String lowerWord(List<Token> t, int i) {
    return ContextCues.lowerWord(t, i);
  }
}
