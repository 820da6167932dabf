package org.gazette.extract;

import java.util.Set;
import org.gazette.extract.KnownName.Kind;
import org.gazette.model.EntityType;

/**
 * Splits a candidate chunk into names and types them by its structure, in order: a known name as a
 * whole; a title before a name or an organisation head noun ({@link HeadSplitter}); a place head or
 * prefix ("Anbar Desert", "Wadi X", "Operation X"); known names inside ({@link KnownSplitter}); a
 * conjunction between names; else one name scored by form and context ({@link MentionScorer}).
 */
final class SpanTyper implements SpanAnalyser {
  /**
   * Organisation evidence of words whose initials an acronym in parentheses after them spells
   * ("Middle East Economic Survey (MEES)"): they are one name, most often an organisation's.
   */
  private static final double SPELLED_BY_ACRONYM = 1.5;

  /**
   * Organisation evidence of unknown words before a well-known organisation's name ("Kataib
   * Hizbullah"): the whole is most often a group of that name.
   */
  private static final double BEFORE_KNOWN_ORGANISATION = 2.5;

  private static final Set<String> MODIFIERS =
      Set.of("retired", "former", "late", "then", "acting", "outgoing", "incoming", "ex");

  private final Gazetteer gazetteer;
  private final Cues cues;
  private final MentionScorer scorer;
  private final HeadSplitter heads;

  SpanTyper(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
    this.scorer = new MentionScorer(gazetteer);
    this.heads = new HeadSplitter(gazetteer, scorer, this);
  }

  MentionScorer scorer() {
    return scorer;
  }

  /** Finds the names of tokens {@code [a, b)} of the scan. */
  @Override
  public void analyse(FieldScan s, int a, int b) {
    while (a < b && skipLeading(s, a, b)) {
      a++;
    }
    while (b > a && !isNameWord(s.token(b - 1))) {
      b--;
    }
    while (b - a >= 2
        && s.token(b - 1).lower().length() >= 7
        && cues.functionWords().contains(s.token(b - 1).lower())) {
      b--; // "Al-Jadeed According" where a scraper glued two sentences: no name ends so
    }
    if (a >= b) {
      return;
    }
    for (int k = a; k < b; k++) {
      if (isDateWord(s, a, k)) {
        analyse(s, a, k);
        analyse(s, k + 1, b);
        return;
      }
    }
    if (scorer.known(s, a, b).length > 0) {
      scorer.emit(s, a, b, Evidence.NONE, Evidence.NONE);
      return;
    }
    if (spelledByAcronym(s, a, b)) {
      // "Middle East Economic Survey (MEES)": the acronym shows the words are one name.
      scorer.emit(s, a, b, new Evidence(0, 0, SPELLED_BY_ACRONYM), Evidence.NONE);
      return;
    }
    if (heads.splitAtTitle(s, a, b) || heads.splitAtOrgHead(s, a, b) || placePattern(s, a, b)) {
      return;
    }
    if (endsWithKnownOrganisation(s, a, b)) {
      scorer.emit(s, a, b, new Evidence(0, 0, BEFORE_KNOWN_ORGANISATION), Evidence.NONE);
      return;
    }
    if (placeThenPlural(s, a, b)) {
      // "Jacksonville Suns", "Toronto Blue Jays": a town and a plural nickname name a team.
      scorer.emit(s, a, b, new Evidence(0, 0, MentionScorer.PATTERN), Evidence.NONE);
      return;
    }
    if (!looksLikePerson(s, a, b)
        && KnownSplitter.split(this, scorer, s, a, b, gazetteer.maxTokens())) {
      return;
    }
    if (cues.nonEntityHeads().contains(s.token(b - 1).lower())) {
      // "Davis Cup", "Grand Prix": an event or a work, not an entity.
      return;
    }
    if (splitAtConnector(s, a, b)) {
      return;
    }
    scorer.emit(s, a, b, Evidence.NONE, Evidence.NONE);
  }

  /** Whether "(ACRONYM)" follows and its letters are the initials of the words, in order. */
  private boolean spelledByAcronym(FieldScan s, int a, int b) {
    if (b + 2 >= s.tokens().size() || !s.token(b).isPunct('(') || !s.token(b + 2).isPunct(')')) {
      return false;
    }
    String acronym = s.token(b + 1).text();
    StringBuilder initials = new StringBuilder();
    for (int k = a; k < b; k++) {
      Token t = s.token(k);
      if (t.isCap()) {
        for (String part : t.text().split("-")) {
          if (!part.isEmpty()) {
            initials.append(Character.toUpperCase(part.charAt(0)));
          }
        }
      }
    }
    return b - a >= 2 && s.token(b + 1).is(Token.ALL_CAPS) && initials.toString().equals(acronym);
  }

  /** A month or weekday name written out, unless it follows a first name ("Theresa May"). */
  private boolean isDateWord(FieldScan s, int a, int k) {
    String lower = s.token(k).lower();
    if (!s.token(k).isCap() || lower.length() <= 3 || !DateWords.isCalendarWord(lower)) {
      return false;
    }
    return k == a
        || scorer.names().firstNameWeight(s.token(k - 1).lower(), 2)
            < PersonNameEvidence.PERSON_LIKE;
  }

  private boolean skipLeading(FieldScan s, int a, int b) {
    Token t = s.token(a);
    if (!isNameWord(t)) {
      return true;
    }
    String lower = t.lower();
    if (lower.equals("the") || lower.equals("a") || lower.equals("an")) {
      return true;
    }
    if (MODIFIERS.contains(lower) && b - a >= 2) {
      return true;
    }
    if (b - a >= 3
        && scorer.isCommon(s, lower)
        && !cues.titles().contains(lower)
        && scorer.names().firstNameWeight(s.token(a + 1).lower(), b - a - 1)
            >= PersonNameEvidence.PERSON_LIKE
        && scorer.known(s, a, a + 1).length == 0
        && !isStrongKnown(s, a, b)
        && !cues.orgHeads().contains(s.token(b - 1).lower())) {
      // "Manager Lou Piniella", "Senior Kory Smith": a role word before a person; not before a
      // name that ends as an organisation does ("Charter Oak State College").
      return true;
    }
    boolean weakCapital = t.is(Token.SENTENCE_START) || t.is(Token.CASE_UNRELIABLE);
    if (!weakCapital
        || cues.titles().contains(lower)
        || isStrongKnown(s, a, b)
        || startsPattern(s, a, b)) {
      return false;
    }
    if (cues.functionWords().contains(lower) || lower.endsWith("ly") && lower.length() > 4) {
      return true; // "However", "Inexplicably": sentence adverbs
    }
    boolean personStart =
        b - a >= 2
            && scorer.names().firstNameWeight(lower, b - a) >= PersonNameEvidence.PERSON_LIKE;
    // "Standard and Poor's Corp said": a common word starting a company name stays.
    boolean organisation = b - a >= 2 && cues.orgHeads().contains(s.token(b - 1).lower());
    return !personStart && !organisation && scorer.isCommon(s, lower);
  }

  /** "Ain al-Asad", "Operation Inherent Resolve", "Ministry of Defence" at a sentence start. */
  private boolean startsPattern(FieldScan s, int a, int b) {
    if (b - a < 2) {
      return false;
    }
    String lower = s.token(a).lower();
    Token next = s.token(a + 1);
    return cues.placePrefixes().contains(lower) && next.isCap()
        || lower.equals("operation") && next.isCap()
        || cues.orgHeads().contains(lower) && next.isOfLike();
  }

  /**
   * A country, region, well-known organisation or big city that may start a sentence, or the first
   * word of a known name of several words ("New York").
   */
  private boolean isStrongKnown(FieldScan s, int a, int b) {
    for (KnownName k : scorer.known(s, a, a + 1)) {
      if (!k.ambiguous() && (k.isWellKnown() || k.prior() >= GazetteerLoader.BIG_PLACE_PRIOR)) {
        return true;
      }
    }
    for (int end = Math.min(b, a + gazetteer.maxTokens()); end > a + 1; end--) {
      if (s.token(end - 1).isWord() && scorer.known(s, a, end).length > 0) {
        return true;
      }
    }
    return false;
  }

  private boolean isNameWord(Token t) {
    return t.isWord() && (t.isCap() || t.isOrdinal() || ChunkFinder.isKnownNumbered(gazetteer, t));
  }

  /** "Kataib Hizbullah": unknown capitalised words before a well-known organisation's name. */
  private boolean endsWithKnownOrganisation(FieldScan s, int a, int b) {
    if (b - a < 2) {
      return false;
    }
    boolean knownOrg = false;
    for (KnownName k : scorer.known(s, b - 1, b)) {
      knownOrg |= k.type() == EntityType.ORGANIZATION && k.isWellKnown() && !k.ambiguous();
    }
    if (!knownOrg) {
      return false;
    }
    for (int i = a; i < b - 1; i++) {
      Token t = s.token(i);
      if (!t.isWord()
          || scorer.isCommon(s, t.lower())
          || scorer.isDemonym(t)
          || scorer.known(s, i, i + 1).length > 0) {
        return false;
      }
    }
    return true;
  }

  /** Splits at "and", "&", "of", "for", "the" between names that no head noun binds. */
  private boolean splitAtConnector(FieldScan s, int a, int b) {
    for (int k = a + 1; k < b - 1; k++) {
      Token t = s.token(k);
      if (t.isAnd() && heads.onlyHeads(s, k + 1, b) && scorer.known(s, k + 1, b).length == 0) {
        // "Goldman, Sachs and Co": a company, not two names.
        continue;
      }
      if (t.isAnd() || t.isOfLike() || t.text().equals("the")) {
        if (t.isOfLike() && cues.placeAdminHeads().contains(s.token(a).lower()) && k == a + 1) {
          scorer.emit(s, k + 1, b, Evidence.NONE, new Evidence(0, MentionScorer.PATTERN, 0));
          return true;
        }
        analyse(s, a, k);
        analyse(s, k + 1, b);
        return true;
      }
    }
    return false;
  }

  /** "Anbar Desert" (place Anbar), "Euphrates River", "Wadi Al-Ghadhaf", "Operation X". */
  private boolean placePattern(FieldScan s, int a, int b) {
    if (b - a < 2) {
      return false;
    }
    for (int k = a + 1; k < b - 1; k++) {
      if (s.token(k).isAnd()) {
        return false;
      }
    }
    String first = s.token(a).lower();
    String last = s.token(b - 1).lower();
    if (first.equals("operation")) {
      scorer.emit(s, a, b, new Evidence(0, 0, MentionScorer.PATTERN), Evidence.NONE);
      return true;
    }
    if (cues.placeAdminHeads().contains(last)) {
      scorer.emit(s, a, b - 1, Evidence.NONE, new Evidence(0, MentionScorer.PATTERN, 0));
      return true;
    }
    if (cues.placeFeatureHeads().contains(last) || cues.placePrefixes().contains(first)) {
      scorer.emit(s, a, b, new Evidence(0, MentionScorer.PATTERN, 0), Evidence.NONE);
      return true;
    }
    return false;
  }

  /**
   * A known town or region followed by one or two capitalised words, unknown to the gazetteer and
   * no common words, the last a plural: the pattern of sports teams and clubs.
   */
  private boolean placeThenPlural(FieldScan s, int a, int b) {
    if (b - a < 2 || looksLikePerson(s, a, b)) {
      return false;
    }
    String lastWord = s.token(b - 1).text();
    if (lastWord.indexOf('-') >= 0 || lastWord.indexOf('\'') >= 0) {
      return false; // "al-Muhandis" is no plural
    }
    for (int split = a + 1; split < b && split <= a + 3; split++) {
      if (b - split > 2 || !knownPlace(s, a, split)) {
        continue;
      }
      boolean nickname = true;
      for (int k = split; k < b; k++) {
        Token t = s.token(k);
        nickname &=
            t.isWord()
                && t.isCap()
                && !t.is(Token.ALL_CAPS)
                && !scorer.isCommon(s, t.lower())
                && scorer.known(s, k, k + 1).length == 0
                && !cues.orgHeads().contains(t.lower())
                && !cues.placeFeatureHeads().contains(t.lower())
                && !scorer.isDemonym(t);
      }
      String last = s.token(b - 1).lower();
      if (nickname && last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
        return true;
      }
    }
    return false;
  }

  private boolean knownPlace(FieldScan s, int a, int b) {
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.type() == EntityType.PLACE
          && (k.kind() == Kind.POPULATED_PLACE || k.kind() == Kind.FIRST_LEVEL_REGION)) {
        return true;
      }
    }
    return false;
  }

  /** A first name, a name particle, an initial or a suffix: do not split into known places. */
  private boolean looksLikePerson(FieldScan s, int a, int b) {
    return b - a >= 2 && scorer.names().of(s.tokens(), a, b) >= PersonNameEvidence.PERSON_LIKE;
  }
}
