package org.gazette.extract;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * Every mention of one {@link NameKey} in a document, with the summed evidence of the mentions: the
 * document-level decision is taken once per key, so that one name gets one type. For names the name
 * tagger found, that is the type most of its mentions were tagged with, weighed by how sure the
 * tagger was of each; the rules have already spoken as the tagger's features. Names only the rules
 * found (those {@link TaggedMentions} keeps as certain, or all of them without the tagger) are
 * decided on the rules' evidence.
 */
final class KeyGroup {
  /** Evidence below this names nothing. */
  static final double THRESHOLD = 1.0;

  /** The most the contexts of one name count for a type, however often it is mentioned. */
  static final double MAX_CONTEXT = 3.0;

  /** Rounding error allowed when evidence is compared with {@link #THRESHOLD}. */
  private static final double TOLERANCE = 1e-9;

  final String key;
  final List<Found> mentions = new ArrayList<>();
  Evidence form = Evidence.NONE;
  Evidence context = Evidence.NONE;

  /** The tagger's type shares summed over the mentions it found. */
  Evidence shares = Evidence.NONE;

  int taggedMentions;
  KnownName known;
  boolean acronym;
  boolean ambiguousOnly = true;
  boolean weakCapitalsOnly = true;
  String definedBy;
  EntityType type;

  /**
   * Whether the name is a state's abbreviation after a town ("Tampa, Fla."): named by the state.
   */
  boolean abbreviatedState;

  KeyGroup(String key) {
    this.key = key;
  }

  void add(Found f) {
    mentions.add(f);
    if (f.is(Found.TAGGED)) {
      shares = shares.plus(f.form());
      taggedMentions++;
    } else {
      form = form.max(f.form());
      context = context.plus(f.context());
    }
    acronym |= f.is(Found.ACRONYM);
    ambiguousOnly &= f.is(Found.AMBIGUOUS);
    weakCapitalsOnly &= f.is(Found.WEAK_CAPITAL);
    if (f.known() != null && (known == null || f.known().prior() > known.prior())) {
      known = f.known();
    }
  }

  /**
   * For names the tagger found, {@link #THRESHOLD} plus the tagger's mean share for {@code t} over
   * the mentions it found, so that such a name always gets a type: the one its mentions favour; for
   * names only the rules found, the form evidence (once) plus the context evidence (summed, at most
   * {@link #MAX_CONTEXT}).
   */
  double score(EntityType t) {
    if (taggedMentions > 0) {
      return THRESHOLD + shares.of(t) / taggedMentions;
    }
    return ruleScore(t);
  }

  private double ruleScore(EntityType t) {
    double around = Math.min(MAX_CONTEXT, context.of(t));
    // A lone word only ever capitalised at a sentence start may be a common word ("Dealers said").
    if (weakCapitalsOnly && isOneWord() && known == null) {
      around /= 2;
    }
    return form.of(t) + around;
  }

  /** Adds evidence that the name is an organisation (it defines an acronym). */
  void addOrganisationEvidence(double amount) {
    form = form.plus(0, 0, amount);
  }

  /** The type with the most evidence, or null when no type reaches {@link #THRESHOLD}. */
  EntityType bestType() {
    EntityType best = null;
    double max = THRESHOLD - TOLERANCE;
    for (EntityType t : List.of(EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PERSON)) {
      if (score(t) > max) {
        max = score(t);
        best = t;
      }
    }
    return best;
  }

  /** Whether the key is one word (a surname, an acronym, a one-word place). */
  boolean isOneWord() {
    return key.indexOf(' ') < 0;
  }
}
