package org.gazette.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads the words around a candidate name for evidence of its type: a role before it ("analyst X"),
 * a reporting verb after it ("X said"), an apposition ("X, a member of"), a place preposition or
 * head ("the province of X", "X province"), a news-outlet frame ("told X", "according to X") and an
 * organisation frame ("a leader in X", "militias, including X").
 */
final class ContextCues {
  /**
   * The evidence the context gives. {@code media} ("told X") counts for an organisation and {@code
   * listedWithPlace} ("Diyala and X") for a place, unless the name itself looks like a person's.
   */
  record Context(double person, double place, double org, double media, double listedWithPlace) {}

  private static final Set<String> WEAK_PLACE_PREPOSITIONS =
      Set.of(
          "in", "at", "near", "from", "across", "outside", "inside", "into", "toward", "towards");
  private static final Set<String> DIRECTIONS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern");
  private static final Set<String> OF_PLACE =
      Set.of(
          "outskirts", "heart", "streets", "suburbs", "residents", "capital", "centre", "center");
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
  private static final Set<String> LATER_VERB_FILLERS =
      Set.of("also", "has", "had", "later", "then", "further", "previously", "earlier", "once");

  private static final Set<String> APPOSITION_ENDS =
      Set.of("of", "at", "in", "for", "from", "with", "on", "to", "by", "who", "which", "that");

  private final Gazetteer gazetteer;
  private final Cues cues;

  ContextCues(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
  }

  /** The evidence of the words around tokens {@code [from, to)} of {@code t}. */
  Context around(List<Token> t, int from, int to) {
    double person = 0;
    double place = 0;
    double org = 0;
    String p1 = lowerWord(t, from - 1);
    String p2 = lowerWord(t, from - 2);
    String n1 = lowerWord(t, to);
    String n2 = lowerWord(t, to + 1);
    if (cues.roles().contains(p1)) {
      person += 2.5;
    }
    if (cues.reportingVerbs().contains(n1)
        || LATER_VERB_FILLERS.contains(n1) && cues.reportingVerbs().contains(n2)) {
      person += 1.0;
    }
    if (Set.of("said", "says", "added", "wrote").contains(p1) && isEndOfClause(t, to)) {
      person += 0.8;
    }
    if (to > from && t.get(to - 1).is(Token.POSSESSIVE) && cues.personPossessions().contains(n1)) {
      person += 2.0;
    }
    if (n1.equals("regime") || n1.equals("administration") && isLower(t, to)) {
      person += 1.5;
    }
    double[] apposition = apposition(t, to);
    person += apposition[0];
    place += apposition[1];
    org += apposition[2];
    place += placeBefore(p1, p2) + placeAfter(t, to, n1) + relativePlace(t, to);
    org += orgFrame(t, from) + (cues.orgAppositions().contains(n1) && isOrgNoun(n1) ? 1.5 : 0);
    // "an interview with The New Arab": the article belongs to the frame, not the name.
    boolean article = p1.equals("the");
    double media = article ? media(p2, lowerWord(t, from - 3)) : media(p1, p2);
    return new Context(person, place, org, media, coordinatedPlace(t, from, to));
  }

  /** "X, east of Y": a place placed relative to another. */
  private double relativePlace(List<Token> t, int to) {
    if (to + 2 < t.size()
        && t.get(to).isPunct(',')
        && DIRECTIONS.contains(lowerWord(t, to + 1))
        && lowerWord(t, to + 2).equals("of")) {
      return 2.0;
    }
    return 0;
  }

  private double placeBefore(String p1, String p2) {
    if (p1.equals("of")
        && (cues.placeAppositions().contains(p2)
            || DIRECTIONS.contains(p2)
            || OF_PLACE.contains(p2))) {
      return 3.0;
    }
    if (p1.equals("capital")) {
      return 2.5;
    }
    if (DIRECTIONS.contains(p1)) {
      return 1.5;
    }
    return WEAK_PLACE_PREPOSITIONS.contains(p1) ? 0.7 : 0;
  }

  private double placeAfter(List<Token> t, int to, String n1) {
    if (cues.placeAdminHeads().contains(n1) && isLower(t, to)) {
      return 3.0;
    }
    if (cues.placeFeatureHeads().contains(n1) && isLower(t, to)) {
      return 2.5;
    }
    return 0;
  }

  /** "Diyala and X", "X and Anbar", "the Anbar region and X": listed beside a place. */
  private double coordinatedPlace(List<Token> t, int from, int to) {
    if (from >= 2 && isListMark(t.get(from - 1)) && isPlaceWord(t.get(from - 2))) {
      return 1.0;
    }
    if (to + 1 < t.size() && isListMark(t.get(to)) && isPlaceWord(t.get(to + 1))) {
      return 1.0;
    }
    return 0;
  }

  private static boolean isListMark(Token t) {
    return t.isPunct(',') || t.text().equals("and") || t.text().equals("or");
  }

  private boolean isPlaceWord(Token t) {
    if (!t.isWord()) {
      return false;
    }
    if (!t.isCap()) {
      return cues.placeAdminHeads().contains(t.lower());
    }
    for (KnownName k : gazetteer.lookup(NameKey.of(t.text()))) {
      if (k.type() == org.gazette.model.EntityType.PLACE && k.prior() >= 2.5 && !k.ambiguous()) {
        return true;
      }
    }
    return false;
  }

  private double media(String p1, String p2) {
    if (p1.equals("told")) {
      return 1.5;
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
          1.5;
      default -> 0;
    };
  }

  /** "a leader in X", "a member of the X", "militias, including X", "among them X". */
  private double orgFrame(List<Token> t, int from) {
    String p1 = lowerWord(t, from - 1);
    if (Set.of("including", "as", "them", "like").contains(p1)) {
      for (int k = from - 2; k >= Math.max(0, from - 6); k--) {
        if (cues.orgPlurals().contains(lowerWord(t, k))) {
          return 2.0;
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
        return 2.0;
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
  private double[] apposition(List<Token> t, int to) {
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
      return new double[] {1.5, 0, 0};
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
        return new double[] {2.5, 0, 0};
      }
      if (cues.orgAppositions().contains(w)) {
        return new double[] {0, 0, 2.5};
      }
      if (cues.placeAppositions().contains(w)) {
        return new double[] {0, 2.5, 0};
      }
    }
    return none;
  }

  private static boolean isAppositionMark(Token t) {
    return t.isPunct(',') || t.isPunct('\u2013') || t.isPunct('\u2014') || t.isPunct('-');
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

  private static boolean isEndOfClause(List<Token> t, int i) {
    return i >= t.size() || t.get(i).isPunct() || t.get(i).is(Token.NEWLINE_BEFORE);
  }

  private static boolean isLower(List<Token> t, int i) {
    return i < t.size() && t.get(i).isWord() && !t.get(i).isCap();
  }

  /** The word at {@code i} in lower case when it is written in lower case there, else "". */
  private static String lowerWord(List<Token> t, int i) {
    return i >= 0 && i < t.size() && t.get(i).isWord() && !t.get(i).isCap() ? t.get(i).lower() : "";
  }
}
