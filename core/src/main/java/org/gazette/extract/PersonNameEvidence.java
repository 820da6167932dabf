package org.gazette.extract;

import java.util.List;
import org.gazette.model.NameKey;

/**
 * Weighs how much the form of a name says it is a person's: a known first name (weighed by its
 * frequency, discounted when it is also a common word or a place), Arabic name patterns ("Abu X",
 * "Abd al-X", "X al-Y"), a generational suffix ("III", "Jr.") or a middle initial.
 */
final class PersonNameEvidence {
  /**
   * Evidence from which words look like a person's name, and a word like a first name (scale of
   * {@link KeyGroup#THRESHOLD}): a first name given {@link #COMMON_FIRST_NAME} times that is
   * nothing else, a particle, an initial or a suffix.
   */
  static final double PERSON_LIKE = 1.0;

  /** Weight of a first name of {@link Gazetteer#FREQUENT_FIRST_NAME} births ("John", "Maria"). */
  private static final double FREQUENT_FIRST_NAME_WEIGHT = 1.5;

  /** Weight of a first name of {@link #COMMON_FIRST_NAME} births: just {@link #PERSON_LIKE}. */
  private static final double COMMON_FIRST_NAME_WEIGHT = 1.0;

  /** Weight of a first name of {@link #RARE_FIRST_NAME} births: a hint only. */
  private static final double RARE_FIRST_NAME_WEIGHT = 0.5;

  /** US births from which a first name counts as common. */
  private static final int COMMON_FIRST_NAME = 500;

  /** US births below which a word counts as no first name at all. */
  private static final int RARE_FIRST_NAME = 100;

  /**
   * Factor of a first name that is also something else: a common word, a title, a well-known name
   * or a big place ("Will", "Jordan", "Paris").
   */
  private static final double DOUBLE_DUTY_FACTOR = 0.3;

  /** Evidence of one hyphenated word with a particle ("al-Sudani" alone): a hint only. */
  private static final double PARTICLE_WORD = 0.3;

  /** Evidence of a leading particle other than "al" and "el" ("Abu X", "Abd al-X", "bin X"). */
  private static final double LEADING_PARTICLE = 1.5;

  /** Evidence of a particle inside the name ("X al-Y", "Osama bin Laden"). */
  private static final double INNER_PARTICLE = 1.0;

  /** Evidence of a generational suffix after two words or more ("III", "Jr."). */
  private static final double NAME_SUFFIX = 1.5;

  /** Evidence of a middle initial ("George W. Bush"). */
  private static final double MIDDLE_INITIAL = 1.0;

  private final Gazetteer gazetteer;

  PersonNameEvidence(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The evidence of the words of tokens {@code [a, b)}; 0 when nothing suggests a person. */
  double of(List<Token> t, int a, int b) {
    int words = 0;
    for (int i = a; i < b; i++) {
      if (t.get(i).isWord()) {
        words++;
      }
    }
    Cues cues = gazetteer.cues();
    Token first = t.get(a);
    if (words < 2) {
      return particleOf(first.text()) != null && first.text().indexOf('-') > 0 ? PARTICLE_WORD : 0;
    }
    double score = firstNameWeight(first.lower(), words);
    String firstParticle = particleOf(first.text());
    if (firstParticle != null && !firstParticle.equals("al") && !firstParticle.equals("el")) {
      score += LEADING_PARTICLE;
    }
    boolean alLed = "al".equals(firstParticle) || "el".equals(firstParticle);
    for (int i = a + 1; i < b && !alLed; i++) {
      Token tok = t.get(i);
      if (!tok.isWord()) {
        continue;
      }
      String lower = tok.lower();
      if (particleOf(tok.text()) != null || cues.particles().contains(lower)) {
        score += INNER_PARTICLE;
        break;
      }
    }
    String last = t.get(b - 1).lower();
    if (cues.nameSuffixes().contains(last) && words >= 3) {
      score += NAME_SUFFIX;
    }
    for (int i = a + 1; i < b - 1; i++) {
      String w = t.get(i).text();
      if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
        score += MIDDLE_INITIAL;
        break;
      }
    }
    return score;
  }

  /** The weight of {@code lower} as the first name of a {@code words}-word name. */
  double firstNameWeight(String lower, int words) {
    int count = gazetteer.firstNameCount(lower);
    if (count < RARE_FIRST_NAME || words > 4) {
      return 0;
    }
    double w =
        count >= Gazetteer.FREQUENT_FIRST_NAME
            ? FREQUENT_FIRST_NAME_WEIGHT
            : count >= COMMON_FIRST_NAME ? COMMON_FIRST_NAME_WEIGHT : RARE_FIRST_NAME_WEIGHT;
    if (gazetteer.isDemonym(lower) || gazetteer.cues().neverAlone().contains(lower)) {
      return 0; // "German", "Jordanian": a nationality before a name, not a first name
    }
    if (gazetteer.isCommonWord(lower) || gazetteer.cues().titles().contains(lower)) {
      w *= DOUBLE_DUTY_FACTOR;
    }
    for (KnownName k : gazetteer.lookup(lower)) {
      if (k.isWellKnown() || k.prior() >= GazetteerLoader.BIG_PLACE_PRIOR) {
        w *= DOUBLE_DUTY_FACTOR;
        break;
      }
    }
    return w;
  }

  /** The particle a name word starts with ("al" of "al-Sudani", "abu" of "Abu"), or null. */
  String particleOf(String word) {
    String lower = NameKey.lower(word);
    int h = lower.indexOf('-');
    String head = h > 0 ? lower.substring(0, h) : lower;
    return gazetteer.cues().particles().contains(head) ? head : null;
  }
}
