package org.gazette.extract;

import java.util.List;
import org.gazette.model.NameKey;

/**
 * Weighs how much the form of a name says it is a person's: a known first name (weighed by its
 * frequency, discounted when it is also a common word or a place), Arabic name patterns ("Abu X",
 * "Abd al-X", "X al-Y"), a generational suffix ("III", "Jr.") or a middle initial.
 */
final class PersonNameEvidence {
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
      return particleOf(first.text()) != null && first.text().indexOf('-') > 0 ? 0.3 : 0;
    }
    double score = firstNameWeight(first.lower(), words);
    String firstParticle = particleOf(first.text());
    if (firstParticle != null && !firstParticle.equals("al") && !firstParticle.equals("el")) {
      score += 1.5;
    }
    boolean alLed = "al".equals(firstParticle) || "el".equals(firstParticle);
    for (int i = a + 1; i < b && !alLed; i++) {
      Token tok = t.get(i);
      if (!tok.isWord()) {
        continue;
      }
      String lower = tok.lower();
      if (particleOf(tok.text()) != null || cues.particles().contains(lower)) {
        score += 1.0;
        break;
      }
    }
    String last = t.get(b - 1).lower();
    if (cues.nameSuffixes().contains(last) && words >= 3) {
      score += 1.5;
    }
    for (int i = a + 1; i < b - 1; i++) {
      String w = t.get(i).text();
      if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
        score += 1.0;
        break;
      }
    }
    return score;
  }

  /** The weight of {@code lower} as the first name of a {@code words}-word name. */
  double firstNameWeight(String lower, int words) {
    int count = gazetteer.firstNameCount(lower);
    if (count < 100 || words > 4) {
      return 0;
    }
    double w = count >= 5000 ? 1.5 : count >= 500 ? 1.0 : 0.5;
    if (gazetteer.isDemonym(lower) || gazetteer.cues().neverAlone().contains(lower)) {
      return 0; // "German", "Jordanian": a nationality before a name, not a first name
    }
    if (gazetteer.isCommonWord(lower) || gazetteer.cues().titles().contains(lower)) {
      w *= 0.3;
    }
    for (KnownName k : gazetteer.lookup(lower)) {
      if (k.isWellKnown() || k.prior() >= 3.5) {
        w *= 0.3;
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
