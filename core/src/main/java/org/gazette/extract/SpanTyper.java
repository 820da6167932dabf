package org.gazette.extract;

/**
 * Splits a candidate chunk into names and types them by its structure, in order: a known name as a
 * whole; a title before a name ("Maj. Gen. X"); an organisation head noun ("... Committee",
 * "Ministry of ..."); a conjunction between names; a place head or prefix ("Anbar Desert", "Wadi
 * X"); known names inside; else one name scored by form and context.
 */
final class SpanTyper {
  private static final double PATTERN = 3.0;
  private static final java.util.Set<String> MODIFIERS =
      java.util.Set.of("retired", "former", "late", "then", "acting", "outgoing", "incoming", "ex");

  private final Gazetteer gazetteer;
  private final Cues cues;
  private final MentionScorer scorer;

  SpanTyper(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
    this.scorer = new MentionScorer(gazetteer);
  }

  /** Finds the names of tokens {@code [a, b)} of the scan. */
  void analyse(FieldScan s, int a, int b) {
    while (a < b && skipLeading(s, a, b)) {
      a++;
    }
    while (b > a && !isNameWord(s.token(b - 1))) {
      b--;
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
    if (splitAtTitle(s, a, b) || splitAtOrgHead(s, a, b) || placePattern(s, a, b)) {
      return;
    }
    if (endsWithKnownOrganisation(s, a, b)) {
      scorer.emit(s, a, b, new Evidence(0, 0, 2.5), Evidence.NONE);
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

  /** A month or weekday name written out, unless it follows a first name ("Theresa May"). */
  private boolean isDateWord(FieldScan s, int a, int k) {
    String lower = s.token(k).lower();
    if (!s.token(k).isCap() || lower.length() <= 3 || !DateWords.isCalendarWord(lower)) {
      return false;
    }
    return k == a || scorer.names().firstNameWeight(s.token(k - 1).lower(), 2) < 1.0;
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
    boolean weakCapital = t.is(Token.SENTENCE_START) || t.is(Token.CASE_UNRELIABLE);
    if (!weakCapital
        || cues.titles().contains(lower)
        || isStrongKnown(s, a, b)
        || startsPattern(s, a, b)) {
      return false;
    }
    if (cues.functionWords().contains(lower)) {
      return true;
    }
    boolean personStart = b - a >= 2 && scorer.names().firstNameWeight(lower, b - a) >= 1.0;
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
        || cues.orgHeads().contains(lower) && isOfLike(next);
  }

  /**
   * A country, region, well-known organisation or big city that may start a sentence, or the first
   * word of a known name of several words ("New York").
   */
  private boolean isStrongKnown(FieldScan s, int a, int b) {
    for (KnownName k : scorer.known(s, a, a + 1)) {
      if (!k.ambiguous() && (k.isWellKnown() || k.prior() >= 3.5)) {
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
    return t.isWord() && (t.isCap() || t.isOrdinal());
  }

  /** "Prime Minister X", "Maj. Gen. X", "Secretary of Defense X": a person after a title. */
  private boolean splitAtTitle(FieldScan s, int a, int b) {
    for (int r = b - 2; r >= a; r--) {
      if (!isTitle(s.token(r))) {
        continue;
      }
      int name = r + 1;
      while (name < b
          && (isConnector(s.token(name))
              || isPortfolio(s.token(name))
              || !s.token(name).isWord())) {
        name++;
      }
      if (b - name >= 3
          && scorer.names().firstNameWeight(s.token(name).lower(), 2) == 0
          && scorer.names().firstNameWeight(s.token(name + 1).lower(), 2) >= 1.0) {
        // "Chancellor of the Exchequer Nigel Lawson": the name starts at the first name.
        name++;
      }
      int region = knownPlaceEnd(s, name, b);
      if (region > name && region < b && name > r + 1) {
        // "Minister for the Middle East Tobias Ellwood": the region belongs to the title.
        scorer.emit(s, name, region, Evidence.NONE, Evidence.NONE);
        name = region;
      }
      if (name >= b || !startsPersonName(s, name, b)) {
        continue;
      }
      int titleStart = r;
      while (titleStart > a
          && (isTitle(s.token(titleStart - 1))
              || isPortfolio(s.token(titleStart - 1))
              || isConnector(s.token(titleStart - 1)))) {
        titleStart--;
      }
      scorer.emit(s, name, b, Evidence.NONE, new Evidence(PATTERN, 0, 0));
      analyse(s, a, titleStart);
      return true;
    }
    return false;
  }

  /** The end of the longest known place starting at token {@code i}, or {@code i}. */
  private int knownPlaceEnd(FieldScan s, int i, int b) {
    for (int end = Math.min(b, i + gazetteer.maxTokens()); end > i; end--) {
      for (KnownName k : scorer.known(s, i, end)) {
        if (k.type() == org.gazette.model.EntityType.PLACE && k.isWellKnown()) {
          return end;
        }
      }
    }
    return i;
  }

  /** "Kataib Hizbullah": unknown capitalised words before a well-known organisation's name. */
  private boolean endsWithKnownOrganisation(FieldScan s, int a, int b) {
    if (b - a < 2) {
      return false;
    }
    boolean knownOrg = false;
    for (KnownName k : scorer.known(s, b - 1, b)) {
      knownOrg |=
          k.type() == org.gazette.model.EntityType.ORGANIZATION
              && k.isWellKnown()
              && !k.ambiguous();
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

  private boolean startsPersonName(FieldScan s, int i, int b) {
    Token t = s.token(i);
    String lower = t.lower();
    if (!t.isCap() || isTitle(t) || cues.orgHeads().contains(lower) || cues.isPlaceHead(lower)) {
      return false;
    }
    for (int k = i; k < b; k++) {
      if (cues.orgHeads().contains(s.token(k).lower())) {
        return false;
      }
    }
    return !scorer.isCommon(s, lower) || scorer.names().firstNameWeight(lower, b - i) > 0;
  }

  /** "Iraqi Interior Ministry", "Council of Representatives", "Heras of the Newlines Institute". */
  private boolean splitAtOrgHead(FieldScan s, int a, int b) {
    int h = -1;
    for (int k = b - 1; k >= a && h < 0; k--) {
      if (s.token(k).isCap() && cues.orgHeads().contains(s.token(k).lower())) {
        h = k;
      }
    }
    if (h < 0) {
      return false;
    }
    boolean ofAfter = h + 1 < b && isOfLike(s.token(h + 1));
    if (h == a && !ofAfter) {
      return false;
    }
    int end = ofAfter ? ofTailEnd(s, h + 1, b) : h + 1;
    int start = a;
    for (int k = h - 1; k > a; k--) {
      Token t = s.token(k);
      boolean splitOf = isOfLike(t) && !isHeadLike(s.token(k - 1));
      boolean splitAnd =
          isAnd(t)
              && !onlyHeads(s, k + 1, h + 1)
              && (scorer.known(s, a, k).length > 0 || k - a >= 2 && hasOrgHead(s, a, k));
      if (splitOf || splitAnd) {
        start = k + 1;
        while (start < h && !s.token(start).isCap()) {
          start++;
        }
        analyse(s, a, k);
        break;
      }
    }
    scorer.emit(s, start, end, new Evidence(0, 0, PATTERN), Evidence.NONE);
    if (end < b) {
      analyse(s, end, b);
    }
    return true;
  }

  /**
   * The end of the "of ..." tail of an organisation name: "Union of Kurdistan", "Ministry of Labour
   * and Social Affairs", but not past "and the ..." or "and" before another organisation.
   */
  private int ofTailEnd(FieldScan s, int from, int b) {
    for (int k = from + 1; k < b - 1; k++) {
      Token next = s.token(k + 1);
      if (isAnd(s.token(k))
          && (next.lower().equals("the") || scorer.isDemonym(next) || hasOrgHead(s, k + 1, b))) {
        return k;
      }
    }
    return b;
  }

  /** Whether every word of tokens {@code [a, b)} is an organisation head ("Co", "Inc"). */
  boolean onlyHeads(FieldScan s, int a, int b) {
    for (int k = a; k < b; k++) {
      if (s.token(k).isWord() && !cues.orgHeads().contains(s.token(k).lower())) {
        return false;
      }
    }
    return a < b;
  }

  private boolean hasOrgHead(FieldScan s, int a, int b) {
    for (int k = a; k < b; k++) {
      if (s.token(k).isCap() && cues.orgHeads().contains(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Splits at "and", "&", "of", "for", "the" between names that no head noun binds. */
  private boolean splitAtConnector(FieldScan s, int a, int b) {
    for (int k = a + 1; k < b - 1; k++) {
      Token t = s.token(k);
      if (isAnd(t) && onlyHeads(s, k + 1, b)) {
        // "Goldman, Sachs and Co": a company, not two names.
        continue;
      }
      if (isAnd(t) || isOfLike(t) || t.text().equals("the")) {
        if (isOfLike(t) && cues.placeAdminHeads().contains(s.token(a).lower()) && k == a + 1) {
          scorer.emit(s, k + 1, b, Evidence.NONE, new Evidence(0, PATTERN, 0));
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
      if (isAnd(s.token(k))) {
        return false;
      }
    }
    String first = s.token(a).lower();
    String last = s.token(b - 1).lower();
    if (first.equals("operation")) {
      scorer.emit(s, a, b, new Evidence(0, 0, PATTERN), Evidence.NONE);
      return true;
    }
    if (cues.placeAdminHeads().contains(last)) {
      scorer.emit(s, a, b - 1, Evidence.NONE, new Evidence(0, PATTERN, 0));
      return true;
    }
    if (cues.placeFeatureHeads().contains(last) || cues.placePrefixes().contains(first)) {
      scorer.emit(s, a, b, new Evidence(0, PATTERN, 0), Evidence.NONE);
      return true;
    }
    return false;
  }

  /** A first name, a name particle, an initial or a suffix: do not split into known places. */
  private boolean looksLikePerson(FieldScan s, int a, int b) {
    return b - a >= 2 && scorer.names().of(s.tokens(), a, b) >= 1.0;
  }

  private boolean isTitle(Token t) {
    return t.isCap() && cues.titles().contains(t.lower());
  }

  private boolean isPortfolio(Token t) {
    return t.isCap() && cues.portfolioWords().contains(t.lower());
  }

  private boolean isConnector(Token t) {
    return t.isWord() && !t.isCap() && cues.connectors().contains(t.text());
  }

  private boolean isHeadLike(Token t) {
    String lower = t.lower();
    return cues.orgHeads().contains(lower)
        || cues.titles().contains(lower)
        || cues.isPlaceHead(lower)
        || lower.equals("state");
  }

  private static boolean isOfLike(Token t) {
    return t.text().equals("of") || t.text().equals("for");
  }

  private static boolean isAnd(Token t) {
    return t.text().equals("and") || t.isPunct('&');
  }
}
