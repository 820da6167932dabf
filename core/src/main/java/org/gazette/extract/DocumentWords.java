package org.gazette.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a document does with each of its words, over all their occurrences: written in lower case
 * somewhere, capitalised inside a sentence, after a title ("Mr", "General"), before an organisation
 * head ("Inc", "Ministry"), after a preposition of place, at the start or end of a longer name,
 * alone, before a reporting verb, in capitals, after "the", after a first name. The name tagger
 * reads these as features, so that one clear mention helps the others ("Lind said" is a person
 * where "Sara Lind" is written once; "Celtic" is no place where "Celtic players" is).
 *
 * <p>Built by adding every block of tokens of the document, then read with {@link #of}.
 */
final class DocumentWords {
  static final int LOWER = 0;
  static final int CAPITAL_INSIDE = 1;
  static final int AFTER_TITLE = 2;
  static final int BEFORE_ORG_HEAD = 3;
  static final int AFTER_PLACE_PREPOSITION = 4;
  static final int FIRST_OF_NAME = 5;
  static final int LAST_OF_NAME = 6;
  static final int ALONE = 7;
  static final int POSSESSIVE = 8;
  static final int BEFORE_REPORTING_VERB = 9;
  static final int IN_CAPITALS = 10;
  static final int AFTER_THE = 11;
  static final int AFTER_FIRST_NAME = 12;

  /** The number of facts. */
  static final int BITS = 13;

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "from", "near", "to", "across", "outside", "inside");

  /** An empty record, for blocks read without their document. */
  static final DocumentWords NONE = new DocumentWords(null);

  private final Map<String, Integer> bits;
  private final Gazetteer gazetteer;

  private DocumentWords(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.bits = new HashMap<>();
  }

  /** A record to fill with {@link #add}. */
  static DocumentWords collect(Gazetteer gazetteer) {
    return new DocumentWords(gazetteer);
  }

  /** The facts of {@code lower} as bits (1 << {@link #LOWER} and so on); 0 when none. */
  int of(String lower) {
    Integer b = bits.get(lower);
    return b == null ? 0 : b;
  }

  /**
   * Adds what the tokens of one block do with their words.
   *
   * @throws IllegalStateException on {@link #NONE}, which stays empty
   */
  void add(List<Token> tokens) {
    if (gazetteer == null) {
      throw new IllegalStateException(
          "DocumentWords.NONE stays empty; collect() makes one to fill");
    }
    Cues cues = gazetteer.cues();
    int[] runs = TokenFeatures.capitalRuns(tokens);
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (!t.isWord() || !Character.isLetter(t.text().charAt(0))) {
        continue;
      }
      String lower = t.lower();
      boolean reliable = !t.is(Token.CASE_UNRELIABLE);
      int b = 0;
      if (!t.isCap() && reliable && !t.is(Token.ALL_CAPS)) {
        b |= 1 << LOWER;
      } else {
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        Token next = i + 1 < n ? tokens.get(i + 1) : null;
        if (reliable && !t.is(Token.SENTENCE_START)) {
          b |= 1 << CAPITAL_INSIDE;
        }
        if (prev != null && prev.isWord() && cues.titles().contains(prev.lower())) {
          b |= 1 << AFTER_TITLE;
        }
        if (next != null && next.isCap() && cues.orgHeads().contains(next.lower())) {
          b |= 1 << BEFORE_ORG_HEAD;
        }
        if (prev != null && !prev.isCap() && PLACE_PREPOSITIONS.contains(prev.text())) {
          b |= 1 << AFTER_PLACE_PREPOSITION;
        }
        int position = runs[i] / 8;
        b |= position == 1 ? 1 << FIRST_OF_NAME : 0;
        b |= position == 3 ? 1 << LAST_OF_NAME : 0;
        b |= position == 4 && reliable && !t.is(Token.SENTENCE_START) ? 1 << ALONE : 0;
        b |= t.is(Token.POSSESSIVE) ? 1 << POSSESSIVE : 0;
        if (next != null && next.isWord() && cues.reportingVerbs().contains(next.text())) {
          b |= 1 << BEFORE_REPORTING_VERB;
        }
        b |= t.is(Token.ALL_CAPS) && reliable ? 1 << IN_CAPITALS : 0;
        if (prev != null && prev.text().equals("the")) {
          b |= 1 << AFTER_THE;
        }
        if (prev != null
            && prev.isCap()
            && runs[i] / 8 >= 2
            && gazetteer.firstNameCount(prev.lower()) >= 1000) {
          b |= 1 << AFTER_FIRST_NAME;
        }
      }
      if (b != 0) {
        bits.merge(lower, b, (x, y) -> x | y);
      }
    }
  }
}
