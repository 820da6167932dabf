package org.gazette.extract;

import org.gazette.extract.KnownName.Kind;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * Turns a span of words into a {@link Found}: adds up what the gazetteer knows of it, what its form
 * says (a person's name, an acronym) and what its context says, and leaves out spans that are not
 * names at all (demonyms, common words, lone cue words such as "President").
 */
final class MentionScorer {
  /**
   * Evidence of a pattern that settles what a name is (scale of {@link KeyGroup#THRESHOLD}, three
   * times it): an organisation head in it ("Interior Ministry", "Operation X"), a title before a
   * person's name, a place head or prefix ("Anbar Desert", "X Province", "Wadi X"), a town and a
   * plural nickname ("Jacksonville Suns").
   */
  static final double PATTERN = 3.0;

  /**
   * Context evidence for an organisation from which a name ending in a demonym is still a name: one
   * news-outlet frame ({@link FrameCues#MEDIA}: "an interview with The New Arab").
   */
  private static final double DEMONYM_END_CONTEXT = 1.5;

  /**
   * Context evidence an unknown name of common words only needs to be a name: a strong cue (a role
   * before it, an apposition), not a mere preposition.
   */
  private static final double COMMON_WORDS_CONTEXT = 2.0;

  /**
   * Person evidence of two to four unknown capitalised words that nothing else types: most often a
   * person's name, but below {@link KeyGroup#THRESHOLD}, so that it names only with support.
   */
  private static final double UNKNOWN_WORDS_PERSON = 0.6;

  /** Organisation evidence of an unknown acronym: most acronyms in news name organisations. */
  private static final double ACRONYM_ORGANISATION = 2.0;

  /** Organisation evidence of an unknown word ending in "bank" ("Citibank", "Bundesbank"). */
  private static final double BANK_WORD = 2.0;

  /**
   * Person evidence of form and context from which a news-outlet frame ("told X") no longer counts
   * for an organisation: a person's name is told things too.
   */
  private static final double CLEAR_PERSON = 2.0;

  /** How much less a known name counts under a spelling variant (prior scale). */
  private static final double LOOSE_MATCH_DISCOUNT = 1.0;

  /**
   * Prior of a one-word place that needs a place context and has none ("Reading", "Austin"): a hint
   * only, well below {@link KeyGroup#THRESHOLD}.
   */
  private static final double UNSUPPORTED_PLACE_PRIOR = 0.3;

  private final Gazetteer gazetteer;
  private final Cues cues;
  private final ContextCues context;
  private final PersonNameEvidence names;

  MentionScorer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
    this.context = new ContextCues(gazetteer);
    this.names = new PersonNameEvidence(gazetteer);
  }

  PersonNameEvidence names() {
    return names;
  }

  /** The US state {@code text} abbreviates as the press writes it ("N.C.", "Fla."), or null. */
  KnownName usStateAbbreviated(String text) {
    return gazetteer.usStateAbbreviated(NameKey.of(text));
  }

  /** What the gazetteer knows under the exact name of tokens {@code [a, b)}, best first. */
  KnownName[] known(FieldScan s, int a, int b) {
    String surface = s.surface(a, b);
    KnownName[] all = gazetteer.lookup(NameKey.of(surface));
    if (all.length == 0) {
      return all;
    }
    boolean caps = GazetteerLoader.isCaps(surface);
    return java.util.Arrays.stream(all)
        .filter(k -> caps || !k.capsOnly())
        .toArray(KnownName[]::new);
  }

  /**
   * Scores tokens {@code [a, b)}, with the evidence of the caller's pattern: {@code formBonus} when
   * the pattern is part of the name ("... Committee", "Wadi X"), {@code contextBonus} when it is
   * around it ("Gen. X", "X province"); adds the result to the scan unless it is not a name.
   */
  void emit(FieldScan s, int a, int b, Evidence formBonus, Evidence contextBonus) {
    while (a < b && !s.token(a).isWord()) {
      a++;
    }
    while (b > a && !s.token(b - 1).isWord()) {
      b--;
    }
    if (a >= b) {
      return;
    }
    KnownName[] known = known(s, a, b);
    boolean adjectives = known.length == 0 && b - a > 1 && formBonus.org() == 0;
    if (adjectives && isDemonym(s.token(a))) {
      emit(s, a + 1, b, formBonus, contextBonus);
      return;
    }
    Span span = new Span(s, a, b);
    ContextCues.Context c = context.around(s.tokens(), a, b);
    boolean organisationFrame = c.media() + c.org() >= DEMONYM_END_CONTEXT;
    if (adjectives && isDemonym(s.token(b - 1)) && !organisationFrame
        || span.words == 1 && isNeverAName(s.token(a), known)
        || known.length == 0 && span.onlyCueWords) {
      return; // "West German", "Texas Democrat", "President", "Co Inc": no name
    }
    KnownName best = known.length > 0 ? known[0] : looseMatch(span);
    double strongestContext = Math.max(c.person(), Math.max(c.place(), c.org()));
    boolean patterned = formBonus.total() + contextBonus.total() > 0;
    if (best == null && span.allCommon && !patterned && strongestContext < COMMON_WORDS_CONTEXT) {
      return;
    }
    double nameEvidence = span.shouted ? 0 : names.of(s.tokens(), a, b);
    Evidence form = formBonus.plus(formEvidence(span, known, best, nameEvidence, c));
    Evidence around = contextBonus.plus(contextEvidence(c, formBonus, form, nameEvidence));
    if (best == null
        && span.reliable
        && span.words >= 2
        && span.words <= 4
        && !span.anyCommon
        && form.person() + around.person() == 0
        && Math.max(form.place() + around.place(), form.org() + around.org())
            < KeyGroup.THRESHOLD) {
      form = form.plus(UNKNOWN_WORDS_PERSON, 0, 0);
    }
    int flags = span.shouted ? Found.SHOUTED : 0;
    flags |= span.words == 1 && span.reliable && isAcronym(s, s.token(a)) ? Found.ACRONYM : 0;
    flags |= s.token(a).is(Token.SENTENCE_START) || !span.reliable ? Found.WEAK_CAPITAL : 0;
    flags |= best != null && best.ambiguous() && known.length > 0 ? Found.AMBIGUOUS : 0;
    String surface = span.surface;
    int start = s.token(a).start();
    int end = s.token(b - 1).end();
    if (surface.endsWith(".") && cues.orgHeads().contains(span.last.lower())) {
      // "Morgan Stanley and Co Inc." at the end of a sentence: the full stop is not the name's.
      surface = surface.substring(0, surface.length() - 1);
      end--;
    }
    Found f =
        new Found(s.field(), start, end, surface, NameKey.of(surface), form, around, best, flags);
    s.found().add(f);
    definition(s, a, b);
  }

  /** What the words themselves say: known names, a person's name, an acronym, "-bank". */
  private Evidence formEvidence(
      Span span, KnownName[] known, KnownName best, double nameEvidence, ContextCues.Context c) {
    Evidence form = new Evidence(nameEvidence, 0, 0).plus(knownEvidence(known, best, span, c));
    boolean unknownOneWord = known.length == 0 && span.words == 1;
    if (unknownOneWord && span.reliable && isAcronym(span.scan, span.first)) {
      form = form.plus(0, 0, ACRONYM_ORGANISATION);
    }
    String last = span.last.lower();
    if (known.length == 0 && last.endsWith("bank") && last.length() > 5) {
      form = form.plus(0, 0, BANK_WORD);
    }
    return form;
  }

  /** What the words around say, with the frames that only count for names of the right form. */
  private static Evidence contextEvidence(
      ContextCues.Context c, Evidence formBonus, Evidence form, double nameEvidence) {
    // An organisation head in the name outweighs a role word before it ("lead manager X Inc").
    double person = formBonus.org() >= PATTERN ? c.person() / 2 : c.person();
    boolean notPersonLike = nameEvidence < PersonNameEvidence.PERSON_LIKE;
    double listed = notPersonLike ? c.listedWithPlace() : 0;
    double media = notPersonLike && form.person() + c.person() < CLEAR_PERSON ? c.media() : 0;
    return new Evidence(person, c.place() + listed, c.org() + media);
  }

  /** What the words of a span are like. */
  private final class Span {
    final int words;
    final boolean allCommon;
    final boolean onlyCueWords;
    final boolean anyCommon;
    final boolean shouted;
    final boolean reliable;
    final Token first;
    final Token last;
    final FieldScan scan;
    final String surface;

    Span(FieldScan s, int a, int b) {
      int n = 0;
      boolean all = true;
      boolean any = false;
      boolean cueWords = true;
      for (int i = a; i < b; i++) {
        Token tok = s.token(i);
        if (tok.isWord() && !cues.connectors().contains(tok.text())) {
          n++;
          boolean common = isCommon(s, tok.lower());
          all &= common;
          any |= common;
          // Portfolio words name a ministry with a head noun: "Foreign Office" is a name.
          cueWords &= isCueWord(tok.lower()) && !cues.portfolioWords().contains(tok.lower());
        }
      }
      this.onlyCueWords = cueWords;
      this.words = n;
      this.allCommon = all;
      this.anyCommon = any;
      this.first = s.token(a);
      this.last = s.token(b - 1);
      this.scan = s;
      this.surface = s.surface(a, b);
      this.reliable = !first.is(Token.CASE_UNRELIABLE);
      this.shouted = !reliable && GazetteerLoader.isCaps(surface);
    }
  }

  /** A known name under a spelling variant, for reliable mixed-case names of 5 letters or more. */
  private KnownName looseMatch(Span span) {
    if (!span.reliable || GazetteerLoader.isCaps(span.surface) || span.surface.length() < 5) {
      return null;
    }
    KnownName[] loose = gazetteer.lookupLoose(NameKey.of(span.surface));
    return loose.length > 0
            && loose[0].prior() >= GazetteerLoader.SIZEABLE_PLACE_PRIOR
            && !loose[0].ambiguous()
        ? loose[0]
        : null;
  }

  private Evidence knownEvidence(
      KnownName[] known, KnownName best, Span span, ContextCues.Context c) {
    if (known.length == 0) {
      if (best == null) {
        return Evidence.NONE;
      }
      double p = best.prior() - LOOSE_MATCH_DISCOUNT;
      return best.type() == EntityType.PLACE ? new Evidence(0, p, 0) : new Evidence(0, 0, p);
    }
    boolean placeContext = c.place() >= ContextCues.PLACE_PREPOSITION; // "in X" at least
    return new Evidence(
        maxPrior(known, EntityType.PERSON, span, placeContext),
        maxPrior(known, EntityType.PLACE, span, placeContext),
        maxPrior(known, EntityType.ORGANIZATION, span, placeContext));
  }

  /** Records "Long Form (ACRONYM)" when the acronym starts like the long form. */
  void definition(FieldScan s, int a, int b) {
    if (b + 2 >= s.tokens().size() || !s.token(b).isPunct('(') || !s.token(b + 2).isPunct(')')) {
      return;
    }
    Token acronym = s.token(b + 1);
    if (!acronym.is(Token.ALL_CAPS) || acronym.text().length() > 8) {
      return;
    }
    int i = a;
    while (i < b - 1 && (isDemonym(s.token(i)) || s.token(i).lower().equals("the"))) {
      i++;
    }
    char initial = Character.toUpperCase(s.token(i).text().charAt(0));
    if (initial == acronym.text().charAt(0)) {
      s.definitions()
          .add(new FieldScan.Definition(NameKey.of(s.surface(a, b)), NameKey.of(acronym.text())));
    }
  }

  /** An all-capital word of 2 to 6 letters that is not a common word written in capitals. */
  boolean isAcronym(FieldScan s, Token t) {
    if (!t.is(Token.ALL_CAPS) || t.is(Token.CASE_UNRELIABLE) || t.text().indexOf('.') >= 0) {
      return false;
    }
    long letters = t.text().chars().filter(Character::isLetter).count();
    return letters >= 2
        && letters <= 6
        && !gazetteer.isCommonWord(t.lower())
        && !gazetteer.isDemonym(t.lower());
  }

  boolean isDemonym(Token t) {
    return t.text().indexOf('-') < 0 && gazetteer.isDemonym(t.lower());
  }

  private static final String[] NATIONALITY_NOUN_ENDINGS = {"man", "men", "woman", "women"};

  /**
   * A noun of nationality: listed ({@code [nationality-nouns]}: "Spaniard", "Swede") or made of a
   * demonym and "man" or "woman" ("Dutchman", "Frenchwoman", "Irishmen"; the demonyms list the
   * adjectives; these nouns lead sports reports' names).
   */
  boolean isNationalityNoun(Token t) {
    String lower = t.lower();
    if (cues.nationalityNouns().contains(lower)) {
      return true;
    }
    for (String suffix : NATIONALITY_NOUN_ENDINGS) {
      if (lower.length() > suffix.length() + 3
          && lower.endsWith(suffix)
          && gazetteer.isDemonym(lower.substring(0, lower.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Common in general, or written in lower case somewhere in this document. */
  boolean isCommon(FieldScan s, String lower) {
    return gazetteer.isCommonWord(lower) || s.documentLowerWords().contains(lower);
  }

  /** The US births given {@code lower} as a first name ({@link Gazetteer#firstNameCount}). */
  int firstNameCount(String lower) {
    return gazetteer.firstNameCount(lower);
  }

  /** Whether {@code lower} is a first name the gazetteer knows, however rare. */
  boolean isFirstName(String lower) {
    return gazetteer.firstNameCount(lower) > 0;
  }

  /** A title, head noun or portfolio word, which alone names nothing ("President", "Ministry"). */
  boolean isCueWord(String lower) {
    return cues.titles().contains(lower)
        || cues.orgHeads().contains(lower)
        || cues.isPlaceHead(lower)
        || cues.portfolioWords().contains(lower)
        || cues.nonEntityHeads().contains(lower)
        || cues.functionWords().contains(lower);
  }

  /**
   * The best prior of a known name of {@code type}. A one-word name of a small place, or of a place
   * that is also a common word or a frequent first name ("Reading", "Austin", "Evans"), counts only
   * with a place context ("in X", "X province").
   */
  private double maxPrior(KnownName[] known, EntityType type, Span span, boolean placeContext) {
    double max = 0;
    for (KnownName k : known) {
      if (k.type() != type) {
        continue;
      }
      double prior = k.prior();
      if (type == EntityType.PLACE
          && span.words == 1
          && !placeContext
          && needsContext(k, span.scan, span.first)) {
        prior = UNSUPPORTED_PLACE_PRIOR;
      }
      max = Math.max(max, prior);
    }
    return max;
  }

  private boolean needsContext(KnownName k, FieldScan s, Token first) {
    if (k.kind() == Kind.COUNTRY || k.isWellKnown() || first.is(Token.ALL_CAPS) && k.capsOnly()) {
      return false;
    }
    String lower = first.lower();
    boolean common = isCommon(s, lower);
    boolean firstName = gazetteer.firstNameCount(lower) >= Gazetteer.FREQUENT_FIRST_NAME;
    return k.prior() < GazetteerLoader.SIZEABLE_PLACE_PRIOR
        || common
        || k.prior() < GazetteerLoader.BIG_PLACE_PRIOR && firstName;
  }

  /** Function words, particles, demonyms, lone cue words and common abbreviations. */
  private boolean isNeverAName(Token t, KnownName[] known) {
    String lower = t.lower();
    boolean caps = t.is(Token.ALL_CAPS);
    if (!caps && cues.functionWords().contains(lower)
        || cues.particles().contains(lower)
        || cues.neverAlone().contains(lower)
        || lower.length() == 1) {
      return true;
    }
    if (known.length > 0 && known[0].isWellKnown()) {
      return false;
    }
    return isDemonym(t) || cues.nonOrgAcronyms().contains(lower) || isCueWord(lower);
  }
}
