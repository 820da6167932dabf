package org.gazette.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * Reads the gazetteer tables and the lexicon into a {@link Gazetteer}, giving each known name the
 * prior its source deserves (countries above big cities above small ones).
 *
 * <p>Besides the kinds {@link KnownName} lists, it gives three of its own: {@code U} a university
 * and {@code G} a committee of a legislature (both from {@link #INSTITUTIONS}), and {@code T} a
 * sports team or club (lexicon section {@code [sports-teams]}), so that the name tagger can tell
 * them from other organisations.
 */
final class GazetteerLoader {
  /** Opens a resource by file name. */
  @FunctionalInterface
  interface Resources {
    InputStream open(String name) throws IOException;
  }

  /** The places table: countries, first-level regions, populated places. */
  static final String PLACES = "places.tsv.gz";

  /** First names with their US birth counts. */
  static final String FIRST_NAMES = "first-names.tsv.gz";

  /** Company names of US-listed companies, without legal suffixes. */
  static final String COMPANIES = "companies.tsv.gz";

  /** Universities and committees of legislatures, with the other names news writes for them. */
  static final String INSTITUTIONS = "institutions.tsv.gz";

  /** Words that are common in lower case, with their counts. */
  static final String COMMON_WORDS = "common-words.tsv.gz";

  /** Kind of a sports team or club of the lexicon. */
  static final char TEAM = 'T';

  /**
   * Prior of a listed company or institution of several words, and of one word (a single word is
   * more often something else: "Morehouse", "Insead").
   */
  static final double LISTED_PRIOR = 2.5;

  static final double LISTED_ONE_WORD_PRIOR = 1.5;

  /**
   * Prior of a team's unambiguous name ("Manchester United", "Red Sox"): above a big city's 2.5, as
   * sure as a well-known organisation's alias.
   */
  static final double TEAM_PRIOR = 3.5;

  /**
   * Prior of a team's name that is also a place, a common word or a first name ("Liverpool",
   * "Leeds", "Heat"): below every place's, so that a place keeps its name unless the text says
   * otherwise (the tagger's type, or a full name of the team in the same document).
   */
  static final double TEAM_WEAK_PRIOR = 1.0;

  /** Best first of equal priors: a country, a region, a city, a first-level division, ... */
  private static final String KIND_ORDER = "CRPAOMSGUT";

  private final Resources resources;
  private final Map<String, List<KnownName>> known = new HashMap<>(1 << 18);
  private final Map<String, Integer> firstNames = new HashMap<>(1 << 16);
  private final Map<String, Integer> common = new HashMap<>(1 << 14);
  private Cues cues;
  private final Map<String, org.gazette.model.GeoPlace> places = new HashMap<>(1 << 16);
  private final Map<String, Double> placePriors = new HashMap<>(1 << 16);

  GazetteerLoader(Resources resources) {
    this.resources = resources;
  }

  Gazetteer load() throws IOException {
    Lexicon lexicon;
    try (InputStream in = resources.open("lexicon.txt")) {
      lexicon = Lexicon.parse(in);
    }
    cues = Cues.of(lexicon);
    read(
        FIRST_NAMES,
        f ->
            firstNames.put(
                f[0],
                f[1].equals("0") ? 1000 : (int) Math.min(Long.parseLong(f[1]), Integer.MAX_VALUE)));
    read(COMMON_WORDS, f -> common.put(f[0], Integer.parseInt(f[1])));
    read(PLACES, f -> addPlace(PlaceRow.parse(f)));
    addLexiconNames(lexicon);
    addTeams(lexicon);
    read(INSTITUTIONS, this::addInstitution);
    read(COMPANIES, f -> addListed(f[0], 'S', "", f[0]));
    Comparator<KnownName> best =
        Comparator.comparingDouble(KnownName::prior)
            .reversed()
            .thenComparingInt(k -> KIND_ORDER.indexOf(k.kind()));
    known.values().forEach(list -> list.sort(best));
    return new Gazetteer(known, firstNames, common, cues, places);
  }

  private void read(String name, java.util.function.Consumer<String[]> rows) throws IOException {
    try (InputStream in = resources.open(name)) {
      TsvGzip.read(in, rows);
    }
  }

  private void addPlace(PlaceRow row) {
    double prior = placePrior(row);
    String key = NameKey.of(row.name());
    if (!row.lat().isEmpty()
        && !row.lon().isEmpty()
        && prior > placePriors.getOrDefault(key, Double.NEGATIVE_INFINITY)) {
      // Of places sharing a canonical name, the one a mention is most likely to mean.
      placePriors.put(key, prior);
      places.put(
          key,
          new org.gazette.model.GeoPlace(
              row.geonameid(),
              row.country(),
              Double.parseDouble(row.lat()),
              Double.parseDouble(row.lon())));
    }
    add(
        row.name(),
        new KnownName(
            EntityType.PLACE, row.name(), row.kind(), row.country(), prior, false, false));
    double aliasPrior = row.kind() == 'P' ? prior - 0.5 : prior;
    for (String alias : row.aliases()) {
      add(
          alias,
          new KnownName(
              EntityType.PLACE,
              row.name(),
              row.kind(),
              row.country(),
              aliasPrior,
              false,
              isCaps(alias)));
    }
  }

  static double placePrior(PlaceRow row) {
    return switch (row.kind()) {
      case 'C' -> 4.0;
      case 'A' -> 2.5;
      default -> {
        long p = row.population();
        if (p >= 1_000_000 || row.feature().equals("PPLC") && p >= 100_000) {
          yield 3.5;
        }
        yield p >= 100_000 ? 2.5 : p >= 15_000 ? 1.5 : 1.0;
      }
    };
  }

  private void addLexiconNames(Lexicon lexicon) {
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("place-aliases")) {
      KnownName country = countryNamed(g.canonical());
      char kind = country != null ? 'C' : 'R';
      String code = country != null ? country.country() : "";
      String canonical = country != null ? country.canonical() : g.canonical();
      addGroup(g, EntityType.PLACE, canonical, kind, code, 4.0);
    }
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("regions")) {
      addGroup(g, EntityType.PLACE, g.canonical(), 'R', "", 3.5);
    }
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("organizations")) {
      addGroup(g, EntityType.ORGANIZATION, g.canonical(), 'O', "", 4.0);
    }
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("media")) {
      addGroup(g, EntityType.ORGANIZATION, g.canonical(), 'M', "", 4.0);
    }
  }

  private void addGroup(
      Lexicon.AliasGroup g,
      EntityType type,
      String canonical,
      char kind,
      String country,
      double prior) {
    for (Lexicon.Alias a : g.aliases()) {
      add(
          a.form(),
          new KnownName(type, canonical, kind, country, prior, a.ambiguous(), isCaps(a.form())));
    }
  }

  private KnownName countryNamed(String name) {
    for (KnownName k : known.getOrDefault(NameKey.of(name), List.of())) {
      if (k.kind() == 'C') {
        return k;
      }
    }
    return null;
  }

  /**
   * Adds a university or committee under its name and the other forms of its row ({@code name,
   * kind, country, aliases}).
   */
  private void addInstitution(String[] row) {
    if (row.length < 3 || row[1].length() != 1) {
      throw new IllegalArgumentException(
          INSTITUTIONS
              + " row must be name, kind letter, country[, aliases]: "
              + String.join("\t", row));
    }
    char kind = row[1].charAt(0);
    addListed(row[0], kind, row[2], row[0]);
    if (row.length > 3 && !row[3].isEmpty()) {
      for (String alias : row[3].split("\\|")) {
        addListed(alias, kind, row[2], row[0]);
      }
    }
  }

  /**
   * Adds a name of a listed organisation (a company, a university, a committee) unless the key is
   * known already or it is one word that would fire on ordinary text.
   */
  private void addListed(String name, char kind, String country, String canonical) {
    String key = NameKey.of(name);
    if (known.containsKey(key)) {
      return;
    }
    boolean single = key.indexOf(' ') < 0;
    // A one-word name that is also a common word, a first name or a cue word would fire on
    // ordinary text ("Target", "Will"); such companies are found by their suffix instead, such
    // universities by their head noun.
    if (single && isOrdinaryWord(key)) {
      return;
    }
    add(
        name,
        new KnownName(
            EntityType.ORGANIZATION,
            canonical,
            kind,
            country,
            single ? LISTED_ONE_WORD_PRIOR : LISTED_PRIOR,
            false,
            false));
  }

  /** A common word, a function or cue word, a first name given 200 times, or under 4 letters. */
  private boolean isOrdinaryWord(String key) {
    return common.containsKey(key)
        || cues.functionWords().contains(key)
        || firstNames.getOrDefault(key, 0) >= 200
        || cues.orgHeads().contains(key)
        || key.length() < 4;
  }

  /**
   * Adds the sports teams of the lexicon. A name that is also a place, an ordinary word or marked
   * ambiguous gets {@link #TEAM_WEAK_PRIOR}, the others {@link #TEAM_PRIOR}.
   */
  private void addTeams(Lexicon lexicon) {
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("sports-teams")) {
      for (Lexicon.Alias a : g.aliases()) {
        String key = NameKey.of(a.form());
        // An acronym ("PSG", "BVB") is matched in capitals only, so its length does not matter.
        boolean weak =
            a.ambiguous()
                || isPlace(key)
                || key.indexOf(' ') < 0 && !isCaps(a.form()) && isOrdinaryWord(key);
        add(
            a.form(),
            new KnownName(
                EntityType.ORGANIZATION,
                g.canonical(),
                TEAM,
                "",
                weak ? TEAM_WEAK_PRIOR : TEAM_PRIOR,
                a.ambiguous(),
                isCaps(a.form())));
      }
    }
  }

  private boolean isPlace(String key) {
    for (KnownName k : known.getOrDefault(key, List.of())) {
      if (k.type() == EntityType.PLACE) {
        return true;
      }
    }
    return false;
  }

  private void add(String name, KnownName k) {
    String key = NameKey.of(name);
    if (!key.isEmpty()) {
      List<KnownName> list = known.computeIfAbsent(key, x -> new ArrayList<>(2));
      for (KnownName old : list) {
        if (old.canonical().equals(k.canonical())
            && old.kind() == k.kind()
            && old.country().equals(k.country())
            && old.prior() >= k.prior()) {
          return;
        }
      }
      list.add(k);
    }
  }

  /** Two or more letters and no lower-case one: "US", "UAE", "U.S.". */
  static boolean isCaps(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }
}
