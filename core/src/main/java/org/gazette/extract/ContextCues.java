package org.gazette.extract;

import java.util.List;
import java.util.Set;
import org.gazette.model.NameKey;

/**
 * Reads the words around a candidate name for evidence of its type: a role before it ("analyst X"),
 * a reporting verb after it ("X said"), a place preposition or head ("the province of X", "X
 * province", "X, east of Y"), a list with a place ("Diyala and X"); appositions, membership and
 * news-outlet frames come from {@link FrameCues}.
 */
final class ContextCues {
  /**
   * The evidence the context gives. {@code media} ("told X") counts for an organisation and {@code
   * listedWithPlace} ("Diyala and X") for a place, unless the name itself looks like a person's.
   */
  record Context(double person, double place, double org, double media, double listedWithPlace) {}

  // The weights below are on the scale of KeyGroup.THRESHOLD (from 1 a cue alone names a type) and
  // are weighed against the gazetteer's priors; KeyGroup.MAX_CONTEXT caps a name's sum of them.

  /** A role word before the name ("analyst X"): nearly always a person. */
  private static final double ROLE_BEFORE = 2.5;

  /** A reporting verb after the name ("X said", "X also told"): mostly a person. */
  private static final double REPORTING_VERB_AFTER = 1.0;

  /** The name after a quote's reporting verb at the end of a clause ("..., said X."). */
  private static final double SPEAKER_AFTER_VERB = 0.8;

  /** A possessive before a person's possession ("X's wife", "X's lawyer"). */
  private static final double PERSON_POSSESSION = 2.0;

  /** "X regime", "X administration" in lower case: a ruler's name more often than a country's. */
  private static final double RULER_OF = 1.5;

  /** "X, east of Y": a place placed relative to another. */
  private static final double RELATIVE_PLACE = 2.0;

  /** "the province of X", "north of X", "the outskirts of X": says place as surely as a pattern. */
  private static final double PLACE_OF = 3.0;

  /** "the capital X". */
  private static final double CAPITAL_BEFORE = 2.5;

  /** A direction before the name ("northern X", "south X"): most often a place. */
  private static final double DIRECTION_BEFORE = 1.5;

  /**
   * A preposition of place before the name ("in X", "from X"): a hint, as people and organisations
   * follow them too; also the least context that counts as a place context.
   */
  static final double PLACE_PREPOSITION = 0.7;

  /** An administrative head after the name in lower case ("X province", "X district"). */
  private static final double ADMIN_HEAD_AFTER = 3.0;

  /** A geographic feature head after the name in lower case ("X river", "X valley"). */
  private static final double FEATURE_HEAD_AFTER = 2.5;

  /** A one-word name listed beside a place ("Diyala and X"): a hint, counted for places only. */
  private static final double LISTED_WITH_PLACE = 1.0;

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
  private static final Set<String> LATER_VERB_FILLERS =
      Set.of("also", "has", "had", "later", "then", "further", "previously", "earlier", "once");

  private final Gazetteer gazetteer;
  private final Cues cues;
  private final FrameCues frames;

  ContextCues(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
    this.frames = new FrameCues(cues);
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
      person += ROLE_BEFORE;
    }
    if (cues.reportingVerbs().contains(n1)
        || LATER_VERB_FILLERS.contains(n1) && cues.reportingVerbs().contains(n2)) {
      person += REPORTING_VERB_AFTER;
    }
    if (Set.of("said", "says", "added", "wrote").contains(p1) && isEndOfClause(t, to)) {
      person += SPEAKER_AFTER_VERB;
    }
    if (to > from && t.get(to - 1).is(Token.POSSESSIVE) && cues.personPossessions().contains(n1)) {
      person += PERSON_POSSESSION;
    }
    if (n1.equals("regime") || n1.equals("administration") && isLower(t, to)) {
      person += RULER_OF;
    }
    double[] apposition = frames.apposition(t, to);
    person += apposition[0];
    place += apposition[1];
    org += apposition[2];
    place += placeBefore(p1, p2) + placeAfter(t, to, n1) + relativePlace(t, to);
    org += frames.orgFrame(t, from) + frames.orgNounAfter(n1);
    // "an interview with The New Arab": the article belongs to the frame, not the name.
    boolean article = from > 0 && t.get(from - 1).isWord() && t.get(from - 1).lower().equals("the");
    double media = article ? frames.media(p2, lowerWord(t, from - 3)) : frames.media(p1, p2);
    return new Context(person, place, org, media, coordinatedPlace(t, from, to));
  }

  /** "X, east of Y": a place placed relative to another. */
  private double relativePlace(List<Token> t, int to) {
    if (to + 2 < t.size()
        && t.get(to).isPunct(',')
        && DIRECTIONS.contains(lowerWord(t, to + 1))
        && lowerWord(t, to + 2).equals("of")) {
      return RELATIVE_PLACE;
    }
    return 0;
  }

  private double placeBefore(String p1, String p2) {
    if (p1.equals("of")
        && (cues.placeAppositions().contains(p2)
            || DIRECTIONS.contains(p2)
            || OF_PLACE.contains(p2))) {
      return PLACE_OF;
    }
    if (p1.equals("capital")) {
      return CAPITAL_BEFORE;
    }
    if (DIRECTIONS.contains(p1)) {
      return DIRECTION_BEFORE;
    }
    return WEAK_PLACE_PREPOSITIONS.contains(p1) ? PLACE_PREPOSITION : 0;
  }

  private double placeAfter(List<Token> t, int to, String n1) {
    if (cues.placeAdminHeads().contains(n1) && isLower(t, to)) {
      return ADMIN_HEAD_AFTER;
    }
    if (cues.placeFeatureHeads().contains(n1) && isLower(t, to)) {
      return FEATURE_HEAD_AFTER;
    }
    return 0;
  }

  /** "Diyala and X", "X and Anbar", "the Anbar region and X": listed beside a place. */
  private double coordinatedPlace(List<Token> t, int from, int to) {
    if (to - from != 1) {
      return 0; // only one-word names: "Kanye West, P. Diddy" lists people
    }
    if (from >= 2 && isListMark(t.get(from - 1)) && isPlaceWord(t, from - 2)) {
      return LISTED_WITH_PLACE;
    }
    if (to + 1 < t.size() && isListMark(t.get(to)) && isPlaceWord(t, to + 1)) {
      return LISTED_WITH_PLACE;
    }
    return 0;
  }

  private static boolean isListMark(Token t) {
    return t.isPunct(',') || t.text().equals("and") || t.text().equals("or");
  }

  /** A one-word place name at {@code i} (not the end of a longer name), or a place head. */
  private boolean isPlaceWord(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isWord()) {
      return false;
    }
    boolean alone =
        (i == 0 || !tokens.get(i - 1).isCap())
            && (i + 1 >= tokens.size() || !tokens.get(i + 1).isCap());
    if (t.isCap() && (!alone || cues.neverAlone().contains(t.lower()))) {
      return false;
    }
    if (!t.isCap()) {
      return cues.placeAdminHeads().contains(t.lower());
    }
    for (KnownName k : gazetteer.lookup(NameKey.of(t.text()))) {
      if (k.type() == org.gazette.model.EntityType.PLACE
          && k.prior() >= GazetteerLoader.SIZEABLE_PLACE_PRIOR
          && !k.ambiguous()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEndOfClause(List<Token> t, int i) {
    return i >= t.size() || t.get(i).isPunct() || t.get(i).is(Token.NEWLINE_BEFORE);
  }

  private static boolean isLower(List<Token> t, int i) {
    return i < t.size() && t.get(i).isWord() && !t.get(i).isCap();
  }

  /** The word at {@code i} in lower case when it is written in lower case there, else "". */
  static String lowerWord(List<Token> t, int i) {
    return i >= 0 && i < t.size() && t.get(i).isWord() && !t.get(i).isCap() ? t.get(i).lower() : "";
  }
}
