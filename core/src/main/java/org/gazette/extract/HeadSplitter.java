package org.gazette.extract;

import org.gazette.model.EntityType;

/**
 * Splits a chunk at the words that say what its parts are: a title before a person's name ("Iraqi
 * Prime Minister X", "Secretary of Defense X") and an organisation head noun ("Iraqi Interior
 * Ministry", "Council of Representatives", "Nicholas Heras of the Newlines Institute"). The parts
 * left over go back to the {@link SpanAnalyser} it was given (the {@code SpanTyper}).
 */
final class HeadSplitter {
  private final Gazetteer gazetteer;
  private final Cues cues;
  private final MentionScorer scorer;
  private final SpanAnalyser rest;

  HeadSplitter(Gazetteer gazetteer, MentionScorer scorer, SpanAnalyser rest) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
    this.scorer = scorer;
    this.rest = rest;
  }

  /** "Prime Minister X", "Maj. Gen. X", "Secretary of Defense X": a person after a title. */
  boolean splitAtTitle(FieldScan s, int a, int b) {
    for (int r = b - 2; r >= a; r--) {
      if (!cues.isTitle(s.token(r))) {
        continue;
      }
      int name = nameAfterTitle(s, r, b);
      if (name >= b || !startsPersonName(s, name, b)) {
        continue;
      }
      int titleStart = r;
      while (titleStart > a && isTitlePart(s.token(titleStart - 1))) {
        titleStart--;
      }
      scorer.emit(s, name, b, Evidence.NONE, new Evidence(MentionScorer.PATTERN, 0, 0));
      rest.analyse(s, a, titleStart);
      return true;
    }
    return false;
  }

  /** Where the name after the title at {@code r} starts, past portfolio words and a region. */
  private int nameAfterTitle(FieldScan s, int r, int b) {
    int name = r + 1;
    while (name < b
        && (isTitlePart(s.token(name)) && !cues.isTitle(s.token(name))
            || !s.token(name).isWord())) {
      name++;
    }
    PersonNameEvidence names = scorer.names();
    if (b - name >= 3
        && names.firstNameWeight(s.token(name).lower(), 2) == 0
        && names.firstNameWeight(s.token(name + 1).lower(), 2) >= PersonNameEvidence.PERSON_LIKE) {
      // "Chancellor of the Exchequer Nigel Lawson": the name starts at the first name.
      name++;
    }
    int region = knownPlaceEnd(s, name, b);
    if (region > name && region < b && name > r + 1) {
      // "Minister for the Middle East Tobias Ellwood": the region belongs to the title.
      scorer.emit(s, name, region, Evidence.NONE, Evidence.NONE);
      name = region;
    }
    return name;
  }

  private boolean isTitlePart(Token t) {
    return cues.isTitle(t) || cues.isPortfolio(t) || cues.isConnector(t);
  }

  /** The end of the longest well-known place starting at token {@code i}, or {@code i}. */
  private int knownPlaceEnd(FieldScan s, int i, int b) {
    for (int end = Math.min(b, i + gazetteer.maxTokens()); end > i; end--) {
      for (KnownName k : scorer.known(s, i, end)) {
        if (k.type() == EntityType.PLACE && k.isWellKnown()) {
          return end;
        }
      }
    }
    return i;
  }

  private boolean startsPersonName(FieldScan s, int i, int b) {
    Token t = s.token(i);
    String lower = t.lower();
    if (!t.isCap()
        || cues.isTitle(t)
        || cues.orgHeads().contains(lower)
        || cues.isPlaceHead(lower)) {
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
  boolean splitAtOrgHead(FieldScan s, int a, int b) {
    int h = b - 1;
    while (h >= a && !cues.isOrgHead(s.token(h))) {
      h--;
    }
    boolean ofAfter = h >= a && h + 1 < b && s.token(h + 1).isOfLike();
    if (h < a || h == a && !ofAfter) {
      return false;
    }
    int end = ofAfter ? ofTailEnd(s, h + 1, b) : h + 1;
    int start = a;
    for (int k = h - 1; k > a; k--) {
      if (splitsBeforeHead(s, a, k, h)) {
        start = k + 1;
        while (start < h && !s.token(start).isCap()) {
          start++;
        }
        rest.analyse(s, a, k);
        break;
      }
    }
    scorer.emit(s, start, end, new Evidence(0, 0, MentionScorer.PATTERN), Evidence.NONE);
    if (end < b) {
      rest.analyse(s, end, b);
    }
    return true;
  }

  /**
   * Whether the organisation ending at head {@code h} starts after token {@code k}: after an "of"
   * that no head noun binds ("Heras of the Newlines Institute"), or after an "and" that follows a
   * name of its own ("Government of Iraq and the Kurdistan Regional Government"), a person's name
   * ("Paul Volcker and International Monetary Fund"), or before a known organisation.
   */
  private boolean splitsBeforeHead(FieldScan s, int a, int k, int h) {
    Token t = s.token(k);
    if (t.isOfLike()) {
      return !isHeadLike(s.token(k - 1));
    }
    return t.isAnd()
        && !onlyHeads(s, k + 1, h + 1)
        && (scorer.known(s, a, k).length > 0
            || k - a >= 2 && hasOrgHead(s, a, k)
            || scorer.known(s, k + 1, h + 1).length > 0
            || scorer.names().of(s.tokens(), a, k) >= PersonNameEvidence.PERSON_LIKE);
  }

  /**
   * The end of the "of ..." tail of an organisation name: "Union of Kurdistan", "Ministry of Labour
   * and Social Affairs", but not past "and the ..." or "and" before another organisation.
   */
  private int ofTailEnd(FieldScan s, int from, int b) {
    for (int k = from + 1; k < b - 1; k++) {
      Token next = s.token(k + 1);
      if (s.token(k).isAnd()
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
      if (cues.isOrgHead(s.token(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean isHeadLike(Token t) {
    String lower = t.lower();
    return cues.orgHeads().contains(lower)
        || cues.titles().contains(lower)
        || cues.isPlaceHead(lower)
        || lower.equals("state");
  }
}
