package org.gazette.extract;

import java.util.Set;
import org.gazette.model.EntityType;

/**
 * The conventions of the words at the edges of a tagged name, and of names that are none: where a
 * person's name starts after titles and roles ("US Secretary of Defense Lloyd Austin"), where a
 * place's starts after a description ending in "of" ("the Iraqi city of Mosul"), a division after a
 * known place ("Anbar Province"), the words that lead a name without being part of it, and what is
 * no name on its own (a lone cue word, a plural acronym, the header of a table). For {@link
 * TaggedMentions}.
 *
 * <p>NOTE: immutable and thread-safe.
 */
final class NameWords {
  private final Cues cues;
  private final MentionScorer scorer;

  NameWords(Cues cues, MentionScorer scorer) {
    this.cues = cues;
    this.scorer = scorer;
  }

  /**
   * Where a person's name starts after the titles and roles the tagger included: after the last
   * title, role, portfolio, or "of" after one of them, that has a capitalised word after it ("US
   * Secretary of Defense Lloyd Austin" is Lloyd Austin); {@code a} when there is none.
   */
  int afterTitles(FieldScan s, int a, int b) {
    for (int k = b - 2; k >= a; k--) {
      Token t = s.token(k);
      String lower = t.lower();
      boolean title =
          isTitleWord(lower)
              || lower.equals("of") && !t.isCap() && k > a && isTitleWord(s.token(k - 1).lower());
      if (title && s.token(k + 1).isCap()) {
        return k + 1;
      }
    }
    return a;
  }

  boolean isTitleWord(String lower) {
    return cues.titles().contains(lower)
        || cues.roles().contains(lower)
        || cues.portfolioWords().contains(lower)
        || isHyphenatedTitle(lower);
  }

  /** Words that make a title of another with a hyphen: "Vice-President", "ex-Chancellor". */
  private static final Set<String> TITLE_PREFIXES =
      Set.of("vice", "ex", "deputy", "acting", "co", "former");

  /**
   * A title written with a hyphen: a title after a title or a word of {@link #TITLE_PREFIXES}
   * ("Vice-President", "ex-Chancellor", "Deputy-Governor").
   */
  private boolean isHyphenatedTitle(String lower) {
    int hyphen = lower.lastIndexOf('-');
    if (hyphen <= 0 || hyphen == lower.length() - 1) {
      return false;
    }
    String head = lower.substring(0, hyphen);
    String tail = lower.substring(hyphen + 1);
    return (cues.titles().contains(tail) || cues.roles().contains(tail))
        && (TITLE_PREFIXES.contains(head) || cues.titles().contains(head));
  }

  /**
   * A word that goes before a name without being part of it: "the", a word in lower case (not an
   * ordinal number: "82nd Airborne Division"), and before a person's name a title, a role, a
   * portfolio or a nationality ("Mr", "Chancellor", "Defense", "Iraqi", "Dutchman").
   */
  boolean isLeadingWord(Token t, EntityType type) {
    String lower = t.lower();
    boolean lowerCase =
        t.isWord()
            && !t.isCap()
            && !t.is(Token.ALL_CAPS)
            && !(type != EntityType.PERSON && t.isOrdinal())
            && !isCapitalOfTitleCase(t);
    if (lower.equals("the") || lowerCase && !cues.particles().contains(lower)) {
      return true; // but "de Gaulle", "van Gogh" keep their particle
    }
    if (type != EntityType.PERSON) {
      return false;
    }
    return isTitleWord(lower) || scorer.isDemonym(t) || scorer.isNationalityNoun(t);
  }

  /**
   * A word written with a capital on a line taken for title case, where a common word loses it
   * ({@link LineCase}): inside a name the tagger found it stays part of the name ("General Motors
   * Corp shares rose on the New York Stock Exchange" keeps "General").
   */
  private static boolean isCapitalOfTitleCase(Token t) {
    return t.is(Token.CASE_UNRELIABLE) && Character.isUpperCase(t.text().charAt(0));
  }

  boolean isLowerCaseWord(Token t) {
    return t.isWord()
        && !t.isCap()
        && !t.is(Token.ALL_CAPS)
        && Character.isLetter(t.text().charAt(0))
        && !cues.particles().contains(t.lower());
  }

  /**
   * Where a place's name starts after a description of it that ends in "of" ("Iraqi city of Mosul",
   * "province of Anbar"): after that "of", when the words before it are a demonym and words in
   * lower case; else {@code a}.
   */
  int afterPlaceWord(FieldScan s, int a, int b) {
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
  boolean isDivisionOfKnownPlace(FieldScan s, int a, int b) {
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
  boolean isNoName(Token t) {
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

  /**
   * A verb of a headline in capitals (lexicon [headline-verbs]: "BUYS", "PLANS"), in text whose
   * case tells nothing; in running text "Harold Sells" is a name.
   */
  boolean isHeadlineVerb(Token t) {
    return t.isWord() && t.is(Token.CASE_UNRELIABLE) && cues.headlineVerbs().contains(t.lower());
  }

  /**
   * Whether token {@code k} of {@code s} is a verb of a headline: in capitals ({@link
   * #isHeadlineVerb(Token)}), or capitalised in an article's title, which a headline in title case
   * too few common words mark as one ("Acme Robotics Announces Partnership with Siemens").
   */
  boolean isHeadlineVerb(FieldScan s, int k) {
    Token t = s.token(k);
    return isHeadlineVerb(t)
        || s.field() == org.gazette.model.ArticleField.TITLE
            && t.isWord()
            && t.isCap()
            && cues.headlineVerbs().contains(t.lower());
  }

  /**
   * Whether the last token of {@code [a, b)} is a capitalised head noun of organisations or a legal
   * word ("Administration", "Union", "Inc"), with or without a full stop.
   */
  boolean endsInOrgHead(FieldScan s, int a, int b) {
    Token last = s.token(b - 1);
    String lower = last.lower();
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return b > a && last.isWord() && last.isCap() && cues.orgHeads().contains(lower);
  }

  /** A reporting verb in lower case ("said", "told"), which stands in no name. */
  boolean isReportingVerb(Token t) {
    return t.isWord() && !t.isCap() && cues.reportingVerbs().contains(t.text());
  }

  /** Whether a word of tokens {@code [a, b)} starts with a capital or a digit: names do. */
  static boolean hasCapital(FieldScan s, int a, int b) {
    for (int k = a; k < b; k++) {
      Token t = s.token(k);
      if (t.isWord()
          && (t.isCap() || t.is(Token.ALL_CAPS) || Character.isDigit(t.text().charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  /** "W L PCT GB": short words in capitals, the header of a table, no name. */
  static boolean isAbbreviationRow(FieldScan s, int a, int b) {
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

  boolean isTeam(FieldScan s, int a) {
    return isTeam(s, a, a + 1);
  }

  /** Whether tokens {@code [a, b)} are the name of a known team. */
  boolean isTeam(FieldScan s, int a, int b) {
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.kind() == KnownName.Kind.SPORTS_TEAM && !k.ambiguous()) {
        return true;
      }
    }
    return false;
  }
}
