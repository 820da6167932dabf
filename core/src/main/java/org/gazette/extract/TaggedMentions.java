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

  /** Adds a {@link Found} for each name of {@code tagging} to {@code out}. */
  void add(FieldScan s, NameTagger.Tagging tagging, List<Found> out) {
    NerModel model = tagging.model();
    int[] tags = tagging.tags();
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
      if (NerModel.type(tag) == null) {
        i = b; // another kind of name: a work, an event, a nationality
        continue;
      }
      Evidence shares = model.typeShares(tagging.emissions(), i, b);
      int from = i;
      for (int k = i + 1; k < b - 1; k++) {
        if (isSpacedDash(s, k)) {
          // "Minneapolis – Saint Paul", "Turgi – Koblenz": two names, not one.
          add(s, from, k, NerModel.type(tag), shares, out);
          from = k + 1;
        }
      }
      add(s, from, b, NerModel.type(tag), shares, out);
      i = b;
    }
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
      b--; // but a number stays: "Route 110", "U.S. Highway 2"
    }
    while (b - a >= 2 && isLeadingWord(s.token(a), type)) {
      a++; // "Mr Blair", "the Foreign Secretary Jack Straw", "Iraqi Prime Minister X": the name
    }
    if (a >= b || !hasCapital(s, a, b) || b - a == 1 && isLeadingWord(s.token(a), type)) {
      return; // "bank", "President": no name
    }
    String surface = s.surface(a, b);
    String key = NameKey.of(surface);
    if (key.isEmpty()) {
      return;
    }
    KnownName known = known(s, a, b, type);
    Token first = s.token(a);
    boolean reliable = !first.is(Token.CASE_UNRELIABLE);
    int flags = Found.TAGGED;
    flags |= !reliable && GazetteerLoader.isCaps(surface) ? Found.SHOUTED : 0;
    flags |= b - a == 1 && scorer.isAcronym(s, first) ? Found.ACRONYM : 0;
    flags |= first.is(Token.SENTENCE_START) || !reliable ? Found.WEAK_CAPITAL : 0;
    flags |= known != null && known.ambiguous() ? Found.AMBIGUOUS : 0;
    out.add(
        new Found(
            s.field(),
            first.start(),
            s.token(b - 1).end(),
            surface,
            key,
            shares,
            Evidence.NONE,
            known,
            flags));
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
