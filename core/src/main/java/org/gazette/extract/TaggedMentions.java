package org.gazette.extract;

import java.util.List;
import java.util.Set;
import org.gazette.extract.TaggedNames.Name;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * Turns the names the tagger found in a block into {@link Found} mentions for the document-level
 * decisions: the tagger's share of each type, what the gazetteer knows under the exact name, the
 * facts of its writing (an acronym, a sentence start, a line in capitals), and "Long Form
 * (ACRONYM)" definitions.
 */
final class TaggedMentions {
  private final Gazetteer gazetteer;
  private final MentionScorer scorer;
  private final Cues cues;
  private final NameWords words;
  private final TaggedNames tagged;

  TaggedMentions(Gazetteer gazetteer, MentionScorer scorer) {
    this.gazetteer = gazetteer;
    this.scorer = scorer;
    this.cues = gazetteer.cues();
    this.words = new NameWords(cues, scorer);
    this.tagged = new TaggedNames(scorer, words);
  }

  /**
   * Adds a {@link Found} for each name of {@code tagging} to {@code out}, and the names the rules
   * found ({@code ruleFound}, of the same block) that are certain and that the tagger passed over.
   */
  void add(FieldScan s, NameTagger.Tagging tagging, List<Found> ruleFound, List<Found> out) {
    List<Name> names = tagged.names(s, tagging, ruleFound);
    boolean[] covered = new boolean[s.tokens().size()];
    int extended = 0;
    for (Name n : names) {
      if (n.a() < extended) {
        continue; // "Sul" of "Rio Grande do Sul", taken in the place before it
      }
      if (isDistrictAfterWashington(s, n)) {
        continue; // "Washington, D.C.": the town, named once
      }
      int end = n.type() == EntityType.PLACE ? knownPlaceAfterParticle(s, n.a(), n.b()) : -1;
      if (end > n.b()) {
        // "Rio Grande do Sul", "Mato Grosso do Sul": the tagger stopped at "do".
        java.util.Arrays.fill(covered, n.a(), end, true);
        addName(s, n.a(), end, n.type(), n.shares(), out);
        extended = end;
        continue;
      }
      java.util.Arrays.fill(covered, n.a(), n.b(), true);
      int and = n.type() == EntityType.PERSON ? andBetweenPeople(s, n.a(), n.b()) : -1;
      if (and > 0) {
        // "Foreign Minister Sergei Lavrov and Secretary of State John Kerry": two people.
        addName(s, n.a(), and, n.type(), n.shares(), out);
        addName(s, and + 1, n.b(), n.type(), n.shares(), out);
      } else {
        addName(s, n.a(), n.b(), n.type(), n.shares(), out);
      }
    }
    for (Found f : ruleFound) {
      if ((isCertain(f) || isDefinedAcronym(s, f))
          && !overlaps(s, f, covered)
          && !isBeforeLawWord(s, f.end())
          && !holdsHeadlineVerb(s, f)
          && !isEvaluation(s, f)) {
        out.add(f);
      }
    }
    addDatelineAgency(s, covered, out);
    addStatesAfterTowns(s, names, covered, out);
    addCompaniesAfterCue(s, out);
    addCompaniesBeforeMove(s, out);
    for (int k = 0; k < covered.length; k++) {
      if (!covered[k] && isLoneInstitution(s, k)) {
        add(s, k, k + 1, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION), out);
      } else if (!covered[k] && isOwnedByNation(s, k, names)) {
        // "France's Ubisoft": a company where the tagger leans to one there.
        int[] tags = tagging.tags();
        Evidence shares =
            tagging.model().typeShares(tagging.emissions(), k, k + 1, tags[k - 1], tags[k + 1]);
        if (shares.org() > shares.person() && shares.org() > shares.place()) {
          add(s, k, k + 1, EntityType.ORGANIZATION, shares, out);
        }
      }
    }
  }

  /**
   * Whether token {@code k} is a word the tagger passed over that a nation's possessive introduces
   * on its own, as business news introduces a company: "France's Ubisoft gave a warning", "South
   * Korea's Samsung said". One capitalised word of letters inside a sentence, the tagger's country,
   * region or state right before it with "'s", a word in lower case after it; no first name
   * ("Britain's Kelly"), common word ("America's Cup"), demonym, month or day. It counts where the
   * tagger leans to an organisation there; a person so introduced ("Britain's Kelly Holmes") comes
   * with a full name or leans to a person.
   */
  private boolean isOwnedByNation(FieldScan s, int k, List<Name> names) {
    if (k == 0 || k + 1 >= s.tokens().size()) {
      return false;
    }
    Token t = s.token(k);
    Token next = s.token(k + 1);
    if (!s.token(k - 1).is(Token.POSSESSIVE)
        || !t.isWord()
        || !t.isCap()
        || t.is(Token.ALL_CAPS)
        || t.is(Token.SENTENCE_START)
        || t.is(Token.CASE_UNRELIABLE)
        || !t.text().chars().allMatch(Character::isLetter)
        || !next.isWord()
        || next.isCap()
        || scorer.isCommon(s, t.lower())
        || scorer.isFirstName(t.lower())
        || scorer.isDemonym(t)
        || isCalendarWord(t)
        || scorer.known(s, k, k + 1).length > 0) {
      return false;
    }
    for (Name n : names) {
      if (n.b() == k && n.type() == EntityType.PLACE) {
        for (KnownName known : scorer.known(s, n.a(), n.b())) {
          if (known.type() == EntityType.PLACE && known.kind().isNation()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A short particle in lower case joined by a hyphen to a capitalised word: "ez-Zor", "al-Ain".
   */
  private static final java.util.regex.Pattern HYPHENED_PARTICLE =
      java.util.regex.Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}\\p{L}*");

  /**
   * The end of the known place that the place {@code [a, b)} opens when a short word in lower case
   * and one or two capitalised words follow it ("Rio Grande" + "do Sul"), or a short word in lower
   * case joined to a capitalised one ("Deir" + "ez-Zor"), or -1: the longer name must be at least a
   * sizeable place ({@link GazetteerLoader#SIZEABLE_PLACE_PRIOR}) and a place before all else under
   * its name.
   */
  private int knownPlaceAfterParticle(FieldScan s, int a, int b) {
    if (b >= s.tokens().size()) {
      return -1;
    }
    Token particle = s.token(b);
    if (HYPHENED_PARTICLE.matcher(particle.text()).matches()) {
      // "Deir ez-Zor", "Ras al-Ain": the particle joined to the capitalised word after it.
      return isSizeablePlaceFirst(scorer.known(s, a, b + 1)) ? b + 1 : -1;
    }
    if (b + 1 >= s.tokens().size()
        || !particle.isWord()
        || particle.isCap()
        || particle.text().length() > 3) {
      return -1;
    }
    for (int end = Math.min(s.tokens().size(), b + 3); end >= b + 2; end--) {
      boolean capitals = true;
      for (int k = b + 1; k < end; k++) {
        Token t = s.token(k);
        capitals &= t.isWord() && t.isCap() && !t.is(Token.SENTENCE_START);
      }
      if (capitals && isSizeablePlaceFirst(scorer.known(s, a, end))) {
        return end;
      }
    }
    return -1;
  }

  /** Whether the first of {@code known} is a place of a region's or a sizeable town's weight. */
  private static boolean isSizeablePlaceFirst(KnownName[] known) {
    return known.length > 0
        && known[0].type() == EntityType.PLACE
        && known[0].prior() >= GazetteerLoader.SIZEABLE_PLACE_PRIOR;
  }

  /**
   * Words after a hyphen that describe by a name, besides those of {@code [hyphen-suffixes]} (which
   * the rules before tagging read too): "a Taylor Swift-themed class", "a Kafka-like trial".
   */
  private static final java.util.Set<String> DESCRIPTIVE_SUFFIXES =
      java.util.Set.of("themed", "like", "esque", "sized", "shaped");

  /**
   * The length of a word of {@code [hyphen-suffixes]} or {@link #DESCRIPTIVE_SUFFIXES} joined with
   * a hyphen to the end of a capitalised word ("-themed" of "Swift-themed", "-led" of "Saudi-led"),
   * hyphen included, that a name of two words or more ends in; else 0. Other words in lower case
   * after a hyphen are the name's own ("Chung Mong-koo").
   */
  private int descriptiveTail(String word) {
    int hyphen = word.lastIndexOf('-');
    if (hyphen <= 0
        || !Character.isUpperCase(word.charAt(0))
        || !cues.hyphenSuffixes().contains(word.substring(hyphen + 1))
            && !DESCRIPTIVE_SUFFIXES.contains(word.substring(hyphen + 1))) {
      return 0;
    }
    return word.length() - hyphen;
  }

  /** The most words of a company's name that {@link #addCompaniesAfterCue} takes. */
  private static final int CUED_COMPANY_WORDS = 4;

  /**
   * Adds the companies the tagger passed over after "shares in", "shares of" or "stake in", and
   * those of a list that goes on from them: "Shares in Adani Enterprises and Reliance Industries
   * rose". A name is capitalised words, none of them in a name found before, on a line whose case
   * tells, no common word alone ("Investor"), no letter at its end ("Class C"), opening with no
   * demonym ("Anglo-Swedish"), month, day or abbreviation of three capitals or fewer ("ADR"), and
   * no place the gazetteer knows ("shares in Europe").
   */
  private void addCompaniesAfterCue(FieldScan s, List<Found> out) {
    List<Token> tokens = s.tokens();
    for (int k = 2; k < tokens.size(); k++) {
      String cue = tokens.get(k - 2).lower();
      if (!(cue.equals("shares") || cue.equals("stake"))
          || !WorkCues.isSharesIn(s.text(), tokens.get(k).start())) {
        continue;
      }
      int a = k;
      while (a < tokens.size()) {
        int b = a;
        while (b < tokens.size()
            && b - a < CUED_COMPANY_WORDS
            && tokens.get(b).isWord()
            && tokens.get(b).isCap()
            && !isInFound(s, b, out)) {
          b++;
        }
        if (b == a || !isCuedCompany(s, a, b)) {
          break;
        }
        add(s, a, b, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION), out);
        if (b + 1 < tokens.size() && (tokens.get(b).isAnd() || tokens.get(b).isPunct(','))) {
          a = b + 1;
        } else {
          break;
        }
      }
    }
  }

  /**
   * Adds the companies the tagger passed over before a move of their shares by an amount ({@link
   * MarketMoves}): "In Milan, Fiat gained 1.5 percent", "Ericsson rose 3 crowns to 180". A name is
   * capitalised words as after a cue of shares ({@link #isMoverCompany}), the whole run of them
   * ("Temple Inland jumped 2-7/8 to 73").
   */
  private void addCompaniesBeforeMove(FieldScan s, List<Found> out) {
    List<Token> tokens = s.tokens();
    boolean[] taken = null; // the tokens in a name of out, worked out at the first candidate
    int k = 0;
    while (k < tokens.size()) {
      if (!isCapitalWord(s, k) || k > 0 && s.token(k - 1).isCap()) {
        k++;
        continue;
      }
      int b = k;
      while (b < tokens.size() && b - k < CUED_COMPANY_WORDS && isCapitalWord(s, b)) {
        b++;
      }
      int a = k;
      k = b;
      if (b >= tokens.size() || !MarketMoves.mayFollow(s.token(b).lower())) {
        continue; // no verb of a move after the capitalised words: most of them
      }
      if (taken == null) {
        taken = takenTokens(s, out);
      }
      int end = a;
      while (end < b && !taken[end]) {
        end++;
      }
      if (end < b) {
        continue; // a name was found in them
      }
      if (s.token(a).lower().equals("the")) {
        a++; // "The Dow lost 5%": an index, which MarketMoves tells by the article before it
      } else if (b - a >= 2 && TaggedNames.isDescription(s.token(a))) {
        a++; // "Rival Snowflake fell 3%"
      }
      if (a < b
          && MarketMoves.follows(s.text(), s.token(a).start(), s.token(b - 1).end(), false)
          && isMoverCompany(s, a, b)) {
        add(s, a, b, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION), out);
      }
    }
  }

  /**
   * Whether {@code [a, b)} may be a company whose shares move, as after a cue of shares ({@link
   * #isCuedCompany}), but no common word that opens a sentence ("Re-exports fell by 6.6 pct").
   */
  private boolean isMoverCompany(FieldScan s, int a, int b) {
    Token first = s.token(a);
    String lastPart = first.lower().substring(first.lower().lastIndexOf('-') + 1);
    if (b - a == 1 && first.is(Token.SENTENCE_START) && gazetteer.isCommonWord(lastPart)) {
      return false;
    }
    return isCuedCompany(s, a, b);
  }

  /** Whether token {@code k} is a capitalised word. */
  private static boolean isCapitalWord(FieldScan s, int k) {
    Token t = s.token(k);
    return t.isWord() && t.isCap();
  }

  /** Per token of {@code s}, whether it lies in a name of {@code out} (of this field). */
  private static boolean[] takenTokens(FieldScan s, List<Found> out) {
    boolean[] taken = new boolean[s.tokens().size()];
    for (Found f : out) {
      if (f.field() != s.field()) {
        continue;
      }
      for (int k = firstTokenAt(s, f.start()); k < taken.length; k++) {
        if (s.token(k).start() >= f.end()) {
          break;
        }
        taken[k] = true;
      }
    }
    return taken;
  }

  /** Whether token {@code k} lies in a name of {@code out} (of this field). */
  private static boolean isInFound(FieldScan s, int k, List<Found> out) {
    Token t = s.token(k);
    for (Found f : out) {
      if (f.field() == s.field() && f.start() <= t.start() && t.start() < f.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [a, b)} may be a company's name after a cue of shares. */
  private boolean isCuedCompany(FieldScan s, int a, int b) {
    Token first = s.token(a);
    String lower = first.lower();
    String lastPart = lower.substring(lower.lastIndexOf('-') + 1);
    if (first.is(Token.CASE_UNRELIABLE)
        || first.is(Token.ALL_CAPS) && first.text().length() <= 3
        || b - a == 1 && gazetteer.isCommonWord(lower)
        || s.token(b - 1).text().length() == 1
        || scorer.isDemonym(first)
        || gazetteer.isDemonym(lastPart)
        || isCalendarWord(first)) {
      return false; // "SHARES IN FIRM SOLD", "shares of Class C", "ADR", "Anglo-Swedish"
    }
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.type() == EntityType.PLACE) {
        return false;
      }
    }
    return true;
  }

  /** The most tokens of a dateline before its agency: "SOUTHWEST ASIA, Jan. 12, 2017 (AP)". */
  private static final int DATELINE_TOKENS = 12;

  /**
   * Adds the news agency that a dateline names in parentheses ("LONDON (AP) --", "KYIV, Ukraine,
   * March 3 (AFP) -"), though its initials stand for other things elsewhere and count only beside
   * its full name ("AP"): a block that opens with a word in capitals, then capitalised words,
   * numbers and the commas and stops of a date, then "(", a news organisation the gazetteer knows,
   * ")" and a dash.
   */
  private void addDatelineAgency(FieldScan s, boolean[] covered, List<Found> out) {
    List<Token> tokens = s.tokens();
    if (tokens.isEmpty() || !tokens.get(0).is(Token.ALL_CAPS) || !tokens.get(0).isWord()) {
      return;
    }
    int open = 1;
    while (open < tokens.size() && open < DATELINE_TOKENS && !tokens.get(open).isPunct('(')) {
      Token t = tokens.get(open);
      if (!(t.isWord() && t.isCap() || t.is(Token.NUMBER) || t.isPunct(',') || t.isPunct('.'))) {
        return;
      }
      open++;
    }
    int agency = open + 1;
    if (agency + 2 >= tokens.size()
        || !tokens.get(open).isPunct('(')
        || !tokens.get(agency + 1).isPunct(')')
        || covered[agency]) {
      return;
    }
    if (!TaggedNames.isDash(tokens.get(agency + 2))) {
      return;
    }
    for (KnownName k : scorer.known(s, agency, agency + 1)) {
      if (k.kind() == KnownName.Kind.NEWS_ORGANISATION) {
        Token t = tokens.get(agency);
        out.add(
            new Found(
                s.field(),
                t.start(),
                t.end(),
                t.text(),
                NameKey.of(t.text()),
                only(EntityType.ORGANIZATION),
                Evidence.NONE,
                k,
                Found.TAGGED));
        return;
      }
    }
  }

  /** Bodies of a state that a capitalised word alone names: "the Senate", "Parliament". */
  static final java.util.Set<String> LONE_INSTITUTIONS =
      java.util.Set.of(
          "senate", "parliament", "cabinet", "army", "navy", "politburo", "knesset", "duma");

  /**
   * Whether token {@code k} is a word of {@link #LONE_INSTITUTIONS} written capitalised on its own:
   * not by its place at a sentence's start (unless after "The"), nor in capitals, nor beside
   * another capitalised word or "of", which would make it part of a longer name or a title ("US
   * Senate", "Army Sgt.", "Parliament Square", "Parliament of Canada").
   */
  private boolean isLoneInstitution(FieldScan s, int k) {
    Token t = s.token(k);
    if (!t.isWord()
        || !t.isCap()
        || t.is(Token.CASE_UNRELIABLE)
        || !LONE_INSTITUTIONS.contains(t.lower())
        || scorer.known(s, k, k + 1).length > 0) {
      return false;
    }
    boolean afterThe = k > 0 && s.token(k - 1).lower().equals("the");
    if (t.is(Token.SENTENCE_START) && !afterThe) {
      return false;
    }
    if (k > 0 && !afterThe && s.token(k - 1).isWord() && s.token(k - 1).isCap()) {
      return false;
    }
    if (k + 1 < s.tokens().size()) {
      Token next = s.token(k + 1);
      if (next.isWord() && next.isCap() && !next.is(Token.SENTENCE_START)
          || next.text().equals("of")) {
        return false;
      }
    }
    return true;
  }

  /** Adds the mentions of one name the tagger found, its titles cut. */
  private void addName(
      FieldScan s, int start, int b, EntityType type, Evidence shares, List<Found> out) {
    int a = start;
    if (type == EntityType.PERSON) {
      a = words.afterTitles(s, start, b);
      if (a > start) {
        addKnownPrefix(s, start, a, out); // "US Secretary of Defense Lloyd Austin": the US too
      }
      int p = a;
      while (p < b - 2 && isLowerOfOrThe(s.token(p))) {
        p++;
      }
      int e = isAfterCapitalisedOf(s, p) ? knownPrefixEnd(s, p, b) : -1;
      if (e > p) {
        // "Mayor of London Sadiq Khan", "Governor of the Bank of England Robin Leigh-Pemberton":
        // the place or body of a title, then the person.
        KnownName k = scorer.known(s, p, e)[0];
        add(s, p, e, k.type(), only(k.type()), out);
        a = e;
      }
    }
    int of = type == EntityType.PERSON ? ofAfterName(s, a, b) : -1;
    if (of > a) {
      // "Sgt. Marcus Lee of Camp Lejeune": the person, then where they are from.
      add(s, a, of, type, shares, out);
      if (isPlaceAfterOf(s, of + 1, b)) {
        add(s, of + 1, b, EntityType.PLACE, only(EntityType.PLACE), out);
      }
      return;
    }
    add(s, a, b, type, shares, out);
  }

  /**
   * The position of a lower-case "and" inside a person's name {@code [a, b)} between two
   * capitalised words, with two capitalised words or more on each side, so that each side can be a
   * name ("Sergei Lavrov and John Kerry", "Minister Sergei Lavrov and Secretary of State John
   * Kerry"), or -1.
   */
  private static int andBetweenPeople(FieldScan s, int a, int b) {
    for (int k = a + 2; k < b - 2; k++) {
      if (s.token(k).text().equals("and")
          && s.token(k - 1).isCap()
          && s.token(k + 1).isCap()
          && capitalised(s, a, k) >= 2
          && capitalised(s, k + 1, b) >= 2) {
        return k;
      }
    }
    return -1;
  }

  private static int capitalised(FieldScan s, int a, int b) {
    int n = 0;
    for (int k = a; k < b; k++) {
      n += s.token(k).isCap() ? 1 : 0;
    }
    return n;
  }

  /**
   * The position of a lower-case "of" inside a person's name {@code [a, b)} that follows a word of
   * the name, not a title ("Marcus Lee of Camp Lejeune"; not "Secretary of State"), or -1.
   */
  private int ofAfterName(FieldScan s, int a, int b) {
    for (int k = a + 1; k < b - 1; k++) {
      Token t = s.token(k);
      if (t.text().equals("of") && !words.isTitleWord(s.token(k - 1).lower())) {
        // "Duke of Edinburgh", "Archbishop of Canterbury": the title and its see are the name.
        return k == a + 1 && TITLES_OF_PLACES.contains(s.token(a).lower()) ? -1 : k;
      }
    }
    return -1;
  }

  /** Titles that name a person by a place: "Duke of Edinburgh", "Prince of Wales". */
  private static final java.util.Set<String> TITLES_OF_PLACES =
      java.util.Set.of(
          "duke",
          "duchess",
          "prince",
          "princess",
          "earl",
          "countess",
          "marquess",
          "viscount",
          "baron",
          "baroness",
          "archbishop",
          "bishop");

  /**
   * Whether {@code [a, b)}, after a person's "of", names a place: "Camp Lejeune", "Fayetteville".
   */
  private boolean isPlaceAfterOf(FieldScan s, int a, int b) {
    if (s.token(a).isCap() && PLACE_OPENERS.contains(s.token(a).lower())) {
      return true;
    }
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.type() == EntityType.PLACE) {
        return true;
      }
    }
    return false;
  }

  /** Adds the known name that opens tokens {@code [a, b)} before a title ("US", "Iraqi"?). */
  private void addKnownPrefix(FieldScan s, int a, int b, List<Found> out) {
    int end = a;
    while (end < b && s.token(end).isCap() && !words.isTitleWord(s.token(end).lower())) {
      end++;
    }
    if (end == a) {
      return;
    }
    KnownName[] known = scorer.known(s, a, end);
    if (known.length == 0 || known[0].ambiguous()) {
      return;
    }
    add(s, a, end, known[0].type(), only(known[0].type()), out);
  }

  /**
   * Whether the organisation {@code [a, b)} opens with a one-word possessive that the gazetteer
   * knows as an organisation first and without doubt, and the rest is an organisation it knows too:
   * "Alphabet's Google" names two companies.
   */
  private boolean isOwnerOfKnownOrganisation(FieldScan s, int a, int b) {
    if (b - a < 2 || !s.token(a).is(Token.POSSESSIVE) || !isKnownOrganisation(s, a + 1, b)) {
      return false;
    }
    KnownName[] owner = scorer.known(s, a, a + 1);
    return owner.length > 0 && !owner[0].ambiguous() && owner[0].type() == EntityType.ORGANIZATION;
  }

  /**
   * The end of a body that owns the organisation's name {@code [a, b)} with a possessive, where the
   * body ends in a head noun of organisations, has two words or is a known organisation, and two
   * capitalised words or more follow, the first or the last a head noun too ("Australian
   * Government's Department of Climate Change", "Kiel University's Institute for World Economy";
   * not "The Coalition's Small Group"); or -1.
   */
  private int ownerBodyEnd(FieldScan s, int a, int b) {
    for (int p = a; p < b - 2; p++) {
      if (!s.token(p).is(Token.POSSESSIVE)) {
        continue;
      }
      int rest = p + 1;
      boolean restIsBody =
          s.token(rest).isCap()
              && (words.endsInOrgHead(s, rest, rest + 1) || words.endsInOrgHead(s, rest, b));
      boolean ownerIsBody =
          words.endsInOrgHead(s, a, p + 1) && (p > a || isKnownOrganisation(s, a, p + 1));
      return ownerIsBody && restIsBody ? p + 1 : -1;
    }
    return -1;
  }

  /** Nouns of people, besides roles and titles, that an apposition with a name follows. */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "guide",
          "wife",
          "husband",
          "son",
          "daughter",
          "brother",
          "sister",
          "father",
          "mother",
          "friend",
          "colleague",
          "lawyer",
          "attorney",
          "manager",
          "coach",
          "owner",
          "partner",
          "neighbour",
          "neighbor",
          "driver",
          "assistant",
          "aide",
          "deputy",
          "successor");

  /**
   * Whether the name {@code [a, b)} of two words or more, which the gazetteer does not know whole,
   * stands in apposition after a noun of a person and a comma, with a comma or the end of the
   * sentence after it: "her Sherpa guide, Pemba Tenzing, for", "the company's spokesman, Talal
   * Marwani, said".
   */
  private boolean isNamedAfterPersonNoun(FieldScan s, int a, int b) {
    if (b - a < 2 || a < 2 || !s.token(a - 1).isPunct(',')) {
      return false;
    }
    Token noun = s.token(a - 2);
    String lower = noun.lower();
    if (!noun.isWord()
        || noun.isCap()
        || !(PERSON_NOUNS.contains(lower) || cues.roles().contains(lower))) {
      return false;
    }
    boolean closed =
        b == s.tokens().size()
            || s.token(b).isPunct(',')
            || s.token(b).isPunct('.')
            || s.token(b).is(Token.SENTENCE_START);
    return closed && scorer.known(s, a, b).length == 0;
  }

  /** Whether the gazetteer knows {@code [a, b)} as an organisation. */
  private boolean isKnownOrganisation(FieldScan s, int a, int b) {
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.type() == EntityType.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the person {@code [a, b)} is a frequent first name that is a word of nationality or
   * faith too and a surname: "Finance Minister Christian Lindner" is Christian Lindner, where
   * "Iraqi Ali Hassan" leaves the nationality out.
   */
  private boolean isFirstNameBeforeSurname(FieldScan s, int a, int b, EntityType type) {
    Token first = s.token(a);
    return type == EntityType.PERSON
        && b - a == 2
        && first.isCap()
        && !first.is(Token.ALL_CAPS)
        && !words.isTitleWord(first.lower())
        && scorer.firstNameCount(first.lower()) >= Gazetteer.FREQUENT_FIRST_NAME;
  }

  /**
   * Adds the US states the tagger passed over where their abbreviation follows a town and a comma:
   * "Peoria, Ill.", "SPRINGFIELD, Ill. (AP)" ("Ill" is an English word as well, where "Fla" is
   * tagged); the resolver names the state.
   */
  private void addStatesAfterTowns(
      FieldScan s, List<Name> names, boolean[] covered, List<Found> out) {
    for (Name n : names) {
      int k = n.b() + 1;
      if (n.type() != EntityType.PLACE
          || k >= covered.length
          || covered[k]
          || !s.token(n.b()).isPunct(',')
          || !s.token(k).isWord()
          || !s.token(k).isCap()
          || gazetteer.usStateAbbreviated(NameKey.of(s.token(k).text())) == null
          || NameKey.of(s.token(k).text()).equals(DISTRICT_OF_COLUMBIA)) {
        continue; // "Washington, D.C.": the town's own name, no state's
      }
      covered[k] = true;
      add(s, k, k + 1, EntityType.PLACE, only(EntityType.PLACE), out);
    }
  }

  /**
   * The abbreviations that open or close a sports club's name after or before its town: "FC
   * Barcelona", "Viking FK", "Fyllingen IL", "Brøndby IF", "IFK Göteborg". No "SC" or "AC" (South
   * Carolina, an alternating current).
   */
  private static final Set<String> CLUB_ABBREVIATIONS =
      Set.of(
          "FC", "AFC", "CF", "FK", "IF", "IFK", "IK", "IL", "SK", "BK", "FF", "SV", "VfB", "VfL");

  /**
   * Whether {@code [a, b)} is a club's name: two words or more, the first or the last an
   * abbreviation of {@link #CLUB_ABBREVIATIONS}; "IL" only after a town the gazetteer knows in no
   * US state ("Springfield IL" is Illinois).
   */
  private boolean isClubName(FieldScan s, int a, int b) {
    if (b - a < 2) {
      return false;
    }
    String first = s.token(a).text();
    String last = s.token(b - 1).text();
    if (CLUB_ABBREVIATIONS.contains(first)) {
      return !first.equals("IL");
    }
    if (!CLUB_ABBREVIATIONS.contains(last)) {
      return false;
    }
    if (last.equals("IL")) {
      for (KnownName k : scorer.known(s, a, b - 1)) {
        if ("US".equals(k.country())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether {@code n} is "D.C." (or "DC") after "Washington" and a comma. */
  private static boolean isDistrictAfterWashington(FieldScan s, Name n) {
    return n.b() - n.a() == 1
        && n.a() >= 2
        && NameKey.of(s.token(n.a()).text()).equals(DISTRICT_OF_COLUMBIA)
        && s.token(n.a() - 1).isPunct(',')
        && s.token(n.a() - 2).text().equals("Washington");
  }

  /** The key of "D.C.", which follows Washington as a state's abbreviation follows a town. */
  private static final String DISTRICT_OF_COLUMBIA = NameKey.of("D.C.");

  /** Plurals of a party's adherents that, after a capitalised word, name the party. */
  private static final Set<String> PARTY_PLURALS =
      Set.of("Democrats", "Republicans", "Socialists", "Liberals", "Conservatives", "Nationalists");

  /**
   * Whether the organisation {@code [a, b)} is a party named by its adherents: capitalised words
   * before one of {@link #PARTY_PLURALS} ("the opposition Christian Democrats", "the Free
   * Democrats", "the Sweden Democrats"), where "Democrats" alone is the members of a party, and
   * "House Democrats" those of a body.
   */
  private boolean isPartyOfAdherents(FieldScan s, int a, int b, EntityType type) {
    if (type != EntityType.ORGANIZATION
        || b - a < 2
        || !PARTY_PLURALS.contains(s.token(b - 1).text())) {
      return false;
    }
    for (int k = a; k < b - 1; k++) {
      Token t = s.token(k);
      if (!t.isWord()
          || !t.isCap()
          || t.is(Token.POSSESSIVE)
          || t.text().indexOf('-') >= 0
          || cues.orgHeads().contains(t.lower())
          || t.text().equals("House")) {
        return false; // "House Democrats", "Budget Committee Democrats": members of a body
      }
    }
    return true;
  }

  /** Whether an "&" stands between two capitalised words inside {@code [a, b)}. */
  private static boolean hasInnerAmpersand(FieldScan s, int a, int b) {
    for (int k = a + 1; k < b - 1; k++) {
      if (s.token(k).isPunct('&') && s.token(k - 1).isCap() && s.token(k + 1).isCap()) {
        return true;
      }
    }
    return false;
  }

  /** Words that end the name of a law or a policy, capitalised: "Digital Services Act". */
  private static final Set<String> LAW_WORDS = Set.of("Act", "Acts", "Doctrine", "Directive");

  /**
   * Whether a name the rules found holds the verb of a headline in capitals ("DORVAL GETS AIR FORCE
   * CONTRACT" is no organisation "Dorval Gets Air Force").
   */
  private boolean holdsHeadlineVerb(FieldScan s, Found f) {
    for (int k = firstTokenAt(s, f.start()); k < s.tokens().size(); k++) {
      Token t = s.token(k);
      if (t.start() >= f.end()) {
        return false;
      }
      if (words.isHeadlineVerb(s, k)) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first token that starts at {@code offset} or later. */
  private static int firstTokenAt(FieldScan s, int offset) {
    List<Token> tokens = s.tokens();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether the word right after offset {@code end}, one space on, ends a law's name. */
  private static boolean isBeforeLawWord(FieldScan s, int end) {
    int k = firstTokenAt(s, end);
    if (k == s.tokens().size()) {
      return false;
    }
    Token t = s.token(k);
    return t.start() - end <= 1 && t.isWord() && LAW_WORDS.contains(t.text());
  }

  /** The most words of a place or body named by a title before a person's name. */
  private static final int TITLE_PLACE_WORDS = 4;

  /**
   * The end of the longest name at {@code a} that the gazetteer knows, unambiguously, as a place or
   * an organisation, with two capitalised words or more of {@code [a, b)} after it; or -1.
   */
  private int knownPrefixEnd(FieldScan s, int a, int b) {
    for (int e = Math.min(b - 2, a + TITLE_PLACE_WORDS); e > a; e--) {
      if (!s.token(e).isCap() || !s.token(e + 1).isCap()) {
        continue;
      }
      KnownName[] known = scorer.known(s, a, e);
      if (known.length > 0
          && !known[0].ambiguous()
          && known[0].type() != EntityType.PERSON
          && !words.isTitleWord(s.token(e).lower())) {
        return e;
      }
    }
    return -1;
  }

  /**
   * Whether token {@code k} follows "of" (or "of the") after a capitalised word, as the place or
   * body of a title does ("Mayor of London", "Governor of the Bank of England"; not "the son of
   * Newman Haynes Clanton").
   */
  private static boolean isAfterCapitalisedOf(FieldScan s, int k) {
    int j = k - 1;
    if (j >= 0 && s.token(j).text().equals("the")) {
      j--;
    }
    return j >= 1
        && s.token(j).text().equals("of")
        && s.token(j - 1).isWord()
        && s.token(j - 1).isCap();
  }

  private static boolean isLowerOfOrThe(Token t) {
    return t.isWord() && !t.isCap() && (t.text().equals("of") || t.text().equals("the"));
  }

  /** Shares all for {@code type}. */
  static Evidence only(EntityType type) {
    return new Evidence(
        type == EntityType.PERSON ? 1 : 0,
        type == EntityType.PLACE ? 1 : 0,
        type == EntityType.ORGANIZATION ? 1 : 0);
  }

  /**
   * A name the rules are certain of: a well-known name that is no English word (a country, a
   * region, an organisation or outlet of the lexicon, a team's full name; {@link #isCertainKnown}).
   * Taking the rules' strong patterns as well ("X province", "Wadi X") added more wrong names than
   * right ones on the development set.
   */
  private static boolean isCertain(Found f) {
    if (isCertainKnown(f)) {
      return true;
    }
    Evidence e = f.form().plus(f.context());
    return e.org() >= CERTAIN && e.org() > e.person() + 1 && e.org() > e.place() + 1;
  }

  /**
   * A well-known name of the lexicon that is no English word, or a team's full name of several
   * words that is nothing else ("San Francisco 49ers", "Manchester United").
   */
  static boolean isCertainKnown(Found f) {
    KnownName k = f.known();
    if (k == null || k.ambiguous() || f.is(Found.AMBIGUOUS)) {
      return false;
    }
    return k.isWellKnown()
        || k.kind() == KnownName.Kind.SPORTS_TEAM
            && k.prior() >= GazetteerLoader.TEAM_PRIOR
            && f.words() >= 2;
  }

  /** An acronym the document defines ("Islamic State (IS)"): each of its mentions is a name. */
  private static boolean isDefinedAcronym(FieldScan s, Found f) {
    if (!f.is(Found.ACRONYM)) {
      return false;
    }
    for (FieldScan.Definition d : s.definitions()) {
      if (d.acronymKey().equals(f.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Last words that make a name of several words a place whatever the tagger made of the words
   * before them ("Al Asad Air Base", "Heathrow Airport", "Strait of Hormuz" aside: the head is the
   * last word here). Not "station" (a radio station), "house" or "hall", which name institutions as
   * often.
   */
  private static final java.util.Set<String> PLACE_HEADS =
      java.util.Set.of(
          "base",
          "airbase",
          "airfield",
          "airport",
          "bridge",
          "river",
          "lake",
          "mountains",
          "valley",
          "strait",
          "island",
          "islands",
          "peninsula",
          "canal",
          "dam",
          "oilfield");

  /**
   * Whether token {@code k} is a person's initials: capitals each followed by a full stop ("R.",
   * "R.E."), on the same line as the name, and no abbreviation the gazetteer knows ("U.S.").
   */
  private boolean isInitials(FieldScan s, int k) {
    Token t = s.token(k);
    String text = t.text();
    if (!t.isWord()
        || text.length() < 2
        || text.length() > 8
        || s.token(k + 1).start() - t.end() > 1) {
      return false;
    }
    for (int i = 0; i < text.length(); i += 2) {
      if (!Character.isUpperCase(text.charAt(i))
          || i + 1 >= text.length()
          || text.charAt(i + 1) != '.') {
        return false;
      }
    }
    return scorer.known(s, k, k + 1).length == 0;
  }

  /**
   * Whether token {@code k}, before a name of two words or more that opens with a frequent first
   * name or with initials, describes the person rather than names them: no first name nor an
   * initial itself, and a word written in lower case (in general or in this document) or a country
   * ("Referee Graham Poll", "Yesterday M. Atherton", "Ukraine Viktor Pshonka"; not "Rose Marie
   * Smith", "Jordan Henderson", "A. S. Byatt").
   */
  private boolean isDescriptionBeforeName(FieldScan s, int k) {
    Token t = s.token(k);
    Token next = s.token(k + 1);
    if (!t.isWord()
        || t.text().length() < 3
        || scorer.isFirstName(t.lower())
        || !next.isWord()
        || gazetteer.firstNameCount(next.lower()) < Gazetteer.FREQUENT_FIRST_NAME
            && !isInitials(s, k + 1)) {
      return false;
    }
    if (scorer.isCommon(s, t.lower())) {
      return true;
    }
    KnownName place = ownerPlace(s, k);
    return place != null && place.kind().isNation();
  }

  /**
   * Whether token {@code k}, right after a description and a first name the tagger took for a name
   * ("Referee Graham"), is the name's last word: a capitalised word in running text, the same
   * sentence and line, that is no month or weekday, no title and no town or bigger place.
   */
  private boolean isSurnameAfter(FieldScan s, int k) {
    if (k >= s.tokens().size()) {
      return false;
    }
    Token t = s.token(k);
    return t.isWord()
        && t.isCap()
        && !t.is(Token.ALL_CAPS)
        && !t.is(Token.SENTENCE_START)
        && !t.is(Token.NEWLINE_BEFORE)
        && !t.is(Token.CASE_UNRELIABLE)
        && !isCalendarWord(t)
        && !words.isTitleWord(t.lower())
        && ownerPlace(s, k) == null;
  }

  /**
   * Whether the person {@code [a, b)} is a first name and a surname that reads like a demonym:
   * "Anthony Albanese" (as Albania's would be), "Dawn French"; no adjective of nations opens with a
   * first name that is no common word nor one that never names alone ("Royal Dutch").
   */
  private boolean isFirstNameAndSurname(FieldScan s, int a, int b, EntityType type) {
    if (type != EntityType.PERSON || b - a < 2) {
      return false;
    }
    Token first = s.token(a);
    Token last = s.token(b - 1);
    return first.isCap()
        && scorer.isFirstName(first.lower())
        && !scorer.isCommon(s, first.lower())
        && !cues.neverAlone().contains(first.lower())
        && !scorer.isDemonym(first)
        && last.isCap()
        && !last.is(Token.ALL_CAPS)
        && last.text().indexOf('-') < 0;
  }

  /**
   * Whether the person {@code [a, b)} opens with an owner's possessive before a capitalised word:
   * "Google's Sundar Pichai", "McLaren's Lando Norris" (no person's name holds a possessive before
   * its last word).
   */
  private static boolean isOwnerBeforePerson(FieldScan s, int a, int b) {
    if (b - a < 2) {
      return false;
    }
    Token owner = s.token(a);
    Token next = s.token(a + 1);
    return owner.is(Token.POSSESSIVE) && owner.isWord() && next.isWord() && next.isCap();
  }

  /**
   * Words that end the name of a party or movement, or follow it in lower case: "Bharatiya Janata
   * Party", "the Azimio la Umoja coalition".
   */
  private static final java.util.Set<String> PARTY_HEADS =
      java.util.Set.of(
          "party",
          "coalition",
          "alliance",
          "movement",
          "front",
          "bloc",
          "union",
          "league",
          "congress",
          "faction",
          "militia");

  /**
   * Whether the organisation {@code [a, b)} opens with a person's possessive before a party's name:
   * "Modi's Bharatiya Janata Party", "Erdogan's AK Party", "Putin's United Russia party". The owner
   * is one capitalised word that is no first name, common word or known name ("Women's Institute",
   * "Lloyd's"), the whole no known name ("Moody's Investors Service"), and the party's name ends in
   * a word of {@link #PARTY_HEADS} or has one after it in lower case.
   */
  private boolean isLeaderBeforeParty(FieldScan s, int a, int b) {
    if (b - a < 2) {
      return false;
    }
    Token owner = s.token(a);
    if (!owner.is(Token.POSSESSIVE)
        || !owner.isWord()
        || !owner.isCap()
        || owner.is(Token.ALL_CAPS)
        || scorer.isCommon(s, owner.lower())
        || scorer.isFirstName(owner.lower())
        || scorer.known(s, a, a + 1).length > 0
        || scorer.known(s, a, b).length > 0) {
      return false;
    }
    if (PARTY_HEADS.contains(s.token(b - 1).lower()) && s.token(b - 1).isCap()) {
      return true;
    }
    if (b < s.tokens().size()) {
      Token next = s.token(b);
      return next.isWord() && !next.isCap() && PARTY_HEADS.contains(next.lower());
    }
    return false;
  }

  /**
   * The place token {@code k} names alone, when it is the best-known meaning of the word and at
   * least a town ({@link GazetteerLoader#TOWN_PRIOR}): "Iran", "Moscow", not the villages called
   * "Ray" or "Bush", nor "UN".
   */
  private KnownName ownerPlace(FieldScan s, int k) {
    KnownName[] known = scorer.known(s, k, k + 1);
    return known.length > 0
            && known[0].type() == EntityType.PLACE
            && known[0].prior() >= GazetteerLoader.TOWN_PRIOR
        ? known[0]
        : null;
  }

  /**
   * Whether a word in lower case stands in {@code [a, b)}: "University of the Highlands and
   * Islands".
   */
  private static boolean hasLowerCaseWord(FieldScan s, int a, int b) {
    for (int k = a; k < b; k++) {
      Token t = s.token(k);
      if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that describe a base or an airport without naming it: "an Air Force Base", "the Naval Air
   * Station", "a National Airport".
   */
  private static final java.util.Set<String> GENERIC_WORDS =
      java.util.Set.of(
          "air",
          "force",
          "naval",
          "navy",
          "army",
          "marine",
          "marines",
          "corps",
          "joint",
          "military",
          "national",
          "international",
          "regional",
          "municipal",
          "coast",
          "guard",
          "space",
          "reserve");

  /** Whether {@code [a, b)} holds nothing but {@link #GENERIC_WORDS} and punctuation. */
  private static boolean isGeneric(FieldScan s, int a, int b) {
    for (int k = a; k < b; k++) {
      Token t = s.token(k);
      if (t.isWord() && !GENERIC_WORDS.contains(t.lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * English words that open the name of a place and never a person's: "Camp Lejeune", "Fort Hood",
   * "Mount Sinjar", "Lake Tharthar", "Cape Town", "Port Sudan". Not the Arabic ones of {@code
   * [place-prefixes]} ("Ras", "Tal"), which open people's names as well.
   */
  static final java.util.Set<String> PLACE_OPENERS =
      java.util.Set.of("camp", "fort", "mount", "lake", "cape", "port");

  /** Words of praise or blame that open a review's title: "Great Service", "Poor Service". */
  private static final Set<String> EVALUATIONS =
      Set.of(
          "great",
          "poor",
          "good",
          "bad",
          "excellent",
          "best",
          "worst",
          "terrible",
          "awesome",
          "amazing",
          "nice",
          "friendly",
          "horrible",
          "fantastic",
          "wonderful",
          "lovely",
          "awful",
          "rude",
          "outstanding");

  /** What a review's title praises or blames: "Great Service", "Best Food", "Poor Value". */
  private static final Set<String> REVIEWED =
      Set.of(
          "service",
          "services",
          "store",
          "school",
          "food",
          "staff",
          "place",
          "experience",
          "location",
          "price",
          "prices",
          "value",
          "customer",
          "restaurant",
          "shop",
          "hotel",
          "job",
          "work",
          "quality",
          "care",
          "people",
          "selection",
          "doctor",
          "dentist");

  /**
   * Whether {@code [a, b)} is a review's title of words of {@link #EVALUATIONS} and {@link
   * #REVIEWED} only, opening with the first: "Great Service", "GREAT Store GREAT Service" (not
   * "Best Buy", "Great Lakes").
   */
  private static boolean isEvaluation(FieldScan s, int a, int b) {
    if (b - a < 2 || !EVALUATIONS.contains(s.token(a).lower())) {
      return false;
    }
    for (int k = a + 1; k < b; k++) {
      String w = s.token(k).lower();
      if (!EVALUATIONS.contains(w) && !REVIEWED.contains(w)) {
        return false;
      }
    }
    return REVIEWED.contains(s.token(b - 1).lower());
  }

  /** Whether the name {@code f} the rules found is a review's title ({@link #isEvaluation}). */
  private static boolean isEvaluation(FieldScan s, Found f) {
    int a = firstTokenAt(s, f.start());
    int b = a;
    while (b < s.tokens().size() && s.token(b).start() < f.end()) {
      b++;
    }
    return isEvaluation(s, a, b);
  }

  /** The particles of a name by a father's, in lower case: "bin Laden", "ibn Saud". */
  private static final Set<String> SON_OF = Set.of("bin", "ibn", "bint");

  /**
   * Whether token {@code a} is a capitalised word in lower case elsewhere (a common word, or one
   * joined by a hyphen), no first name given to {@link #DESCRIBED_FIRST_NAME} US births, and the
   * token after it a frequent first name ({@link Gazetteer#FREQUENT_FIRST_NAME}): a word that
   * describes the person named after it ("Film-maker Spike Lee", "Sprinter Kelly Holmes"), as
   * titles in title case write them; not a first name of another language ("Jean-Claude Van
   * Damme").
   */
  private boolean isDescriptionBeforeFirstName(FieldScan s, int a) {
    Token t = s.token(a);
    Token next = s.token(a + 1);
    String lower = t.lower();
    return t.isWord()
        && t.isCap()
        && lower.length() > 2
        && (gazetteer.isCommonWord(lower)
            || lower.indexOf('-') > 0
                && gazetteer.isCommonWord(lower.substring(lower.lastIndexOf('-') + 1)))
        && scorer.firstNameCount(lower) < DESCRIBED_FIRST_NAME
        && next.isWord()
        && next.isCap()
        && next.text().length() > 2
        && scorer.firstNameCount(next.lower()) >= Gazetteer.FREQUENT_FIRST_NAME;
  }

  /** US births given a word as a first name below which it may describe a person. */
  private static final int DESCRIBED_FIRST_NAME = 1_000;

  /** Ranks of a peerage that an ordinal numbers: "1st Baron Fisher", "9th Duke of Devonshire". */
  private static final Set<String> PEERAGES =
      Set.of(
          "baron",
          "baroness",
          "viscount",
          "viscountess",
          "earl",
          "countess",
          "marquess",
          "marchioness",
          "duke",
          "duchess",
          "baronet");

  /** Machines that a person's name never ends in: "Space Telescope", "Mars Rover". */
  private static final Set<String> MACHINES =
      Set.of(
          "telescope",
          "rover",
          "spacecraft",
          "satellite",
          "rocket",
          "missile",
          "drone",
          "airliner",
          "warship",
          "submarine");

  /** Machines that end a maker's name, never a person's: "Bell Helicopter", "Cessna Aircraft". */
  private static final Set<String> MAKERS = Set.of("helicopter", "helicopters", "aircraft");

  /** Whether a word of {@code [a, b)} mixes letters and digits: a model's code ("MQ-9", "F-16"). */
  private static boolean hasModelCode(FieldScan s, int a, int b) {
    for (int k = a; k < b; k++) {
      String w = s.token(k).text();
      boolean letter = false;
      boolean digit = false;
      for (int i = 0; i < w.length(); i++) {
        letter |= Character.isLetter(w.charAt(i));
        digit |= Character.isDigit(w.charAt(i));
      }
      if (letter && digit) {
        return true;
      }
    }
    return false;
  }

  /** Words of a base that the tagger may leave out of its name ("MacDill Air Force Base"). */
  private static final java.util.Set<String> BASE_HEADS =
      java.util.Set.of("base", "airbase", "airfield", "airport");

  /** Organisation evidence of the rules this strong counts where the tagger found nothing. */
  static final double CERTAIN = 3.0;

  private static boolean overlaps(FieldScan s, Found f, boolean[] covered) {
    for (int k = 0; k < covered.length; k++) {
      Token t = s.token(k);
      if (covered[k] && t.start() < f.end() && t.end() > f.start()) {
        return true;
      }
    }
    return false;
  }

  private void add(FieldScan s, int a, int b, EntityType type, Evidence shares, List<Found> out) {
    while (a < b && s.token(a).isPunct()) {
      a++;
    }
    while (b > a && s.token(b - 1).isPunct()) {
      b--; // but a number the tagger took in stays: "Route 110"
    }
    if (b > a && isBeforeLawWord(s, s.token(b - 1).end())) {
      return; // "the Digital Services Act", "the Monroe Doctrine": a law's name, no body's
    }
    if (b > a && addPossessiveOrganisation(s, a, b, out)) {
      return; // "Standard and Poor's said": the company, not a person "Poor"
    }
    while (b - a >= 2
        && words.isLeadingWord(s.token(a), type)
        && !isKnownInHeadline(s, a, b)
        && !isFirstNameBeforeSurname(s, a, b, type)) {
      a++; // "Mr Blair", "the Foreign Secretary Jack Straw", "Iraqi Prime Minister X": the name
    }
    while (b - a >= 2
        && words.isLowerCaseWord(s.token(b - 1))
        && !(HYPHENED_PARTICLE.matcher(s.token(b - 1).text()).matches()
            && isKnownPlaceOnly(s, a, b))) {
      b--; // "Pro-Iranian militias": a name ends in a capitalised word or a number (or "ez-Zor")
    }
    if (b - a >= 2 && s.token(a).is(Token.NEWLINE_BEFORE) && isPlainNumber(s.token(a))) {
      a++; // "133 Retief Goosen (South Africa) 67 66": a score opens the row, not the name
    }
    if (type == EntityType.PLACE && isNamedAfterPersonNoun(s, a, b)) {
      type = EntityType.PERSON; // "her Sherpa guide, Pemba Tenzing,": Pemba is an island too
      shares = only(type);
      a = words.afterTitles(s, a, b); // "the state's top auditor, New York State Comptroller X"
    }
    if (type != EntityType.ORGANIZATION
        && hasInnerAmpersand(s, a, b)
        && !isKnownPlaceOnly(s, a, b)) {
      type = EntityType.ORGANIZATION; // "Marsh & McLennan", "Tate & Lyle": a firm's partners
      shares = only(type);
    }
    if (type != EntityType.ORGANIZATION && isClubName(s, a, b)) {
      type = EntityType.ORGANIZATION; // "Fyllingen IL", "FK Fyllingsdalen": a club
      shares = only(type);
    }
    if (type == EntityType.PLACE && isCompetitor(s, a, b)) {
      type = EntityType.PERSON; // "Retief Goosen (South Africa) 67 66": a player and his country
      shares = only(type);
      while (b - a >= 2 && isPlainNumber(s.token(a))) {
        a++;
      }
    }
    while (b - a >= 2 && isMembersWord(s.token(b - 1)) && s.token(b - 2).isCap()) {
      b--; // "Labour MPs", "Tory MEP": the party; but "Association of MBAs"
    }
    if (b - a >= 2
        && cues.currencyWords().contains(s.token(b - 1).lower())
        && isKnownNation(s, a, b - 1)) {
      b--; // "50 billion U.S. Dlrs": the United States; "Michel Marks" stays a person
      type = EntityType.PLACE;
      shares = only(type);
    }
    if (type != EntityType.PERSON
        && b - a >= 2
        && isMonth(s.token(b - 1))
        && scorer.known(s, a, b).length == 0
        && scorer.known(s, a, b - 1).length > 0) {
      b--; // "2.27 times New York May": a price of the month's contract; "Cape May" is known
    }
    if (b - a >= 2 && s.token(a).is(Token.POSSESSIVE) && isCalendarWord(s.token(a))) {
      a++; // "last October's Organisation for Economic Cooperation and Development report"
    }
    if (b - a >= 2
        && s.token(a).is(Token.SENTENCE_START)
        && SENTENCE_PREPOSITIONS.contains(s.token(a).lower())) {
      a++; // "Near Mosul, four strikes engaged": the preposition opens the sentence, not the name
    }
    if (type != EntityType.PLACE
        && a > 0
        && SENTENCE_PREPOSITIONS.contains(s.token(a - 1).lower())
        && isKnownPlaceOnly(s, a, b)) {
      type = EntityType.PLACE; // "Near Abu Kamal, two strikes": what lies near is a place
      shares = only(type);
    }
    while (type == EntityType.PERSON && a > 0 && isInitials(s, a - 1)) {
      a--; // "R.E. Glenn", "J. R. R. Tolkien": the initials the tagger left out are the name's
    }
    if (type == EntityType.PERSON
        && b - a == 2
        && isSurnameAfter(s, b)
        && isDescriptionBeforeName(s, a)) {
      b++; // "Referee Graham | Poll": the description took the name's first word, the name's last
    }
    while (type == EntityType.PERSON && b - a >= 3 && isDescriptionBeforeName(s, a)) {
      // "Referee Graham Poll", "Ukraine Viktor Pshonka": the name is Graham Poll; a country
      // before it is a place of the article.
      KnownName place = ownerPlace(s, a);
      if (place != null && place.kind().isNation()) {
        add(s, a, a + 1, EntityType.PLACE, only(EntityType.PLACE), out);
      }
      a++;
    }
    KnownName owner = b - a >= 2 && s.token(a).is(Token.POSSESSIVE) ? ownerPlace(s, a) : null;
    int ownerEnd = type == EntityType.ORGANIZATION ? ownerBodyEnd(s, a, b) : -1;
    if (owner != null) {
      // "Iran's Islamic Revolutionary Guards Corps", "France's Ubisoft", "London's Earls Court":
      // the place owns the name. A country or region is a place of the article too; a town may
      // be its club ("Chelsea's Damien Duff"), which the other mentions tell.
      if (owner.kind().isNation()) {
        add(s, a, a + 1, EntityType.PLACE, only(EntityType.PLACE), out);
      }
      a++;
    } else if (type == EntityType.PERSON && isOwnerBeforePerson(s, a, b)) {
      // "Google's Sundar Pichai", "McLaren's Lando Norris": the person, and the owner where the
      // gazetteer knows it as an organisation first (a village "Ray" owns no "Ray's Taylor
      // Hackford": that is a film's).
      KnownName[] known = scorer.known(s, a, a + 1);
      if (known.length > 0 && !known[0].ambiguous() && known[0].type() == EntityType.ORGANIZATION) {
        add(s, a, a + 1, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION), out);
      }
      a++;
    } else if (ownerEnd > a) {
      // "the Australian Government's Department of Climate Change": the body that owns the name
      // and the one it names.
      add(s, a, ownerEnd, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION), out);
      a = ownerEnd;
    } else if (type == EntityType.ORGANIZATION && isOwnerOfKnownOrganisation(s, a, b)) {
      // "Alphabet's Google", "Comcast's NBC": the parent and the company it owns.
      add(s, a, a + 1, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION), out);
      a++;
    } else if (type == EntityType.ORGANIZATION && isLeaderBeforeParty(s, a, b)) {
      // "Modi's Bharatiya Janata Party", "Putin's United Russia party": the leader and the party.
      add(s, a, a + 1, EntityType.PERSON, only(EntityType.PERSON), out);
      a++;
    }
    if (type != EntityType.PERSON
        && b < s.tokens().size()
        && s.token(b).isCap()
        && BASE_HEADS.contains(s.token(b).lower())
        && scorer.known(s, a, b).length == 0
        && !isGeneric(s, a, b)) {
      b++; // "MacDill Air Force Base": the base; but "an Air Force Base" names nothing
      type = EntityType.PLACE;
      shares = only(type);
    }
    if (type == EntityType.ORGANIZATION
        && b - a >= 2
        && PLACE_HEADS.contains(s.token(b - 1).lower())
        && !hasLowerCaseWord(s, a, b)
        && !isGeneric(s, a, b - 1)) {
      // "Al Asad Air Base", "Ramstein Air Base": a place, though "Air"; not "a rather large Air
      // Force Base", which names no base.
      type = EntityType.PLACE;
      shares = only(type);
    }
    if (b - a == 1 && a > 0 && SON_OF.contains(s.token(a - 1).text())) {
      a--; // "look to bin Laden": a man's name by his father's, which the tagger left out
      type = EntityType.PERSON;
      shares = only(type);
    }
    if (type == EntityType.PERSON && b - a >= 3 && isDescriptionBeforeFirstName(s, a)) {
      a++; // "Film-maker Spike Lee", "Sprinter Kelly Holmes": a word of description in a title
    }
    if (type == EntityType.PERSON) {
      for (int k = b - 3; k >= a; k--) {
        if (MEMBER_ABBREVIATIONS.contains(s.token(k).text())) {
          a = k + 1; // "East Midlands MEP Robert Kilroy-Silk": the member, after his seat
          break;
        }
      }
    }
    if (type == EntityType.PERSON
        && b - a >= 2
        && a > 0
        && s.token(a - 1).isOrdinal()
        && PEERAGES.contains(s.token(a).lower())) {
      a++; // "John Fisher, 1st Baron Fisher": the peerage of the man named before
    }
    if (type == EntityType.PERSON && b - a >= 2 && isStormWord(s.token(a))) {
      a++; // "Cyclone Idai": the storm's name, which WorkCues takes for no person's in the article
    }
    if (isEvaluation(s, a, b)) {
      return; // "Great Service", "GREAT Store GREAT Service": a review's title, no name
    }
    if (b - a >= 2 && s.token(b - 1).lower().equals("location")) {
      b--; // "Noida Location": the place of a branch
      KnownName[] known = scorer.known(s, a, b);
      if (known.length > 0 && known[0].type() == EntityType.PLACE) {
        type = EntityType.PLACE;
        shares = only(type);
      }
    }
    if (type == EntityType.PERSON && hasModelCode(s, a, b)) {
      return; // "MQ-9 Reaper", "F-16 Falcon": a machine; no person's name holds a model's code
    }
    if (type == EntityType.PERSON
        && b - a >= 2
        && s.token(b - 1).isCap()
        && MACHINES.contains(s.token(b - 1).lower())) {
      return; // "the James Webb Space Telescope", "the Perseverance Rover": a machine
    }
    if (type == EntityType.PERSON
        && b - a >= 2
        && s.token(b - 1).isCap()
        && MAKERS.contains(s.token(b - 1).lower())) {
      type = EntityType.ORGANIZATION; // "Bell Helicopter", "Sikorsky Aircraft": the maker
      shares = only(type);
    }
    if (type == EntityType.PERSON
        && b - a >= 2
        && s.token(a).isCap()
        && PLACE_OPENERS.contains(s.token(a).lower())) {
      // "Camp Lejeune", "Fort Hood", "Mount Sinjar": a place, though the word after is a surname.
      type = EntityType.PLACE;
      shares = only(type);
    }
    if (type == EntityType.PLACE) {
      a = words.afterPlaceWord(s, a, b); // "the Iraqi city of Mosul": Mosul
    }
    if (type == EntityType.PLACE && b - a >= 2 && words.isDivisionOfKnownPlace(s, a, b)) {
      b--; // "Anbar Province", "the Anbar Desert": the place Anbar
    }
    if (a >= b
        || !NameWords.hasCapital(s, a, b)
        || b - a == 1 && words.isLeadingWord(s.token(a), type)
        || b - a == 1 && scorer.isNationalityNoun(s.token(a))) {
      return; // "bank", "President", "the Spaniard": no name, whatever the type
    }
    String surface = s.surface(a, b);
    int end = s.token(b - 1).end();
    if (surface.endsWith(".")
        && cues.orgHeads().contains(s.token(b - 1).lower())
        && (b == s.tokens().size() || s.token(b).is(Token.SENTENCE_START))) {
      // "Morgan Stanley and Co Inc." at the end of a sentence: the full stop is not the name's.
      surface = surface.substring(0, surface.length() - 1);
      end--;
    }
    int tail = b - a >= 2 ? descriptiveTail(s.token(b - 1).text()) : 0;
    if (tail > 0) {
      // "a Taylor Swift-themed dance class": the name is Taylor Swift.
      surface = surface.substring(0, surface.length() - tail);
      end -= tail;
    }
    String key = NameKey.of(surface);
    if (key.isEmpty()) {
      return;
    }
    KnownName known = known(s, a, b, type);
    if (b - a == 1 && isLoneInstitution(s, a)) {
      type = EntityType.ORGANIZATION; // "the Senate voted", "MPs in Parliament"
      shares = only(type);
    } else if (b - a == 1
        && (known == null || known.type() != type && !isCityBeforeScore(s, a, known, type))
        && words.isNoName(s.token(a))) {
      // "MPs", "DVD", "Bank": a plural acronym, a common abbreviation, a lone head noun; but a
      // city of that name before a score stays ("Wimbledon 0 Derby 1": its team).
      return;
    }
    if (b - a == 1 && type == EntityType.PERSON && isMonthAbbreviation(s.token(a))) {
      return; // "Aug/Sept at 1,870 dlrs": a month, no first name
    }
    if (b - a == 1 && type != EntityType.PERSON && isMonth(s.token(a))) {
      return; // "Sunday, October 18": a month alone is no organisation or place ("May" may be a
      // person)
    }
    if (isCreditRating(surface)) {
      return; // "rated Baa-2 by Moody's", "cut to BB-minus": a grade, no name
    }
    if (b - a == 1 && s.token(a).isOrdinal()) {
      return; // "4TH QTR NET": a rank alone names nothing; "3rd Infantry Division" has more words
    }
    if (NameWords.isAbbreviationRow(s, a, b)) {
      return; // "W L PCT GB": the header of a table
    }
    if (known == null
        && scorer.isDemonym(s.token(b - 1))
        && !isFirstNameAndSurname(s, a, b, type)
        && !isPartyOfAdherents(s, a, b, type)) {
      return; // "US-Iraqi", "Israeli-Palestinian": an adjective of nations, no name
    }
    if (known != null && known.isWellKnown() && !known.ambiguous() && known.type() != type) {
      // A country, region, organisation or outlet of the lexicon is what the lexicon says.
      type = known.type();
      shares = only(type);
    } else if (type == EntityType.PERSON && isInListOfPlaces(s, a)) {
      type = EntityType.PLACE; // "the districts of Bab al-Hadid and Aqyul"
      shares = only(type);
    } else if (type == EntityType.PLACE && known == null && isLeaderOfGovernment(s, a, b)) {
      type = EntityType.PERSON; // "the Turnbull government", "the Erdogan administration"
      shares = only(type);
    } else if (type == EntityType.PERSON && b - a == 1 && words.isTeam(s, a)) {
      // "Chelsea beat Fulham": a one-word name of a team is the team, though a first name too.
      type = EntityType.ORGANIZATION;
      shares = only(type);
    } else if (type == EntityType.PLACE && b - a >= 2 && hasInnerInstitution(s, a, b)) {
      type =
          EntityType.ORGANIZATION; // "Commonwealth Bank of Australia", "Hoechst AG of West Germany"
      shares = only(type);
    } else if (type != EntityType.ORGANIZATION && b - a >= 2 && isCompanyEnding(s.token(b - 1))) {
      type = EntityType.ORGANIZATION; // "Chrysler Corp", "Hill Richards Inc": a company
      shares = only(type);
    } else if (type == EntityType.PERSON && isCapitalsAbbreviation(s.token(a))) {
      if (b - a == 1) {
        return; // "a French DTT roll-out": an abbreviation is nobody's name
      }
      type = EntityType.ORGANIZATION; // "ABN Amro is the third large bank"
      shares = only(type);
    }
    Token first = s.token(a);
    boolean reliable = !first.is(Token.CASE_UNRELIABLE);
    int flags = Found.TAGGED;
    flags |= !reliable && GazetteerLoader.isCaps(surface) ? Found.SHOUTED : 0;
    flags |= b - a == 1 && scorer.isAcronym(s, first) ? Found.ACRONYM : 0;
    flags |= first.is(Token.SENTENCE_START) || !reliable ? Found.WEAK_CAPITAL : 0;
    flags |= known != null && known.ambiguous() ? Found.AMBIGUOUS : 0;
    out.add(
        new Found(
            s.field(), first.start(), end, surface, key, shares, Evidence.NONE, known, flags));
    scorer.definition(s, a, b);
  }

  /**
   * Words of banks, companies, ministries and dioceses that make a name an institution wherever
   * they stand but last ("West Bank", "Dogger Bank" are places; "Archdiocese of Rimouski" is a
   * church's).
   */
  private static final java.util.Set<String> INSTITUTION_WORDS =
      java.util.Set.of(
          "bank",
          "banque",
          "banco",
          "ag",
          "corp",
          "corporation",
          "inc",
          "co",
          "ltd",
          "plc",
          "gmbh",
          "company",
          "ministry",
          "archdiocese",
          "diocese");

  /**
   * Whether a word of {@link #INSTITUTION_WORDS} stands capitalised in {@code [a, b)} before its
   * last word, not as the first word "Co" of an Irish county ("Co Antrim"), and the name does not
   * end in a head noun of places ("Bank Street", "Bank Station").
   */
  private boolean hasInnerInstitution(FieldScan s, int a, int b) {
    String last = s.token(b - 1).lower();
    if (cues.placeFeatureHeads().contains(last) || cues.placeAdminHeads().contains(last)) {
      return false;
    }
    for (int k = a; k < b - 1; k++) {
      Token t = s.token(k);
      String lower = t.lower();
      if (t.isWord()
          && Character.isUpperCase(t.text().charAt(0))
          && INSTITUTION_WORDS.contains(lower)
          && !(k == a && lower.equals("co"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Prepositions of place that open a sentence and no name ("Near Mosul, four strikes engaged",
   * "Outside Baghdad, ..."), after which a name the gazetteer knows only as a place is one ("near
   * Abu Kamal"). Not "in", "at" or "from", after which a player or a company stands as often ("a
   * goal from Jordan").
   */
  private static final java.util.Set<String> SENTENCE_PREPOSITIONS =
      java.util.Set.of("near", "outside", "around", "inside", "across");

  /** Whether the gazetteer knows tokens {@code [a, b)} as a place and as nothing else. */
  private boolean isKnownPlaceOnly(FieldScan s, int a, int b) {
    KnownName[] known = scorer.known(s, a, b);
    if (known.length == 0) {
      return false;
    }
    for (KnownName k : known) {
      if (k.type() != EntityType.PLACE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the organisation whose known name ends in the possessive that ends {@code [a, b)}, taking
   * in up to three words before the tagged span in the same sentence ("Standard and | Poor's",
   * "Moody's"): the tokenizer keeps "'s" out of the word, so the name's key is met only with it put
   * back. Returns whether it added one.
   */
  private boolean addPossessiveOrganisation(FieldScan s, int a, int b, List<Found> out) {
    Token last = s.token(b - 1);
    if (!last.is(Token.POSSESSIVE) || !last.isCap()) {
      return false;
    }
    int from = b - 1;
    while (from > 0
        && from > a - 3
        && !s.token(from).is(Token.SENTENCE_START)
        && !s.token(from).is(Token.NEWLINE_BEFORE)
        && (s.token(from - 1).isWord() || s.token(from - 1).text().equals("&"))) {
      from--;
    }
    for (int j = Math.max(from, 0); j < b; j++) {
      if (!s.token(j).isCap()) {
        continue;
      }
      String surface = s.surface(j, b) + "'s";
      KnownName organisation = null;
      for (KnownName k : gazetteer.lookup(NameKey.of(surface))) {
        if (k.type() == EntityType.ORGANIZATION && !k.capsOnly() && isPossessiveName(k)) {
          organisation = k;
          break;
        }
      }
      if (organisation != null) {
        int flags = Found.TAGGED | (organisation.ambiguous() ? Found.AMBIGUOUS : 0);
        out.add(
            new Found(
                s.field(),
                s.token(j).start(),
                last.end() + 2,
                surface,
                NameKey.of(surface),
                only(EntityType.ORGANIZATION),
                Evidence.NONE,
                organisation,
                flags));
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a known name is written with a possessive ("Moody's Investors Service"), unlike
   * "Marines" that "Marine's" would meet by its key.
   */
  private static boolean isPossessiveName(KnownName k) {
    String name = k.canonical();
    for (int i = name.indexOf('s'); i > 0; i = name.indexOf('s', i + 1)) {
      if (NameKey.isApostrophe(name.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Plural nouns of places that a list of their names follows after "of". */
  private static final java.util.Set<String> PLACES_PLURALS =
      java.util.Set.of(
          "districts",
          "towns",
          "villages",
          "cities",
          "provinces",
          "regions",
          "neighbourhoods",
          "neighborhoods",
          "suburbs",
          "counties",
          "states",
          "governorates",
          "islands");

  /**
   * Whether the name at {@code a} stands in a list of names after a plural noun of places and "of"
   * ("the districts of Bab al-Hadid and Aqyul", "the towns of Kobani, Tal Abyad and Manbij"): only
   * capitalised words, hyphens, commas and "and" between.
   */
  private static boolean isInListOfPlaces(FieldScan s, int a) {
    for (int k = a - 1; k >= 1 && k >= a - 12; k--) {
      Token t = s.token(k);
      String text = t.text();
      if (text.equals("of")) {
        Token noun = s.token(k - 1);
        return noun.text().equals(noun.lower()) && PLACES_PLURALS.contains(noun.lower());
      }
      boolean inList =
          t.isCap()
              || text.equals(",")
              || text.equals("and")
              || text.equals("-")
              || text.equals("al")
              || text.equals("el");
      if (!inList || t.is(Token.SENTENCE_START)) {
        return false;
      }
    }
    return false;
  }

  /** Words for a government named by its leader: "the Turnbull government". */
  private static final java.util.Set<String> GOVERNMENT_WORDS =
      java.util.Set.of("government", "administration", "cabinet", "regime", "presidency");

  /**
   * Whether the one word {@code [a, b)}, which the gazetteer does not know, stands between "the"
   * and a government word in lower case: "the Turnbull government" is a leader's, where "the Iraq
   * government" is a place's (known) and "the PA government" an abbreviation's.
   */
  private boolean isLeaderOfGovernment(FieldScan s, int a, int b) {
    if (b - a != 1 || a == 0 || b >= s.tokens().size()) {
      return false;
    }
    Token name = s.token(a);
    Token next = s.token(b);
    return s.token(a - 1).text().equals("the")
        && name.isCap()
        && !isCapitalsAbbreviation(name)
        && !scorer.isDemonym(name)
        && next.text().equals(next.lower())
        && GOVERNMENT_WORDS.contains(next.lower());
  }

  /**
   * Whether {@code [a, b)} opens with a word capitalised in a headline, where a common word is
   * capitalised too ("Storm Hits New Jersey"), and is a name the gazetteer knows: "New" is then
   * part of it, not a common word before it.
   */
  private boolean isKnownInHeadline(FieldScan s, int a, int b) {
    Token t = s.token(a);
    return t.is(Token.CASE_UNRELIABLE)
        && Character.isUpperCase(t.text().charAt(0))
        && scorer.known(s, a, b).length > 0;
  }

  /** A capitalised word that names a storm before its given name: "Hurricane", "Typhoon". */
  private static boolean isStormWord(Token t) {
    return t.isCap() && WorkCues.STORM_BEFORE.contains(t.lower());
  }

  /**
   * Whether the organisation at {@code a} is a city the gazetteer knows, with a score after it:
   * "Wimbledon 0 Derby 1", a team in a row of results.
   */
  private static boolean isCityBeforeScore(FieldScan s, int a, KnownName known, EntityType type) {
    return type == EntityType.ORGANIZATION
        && known.kind() == KnownName.Kind.POPULATED_PLACE
        && known.prior() >= GazetteerLoader.SIZEABLE_PLACE_PRIOR
        && !isMonth(s.token(a))
        && a + 1 < s.tokens().size()
        && isPlainNumber(s.token(a + 1))
        && s.token(a + 1).text().length() <= 3;
  }

  /** A number of digits only: a score or a rank, not "3M" nor "20th". */
  static boolean isPlainNumber(Token t) {
    String text = t.text();
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /**
   * Whether {@code [a, b)}, which the gazetteer does not know and which ends in no head noun of
   * places, stands before a country in parentheses, as results give a competitor's nation ("Retief
   * Goosen (South Africa)"; not "Scott South Pole Station (U.S.)").
   */
  private boolean isCompetitor(FieldScan s, int a, int b) {
    int from = a;
    while (b - from >= 2 && isPlainNumber(s.token(from))) {
      from++;
    }
    String last = s.token(b - 1).lower();
    return scorer.known(s, from, b).length == 0
        && !cues.placeFeatureHeads().contains(last)
        && !cues.placeAdminHeads().contains(last)
        && !PLACE_HEADS.contains(last)
        && tagged.isNationInParentheses(s, b);
  }

  /** Abbreviations of members of a parliament, which follow their party's name: "Labour MP". */
  private static final java.util.Set<String> MEMBER_ABBREVIATIONS =
      java.util.Set.of("MP", "MEP", "MSP", "MLA");

  /**
   * A word for members that no name ends in: a plural abbreviation ("MPs", "MEPs", "NGOs") or an
   * abbreviation of a member of a parliament.
   */
  private static boolean isMembersWord(Token t) {
    String text = t.text();
    if (MEMBER_ABBREVIATIONS.contains(text)) {
      return true;
    }
    return text.length() >= 3
        && text.length() <= 6
        && text.endsWith("s")
        && GazetteerLoader.isCaps(text.substring(0, text.length() - 1));
  }

  /** The legal words that end the name of a company and no other: "Corp", "Inc", "Ltd". */
  private static final java.util.Set<String> COMPANY_ENDINGS =
      java.util.Set.of(
          "inc",
          "incorporated",
          "corp",
          "corporation",
          "co",
          "ltd",
          "limited",
          "llc",
          "plc",
          "gmbh");

  /** A capitalised legal word of {@link #COMPANY_ENDINGS}, with or without its full stop. */
  private static boolean isCompanyEnding(Token t) {
    String lower = t.lower();
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return t.isWord()
        && Character.isUpperCase(t.text().charAt(0))
        && COMPANY_ENDINGS.contains(lower);
  }

  /**
   * A credit rating: Moody's grades ("Aaa", "Baa-2", "Ba3") and those of the other agencies with a
   * notch ("BB-minus", "CCC-plus", "A-1", "BBB+"); "AAA" or "A" alone may name something else.
   */
  private static final java.util.regex.Pattern CREDIT_RATING =
      java.util.regex.Pattern.compile(
          "(?:Aaa|Aa|Baa|Ba|Caa|Ca)(?:-?[123])?"
              + "|(?:AAA|AA|A|BBB|BB|B|CCC|CC|C)(?:-?[123]|-plus|-minus|[+-])");

  static boolean isCreditRating(String surface) {
    return CREDIT_RATING.matcher(surface).matches();
  }

  /** A capitalised month's or weekday's name: "October's", "Monday's". */
  private static boolean isCalendarWord(Token t) {
    return t.isWord()
        && Character.isUpperCase(t.text().charAt(0))
        && DateWords.isCalendarWord(t.lower());
  }

  /** A capitalised month's name or abbreviation: "May", "Sept", "MAY". */
  private static boolean isMonth(Token t) {
    return t.isWord()
        && Character.isUpperCase(t.text().charAt(0))
        && DateWords.month(t.lower()) > 0;
  }

  /**
   * A month's abbreviation that is no first name: "Aug", "Sept", "Dec" (not "Jan", which is one,
   * nor "May" or "June", written in full).
   */
  private boolean isMonthAbbreviation(Token t) {
    String lower = t.lower();
    return isMonth(t)
        && lower.length() <= 4
        && !lower.equals("may")
        && !lower.equals("june")
        && !lower.equals("july")
        && !scorer.isFirstName(lower);
  }

  /** Whether the gazetteer knows tokens {@code [a, b)} as a country or a territory. */
  private boolean isKnownNation(FieldScan s, int a, int b) {
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.type() == EntityType.PLACE && k.kind().isNation()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word of three letters or more all in capitals in text whose case tells (not a headline in
   * capitals): an abbreviation, which opens no person's name ("DTT", "ABN Amro"; "JK Rowling" has
   * two).
   */
  private static boolean isCapitalsAbbreviation(Token t) {
    if (!t.is(Token.ALL_CAPS) || t.is(Token.CASE_UNRELIABLE)) {
      return false;
    }
    return t.text().chars().filter(Character::isLetter).count() >= 3;
  }

  /**
   * The best name the gazetteer knows under exactly this name, of the tagged type if it has one.
   */
  private KnownName known(FieldScan s, int a, int b, EntityType type) {
    KnownName[] all = scorer.known(s, a, b);
    for (KnownName k : all) {
      if (k.type() == type) {
        return k;
      }
    }
    return all.length > 0 ? all[0] : null;
  }
}
