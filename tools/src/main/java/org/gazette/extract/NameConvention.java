package org.gazette.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gazette.model.EntityType;

/**
 * Brings the corpora's names to one convention, the one Gazette's values follow (and CoNLL's): a
 * person's name without the titles, roles and portfolios before it ("Minister Tobias Ellwood" and
 * GUM's "Dr. William Glennie" become "Tobias Ellwood" and "William Glennie"). re3d and GUM include
 * them, wikigold, EWT and Re-DocRED do not; trained on both, the tagger would learn neither. The
 * words are the extractor's own title, role and portfolio lists. A country is a place even where
 * re3d marks it an organisation for acting as a state ("The UK said").
 */
final class NameConvention {
  private final Cues cues;
  private final Gazetteer gazetteer;

  private NameConvention(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = gazetteer.cues();
  }

  /** The convention over the lexicon committed with the extractor, read once. */
  static NameConvention load() throws IOException {
    try {
      return Default.INSTANCE;
    } catch (ExceptionInInitializerError e) {
      throw new IOException("cannot read the extractor's lexicon", e.getCause());
    }
  }

  private static final class Default {
    static final NameConvention INSTANCE = read();

    private static NameConvention read() {
      try {
        return new NameConvention(Gazetteer.loadDefault());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Words that tell what kind of place a name is without naming another place. */
  private static final java.util.Set<String> PLACE_DESIGNATORS =
      java.util.Set.of("of", "the", "republic", "kingdom", "city", "state", "federal", "town");

  /**
   * Whether the name {@code shorter}, whose words stand in order inside {@code longer} (both
   * normalised), names the same entity in one document. A person's surname or first name does
   * ("Obama", "Barack Obama"); a place or organisation only when the longer name adds words that
   * say what it is ("New York City", "Harvard University"), not a new thing ("Connecticut River",
   * "Cambodia – Vietnam Friendship Monument").
   */
  boolean sameEntity(EntityType type, String longer, String shorter) {
    if (type == EntityType.PERSON) {
      return true;
    }
    List<String> rest = new ArrayList<>(List.of(longer.split(" ")));
    for (String w : shorter.split(" ")) {
      rest.remove(w);
    }
    for (String w : rest) {
      boolean designator =
          type == EntityType.PLACE
              ? PLACE_DESIGNATORS.contains(w) || cues.placeAdminHeads().contains(w)
              : cues.orgHeads().contains(w) || w.equals("of") || w.equals("the");
      if (!designator) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code d} with its people's names trimmed of leading titles and its places written "Town,
   * Country" cut in two (re3d marks "Brussels, Belgium" as one); the same object when nothing
   * changes.
   */
  NerCorpus.Document apply(NerCorpus.Document d) {
    List<NerCorpus.Span> spans = new ArrayList<>(d.spans().size());
    boolean changed = false;
    for (NerCorpus.Span s : d.spans()) {
      if (!hasCapital(d.text(s))) {
        // "tampa bay", "the internet": EWT marks names written in lower case; Gazette's names
        // start with a capital or a digit, so the tagger need not learn to find these.
        changed = true;
        continue;
      }
      if (s.type() == EntityType.ORGANIZATION && isCountry(d.text(s))) {
        // re3d marks a country acting ("The UK", "the United States") as an organisation; a
        // country is a place in Gazette's values and in CoNLL's.
        s = new NerCorpus.Span(s.start(), s.end(), EntityType.PLACE);
        changed = true;
      }
      if (s.type() == EntityType.PLACE) {
        List<NerCorpus.Span> parts = splitAtCommas(d.text(), s);
        changed |= parts.size() > 1;
        spans.addAll(parts);
        continue;
      }
      NerCorpus.Span t = s.type() == EntityType.PERSON ? trim(d.text(), s) : s;
      changed |= t != s;
      if (t != null) {
        spans.add(t);
      }
    }
    return changed ? new NerCorpus.Document(d.id(), d.corpus(), d.text(), spans, d.isDev()) : d;
  }

  /** Whether a word of {@code text} starts with a capital or a digit. */
  static boolean hasCapital(String text) {
    boolean wordStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (wordStart && (Character.isUpperCase(c) || Character.isDigit(c))) {
        return true;
      }
      wordStart = !Character.isLetterOrDigit(c);
    }
    return false;
  }

  private boolean isCountry(String name) {
    for (KnownName k : gazetteer.lookup(org.gazette.model.NameKey.of(name))) {
      if (k.kind() == KnownName.Kind.COUNTRY && !k.ambiguous()) {
        return true;
      }
    }
    return false;
  }

  /** A place span cut at each comma followed by a capitalised word: "Rome, Italy" is two. */
  static List<NerCorpus.Span> splitAtCommas(String text, NerCorpus.Span s) {
    List<NerCorpus.Span> out = new ArrayList<>(2);
    int start = s.start();
    for (int i = s.start(); i < s.end(); i++) {
      if (text.charAt(i) != ',') {
        continue;
      }
      int next = i + 1;
      while (next < s.end() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < s.end() && Character.isUpperCase(text.charAt(next)) && i > start) {
        out.add(new NerCorpus.Span(start, i, s.type()));
        start = next;
      }
    }
    out.add(start == s.start() ? s : new NerCorpus.Span(start, s.end(), s.type()));
    return out;
  }

  /**
   * The span without its leading title words; null when it is nothing but titles (GUM marks "the
   * Secretary" as a named person).
   */
  NerCorpus.Span trim(String text, NerCorpus.Span s) {
    if (onlyTitles(text, s)) {
      return null;
    }
    int start = s.start();
    while (true) {
      int end = start;
      while (end < s.end() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end >= s.end()) {
        break; // the last word is the name itself
      }
      String word = text.substring(start, end).toLowerCase(Locale.ROOT);
      if (word.endsWith(".")) {
        word = word.substring(0, word.length() - 1);
      }
      if (!isTitle(word)) {
        break;
      }
      start = end;
      while (start < s.end() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    if (start == s.start()) {
      return s;
    }
    return new NerCorpus.Span(start, s.end(), s.type());
  }

  private boolean onlyTitles(String text, NerCorpus.Span s) {
    for (String word : text.substring(s.start(), s.end()).strip().split("\\s+")) {
      String w = word.toLowerCase(Locale.ROOT);
      if (!isTitle(w.endsWith(".") ? w.substring(0, w.length() - 1) : w)) {
        return false;
      }
    }
    return true;
  }

  private boolean isTitle(String word) {
    return cues.titles().contains(word)
        || cues.roles().contains(word)
        || cues.portfolioWords().contains(word);
  }
}
