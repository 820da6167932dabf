package org.gazette.extract;

import java.util.List;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * Turns the names the tagger found in a block into {@link Found} mentions for the document-level
 * decisions: the tagger's share of each type, what the gazetteer knows under the exact name, the
 * facts of its writing (an acronym, a sentence start, a line in capitals), and "Long Form
 * (ACRONYM)" definitions.
 */
final class TaggedMentions {
  private final MentionScorer scorer;
  private final Cues cues;

  TaggedMentions(Gazetteer gazetteer, MentionScorer scorer) {
    this.scorer = scorer;
    this.cues = gazetteer.cues();
  }

  /**
   * Adds a {@link Found} for each name of {@code tagging} to {@code out}, and the names the rules
   * found ({@code ruleFound}, of the same block) that are certain and that the tagger passed over.
   */
  void add(FieldScan s, NameTagger.Tagging tagging, List<Found> ruleFound, List<Found> out) {
    List<Name> names = knownBounds(s, teams(s, names(s, tagging)), ruleFound);
    boolean[] covered = new boolean[s.tokens().size()];
    for (Name n : names) {
      int a = n.a;
      if (n.type == EntityType.PERSON) {
        a = afterTitles(s, n.a, n.b);
        if (a > n.a) {
          addKnownPrefix(s, n.a, a, out); // "US Secretary of Defense Lloyd Austin": the US too
        }
      }
      java.util.Arrays.fill(covered, n.a, n.b, true);
      add(s, a, n.b, n.type, n.shares, out);
    }
    for (Found f : ruleFound) {
      if ((isCertain(f) || isDefinedAcronym(s, f)) && !overlaps(s, f, covered)) {
        out.add(f);
      }
    }
  }

  /**
   * The names with those of the rows of sports results ({@link ResultRows}) as teams: a town there
   * is its team, and a name the tagger passed over in such a row is one too; a person stays one
   * (golf and tennis rows give players).
   */
  private List<Name> teams(FieldScan s, List<Name> names) {
    List<int[]> teams =
        ResultRows.teams(s.tokens(), lower -> scorer.isCommon(s, lower), (a, b) -> isTeam(s, a, b));
    if (teams.isEmpty()) {
      return names;
    }
    List<Name> out = new java.util.ArrayList<>(names.size() + teams.size());
    boolean[] named = new boolean[s.tokens().size()];
    for (Name n : names) {
      int[] row = null;
      boolean across = false;
      for (int[] t : teams) {
        boolean inside = t[0] <= n.a && n.b <= t[1];
        row = inside ? t : row;
        across |= !inside && n.a < t[1] && t[0] < n.b;
      }
      if (row == null && across) {
        continue; // "Arsenal 2 Leeds" tagged as one name: the row's runs are the names
      }
      if (row == null) {
        java.util.Arrays.fill(named, n.a, n.b, true);
        out.add(n);
        continue;
      }
      // In a row the whole run is the name ("Sheffield Wednesday"), and a town is its team.
      java.util.Arrays.fill(named, row[0], row[1], true);
      EntityType type = n.type == EntityType.PLACE ? EntityType.ORGANIZATION : n.type;
      out.add(new Name(row[0], row[1], type, type == n.type ? n.shares : only(type)));
    }
    for (int[] t : teams) {
      boolean free = true;
      for (int k = t[0]; k < t[1]; k++) {
        free &= !named[k];
      }
      if (free && !isAbbreviationRow(s, t[0], t[1])) {
        out.add(new Name(t[0], t[1], EntityType.ORGANIZATION, only(EntityType.ORGANIZATION)));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Name::a));
    return out;
  }

  /** "W L PCT GB": short words in capitals, the header of a table, no name. */
  private static boolean isAbbreviationRow(FieldScan s, int a, int b) {
    int words = 0;
    for (int k = a; k < b; k++) {
      Token t = s.token(k);
      if (t.isWord()) {
        words++;
        if (!t.is(Token.ALL_CAPS) && t.text().length() > 1 || t.text().length() > 3) {
          return false;
        }
      }
    }
    return words >= 2;
  }

  /**
   * The names without those that cut across a well-known name of several words the rules found
   * ("Al-Arabi" of "Al-Arabi Al-Jadeed", "ABC News Five"): the known name's bounds win, and it is
   * taken as the rules found it.
   */
  private static List<Name> knownBounds(FieldScan s, List<Name> names, List<Found> ruleFound) {
    List<Name> out = new java.util.ArrayList<>(names);
    for (Found f : ruleFound) {
      if (!isCertainKnown(f) || f.words() < 2) {
        continue;
      }
      out.removeIf(
          n -> {
            int start = s.token(n.a).start();
            int end = s.token(n.b - 1).end();
            boolean overlaps = start < f.end() && f.start() < end;
            return overlaps && (start != f.start() || end != f.end());
          });
    }
    return out;
  }

  /** A name the tagger found: tokens {@code [a, b)}, its type and the tagger's type shares. */
  private record Name(int a, int b, EntityType type, Evidence shares) {}

  /**
   * The names of a tagging: cut at spaced dashes ("Minneapolis – Saint Paul"), and a person's name
   * the tagger cut at a glued apostrophe joined again ("Mohammed Shia’ Al-Sudani").
   */
  private List<Name> names(FieldScan s, NameTagger.Tagging tagging) {
    NerModel model = tagging.model();
    int[] tags = tagging.tags();
    List<Name> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < tags.length) {
      int tag = tags[i];
      if (tag == 0) {
        i++;
        continue;
      }
      int b = i + 1;
      if (NerModel.position(tag) == NerModel.B) {
        while (b < tags.length && NerModel.position(tags[b]) == NerModel.I) {
          b++;
        }
        b = Math.min(tags.length, b + 1);
      }
      EntityType type = NerModel.type(tag);
      if (type == null) {
        i = b; // another kind of name: a work, an event, a nationality
        continue;
      }
      Evidence shares = model.typeShares(tagging.emissions(), i, b);
      int from = i;
      for (int k = i + 1; k < b - 1; k++) {
        if (isSpacedDash(s, k)) {
          out.add(new Name(from, k, type, shares));
          from = k + 1;
        }
      }
      Name last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && type == EntityType.PERSON
          && last.type == EntityType.PERSON
          && last.b + 1 == from
          && isGluedApostrophe(s.token(last.b))) {
        out.set(out.size() - 1, new Name(last.a, b, type, last.shares));
      } else {
        out.add(new Name(from, b, type, shares));
      }
      i = b;
    }
    return out;
  }

  private static boolean isGluedApostrophe(Token t) {
    return t.isPunct()
        && t.text().length() == 1
        && NameKey.isApostrophe(t.text().charAt(0))
        && t.is(Token.GLUED);
  }

  /**
   * Where a person's name starts after the titles and roles the tagger included: after the last
   * title, role, portfolio or "of" that has a capitalised word after it ("US Secretary of Defense
   * Lloyd Austin" is Lloyd Austin); {@code a} when there is none.
   */
  private int afterTitles(FieldScan s, int a, int b) {
    for (int k = b - 2; k >= a; k--) {
      Token t = s.token(k);
      String lower = t.lower();
      boolean title =
          cues.titles().contains(lower)
              || cues.roles().contains(lower)
              || cues.portfolioWords().contains(lower)
              || lower.equals("of") && !t.isCap();
      if (title && s.token(k + 1).isCap()) {
        return k + 1;
      }
    }
    return a;
  }

  /** Adds the known name that opens tokens {@code [a, b)} before a title ("US", "Iraqi"?). */
  private void addKnownPrefix(FieldScan s, int a, int b, List<Found> out) {
    int end = a;
    while (end < b && s.token(end).isCap() && !isTitleWord(s.token(end).lower())) {
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
   * Where a place's name starts after a description of it that ends in "of" ("Iraqi city of Mosul",
   * "province of Anbar"): after that "of", when the words before it are a demonym and words in
   * lower case; else {@code a}.
   */
  private int afterPlaceWord(FieldScan s, int a, int b) {
    for (int k = a + 1; k < b - 1; k++) {
      Token t = s.token(k);
      if (!t.text().equals("of")) {
        continue;
      }
      boolean description = true;
      for (int i = a; i < k && description; i++) {
        Token w = s.token(i);
        description = isLowerCaseWord(w) || scorer.isDemonym(w) || w.lower().equals("the");
      }
      return description ? k + 1 : a;
    }
    return a;
  }

  /**
   * Words that name a division by the name of the place it is ("Anbar Province", "Anbar
   * Governorate"), unlike a county, a city or a river of the same name ("Orange County", "Mexico
   * City", "Connecticut River"), which are places of their own.
   */
  private static final java.util.Set<String> DIVISIONS =
      java.util.Set.of(
          "province", "governorate", "region", "desert", "prefecture", "oblast", "territory");

  /**
   * "Anbar Province": a known place followed by a word for a division of it, where the whole is no
   * known name of its own ("Mexico City" is).
   */
  private boolean isDivisionOfKnownPlace(FieldScan s, int a, int b) {
    Token last = s.token(b - 1);
    if (!DIVISIONS.contains(last.lower()) || scorer.known(s, a, b).length > 0) {
      return false;
    }
    for (KnownName k : scorer.known(s, a, b - 1)) {
      if (k.type() == EntityType.PLACE && !k.ambiguous()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word that is no name on its own: a common abbreviation or its plural ("DVD", "MPs"), or a
   * lone title, head noun or portfolio word ("President", "Bank", "Defense").
   */
  private boolean isNoName(Token t) {
    String lower = t.lower();
    if (cues.nonOrgAcronyms().contains(lower)) {
      return true;
    }
    String text = t.text();
    if (text.length() >= 3
        && text.endsWith("s")
        && GazetteerLoader.isCaps(text.substring(0, text.length() - 1))) {
      return true;
    }
    return scorer.isCueWord(lower);
  }

  private boolean isTeam(FieldScan s, int a) {
    return isTeam(s, a, a + 1);
  }

  /** Whether tokens {@code [a, b)} are the name of a known team. */
  private boolean isTeam(FieldScan s, int a, int b) {
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.kind() == KnownName.Kind.SPORTS_TEAM && !k.ambiguous()) {
        return true;
      }
    }
    return false;
  }

  /** Shares all for {@code type}. */
  private static Evidence only(EntityType type) {
    return new Evidence(
        type == EntityType.PERSON ? 1 : 0,
        type == EntityType.PLACE ? 1 : 0,
        type == EntityType.ORGANIZATION ? 1 : 0);
  }

  private boolean isTitleWord(String lower) {
    return cues.titles().contains(lower)
        || cues.roles().contains(lower)
        || cues.portfolioWords().contains(lower);
  }

  /**
   * A name the rules are certain of: a well-known name that is no English word (a country, a
   * region, an organisation or outlet of the lexicon). Taking the rules' strong patterns as well
   * ("X province", "Wadi X") added more wrong names than right ones on the development set.
   */
  private static boolean isCertain(Found f) {
    if (isCertainKnown(f)) {
      return true;
    }
    Evidence e = f.form().plus(f.context());
    return e.org() >= CERTAIN && e.org() > e.person() + 1 && e.org() > e.place() + 1;
  }

  /** A well-known name of the lexicon that is no English word. */
  private static boolean isCertainKnown(Found f) {
    KnownName k = f.known();
    return k != null && k.isWellKnown() && !k.ambiguous() && !f.is(Found.AMBIGUOUS);
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

  /** A dash with space on both sides, which joins two names but is no part of one. */
  private static boolean isSpacedDash(FieldScan s, int k) {
    Token t = s.token(k);
    String text = t.text();
    boolean dash = text.equals("-") || text.equals("\u2013") || text.equals("\u2014");
    return dash && !t.is(Token.GLUED) && !s.token(k + 1).is(Token.GLUED);
  }

  private void add(FieldScan s, int a, int b, EntityType type, Evidence shares, List<Found> out) {
    while (a < b && s.token(a).isPunct()) {
      a++;
    }
    while (b > a && s.token(b - 1).isPunct()) {
      b--; // but a number the tagger took in stays: "Route 110"
    }
    while (b - a >= 2 && isLeadingWord(s.token(a), type)) {
      a++; // "Mr Blair", "the Foreign Secretary Jack Straw", "Iraqi Prime Minister X": the name
    }
    while (b - a >= 2 && isLowerCaseWord(s.token(b - 1))) {
      b--; // "Pro-Iranian militias": a name ends in a capitalised word or a number
    }
    if (type == EntityType.PLACE) {
      a = afterPlaceWord(s, a, b); // "the Iraqi city of Mosul": Mosul
    }
    if (type == EntityType.PLACE && b - a >= 2 && isDivisionOfKnownPlace(s, a, b)) {
      b--; // "Anbar Province", "the Anbar Desert": the place Anbar
    }
    if (a >= b || !hasCapital(s, a, b) || b - a == 1 && isLeadingWord(s.token(a), type)) {
      return; // "bank", "President": no name
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
    String key = NameKey.of(surface);
    if (key.isEmpty()) {
      return;
    }
    KnownName known = known(s, a, b, type);
    if (b - a == 1 && (known == null || known.type() != type) && isNoName(s.token(a))) {
      return; // "MPs", "DVD", "Bank": a plural acronym, a common abbreviation, a lone head noun
    }
    if (isAbbreviationRow(s, a, b)) {
      return; // "W L PCT GB": the header of a table
    }
    if (known == null && scorer.isDemonym(s.token(b - 1))) {
      return; // "US-Iraqi", "Israeli-Palestinian": an adjective of nations, no name
    }
    if (known != null && known.isWellKnown() && !known.ambiguous() && known.type() != type) {
      // A country, region, organisation or outlet of the lexicon is what the lexicon says.
      type = known.type();
      shares = only(type);
    } else if (type == EntityType.PERSON && b - a == 1 && isTeam(s, a)) {
      // "Chelsea beat Fulham": a one-word name of a team is the team, though a first name too.
      type = EntityType.ORGANIZATION;
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
   * A word that goes before a name without being part of it: "the", a word in lower case, and
   * before a person's name a title, a role, a portfolio or a nationality ("Mr", "Chancellor",
   * "Defense", "Iraqi").
   */
  private boolean isLeadingWord(Token t, EntityType type) {
    String lower = t.lower();
    boolean lowerCase = t.isWord() && !t.isCap() && !t.is(Token.ALL_CAPS);
    if (lower.equals("the") || lowerCase && !cues.particles().contains(lower)) {
      return true; // but "de Gaulle", "van Gogh" keep their particle
    }
    if (type != EntityType.PERSON) {
      return false;
    }
    return cues.titles().contains(lower)
        || cues.roles().contains(lower)
        || cues.portfolioWords().contains(lower)
        || scorer.isDemonym(t);
  }

  private boolean isLowerCaseWord(Token t) {
    return t.isWord()
        && !t.isCap()
        && !t.is(Token.ALL_CAPS)
        && Character.isLetter(t.text().charAt(0))
        && !cues.particles().contains(t.lower());
  }

  /** Whether a word of tokens {@code [a, b)} starts with a capital or a digit: names do. */
  private static boolean hasCapital(FieldScan s, int a, int b) {
    for (int k = a; k < b; k++) {
      Token t = s.token(k);
      if (t.isWord()
          && (t.isCap() || t.is(Token.ALL_CAPS) || Character.isDigit(t.text().charAt(0)))) {
        return true;
      }
    }
    return false;
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
