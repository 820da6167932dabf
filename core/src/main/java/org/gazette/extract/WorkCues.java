package org.gazette.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;
import org.gazette.model.NameKey;

/**
 * Reads the words around a name that say it is the title of a work, or the name of a band or a
 * company: "the comedy Sideways", "Vera Drake star Imelda Staunton", "the band Franz Ferdinand",
 * "Franz Ferdinand frontman Alex Kapranos", "the oil giant Yukos", "ex-Yukos boss". One such
 * mention speaks for the whole article ({@link MentionResolver}): a work is no entity, whatever its
 * other mentions were tagged ("Sideways won five awards"), and a band or a company is an
 * organisation, not the person its name sounds like.
 *
 * <p>Only the word right before the name (nothing but spaces between) and the word right after it
 * count: "a Tom Cruise film" names the star, and so does "the film's star, Tom Cruise".
 */
final class WorkCues {
  /** Words before the title of a work: "the comedy Sideways", "the novel Atonement". */
  /**
   * Words before the given name of a storm ("Hurricane Katrina", "Typhoon Haiyan", "the storm
   * Desmond"): like a work's, that name is nobody's in the article, nor a place or organisation.
   */
  static final Set<String> STORM_BEFORE = Set.of("hurricane", "typhoon", "cyclone", "storm");

  private static final Set<String> WORK_BEFORE =
      Set.of(
          "film",
          "movie",
          "comedy",
          "drama",
          "thriller",
          "documentary",
          "biopic",
          "musical",
          "sitcom",
          "album",
          "single",
          "song",
          "novel",
          "book",
          "opera");

  /**
   * Words after the title of a work: "Vera Drake star Imelda Staunton", "Sideways director". Not
   * "stars", which is a verb as often ("Vince Vaughn stars in").
   */
  private static final Set<String> WORK_AFTER = Set.of("star", "co-star", "director");

  /**
   * Words after the name of a grade of oil ("Brent crude", "the Urals blend"): like a work's, that
   * name is nobody's in the article ("Brent has climbed"); a place stays one ("Kirkuk crude").
   */
  private static final Set<String> GRADE_AFTER = Set.of("crude", "blend");

  /**
   * Words before a band's name: "the band Franz Ferdinand" (not "wedding bands"), "Glasgow group
   * Franz Ferdinand", "the duo Chas and Dave".
   */
  private static final Set<String> BAND_BEFORE = Set.of("band", "group", "duo", "trio");

  /**
   * Verbs in the plural right after a name that opens a sentence or a clause, which British reports
   * give a band, a team or a company and never one person: "Franz Ferdinand have achieved", "In
   * this year's survey, Keane were followed by". Not after a word ("the troops of Dou Jiande were",
   * "his wife Julia have") nor after a list ("Stone, Keane are"), where the plural is another's.
   */
  private static final Set<String> PLURAL_AFTER = Set.of("have", "were", "are");

  /**
   * Words after a name that make it a sporting event, not the place it is named after: "Wimbledon
   * champion Conchita Martinez", "the Wimbledon title".
   */
  private static final Set<String> EVENT_AFTER =
      Set.of("champion", "finalist", "semi-finalist", "quarter-finalist", "title");

  /** Words after a band's name: "Franz Ferdinand frontman Alex Kapranos". */
  private static final Set<String> BAND_AFTER =
      Set.of("frontman", "frontwoman", "guitarist", "drummer", "bassist");

  /**
   * Words before a company's name when a word of its trade comes first: "the oil giant Yukos", "the
   * drinks firm Diageo", "software company Microsoft"; not "the company Bill Gates founded", and no
   * word that is also a person's trade ("film maker", "publisher", "broadcaster").
   */
  private static final Set<String> COMPANY_BEFORE =
      Set.of(
          "giant",
          "firm",
          "company",
          "manufacturer",
          "retailer",
          "carrier",
          "airline",
          "lender",
          "insurer",
          "conglomerate",
          "supermarket",
          "chain");

  /** Words that leave a {@link #COMPANY_BEFORE} word without a trade: "the firm", "his company". */
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that");

  /**
   * Words after a company's name that no place takes: "ex-Yukos boss", "Yukos shares", "Yukos
   * shareholders", "Tesco profits".
   */
  private static final Set<String> OWNED_AFTER =
      Set.of(
          "boss",
          "bosses",
          "shares",
          "shareholders",
          "shareholder",
          "stock",
          "profits",
          "revenues",
          "subscribers");

  /**
   * Words after a company's name that follow a place as well, where a company works: "Euronext
   * chief Jean-Francois Theodore", "Opel workers", "the Siemens plant" ("Cowley workers", "the
   * Longbridge plant").
   */
  private static final Set<String> COMPANY_AFTER =
      Set.of(
          "chief",
          "executives",
          "employees",
          "workers",
          "subsidiary",
          "plant",
          "factory",
          "customers");

  /**
   * Words after a sports team's name that no town's name is followed by: "Liverpool manager Rafael
   * Benitez", "Leicester fans", "Newcastle striker".
   */
  private static final Set<String> TEAM_AFTER =
      Set.of(
          "manager",
          "boss",
          "coach",
          "striker",
          "midfielder",
          "defender",
          "goalkeeper",
          "fans",
          "supporters");

  /**
   * Words after a club's name that also follow other names: positions shared with other trades, the
   * plural of British sports reports ("Liverpool were beaten", "Newcastle have joined the race",
   * "Leeds remain third", "Hull face Bolton", "Arsenal lead the table"), and the verbs of a result
   * ("Leeds beat Fulham", "LEEDS BEAT FULHAM" in a title). They make a club of a town only when the
   * gazetteer knows the club.
   */
  private static final Set<String> CLUB_AFTER =
      Set.of(
          "keeper",
          "winger",
          "centre",
          "prop",
          "flanker",
          "fly-half",
          "scrum-half",
          "full-back",
          "captain",
          "squad",
          "were",
          "are",
          "have",
          "v",
          "beat",
          "beats",
          "defeated",
          "drew",
          "remain",
          "face",
          "host",
          "lead",
          "trail",
          "entertain");

  /**
   * Words before a club's name: "Chelsea beat Newcastle", "Yeading v Newcastle", "a game against
   * Newcastle"; for a club the gazetteer knows, as {@link #CLUB_AFTER}.
   */
  private static final Set<String> CLUB_BEFORE = Set.of("beat", "v", "against");

  /**
   * The keys of the names an article's words call works, those they call organisations (bands and
   * companies), those of them the words call so as no place is called ({@code companies}: "the oil
   * giant Yukos", "Tesco shares"; not "Cowley workers", a works' place), those they call sports
   * teams ({@code teams}: a town there is its team), those words call teams only if the gazetteer
   * knows a club of that name ({@code clubs}, which holds the teams as well), and the works that an
   * apposition calls made things ({@code products}: "the Vision Pro, a mixed-reality headset"),
   * which are no organisation either.
   */
  record Cued(
      Set<String> works,
      Set<String> organisations,
      Set<String> companies,
      Set<String> teams,
      Set<String> clubs,
      Set<String> events,
      Set<String> products) {}

  private WorkCues() {}

  /**
   * What follows a name that opens the title of a work: "Harry Potter and the Prisoner of Azkaban",
   * "Indiana Jones and the Kingdom of the Crystal Skull" (one to three capitalised words, then "of"
   * and a capitalised word).
   */
  private static final Pattern TITLE_AFTER =
      Pattern.compile(
          "\\s+and\\s+[Tt]he\\s+((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,3})[Oo]f\\s+(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}'\u2019-]*)");

  /**
   * The cues of an article's names. {@code proseCapital} and {@code place} tell the words that make
   * "X and the Y of Z" no title: a title, role or head noun before "of" ({@link
   * Cues#isProseCapital}: "Blair and the Chancellor of the Exchequer", "Brown and the Bank of
   * England"), a place after it ("Mavis Staples and the Blind Boys of Alabama").
   */
  static Cued of(
      Iterable<Found> found,
      Article article,
      Predicate<String> proseCapital,
      Predicate<String> place) {
    Set<String> works = new HashSet<>();
    Set<String> products = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    Set<String> companies = new HashSet<>();
    Set<String> teams = new HashSet<>();
    Set<String> clubs = new HashSet<>();
    Set<String> events = new HashSet<>();
    Boolean sport = null; // read from the whole text only where a name owns another
    Boolean market = null; // read from the whole text only where a move without an amount follows
    for (Found f : found) {
      String text = f.field() == ArticleField.TITLE ? article.title() : article.body();
      if (text == null || f.end() > text.length()) {
        continue;
      }
      String before = wordBefore(text, f.start());
      String after = wordAfter(text, f.end());
      if (WORK_BEFORE.contains(before)
          || STORM_BEFORE.contains(before)
          || WORK_AFTER.contains(after)
          || GRADE_AFTER.contains(after)
          || opensTitle(text, f.end(), proseCapital, place)) {
        works.add(f.key());
      } else if (isProductApposition(text, f.end())) {
        works.add(f.key());
        products.add(f.key());
      } else if (COMPANY_BEFORE.contains(before) && hasTrade(text, f.start())
          || OWNED_AFTER.contains(after) && !isStockMarketAfter(text, f.end())
          || isSharesIn(text, f.start())
          || isCompanyApposition(text, f.end())
          || isWhichTrades(text, f.end())
          || isAnalystsAt(text, f.start())
          || isListAfterCompanyCue(text, f.start())
          || MarketMoves.follows(text, f.start(), f.end(), false)) {
        organisations.add(f.key());
        companies.add(f.key());
      } else if (MarketMoves.follows(text, f.start(), f.end(), true)
          && (market != null ? market : (market = MarketMoves.isMarketReport(article)))) {
        organisations.add(f.key());
        companies.add(f.key());
      } else if (BAND_BEFORE.contains(before)
          || BAND_AFTER.contains(after)
          || COMPANY_AFTER.contains(after)
          || PLURAL_AFTER.contains(after) && opensClause(text, f.start())) {
        organisations.add(f.key());
      }
      if (EVENT_AFTER.contains(after)) {
        events.add(f.key());
      }
      // A score beside a name is a team's too: "Newcastle 27-27 Gloucester".
      if (TEAM_AFTER.contains(after)
          || MatchReports.isScore(after)
          || MatchReports.isScore(before)) {
        teams.add(f.key());
        clubs.add(f.key());
      } else if (CLUB_AFTER.contains(after) || CLUB_BEFORE.contains(before)) {
        clubs.add(f.key());
      } else if (isFixtureBefore(text, f.start())) {
        if (sport == null) {
          sport = speaksOfSport(article);
        }
        if (sport) {
          clubs.add(f.key()); // "Arsenal face Liverpool", "lost to Wolves" in a report on football
        }
      } else if (ownsName(text, f.end())) {
        if (sport == null) {
          sport = speaksOfSport(article);
        }
        if (sport) {
          clubs.add(f.key()); // "Tottenham's Teddy Sheringham" in a report on football
        }
      }
    }
    organisations.removeAll(works);
    companies.removeAll(works);
    return new Cued(works, organisations, companies, teams, clubs, events, products);
  }

  /**
   * Whether the name ending at {@code end} opens the title of a work ({@link #TITLE_AFTER}) whose
   * words before "of" are none of {@code proseCapital} (lower case) and whose word after it is no
   * {@code place} (as written).
   */
  static boolean opensTitle(
      String text, int end, Predicate<String> proseCapital, Predicate<String> place) {
    Matcher m = TITLE_AFTER.matcher(text);
    m.region(end, Math.min(text.length(), end + 120));
    if (!m.lookingAt() || place.test(m.group(2))) {
      return false;
    }
    for (String w : m.group(1).strip().split("\\s+")) {
      if (proseCapital.test(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the name at {@code start} opens a sentence or a clause: nothing but punctuation that
   * ends one before it, or a comma after a lower-case word ("debut, Franz Ferdinand have"; not
   * "Stone, Keane are", a list).
   */
  private static boolean opensClause(String text, int start) {
    int i = start;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i == 0) {
      return true;
    }
    char c = text.charAt(i - 1);
    if (c == ',') {
      int from = i - 1;
      while (from > 0 && isWordChar(text.charAt(from - 1))) {
        from--;
      }
      return from < i - 1 && Character.isLowerCase(text.charAt(from));
    }
    return ".!?:;\"\u201c".indexOf(c) >= 0 || i < start && text.charAt(i) == '\n';
  }

  /**
   * Whether a word of a trade stands before the word that ends right before {@code start}: a word
   * that is no determiner, in lower case or capitalised where it opens a sentence ("oil" in "oil
   * giant Yukos", "Anti-virus firm Sophos said"; not "the" in "the firm").
   */
  private static boolean hasTrade(String text, int start) {
    int cue = wordStart(text, start);
    if (cue < 0) {
      return false;
    }
    int trade = wordStart(text, cue);
    if (trade < 0 || !Character.isLowerCase(text.charAt(trade)) && !opensClause(text, trade)) {
      return false;
    }
    return !DETERMINERS.contains(wordBefore(text, cue));
  }

  /** The lower-case word that ends right before {@code start} with only spaces between, or "". */
  static String wordBefore(String text, int start) {
    int from = wordStart(text, start);
    if (from < 0) {
      return "";
    }
    int end = start;
    while (text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Where the word that ends right before {@code start} begins, with only spaces between it and
   * {@code start}; -1 when no word stands there.
   */
  private static int wordStart(String text, int start) {
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == start || end == 0 || !isWordChar(text.charAt(end - 1))) {
      return -1;
    }
    int from = end;
    while (from > 0 && isWordChar(text.charAt(from - 1))) {
      from--;
    }
    return from;
  }

  /** The lower-case word that starts right after {@code end} with only spaces between, or "". */
  /**
   * Nouns of companies that an apposition ends in, those of {@link #COMPANY_BEFORE} and more: "Rio
   * Tinto, the world's second-biggest miner,", "Ahold, the Dutch retailer". No noun that names a
   * person's trade as well ("trader", "operator"; a person is "a former banker").
   */
  private static final Set<String> COMPANY_NOUNS = companyNouns();

  private static Set<String> companyNouns() {
    Set<String> nouns =
        new HashSet<>(
            Set.of(
                "group",
                "miner",
                "carmaker",
                "automaker",
                "chipmaker",
                "drugmaker",
                "brewer",
                "bank",
                "maker",
                "producer",
                "supplier",
                "subsidiary",
                "unit"));
    nouns.addAll(COMPANY_BEFORE);
    return Set.copyOf(nouns);
  }

  /**
   * Whether a comma and an apposition of two to seven words that opens with "the" or "a" and ends
   * in a noun of {@link #COMPANY_NOUNS} follow {@code end}, up to the next comma or full stop, with
   * no "of", "at" or "for" that would make it a person's place in a company, nor "former".
   */
  private static boolean isCompanyApposition(String text, int end) {
    String[] words = appositionWords(text, end, 80);
    if (words == null || words.length < 2 || words.length > 7) {
      return false;
    }
    String first = words[0];
    String last = words[words.length - 1];
    for (String w : words) {
      if (w.equals("of") || w.equals("at") || w.equals("for") || w.equals("former")) {
        return false; // "Gianni Agnelli, the patriarch of the Fiat group": a person of the company
      }
    }
    return (first.equals("the") || first.equals("a") || first.equals("an"))
        && COMPANY_NOUNS.contains(last);
  }

  /** Nouns of made things an apposition ends in: "the Vision Pro, a mixed-reality headset". */
  private static final Set<String> PRODUCT_NOUNS =
      Set.of(
          "headset",
          "smartphone",
          "handset",
          "phone",
          "console",
          "tablet",
          "laptop",
          "chip",
          "processor",
          "browser",
          "app",
          "saloon",
          "hatchback",
          "airliner",
          "jet",
          "helicopter",
          "drone",
          "missile",
          "rifle",
          "drug",
          "vaccine",
          "pill",
          "satellite",
          "rocket",
          "spacecraft",
          "telescope");

  /**
   * Whether a comma and an apposition of two to six words that opens with "a" or "an" and ends in a
   * noun of {@link #PRODUCT_NOUNS} follow {@code end}, up to the next comma or full stop: the name
   * is a product's ("the Vision Pro, a mixed-reality headset", "Tamiflu, an antiviral drug").
   */
  private static boolean isProductApposition(String text, int end) {
    String[] words = appositionWords(text, end, 60);
    if (words == null) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (words[i].equals("that") || words[i].equals("which")) {
        words = java.util.Arrays.copyOf(words, i); // "a headset that will cost $3,499"
        break;
      }
    }
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (w.equals("of") || w.equals("for") || w.equals("by")) {
        return false; // "a maker of autonomous forklifts": a company
      }
    }
    return (words[0].equals("a") || words[0].equals("an"))
        && PRODUCT_NOUNS.contains(words[words.length - 1]);
  }

  /**
   * Whether "stock exchange" or "stock market" follows {@code end}: "the Frankfurt stock exchange"
   * is a town's, where "Yukos stock" is a company's.
   */
  private static boolean isStockMarketAfter(String text, int end) {
    int from = end;
    while (from < text.length() && text.charAt(from) == ' ') {
      from++;
    }
    if (!wordAfter(text, end).equals("stock")) {
      return false;
    }
    String market = wordAfter(text, from + "stock".length());
    return market.startsWith("exchange") || market.startsWith("market");
  }

  /**
   * The words after a comma and a space at {@code end}, up to the next comma, full stop, semicolon,
   * colon or line end and within {@code maxChars} of the comma; null where no comma and space
   * follow.
   */
  private static String[] appositionWords(String text, int end, int maxChars) {
    if (end + 2 >= text.length() || text.charAt(end) != ',' || text.charAt(end + 1) != ' ') {
      return null;
    }
    int stop = end + 2;
    while (stop < text.length()
        && stop - end < maxChars
        && ",.;:\n".indexOf(text.charAt(stop)) < 0) {
      stop++;
    }
    return text.substring(end + 2, stop).split(" ");
  }

  /** Verbs of trade after ", which": what a company does ("Meta, which owns Facebook"). */
  private static final Set<String> TRADES =
      Set.of(
          "owns",
          "makes",
          "sells",
          "operates",
          "manufactures",
          "builds",
          "develops",
          "publishes",
          "employs",
          "acquired",
          "bought");

  /**
   * Whether ", which" and a verb of {@link #TRADES} follow {@code end}: "Meta, which sells the
   * Quest 3", "Marconi, which makes telecoms equipment". A person takes "who"; a country or a
   * region that "produces" oil stays a place (and no such verb is here).
   */
  private static boolean isWhichTrades(String text, int end) {
    if (!text.startsWith(", which ", end)) {
      return false;
    }
    return TRADES.contains(wordAfter(text, end + ", which".length()));
  }

  /** Those who speak for a bank or broker: "analysts at Jefferies", "an economist at ING". */
  private static final Set<String> ANALYSTS =
      Set.of(
          "analyst",
          "analysts",
          "economist",
          "economists",
          "strategist",
          "strategists",
          "dealers",
          "traders");

  /** Whether a word of {@link #ANALYSTS} and "at" stand right before {@code start}. */
  private static boolean isAnalystsAt(String text, int start) {
    if (start < 4 || !text.startsWith("at ", start - 3)) {
      return false;
    }
    return ANALYSTS.contains(wordBefore(text, start - 3));
  }

  /** The most names of a list before the one a company cue ends it with. */
  private static final int LIST_NAMES = 3;

  /** The most words of one name of such a list. */
  private static final int LIST_NAME_WORDS = 3;

  /**
   * Whether the name at {@code start} ends a list whose first name follows "shares of" or "analysts
   * at": "Shares of Capgemini and Atos fell", "analysts at Jefferies and Bernstein", "a stake in
   * Vodafone, BT and Orange". The names before it are capitalised words joined by commas and "and".
   */
  static boolean isListAfterCompanyCue(String text, int start) {
    int at = start;
    for (int names = 0; names < LIST_NAMES; names++) {
      int end = listJoint(text, at);
      int from = -1;
      for (int words = 0; words < LIST_NAME_WORDS && end > 0; words++) {
        int w = end;
        while (w > 0 && isWordChar(text.charAt(w - 1))) {
          w--;
        }
        if (w == end || !Character.isUpperCase(text.charAt(w))) {
          break;
        }
        from = w;
        end = w > 0 && text.charAt(w - 1) == ' ' ? w - 1 : -1;
      }
      if (from < 0) {
        return false;
      }
      if (isSharesIn(text, from) || isAnalystsAt(text, from)) {
        return true;
      }
      at = from;
    }
    return false;
  }

  /**
   * Where the name before ", " or " and " ends, when one of them ends at {@code start}; else -1.
   */
  private static int listJoint(String text, int start) {
    String before = text.substring(Math.max(0, start - 5), start);
    if (before.endsWith(" and ")) {
      return start - 5;
    }
    if (before.endsWith(", ")) {
      return start - 2;
    }
    return -1;
  }

  /** Whether "shares in", "shares of" or "stake in" stands right before {@code start}. */
  static boolean isSharesIn(String text, int start) {
    String before =
        text.substring(Math.max(0, start - 12), start).toLowerCase(java.util.Locale.ROOT);
    return before.endsWith("shares in ")
        || before.endsWith("shares of ")
        || before.endsWith("stake in ");
  }

  /**
   * Verbs of a fixture before a club's name ("Arsenal face Liverpool", "Manchester City host
   * Brighton"), which name a town as well elsewhere ("the Queen will visit Liverpool"): they count
   * in a report on a sport of clubs only, for a club the gazetteer knows.
   */
  private static final Set<String> FIXTURE_VERBS =
      Set.of(
          "face",
          "faces",
          "host",
          "hosts",
          "visit",
          "visits",
          "entertain",
          "entertains",
          "meet",
          "meets",
          "play",
          "plays");

  /** Words of a result before a club's name: "lost to Wolves", "drew with Hibernian". */
  private static final List<String> RESULT_BEFORE =
      List.of(
          "lost to ",
          "loss to ",
          "drew with ",
          "draw with ",
          "win over ",
          "victory over ",
          "defeat to ",
          "defeat by ",
          "lost at ",
          "won at ");

  /** Whether a verb of a fixture or words of a result stand right before {@code start}. */
  private static boolean isFixtureBefore(String text, int start) {
    if (FIXTURE_VERBS.contains(wordBefore(text, start))) {
      return true;
    }
    String before = text.substring(Math.max(0, start - 14), start);
    for (String words : RESULT_BEFORE) {
      if (before.endsWith(words)) {
        return true;
      }
    }
    return false;
  }

  /** Words that say an article speaks of a sport of clubs. */
  private static final Set<String> SPORT_WORDS =
      Set.of(
          "football",
          "soccer",
          "rugby",
          "cricket",
          "basketball",
          "hockey",
          "striker",
          "midfielder",
          "goalkeeper",
          "league",
          "premiership",
          "goals");

  /** Whether the title or body holds a word of {@link #SPORT_WORDS}. */
  private static boolean speaksOfSport(Article article) {
    return holdsWord(article, SPORT_WORDS);
  }

  /** Whether the title or body of {@code article} holds a word of {@code words} (lower case). */
  static boolean holdsWord(Article article, Set<String> words) {
    for (String text : new String[] {article.title(), article.body()}) {
      if (text == null) {
        continue;
      }
      for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
        if (words.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a possessive and a capitalised word follow {@code end}: "Tottenham's Teddy". */
  private static boolean ownsName(String text, int end) {
    return end + 3 < text.length()
        && NameKey.isApostrophe(text.charAt(end))
        && text.charAt(end + 1) == 's'
        && text.charAt(end + 2) == ' '
        && Character.isUpperCase(text.charAt(end + 3));
  }

  static String wordAfter(String text, int end) {
    int from = end;
    while (from < text.length() && text.charAt(from) == ' ') {
      from++;
    }
    if (from == end) {
      return "";
    }
    int to = from;
    while (to < text.length() && isWordChar(text.charAt(to))) {
      to++;
    }
    return text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }
}
