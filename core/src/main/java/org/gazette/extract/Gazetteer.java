package org.gazette.extract;

import java.io.IOException;
import java.io.InputStream;
import org.gazette.extract.KnownName.Kind;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * What the extractor knows before reading a text: the names of places, organisations and news
 * outlets (by {@link NameKey}), first names with their frequency, common lower-case words, and the
 * cue words of the {@link Lexicon}.
 *
 * <p>NOTE: immutable after loading and safe to share between threads.
 */
final class Gazetteer {
  /**
   * US births from which a first name is frequent ({@link #firstNameCount}): it weighs most as a
   * person's first name, is no demonym ("Francis") and alone no place below a big one ("Austin").
   */
  static final int FREQUENT_FIRST_NAME = 5000;

  private static final String[] DEMONYM_SUFFIXES = {"ian", "ean", "an", "n", "i", "ese", "ish"};
  private static final String[] STEM_ENDINGS = {"", "a", "e", "o", "ia", "on", "y", "istan"};

  private final GazetteerTables tables;
  private final Cues cues;

  /** A gazetteer of the tables read or built by {@link GazetteerLoader} and the lexicon's cues. */
  Gazetteer(GazetteerTables tables, Cues cues) {
    this.tables = tables;
    this.cues = cues;
  }

  /** The tables, for {@code ./gazette compile-gazetteer} to write. */
  GazetteerTables tables() {
    return tables;
  }

  /** Where {@code key} (one word, as {@link NameKey} folds it) stands in known names of several. */
  int wordInNames(String key) {
    return tables.wordInNames(key);
  }

  /** The gazetteer of the committed resources, once read; see {@link #loadDefault}. */
  private static volatile Gazetteer defaultInstance;

  /**
   * The gazetteer of the committed resources beside this class: read on the first call (a tenth of
   * a second from the compiled tables, see {@link GazetteerLoader#loadCompiled}), the same
   * immutable instance afterwards, so that the default extractor, the trainer and the naming
   * convention of the build tools share one copy in a JVM. A failed read is tried again on the next
   * call.
   */
  static Gazetteer loadDefault() throws IOException {
    Gazetteer loaded = defaultInstance;
    if (loaded == null) {
      synchronized (Gazetteer.class) {
        loaded = defaultInstance;
        if (loaded == null) {
          loaded = GazetteerLoader.loadCompiled(Gazetteer::resource);
          defaultInstance = loaded;
        }
      }
    }
    return loaded;
  }

  static InputStream resource(String name) throws IOException {
    InputStream in = Gazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          "resource org/gazette/extract/"
              + name
              + " is not on the class path; rebuild it with the build tools"
              + " (./gazette build-gazetteer, or train-ner for the name tagger's model)");
    }
    return in;
  }

  /** The names known under {@code key}, best first; empty when none. */
  KnownName[] lookup(String key) {
    return tables.lookup(key);
  }

  /** The names known under a spelling variant of {@code key} ({@link NameKey#loose}). */
  KnownName[] lookupLoose(String key) {
    String loose = NameKey.loose(key);
    KnownName[] exact = tables.lookupKnown(loose);
    return exact != null ? exact : tables.lookupLooseOnly(loose);
  }

  /** Where the place of canonical name {@code name} is, when the gazetteer has coordinates. */
  java.util.Optional<org.gazette.model.GeoPlace> place(String name) {
    String key = NameKey.of(name);
    org.gazette.model.GeoPlace place = tables.place(key);
    if (place == null) {
      // A value written as the article wrote it: the place its best-known name match means.
      for (KnownName k : lookup(key)) {
        if (k.type() == org.gazette.model.EntityType.PLACE) {
          place = tables.place(NameKey.of(k.canonical()));
          break;
        }
      }
    }
    return java.util.Optional.ofNullable(place);
  }

  /**
   * The listed company whose name {@code key} (one word, as {@link NameKey} folds it) opens and
   * stands for alone ("palantir": Palantir Technologies), or null.
   */
  String companyOpenedBy(String key) {
    return tables.companyShortNames().get(key);
  }

  /**
   * The state of the United States that {@code key} abbreviates after a town ("fla", "ca": "Tampa,
   * Fla.", "Anaheim, CA"), or null.
   */
  KnownName usStateAbbreviated(String key) {
    return tables.usStates().get(key);
  }

  /** The longest known name, in words (at most 10). */
  int maxTokens() {
    return tables.maxTokens();
  }

  Cues cues() {
    return cues;
  }

  /** US births under this first name (1,000 for names only in the stdlib lists), else 0. */
  int firstNameCount(String lower) {
    return tables.firstNameCount(lower);
  }

  /** Whether {@code lower} is a function word or a word common in lower case. */
  boolean isCommonWord(String lower) {
    return cues.functionWords().contains(lower) || tables.isCommonWord(lower);
  }

  /** How often {@code lower} was seen in lower case in the corpora the table was counted on. */
  int lowerCaseCount(String lower) {
    return tables.lowerCaseCount(lower);
  }

  /**
   * Whether {@code lower} is a nationality, ethnic or religious adjective or noun: listed, or
   * derived from a country or region name ("iraqi", "syrians", "lebanese", "kurdish").
   */
  boolean isDemonym(String lower) {
    if (cues.demonyms().contains(lower)) {
      return true;
    }
    if (lower.indexOf('-') >= 0 || lower.indexOf(' ') >= 0) {
      return false;
    }
    String word =
        lower.endsWith("s") && lower.length() > 4 ? lower.substring(0, lower.length() - 1) : lower;
    if (!word.equals(lower) && cues.demonyms().contains(word)) {
      return true;
    }
    if (firstNameCount(lower) >= FREQUENT_FIRST_NAME) {
      return false; // "Francis" is a first name, not the people of France
    }
    for (String suffix : DEMONYM_SUFFIXES) {
      if (!word.equals(lower) && suffix.equals("i")) {
        continue; // a plural of "-i" is "-is" ("Iraqis"), never a singular "-is"
      }
      if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
        String stem = word.substring(0, word.length() - suffix.length());
        for (String ending : STEM_ENDINGS) {
          if (isCountryOrRegion(stem + ending)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean isCountryOrRegion(String key) {
    for (KnownName k : lookup(key)) {
      if (k.type() == EntityType.PLACE && (k.kind() == Kind.COUNTRY || k.kind() == Kind.REGION)) {
        return true;
      }
    }
    return false;
  }
}
