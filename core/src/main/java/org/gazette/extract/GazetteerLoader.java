package org.gazette.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.extract.KnownName.Kind;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * Reads the gazetteer tables and the lexicon into a {@link Gazetteer}, giving each known name the
 * prior its source deserves (countries above big cities above small ones).
 *
 * <p>Each name has the {@link Kind} of its source: the places table gives countries, first-level
 * regions and populated places; the lexicon general regions, well-known organisations, news
 * organisations and sports teams (section {@code [sports-teams]}); {@link #COMPANIES} listed
 * companies; {@link #INSTITUTIONS} universities and committees of legislatures, so that the name
 * tagger can tell them from other organisations.
 *
 * <p>The priors below are the scale of {@link KnownName#prior}: the rules compare priors with them
 * ("at least as sure as a big place").
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

  /**
   * Prior of a country, and of the names the lexicon lists by hand for places ({@code
   * [place-aliases]}), well-known organisations and news organisations: the surest there are.
   */
  static final double COUNTRY_PRIOR = 4.0;

  /**
   * Prior of a big place: a city of {@link #BIG_CITY_POPULATION}, a capital of {@link
   * #CITY_POPULATION}, a general region of the lexicon ("Middle East"). The rules trust a name this
   * sure at a sentence start and where it is also a frequent first name.
   */
  static final double BIG_PLACE_PRIOR = 3.5;

  /**
   * Prior of a sizeable place: a first-level region or a city of {@link #CITY_POPULATION}. The
   * rules cut chunks at a name this sure, and take it as a place alone; a one-word place below it
   * counts only with a place context ("in X").
   */
  static final double SIZEABLE_PLACE_PRIOR = 2.5;

  /** Prior of a town of {@link #TOWN_POPULATION}. */
  static final double TOWN_PRIOR = 1.5;

  /** Prior of a smaller populated place, or one whose population GeoNames does not give. */
  static final double VILLAGE_PRIOR = 1.0;

  /**
   * How much less an alternate name of a populated place counts than its main name (prior scale):
   * GeoNames lists many alternate names that are other things too.
   */
  static final double PLACE_ALIAS_DISCOUNT = 0.5;

  /** Inhabitants from which a city is a big place ({@link #BIG_PLACE_PRIOR}). */
  static final long BIG_CITY_POPULATION = 1_000_000;

  /** Inhabitants from which a city is a sizeable place, and a capital a big one. */
  static final long CITY_POPULATION = 100_000;

  /** Inhabitants from which a populated place is a town ({@link #TOWN_PRIOR}). */
  static final long TOWN_POPULATION = 15_000;

  /**
   * Prior of a listed company or institution of several words, and of one word (a single word is
   * more often something else: "Morehouse", "Insead").
   */
  static final double LISTED_PRIOR = 2.5;

  static final double LISTED_ONE_WORD_PRIOR = 1.5;

  /**
   * Prior of a team's unambiguous name ("Manchester United", "Red Sox"): as sure as a big place
   * ({@link #BIG_PLACE_PRIOR}), below a country or a well-known organisation of the lexicon.
   */
  static final double TEAM_PRIOR = 3.5;

  /**
   * Prior of a team's name that is also a place, a common word or a first name ("Liverpool",
   * "Leeds", "Heat"): no more than a village's ({@link #VILLAGE_PRIOR}; of equal priors the place
   * ranks first), so that a place keeps its name unless the text says otherwise (the tagger's type,
   * or a full name of the team in the same document).
   */
  static final double TEAM_WEAK_PRIOR = 1.0;

  private final Resources resources;
  private final Map<String, List<KnownName>> known = new HashMap<>(1 << 18);
  private final Map<String, Integer> firstNames = new HashMap<>(1 << 16);
  private final Map<String, Integer> common = new HashMap<>(1 << 14);
  private Cues cues;
  private final Map<String, org.gazette.model.GeoPlace> places = new HashMap<>(1 << 16);
  private final Map<String, Double> placePriors = new HashMap<>(1 << 16);

  /**
   * The names of [place-aliases] groups by the key of each of their forms: "czechia" -> "Czech
   * Republic".
   */
  private final Map<String, String> countryNames = new HashMap<>();

  GazetteerLoader(Resources resources) {
    this.resources = resources;
  }

  /** The lexicon of cue words and hand-listed names. */
  static final String LEXICON = "lexicon.txt";

  /** The sources of the gazetteer, in the order {@link #fingerprint} reads them. */
  static final List<String> SOURCES =
      List.of(LEXICON, PLACES, FIRST_NAMES, COMMON_WORDS, INSTITUTIONS, COMPANIES);

  /**
   * The gazetteer of the compiled tables ({@link GazetteerTables#RESOURCE}) where they were
   * compiled from the sources as they are now, else built from the sources: the same names either
   * way, the compiled ones in a tenth of the time. A missing or unreadable compiled file only costs
   * that time; the test of the compiled tables tells a developer who changed the sources to compile
   * them again ({@code ./gazette compile-gazetteer}).
   */
  static Gazetteer loadCompiled(Resources resources) throws IOException {
    long fingerprint = fingerprint(resources);
    GazetteerTables tables;
    try (InputStream in = resources.open(GazetteerTables.RESOURCE)) {
      tables = GazetteerTables.read(in);
    } catch (IOException e) {
      tables = null;
    }
    if (tables == null || tables.fingerprint() != fingerprint) {
      return new GazetteerLoader(resources).load(fingerprint);
    }
    try (InputStream in = resources.open(LEXICON)) {
      return new Gazetteer(tables, Cues.of(Lexicon.parse(in)));
    }
  }

  /**
   * A checksum of the sources' bytes ({@link #SOURCES}, with their names and lengths): the tables
   * compiled from them carry it, so that a change to any of them shows.
   */
  static long fingerprint(Resources resources) throws IOException {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    byte[] buffer = new byte[1 << 16];
    for (String name : SOURCES) {
      crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      long length = 0;
      try (InputStream in = resources.open(name)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          crc.update(buffer, 0, n);
          length += n;
        }
      }
      for (int shift = 0; shift < 64; shift += 8) {
        crc.update((int) (length >>> shift));
      }
    }
    return crc.getValue();
  }

  /** The gazetteer built from the sources. */
  Gazetteer load() throws IOException {
    return load(fingerprint(resources));
  }

  private Gazetteer load(long fingerprint) throws IOException {
    Lexicon lexicon;
    try (InputStream in = resources.open(LEXICON)) {
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
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("place-aliases")) {
      countryNames.put(NameKey.of(g.canonical()), g.canonical());
      for (Lexicon.Alias a : g.aliases()) {
        countryNames.put(NameKey.of(a.form()), g.canonical());
      }
    }
    read(PLACES, f -> addPlace(PlaceRow.parse(f)));
    addLexiconNames(lexicon);
    addTeams(lexicon);
    read(INSTITUTIONS, this::addInstitution);
    List<String> companies = new ArrayList<>();
    read(
        COMPANIES,
        f -> {
          companies.add(f[0]);
          addListed(f[0], Kind.LISTED_COMPANY, "", f[0]);
        });
    // Of equal priors, the kind declared first in KnownName.Kind: a country first, a team last.
    Comparator<KnownName> best =
        Comparator.comparingDouble(KnownName::prior).reversed().thenComparing(KnownName::kind);
    known.values().forEach(list -> list.sort(best));
    GazetteerTables tables =
        GazetteerTables.build(
            fingerprint,
            known,
            firstNames,
            common,
            places,
            companyShortNames(companies),
            usStates(lexicon));
    return new Gazetteer(tables, cues);
  }

  /**
   * The states of the United States by their abbreviations ({@code [us-state-abbreviations]}: "fla"
   * for Florida), as the places table knows them.
   */
  private Map<String, KnownName> usStates(Lexicon lexicon) {
    Map<String, KnownName> out = new HashMap<>();
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("us-state-abbreviations")) {
      KnownName state = null;
      for (KnownName k : known.getOrDefault(NameKey.of(g.canonical()), List.of())) {
        if (k.kind() == Kind.FIRST_LEVEL_REGION && k.country().equals("US")) {
          state = k;
        }
      }
      if (state == null) {
        throw new IllegalArgumentException(
            "lexicon.txt [us-state-abbreviations]: no US state " + g.canonical() + " in " + PLACES);
      }
      for (Lexicon.Alias a : g.aliases()) {
        if (!a.form().equals(g.canonical())) {
          out.put(NameKey.of(a.form()), state);
        }
      }
    }
    return out;
  }

  /**
   * The first words that stand for a listed company of several words ("palantir" for Palantir
   * Technologies, "exxon" for Exxon Mobil): a word no other listed company opens with, no known
   * name, and no word that would fire on ordinary text (a common word, a first name, a demonym).
   * Read after tagging only, to type a name the tagger found ({@link MentionResolver}).
   */
  private Map<String, String> companyShortNames(List<String> companies) {
    Map<String, String> byWord = new HashMap<>();
    Map<String, Integer> opening = new HashMap<>();
    for (String name : companies) {
      int space = name.indexOf(' ');
      if (space > 0) {
        String word = NameKey.of(name.substring(0, space));
        opening.merge(word, 1, Integer::sum);
        byWord.put(word, name);
      }
    }
    Map<String, String> out = new HashMap<>();
    byWord.forEach(
        (word, name) -> {
          if (opening.get(word) == 1
              && !word.isEmpty()
              && word.indexOf(' ') < 0
              && !known.containsKey(word)
              && !isOrdinaryWord(word)
              && !cues.demonyms().contains(word)
              && firstNames.getOrDefault(word, 0) == 0) {
            out.put(word, name);
          }
        });
    return out;
  }

  private void read(String name, java.util.function.Consumer<String[]> rows) throws IOException {
    try (InputStream in = resources.open(name)) {
      TsvGzip.read(in, rows);
    }
  }

  private void addPlace(PlaceRow row) {
    double prior = placePrior(row);
    Kind kind = Kind.of(row.kind());
    // A country is named as English news names it where the lexicon says so ("Czech Republic",
    // not GeoNames' "Czechia"); GeoNames' name stays one of its names.
    String name =
        kind == Kind.COUNTRY
            ? countryNames.getOrDefault(NameKey.of(row.name()), row.name())
            : row.name();
    String key = NameKey.of(name);
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
        new KnownName(EntityType.PLACE, name, kind, row.country(), prior, false, false));
    double aliasPrior = kind == Kind.POPULATED_PLACE ? prior - PLACE_ALIAS_DISCOUNT : prior;
    for (String alias : row.aliases()) {
      add(
          alias,
          new KnownName(
              EntityType.PLACE, name, kind, row.country(), aliasPrior, false, isCaps(alias)));
    }
  }

  static double placePrior(PlaceRow row) {
    return switch (Kind.of(row.kind())) {
      case COUNTRY -> COUNTRY_PRIOR;
      case FIRST_LEVEL_REGION -> SIZEABLE_PLACE_PRIOR;
      default -> {
        long p = row.population();
        if (p >= BIG_CITY_POPULATION || row.feature().equals("PPLC") && p >= CITY_POPULATION) {
          yield BIG_PLACE_PRIOR;
        }
        yield p >= CITY_POPULATION
            ? SIZEABLE_PLACE_PRIOR
            : p >= TOWN_POPULATION ? TOWN_PRIOR : VILLAGE_PRIOR;
      }
    };
  }

  private void addLexiconNames(Lexicon lexicon) {
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("place-aliases")) {
      KnownName country = countryNamed(g.canonical());
      Kind kind = country != null ? Kind.COUNTRY : Kind.REGION;
      String code = country != null ? country.country() : "";
      String canonical = country != null ? country.canonical() : g.canonical();
      addGroup(g, EntityType.PLACE, canonical, kind, code, COUNTRY_PRIOR);
    }
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("regions")) {
      // A place the lexicon lists under its own name is no other place's alternate name: GeoNames
      // gives "West Germany" as a name of Germany.
      String own = NameKey.of(g.canonical());
      List<KnownName> listed = known.get(own);
      if (listed != null) {
        listed.removeIf(
            k -> k.type() == EntityType.PLACE && !NameKey.of(k.canonical()).equals(own));
      }
      addGroup(g, EntityType.PLACE, g.canonical(), Kind.REGION, "", BIG_PLACE_PRIOR);
    }
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("organizations")) {
      addGroup(g, EntityType.ORGANIZATION, g.canonical(), Kind.ORGANISATION, "", COUNTRY_PRIOR);
    }
    for (Lexicon.AliasGroup g : lexicon.aliasGroups("media")) {
      addGroup(
          g, EntityType.ORGANIZATION, g.canonical(), Kind.NEWS_ORGANISATION, "", COUNTRY_PRIOR);
    }
  }

  private void addGroup(
      Lexicon.AliasGroup g,
      EntityType type,
      String canonical,
      Kind kind,
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
      if (k.kind() == Kind.COUNTRY) {
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
    Kind kind = Kind.of(row[1].charAt(0));
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
  private void addListed(String name, Kind kind, String country, String canonical) {
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
                Kind.SPORTS_TEAM,
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
