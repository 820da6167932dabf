package org.gazette.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.extract.KnownName.Kind;
import org.gazette.model.Article;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * Takes the document-level decisions: one type per name key (a work, a band or a company its words
 * name as one, {@link WorkCues}, is no person), acronyms joined to the names they abbreviate,
 * surnames and partial names joined to the full name, known aliases joined under one canonical
 * name, spelling variants merged; then adds the source and authors of the article.
 */
final class MentionResolver {
  /**
   * How much a place in a country the document names gains over its namesakes elsewhere (prior
   * scale): it wins over those less than this more prominent.
   */
  private static final double DOCUMENT_COUNTRY_BONUS = 1.0;

  /** Abbreviations of time zones, which the gazetteer may know as other things ("EST", "CAT"). */
  private static final Set<String> TIME_ZONES =
      Set.of(
          "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "hst", "gmt", "bst",
          "cet", "cest", "eet", "eest", "wet", "utc", "ist", "jst", "aest", "aedt", "awst", "msk",
          "cat", "eat", "wat", "sast");

  private final Gazetteer gazetteer;

  /**
   * US births given a word as a first name from which it opens a full name that a double surname
   * written alone joins ("Daniel Day-Lewis", "Philippe Saint-Andre", with 3,029): a thousand, so
   * that a title that is a rare first name as well does not ("DJ John Peel", 851).
   */
  private static final int LINKING_FIRST_NAME = 1_000;

  MentionResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The entities of one document.
   *
   * @param found every name found in the title and body
   * @param definitions the "Long Form (ACRONYM)" pairs of the document
   * @param article the article, for its source and authors
   */
  List<Entity> resolve(List<Found> found, List<FieldScan.Definition> definitions, Article article) {
    Map<String, KeyGroup> groups = new LinkedHashMap<>();
    for (Found f : found) {
      groups.computeIfAbsent(f.key(), KeyGroup::new).add(f);
    }
    List<FieldScan.Definition> usable = new ArrayList<>();
    for (FieldScan.Definition d : definitions) {
      KeyGroup acronym = groups.get(d.acronymKey());
      KeyGroup longForm = groups.get(d.longKey());
      if (acronym != null && longForm != null && acronym != longForm) {
        usable.add(d);
        if (acronym.definedBy == null) {
          acronym.definedBy = d.longKey();
        }
        if (longForm.bestType() == null) {
          // A name that defines an acronym is an organisation unless something says otherwise.
          longForm.addOrganisationEvidence(KeyGroup.THRESHOLD);
        }
      }
    }
    preferPlacesInDocumentCountries(groups.values());
    Set<String> supported = supportedCanonicals(groups.values());
    WorkCues.Cued cued =
        WorkCues.of(found, article, gazetteer.cues()::isProseCapital, this::isPlaceName);
    for (KeyGroup g : groups.values()) {
      g.type = decideType(g, groups, supported);
      // "the comedy Sideways", "the band Franz Ferdinand", "the oil giant Yukos": a work, a band
      // or a company the tagger took for a person, in every mention of the article.
      if (g.type == EntityType.PERSON && cued.works().contains(g.key)
          || g.type == EntityType.ORGANIZATION
              && g.known == null
              && cued.products().contains(g.key)) {
        g.type = null;
      } else if (g.type == EntityType.PERSON && cued.organisations().contains(g.key)
          || g.type == EntityType.PLACE
              && (g.known == null || isSmallPlace(g.known))
              && cued.companies().contains(g.key)) {
        // "the supermarket giant Tesco", "Tesco shares": a company, though the tagger took it
        // for a place the gazetteer does not know, or knows as a small town only ("Rio Tinto,
        // the world's second-biggest miner").
        g.type = EntityType.ORGANIZATION;
      } else if (g.type == EntityType.PLACE && isTeam(g.key, cued)) {
        // "Liverpool manager Rafael Benitez": the club, in every mention of the article.
        g.type = EntityType.ORGANIZATION;
      } else if (g.type == EntityType.PLACE && isEvent(g.key, cued)) {
        // "Wimbledon champion Conchita Martinez": the tournament, in every mention.
        g.type = null;
      }
      KnownName state = abbreviatedState(g, article, groups);
      if (state != null) {
        // "Tampa, Fla.": Florida, not the Norwegian town of Flå its letters fold to.
        g.known = state;
        g.type = EntityType.PLACE;
        g.abbreviatedState = true;
      } else if (isKnownOrganisation(g)) {
        // "investors in Google", "Paris St Germain said": a name the gazetteer knows only as an
        // organisation, whatever the words around it suggest.
        g.type = EntityType.ORGANIZATION;
      } else if (isCompanyByShortName(g, groups)) {
        // "Palantir said": a listed company by the word that opens its name.
        g.type = EntityType.ORGANIZATION;
      }
      if ((g.type == EntityType.PERSON || g.type == EntityType.PLACE && g.known == null)
          && !g.isOneWord()
          && gazetteer
              .cues()
              .organisationOpeners()
              .contains(g.key.substring(0, g.key.indexOf(' ')))) {
        // "Kata'ib Hezbollah", "Harakat al-Nujaba": brigades and movements, not people.
        g.type = EntityType.ORGANIZATION;
      }
      if (TIME_ZONES.contains(g.key)
          && g.mentions.stream().allMatch(f -> GazetteerLoader.isCaps(f.text()))) {
        g.type = null; // "4 p.m. (EST)": a time zone, not Cameroon's East region
      }
      if (!g.isOneWord()
          && g.type != EntityType.PERSON
          && gazetteer
              .cues()
              .eventEndings()
              .contains(g.key.substring(g.key.lastIndexOf(' ') + 1))) {
        g.type = null; // "Qatar Open", "Toshiba Classic": a tournament
      }
      if (isCompetition(g.key)) {
        // "Six Nations", "Champions League", "RBS Six Nations": a competition (with its sponsor),
        // neither organisation nor place.
        g.type = null;
      }
    }
    // "companies such as Nokia, Sagem, Sony and Thomson": the unknown names of a list of known
    // ones take their type.
    NameLists.types(found, groups, article).forEach((key, type) -> groups.get(key).type = type);
    Map<KeyGroup, Cluster> clusterOf = new HashMap<>();
    List<Cluster> clusters = cluster(groups, clusterOf);
    for (FieldScan.Definition d : usable) {
      Cluster into = clusterOf.get(groups.get(groups.get(d.acronymKey()).definedBy));
      Cluster from = clusterOf.get(groups.get(d.longKey()));
      if (into != null && from != null && into != from && into.type == from.type) {
        merge(from, into, clusterOf);
      }
    }
    clusters.removeIf(c -> c.groups.isEmpty());
    PersonLinker.link(
        clusters,
        groups.values(),
        clusterOf,
        article.authors(),
        w -> gazetteer.firstNameCount(w) >= LINKING_FIRST_NAME);
    OrganisationLinker.link(
        clusters, groups.values(), clusterOf, gazetteer.cues(), g -> isTownOfRegion(g, article));
    return new EntityAssembler().assemble(Cluster.mergeVariants(clusters), article);
  }

  /**
   * Whether the words of the article make the place of {@code key} a team: words only a team takes
   * ("Leicester fans", "Newcastle 27-27 Gloucester") for a town, not a country or a region, which
   * stays a place as it does in results ("Brazil beat Argentina 2-0"); words other names take as
   * well ("Newcastle have joined the race") only for a club the gazetteer knows ("Newcastle").
   */
  private boolean isTeam(String key, WorkCues.Cued cued) {
    if (!cued.clubs().contains(key) || isNation(key)) {
      return false;
    }
    boolean club = false;
    for (KnownName k : gazetteer.lookup(key)) {
      club |= k.kind() == Kind.SPORTS_TEAM;
    }
    return club || cued.teams().contains(key);
  }

  /**
   * Whether the words of the article make the place of {@code key} a sporting event named after it
   * ("Wimbledon champion"); never a country or a region ("the England title" is a team's).
   */
  private boolean isEvent(String key, WorkCues.Cued cued) {
    return cued.events().contains(key) && !isNation(key);
  }

  /**
   * Whether a name typed a place or a person is an organisation the gazetteer knows by a name that
   * means nothing else ({@link KeyGroup#ambiguousOnly} false), surer than any namesake of that type
   * ("investors in Google": GeoNames gives Topeka the name in jest, with a lower prior). A person
   * only for a well-known organisation or a team: a name of the companies table may be a person's
   * as well ("Howard Hughes", "Westwood").
   */
  private boolean isKnownOrganisation(KeyGroup g) {
    if (g.known == null
        || g.known.type() != EntityType.ORGANIZATION
        || g.ambiguousOnly
        || g.type != EntityType.PLACE && g.type != EntityType.PERSON) {
      return false;
    }
    Kind kind = g.known.kind();
    if (g.type == EntityType.PERSON && !kind.isWellKnown() && kind != Kind.SPORTS_TEAM) {
      return false;
    }
    for (KnownName k : gazetteer.lookup(g.key)) {
      if (k.type() == g.type && k.prior() >= g.known.prior()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The US state that the name of {@code g} abbreviates, when a mention of it follows a town the
   * gazetteer knows or a place of the article and a comma ("Tampa, Fla.", "San Diego, CA", "CAMP
   * LEJEUNE, N.C."; not "Harry Preuss, MD"); else null.
   */
  private KnownName abbreviatedState(KeyGroup g, Article article, Map<String, KeyGroup> groups) {
    KnownName state = gazetteer.usStateAbbreviated(g.key);
    if (state == null) {
      return null;
    }
    for (Found f : g.mentions) {
      String text =
          f.field() == org.gazette.model.ArticleField.TITLE ? article.title() : article.body();
      if (text != null
          && f.start() <= text.length()
          && followsTownAndComma(text, f.start(), groups)) {
        return state;
      }
    }
    return null;
  }

  /** The most words of a town before a state's abbreviation ("Salt Lake City, Utah"). */
  private static final int MAX_TOWN_WORDS = 3;

  /**
   * Whether a comma and a space stand before {@code start}, and before them the name of a place the
   * gazetteer knows or the article names ({@code groups}), of one to {@link #MAX_TOWN_WORDS}
   * capitalised words.
   */
  private boolean followsTownAndComma(String text, int start, Map<String, KeyGroup> groups) {
    int i = start;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == start || i < 2 || text.charAt(i - 1) != ',') {
      return false;
    }
    int end = i - 1;
    int from = end;
    for (int words = 0; words < MAX_TOWN_WORDS; words++) {
      int wordEnd = from;
      while (from > 0 && isNameChar(text.charAt(from - 1))) {
        from--;
      }
      if (from == wordEnd || !Character.isUpperCase(text.charAt(from))) {
        return false;
      }
      String town = NameKey.of(text.substring(from, end));
      for (KnownName k : gazetteer.lookup(town)) {
        if (k.type() == EntityType.PLACE) {
          return true;
        }
      }
      KeyGroup place = groups.get(town);
      if (place != null && place.type == EntityType.PLACE) {
        return true; // "CAMP LEJEUNE, N.C.": a place of the article the gazetteer does not know
      }
      if (from == 0 || text.charAt(from - 1) != ' ') {
        return false;
      }
      from--;
    }
    return false;
  }

  /** The longest name of a region or country after a town and a comma: "Riverton, Oregon". */
  private static final int MAX_REGION_CHARS = 40;

  /**
   * Whether a mention of {@code g} is followed by a comma and a country or region the gazetteer
   * knows, as a town is placed ("mayor of Riverton, Oregon", "Auburn, Alabama").
   */
  private boolean isTownOfRegion(KeyGroup g, Article article) {
    for (Found f : g.mentions) {
      String text =
          f.field() == org.gazette.model.ArticleField.TITLE ? article.title() : article.body();
      if (text == null || f.end() + 2 >= text.length() || text.charAt(f.end()) != ',') {
        continue;
      }
      int from = f.end() + 1;
      while (from < text.length() && text.charAt(from) == ' ') {
        from++;
      }
      int to = from;
      while (to < text.length() && to - from < MAX_REGION_CHARS && isRegionChar(text.charAt(to))) {
        to++;
      }
      if (to == from || !Character.isUpperCase(text.charAt(from))) {
        continue;
      }
      // "Riverton, Oregon, as", "Auburn, Alabama and", "Salem, New Hampshire": the longest region.
      for (int e = to; e > from; e = text.lastIndexOf(' ', e - 1)) {
        if (text.charAt(e - 1) != ' ' && isNation(NameKey.of(text.substring(from, e)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isRegionChar(char c) {
    return Character.isLetter(c) || c == ' ' || c == '-' || c == '\'';
  }

  private static boolean isNameChar(char c) {
    return Character.isLetter(c) || c == '.' || c == '-' || c == '\'';
  }

  /**
   * Whether a lone word taken for a person is the word that opens the name of a listed company and
   * stands for it alone ({@link Gazetteer#companyOpenedBy}), and no person of the document bears it
   * as a name ("Pfeiffer" after "Michelle Pfeiffer"). A place stays one: the gazetteer knows no
   * lakes or deserts, and "Earth" and "Patagonia" open company names too.
   */
  private boolean isCompanyByShortName(KeyGroup g, Map<String, KeyGroup> groups) {
    if (g.type != EntityType.PERSON
        || g.known != null
        || gazetteer.companyOpenedBy(g.key) == null) {
      return false;
    }
    String last = " " + g.key;
    String first = g.key + " ";
    for (KeyGroup other : groups.values()) {
      if (other != g
          && other.type == EntityType.PERSON
          && (other.key.endsWith(last) || other.key.startsWith(first))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the gazetteer knows {@code key} as a country or a region ({@link Kind#isNation}). */
  private boolean isNation(String key) {
    for (KnownName k : gazetteer.lookup(key)) {
      if (k.kind().isNation()) {
        return true;
      }
    }
    return false;
  }

  /** A competition of the lexicon, alone or after other words: "Six Nations", "RBS Six Nations". */
  private boolean isCompetition(String key) {
    Set<String> competitions = gazetteer.cues().competitions();
    if (competitions.contains(key)) {
      return true;
    }
    for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
      if (competitions.contains(key.substring(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A place the gazetteer knows as a town below {@link GazetteerLoader#SIZEABLE_PLACE_PRIOR}. */
  private static boolean isSmallPlace(KnownName k) {
    return k.type() == EntityType.PLACE
        && !k.kind().isNation()
        && k.prior() < GazetteerLoader.SIZEABLE_PLACE_PRIOR;
  }

  /** Whether the gazetteer knows {@code word} (as written) as a place. */
  private boolean isPlaceName(String word) {
    for (KnownName k : gazetteer.lookup(NameKey.of(word))) {
      if (k.type() == EntityType.PLACE) {
        return true;
      }
    }
    return false;
  }

  private static List<Cluster> cluster(
      Map<String, KeyGroup> groups, Map<KeyGroup, Cluster> clusterOf) {
    Map<String, Cluster> byId = new LinkedHashMap<>();
    List<KeyGroup> defined = new ArrayList<>();
    for (KeyGroup g : groups.values()) {
      if (g.type == null) {
        continue;
      }
      if (g.definedBy != null) {
        defined.add(g);
        continue;
      }
      Cluster c = byId.computeIfAbsent(clusterId(g), k -> new Cluster(g.type));
      c.add(g);
      clusterOf.put(g, c);
    }
    for (KeyGroup g : defined) {
      Cluster c = clusterOf.get(groups.get(g.definedBy));
      if (c != null) {
        c.add(g);
        clusterOf.put(g, c);
      }
    }
    return new ArrayList<>(byId.values());
  }

  static void merge(Cluster from, Cluster into, Map<KeyGroup, Cluster> clusterOf) {
    for (KeyGroup g : from.groups) {
      into.add(g);
      clusterOf.put(g, into);
    }
    from.groups.clear();
  }

  private static EntityType decideType(
      KeyGroup g, Map<String, KeyGroup> groups, Set<String> supported) {
    if (g.definedBy != null) {
      return groups.get(g.definedBy).bestType();
    }
    if (g.ambiguousOnly
        && g.known != null
        && !supported.contains(NameKey.of(g.known.canonical()))) {
      return null;
    }
    return g.bestType();
  }

  /**
   * Of several places with one name, takes the one in a country the document names ("Santa Barbara"
   * in the United States where the article names them), when it is nearly as prominent as the best
   * ({@link #DOCUMENT_COUNTRY_BONUS}).
   */
  private void preferPlacesInDocumentCountries(Iterable<KeyGroup> groups) {
    Set<String> countries = new HashSet<>();
    for (KeyGroup g : groups) {
      if (g.known != null && g.known.kind() == Kind.COUNTRY) {
        countries.add(g.known.country());
      }
    }
    for (KeyGroup g : groups) {
      if (g.known == null || g.known.type() != EntityType.PLACE || g.known.kind() == Kind.COUNTRY) {
        continue;
      }
      KnownName best = g.known;
      double bestScore =
          best.prior() + (countries.contains(best.country()) ? DOCUMENT_COUNTRY_BONUS : 0);
      for (KnownName k : gazetteer.lookup(g.key)) {
        double score = k.prior() + (countries.contains(k.country()) ? DOCUMENT_COUNTRY_BONUS : 0);
        if (k.type() == EntityType.PLACE && score > bestScore) {
          best = k;
          bestScore = score;
        }
      }
      g.known = best;
    }
  }

  /** The canonical names that some unambiguous mention in the document names. */
  private static Set<String> supportedCanonicals(Iterable<KeyGroup> groups) {
    Set<String> supported = new HashSet<>();
    for (KeyGroup g : groups) {
      for (Found f : g.mentions) {
        if (f.known() != null && !f.is(Found.AMBIGUOUS)) {
          supported.add(NameKey.of(f.known().canonical()));
        }
      }
    }
    return supported;
  }

  /** Names of one known entity meet under its canonical name; others under their own key. */
  private static String clusterId(KeyGroup g) {
    if (g.known != null && g.known.type() == g.type) {
      return g.type + ":" + NameKey.of(g.known.canonical());
    }
    return g.type + ":" + g.key;
  }
}
