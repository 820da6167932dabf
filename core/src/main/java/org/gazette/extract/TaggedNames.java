package org.gazette.extract;

import static org.gazette.extract.TaggedMentions.isCertainKnown;
import static org.gazette.extract.TaggedMentions.only;

import java.util.List;
import java.util.Set;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * The names of a block's tagging as spans of tokens with their type and the tagger's type shares,
 * put right for {@link TaggedMentions}, in this order: cut at spaced dashes and joined at glued
 * apostrophes; a country and "and" cut from the name it opens ("U.S. and Coalition Forces"); the
 * runs of rows of sports results taken as teams ({@link ResultRows}), and the towns that stand as
 * the sides of a match in prose ({@link MatchReports}); a one-word person in a list of places made
 * a place; the known place of a dateline taken as one; and the bounds of a well-known name of
 * several words the rules found kept against a name that cuts across it.
 *
 * <p>NOTE: immutable and thread-safe.
 */
final class TaggedNames {
  private final MentionScorer scorer;
  private final NameWords words;
  private final Newspapers newspapers;

  TaggedNames(MentionScorer scorer, NameWords words) {
    this.scorer = scorer;
    this.words = words;
    this.newspapers = new Newspapers(scorer);
  }

  /**
   * The names of {@code tagging} ({@link #tagged}) put right as the class says, the bounds of the
   * well-known names the rules found last ({@code ruleFound}, of the same block; {@link
   * #knownBounds}).
   */
  List<Name> names(FieldScan s, NameTagger.Tagging tagging, List<Found> ruleFound) {
    List<Name> names = teams(s, atCountryAnd(s, descriptions(s, tagged(s, tagging))));
    names = dateline(s, directedPlaces(s, placeLists(s, sides(s, names, ruleFound))));
    names = competitors(s, scorecard(s, lineUps(s, scorers(s, names))));
    names =
        knownBounds(
            s, unitOrdinals(s, commonOpeners(s, firms(s, andOpeners(s, names)))), ruleFound);
    return newspapers.names(s, names);
  }

  /**
   * Words of description that open a sentence before a name and are no part of it: "Rival Snowflake
   * fell 3%", "Carmaker Stellantis said", "Fellow Republican John McCain".
   */
  private static final Set<String> DESCRIPTIONS =
      Set.of(
          "rival",
          "rivals",
          "fellow",
          "carmaker",
          "automaker",
          "chipmaker",
          "drugmaker",
          "retailer",
          "insurer",
          "lender",
          "miner",
          "conglomerate",
          "startup",
          "start-up",
          "competitor",
          "peer");

  /** Whether {@code t} is a word of {@link #DESCRIPTIONS}. */
  static boolean isDescription(Token t) {
    return DESCRIPTIONS.contains(t.lower());
  }

  /** The names without a word of {@link #DESCRIPTIONS} that opens them, when words follow it. */
  private static List<Name> descriptions(FieldScan s, List<Name> names) {
    List<Name> out = null;
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      if (n.b - n.a >= 2 && isDescription(s.token(n.a))) {
        out = replaced(names, out, i, new Name(n.a + 1, n.b, n.type, n.shares));
      }
    }
    return out == null ? names : out;
  }

  /**
   * The names with a capitalised common word right before an organisation's name as part of it,
   * where the tagger left it out: "Combined Joint Task Force" (tagged "Joint Task Force"). Only
   * before a name of two words or more that ends in a head noun of organisations, and a word inside
   * a sentence whose case tells, after no other capitalised word, in no other name, no title,
   * demonym, month or day, and no name the gazetteer knows.
   */
  private List<Name> commonOpeners(FieldScan s, List<Name> names) {
    List<Name> out = null;
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      int w = n.a - 1;
      if (!isOpenable(s, n, w)
          || !isOpeningWord(s, names, w)
          || s.token(w).is(Token.ALL_CAPS)
          || s.token(w).is(Token.NEWLINE_BEFORE)
          || !scorer.isCommon(s, s.token(w).lower())
          || s.token(w).text().endsWith(".")
          || isCo(s.token(w))
          || isLegalWord(s.token(w))
          || words.isTitleWord(s.token(w).lower())
          || DateWords.isCalendarWord(s.token(w).lower())) {
        continue;
      }
      out = replaced(names, out, i, new Name(w, n.b, n.type, n.shares));
    }
    return out == null ? names : out;
  }

  /**
   * Whether a word at {@code w} may open the organisation {@code n}: a name of two words or more
   * that ends in a head noun of organisations and that the gazetteer does not know, with a word
   * before it in the sentence.
   */
  private boolean isOpenable(FieldScan s, Name n, int w) {
    return n.type == EntityType.ORGANIZATION
        && w >= 1
        && n.b - n.a >= 2
        && words.endsInOrgHead(s, n.a, n.b)
        && scorer.known(s, n.a, n.b).length == 0;
  }

  /**
   * Whether the word at {@code w} (not the first of its block) is one that may open an
   * organisation's name: capitalised inside a sentence whose case tells, after no other capitalised
   * word but a sentence's "The" ("The Disaster and Emergency Management Authority"), in no other
   * name, no demonym and no name the gazetteer knows.
   */
  private boolean isOpeningWord(FieldScan s, List<Name> names, int w) {
    Token t = s.token(w);
    return t.isWord()
        && t.isCap()
        && !t.is(Token.SENTENCE_START)
        && !t.is(Token.CASE_UNRELIABLE)
        && !scorer.isDemonym(t)
        && !(s.token(w - 1).isWord()
            && s.token(w - 1).isCap()
            && !s.token(w - 1).text().equals("The"))
        && !covered(names, w, w + 1)
        && scorer.known(s, w, w + 1).length == 0;
  }

  /** {@code names} with {@code n} at {@code i}, in {@code out} or in a copy made the first time. */
  private static List<Name> replaced(List<Name> names, List<Name> out, int i, Name n) {
    List<Name> copy = out == null ? new java.util.ArrayList<>(names) : out;
    copy.set(i, n);
    return copy;
  }

  /**
   * The names with the ordinal number right before an organisation's name as part of it, where the
   * tagger left it out: "the 3rd Marine Expeditionary Brigade", "the 82nd Airborne Division" (a
   * unit is named by its number). Only before a name of two words or more that ends in a head noun
   * of organisations ("the 100th Congress" stays Congress), and an ordinal written with digits that
   * no other name covers.
   */
  private List<Name> unitOrdinals(FieldScan s, List<Name> names) {
    List<Name> out = null;
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      if (n.type != EntityType.ORGANIZATION
          || n.a < 1
          || n.b - n.a < 2
          || !s.token(n.a - 1).isOrdinal()
          || !words.endsInOrgHead(s, n.a, n.b)
          || covered(names, n.a - 1, n.a)) {
        continue;
      }
      out = replaced(names, out, i, new Name(n.a - 1, n.b, n.type, n.shares));
    }
    return out == null ? names : out;
  }

  /**
   * The names with the capitalised word and "and" right before an organisation's name as part of
   * it, where the tagger left them out: "the Food and Drug Administration" (tagged "Drug
   * Administration"), "Transport and General Workers' Union". Only before a name of two words or
   * more that ends in a head noun of organisations or a legal word and that the gazetteer does not
   * know: a name complete in itself ends a list ("Siemens and Volkswagen", "O2 and Vodafone",
   * "Universal and Warner Bros"). Only one such word, in no other name, not opening a sentence,
   * after no other capitalised word, and no name the gazetteer knows ("Microsoft and Apple Inc" are
   * two), no abbreviation ("EDS and Hughes Aircraft Co"), demonym ("Japanese and U.S. banks") or
   * credit rating.
   */
  private List<Name> andOpeners(FieldScan s, List<Name> names) {
    List<Name> out = null;
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      int w = n.a - 2;
      if (!isOpenable(s, n, w)
          || !s.token(n.a - 1).text().equals("and")
          || !isOpeningWord(s, names, w)
          || s.token(w).is(Token.ALL_CAPS) && s.token(w).text().length() >= 2
          || TaggedMentions.isCreditRating(s.token(w).text())) {
        continue;
      }
      out = replaced(names, out, i, new Name(w, n.b, n.type, n.shares));
    }
    return out == null ? names : out;
  }

  /**
   * US births given a word as a first name from which a partner of a firm's name that opens with it
   * is rather a person ("Thomas McKiernan, McKiernan and Co"): far above {@link
   * Gazetteer#FREQUENT_FIRST_NAME}, which surnames such as Smith (5,535) pass.
   */
  private static final int PARTNER_FIRST_NAME = 50_000;

  /** The most capitalised words of one partner of a firm's name: "Kidder", "Smith Barney". */
  private static final int FIRM_PART_WORDS = 3;

  /**
   * The names with those of partnerships as organisations: capitalised words, then perhaps commas
   * and more of them, then "and" or "&" and "Co" or "Company", and legal words after ("Kidder,
   * Peabody and Co Inc", "Goldman, Sachs and Co", "Dillon Read and Co"); or partners between
   * commas, "and", one more and a legal word ("Merrill Lynch, Pierce, Fenner and Smith Inc";
   * without a comma "Alpha and Beta Inc" may be two companies), whatever the tagger made of the
   * partners (a person "Kidder" and an organisation "Peabody and Co Inc"). The part before a comma
   * counts only when it is a partner ({@link #isPartner}: "In London, Morgan Grenfell and Co said"
   * is Morgan Grenfell and Co).
   */
  private List<Name> firms(FieldScan s, List<Name> names) {
    List<Token> tokens = s.tokens();
    List<Name> out = null;
    for (int k = 2; k < tokens.size(); k++) {
      int and;
      boolean commaNeeded;
      if (isCo(tokens.get(k)) && isAnd(tokens.get(k - 1))) {
        and = k - 1; // "Goldman, Sachs and Co"
        commaNeeded = false;
      } else if (k >= 3
          && isLegalWord(tokens.get(k))
          && isAnd(tokens.get(k - 2))
          && tokens.get(k - 1).isWord()
          && tokens.get(k - 1).isCap()
          && !isLegalWord(tokens.get(k - 1))
          && !isKnownOrganisation(s, k - 1)) {
        and = k - 2; // "Merrill Lynch, Pierce, Fenner and Smith Inc"
        commaNeeded = true;
      } else {
        continue;
      }
      int a = partStart(s, and);
      if (a < 0) {
        continue;
      }
      int partners = 0;
      while (partners < FIRM_COMMA_PARTNERS
          && a >= 2
          && tokens.get(a - 1).isPunct(',')
          && !tokens.get(a).is(Token.SENTENCE_START)) {
        int before = partStart(s, a - 1);
        if (before < 0 || !isPartner(s, before, a - 1)) {
          break;
        }
        a = before;
        partners++;
      }
      if (commaNeeded && partners == 0) {
        continue; // "Alpha and Beta Inc": perhaps two companies
      }
      int b = k + 1;
      while (b < tokens.size()
          && (isLegalWord(tokens.get(b))
              || tokens.get(b).isPunct('.') && tokens.get(b).is(Token.GLUED))) {
        b++;
      }
      while (tokens.get(b - 1).isPunct()) {
        b--;
      }
      int from = a;
      int to = b;
      if (out == null) {
        out = new java.util.ArrayList<>(names);
      }
      out.removeIf(n -> n.a < to && from < n.b);
      out.add(new Name(from, to, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION)));
      k = b - 1;
    }
    if (out == null) {
      return names;
    }
    out.sort(java.util.Comparator.comparingInt(Name::a));
    return out;
  }

  /**
   * The first of the capitalised words (at most {@link #FIRM_PART_WORDS}) that end right before
   * token {@code end}, or -1 when none does; the run stops after a sentence's first word.
   */
  private static int partStart(FieldScan s, int end) {
    int a = end;
    while (a > 0 && end - a < FIRM_PART_WORDS) {
      Token t = s.token(a - 1);
      if (!t.isWord() || !t.isCap()) {
        break;
      }
      a--;
      if (t.is(Token.SENTENCE_START)) {
        break;
      }
    }
    return a < end ? a : -1;
  }

  /**
   * Whether the capitalised words {@code [a, b)} before a comma are a partner of a firm's name: a
   * whole run of capitalised words (not the tail of "Drexel Burnham Lambert Inc,"), no legal word
   * ("Smith Barney, Harris Upham and Co, Goldman, Sachs and Co" are two firms), sizeable place the
   * gazetteer knows (a village "Pierce" may be a partner) or common word opening a sentence
   * ("Meanwhile, Morgan and Co"), and not opening with a frequent first name ("said Thomas
   * McKiernan, McKiernan and Co chairman": a person before his firm).
   */
  private boolean isPartner(FieldScan s, int a, int b) {
    if (a > 0 && s.token(a - 1).isWord() && s.token(a - 1).isCap()
        || scorer.firstNameCount(s.token(a).lower()) >= PARTNER_FIRST_NAME) {
      return false;
    }
    for (int k = a; k < b; k++) {
      Token t = s.token(k);
      if (t.is(Token.SENTENCE_START) && scorer.isCommon(s, t.lower())
          || isLegalWord(t)
          || isCo(t)) {
        return false;
      }
    }
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.type() == EntityType.PLACE && k.prior() >= GazetteerLoader.SIZEABLE_PLACE_PRIOR) {
        return false;
      }
    }
    return true;
  }

  /** Whether the gazetteer knows token {@code k} as an organisation: "and Chrysler Corp". */
  private boolean isKnownOrganisation(FieldScan s, int k) {
    for (KnownName known : scorer.known(s, k, k + 1)) {
      if (known.type() == EntityType.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /** The most partners before commas in a firm's name: "Merrill Lynch, Pierce, Fenner and". */
  private static final int FIRM_COMMA_PARTNERS = 3;

  private static boolean isCo(Token t) {
    String text = t.text();
    return text.equals("Co") || text.equals("Company") || text.equals("CO");
  }

  private static boolean isAnd(Token t) {
    return t.text().equals("and") || t.isPunct('&');
  }

  /** A legal word after a firm's "and Co": "Inc", "Ltd", "Plc". */
  private static boolean isLegalWord(Token t) {
    return t.isWord()
        && switch (t.lower()) {
          case "inc",
              "inc.",
              "ltd",
              "ltd.",
              "plc",
              "corp",
              "corp.",
              "llc",
              "lp",
              "limited",
              "incorporated" ->
              true;
          default -> false;
        };
  }

  /**
   * The names with the batsmen and fielders of a cricket scorecard as people: on a line that ends
   * in the runs scored and holds a word of dismissal ("M. Atherton b Waqar Younis 31", "A. Stewart
   * c Moin Khan b Wasim Akram 44", "N. Hussain lbw b Mushtaq Ahmed 12", "G. Thorpe not out 20"),
   * the capitalised words (and initials) between those words, whatever the tagger made of them.
   */
  private List<Name> scorecard(FieldScan s, List<Name> names) {
    List<Token> tokens = s.tokens();
    List<int[]> found = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i < tokens.size() && !tokens.get(i).is(Token.NEWLINE_BEFORE)) {
        continue;
      }
      int end = i;
      if (end - start >= 3
          && tokens.get(end - 1).is(Token.NUMBER)
          && hasDismissal(tokens, start, end - 1)
          && isScorecardLine(tokens, start, end - 1)) {
        int k = start;
        while (k < end - 1) {
          int a = k;
          while (k < end - 1 && isScorecardNameWord(tokens.get(k))) {
            k++;
          }
          if (k > a && Character.isUpperCase(tokens.get(a).text().charAt(0))) {
            found.add(new int[] {a, k});
          }
          k = Math.max(k, a + 1);
        }
      }
      start = i;
    }
    return withPeople(names, found);
  }

  /** Words of dismissal on a line of a scorecard: "b", "c", "st", "lbw", "not out", "run out". */
  private static boolean hasDismissal(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String t = tokens.get(k).text();
      if (t.equals("b") || t.equals("c") || t.equals("st") || t.equals("lbw")) {
        return true;
      }
      if (t.equals("out")
          && (tokens.get(k - 1).text().equals("not") || tokens.get(k - 1).text().equals("run"))) {
        return true;
      }
    }
    return false;
  }

  /** Words in lower case of a scorecard's line besides those of dismissal. */
  private static final java.util.Set<String> SCORECARD_WORDS =
      java.util.Set.of("b", "c", "st", "lbw", "not", "out", "run", "retired", "hurt", "ct");

  /**
   * Whether tokens {@code [from, to)} hold nothing but names, words of dismissal and full stops:
   * "Tendulkar was not out 45 at stumps in Mumbai" is prose.
   */
  private static boolean isScorecardLine(List<Token> tokens, int from, int to) {
    if (!Character.isUpperCase(tokens.get(from).text().charAt(0))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!isScorecardNameWord(t) && !SCORECARD_WORDS.contains(t.text())) {
        return false;
      }
    }
    return true;
  }

  /** A word of a name on a scorecard: capitalised, or initials ("M."), no dismissal word. */
  private static boolean isScorecardNameWord(Token t) {
    String text = t.text();
    return t.isWord() && !t.is(Token.NUMBER) && Character.isUpperCase(text.charAt(0))
        || t.isPunct('.') && t.is(Token.GLUED);
  }

  /**
   * The names with the competitors of a results list as people: two or three capitalised words
   * right before a country in parentheses ("Retief Goosen ( South Africa ) 67 66", "Goran
   * Ivanisevic (Croatia) beat ..."), in no name but a place's or a person's, and neither known to
   * the gazetteer ("Real Madrid (Spain)" is a team) nor holding a head noun of organisations or
   * places.
   */
  private List<Name> competitors(FieldScan s, List<Name> names) {
    List<int[]> found = new java.util.ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int k = 2; k < tokens.size(); k++) {
      if (!isNationInParentheses(s, k)) {
        continue;
      }
      int a = k;
      while (a > 0 && k - a < PLAYER_WORDS && isCompetitorWord(tokens.get(a - 1))) {
        a--;
        if (tokens.get(a).is(Token.SENTENCE_START) || tokens.get(a).is(Token.NEWLINE_BEFORE)) {
          break;
        }
      }
      boolean longer =
          a > 0
              && isCompetitorWord(tokens.get(a - 1))
              && !tokens.get(a).is(Token.NEWLINE_BEFORE)
              && !tokens.get(a).is(Token.SENTENCE_START);
      if (k - a < 2
          || longer
          || scorer.known(s, a, k).length > 0
          || coveredByOtherThanPlace(names, a, k)) {
        continue;
      }
      found.add(new int[] {a, k});
    }
    return withPeople(names, found);
  }

  /** A capitalised word that may stand in a competitor's name: no head noun, no number. */
  private boolean isCompetitorWord(Token t) {
    return t.isWord() && !t.is(Token.NUMBER) && t.isCap() && !scorer.isCueWord(t.lower());
  }

  /** Whether a country the gazetteer knows stands alone in the parentheses opening at {@code k}. */
  boolean isNationInParentheses(FieldScan s, int k) {
    if (k >= s.tokens().size() || !s.token(k).isPunct('(')) {
      return false;
    }
    int close = k + 1;
    while (close < s.tokens().size() && close - k <= 4 && !s.token(close).isPunct(')')) {
      close++;
    }
    if (close >= s.tokens().size() || close == k + 1 || !s.token(close).isPunct(')')) {
      return false;
    }
    for (KnownName known : scorer.known(s, k + 1, close)) {
      if (known.type() == EntityType.PLACE && known.kind() == KnownName.Kind.COUNTRY) {
        return true;
      }
    }
    return false;
  }

  private static boolean coveredByOtherThanPlace(List<Name> names, int a, int b) {
    for (Name n : names) {
      if (n.a < b && a < n.b && n.type != EntityType.PLACE && n.type != EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** The fewest players a line-up lists between commas. */
  private static final int LINE_UP_PLAYERS = 6;

  /** The most words of one player's name in a line-up ("Juninho Paulista", "Van der Sar"). */
  private static final int PLAYER_WORDS = 3;

  /**
   * The names with the players of a line-up as people: at least {@link #LINE_UP_PLAYERS} names of
   * capitalised words between commas on one line ("Cech, Paulo Ferreira, Gallas, Terry, Johnson,
   * Duff, Makelele, Smertin (Cole 73)"), with a substitute in parentheses among them or after
   * "Subs:" ("Subs Not Used: Berger, Ashdown, ..."), whatever the tagger made of each (a surname
   * that is also a village, a team). A list of towns has neither.
   */
  private List<Name> lineUps(FieldScan s, List<Name> names) {
    List<Token> tokens = s.tokens();
    List<int[]> players = new java.util.ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      List<int[]> run = new java.util.ArrayList<>();
      boolean substitute = false;
      int k = i;
      while (true) {
        int a = k;
        while (k < tokens.size()
            && k - a < PLAYER_WORDS
            && isPlayerWord(tokens.get(k))
            && (k == a || !tokens.get(k).is(Token.NEWLINE_BEFORE))) {
          k++;
        }
        if (k == a || !Character.isUpperCase(tokens.get(a).text().charAt(0))) {
          break;
        }
        run.add(new int[] {a, k});
        int after = substituteEnd(tokens, k);
        if (after > k) {
          substitute = true;
          k = after;
        }
        if (k + 1 < tokens.size()
            && tokens.get(k).isPunct(',')
            && !tokens.get(k + 1).is(Token.NEWLINE_BEFORE)) {
          k++;
          continue;
        }
        break;
      }
      if (run.size() >= LINE_UP_PLAYERS && (substitute || afterSubs(tokens, i))) {
        players.addAll(run);
      }
      i = Math.max(k, i + 1);
    }
    return withPeople(names, players);
  }

  /**
   * {@code names} with the token ranges {@code people} as people in place of the names they
   * overlap, in text order.
   */
  private static List<Name> withPeople(List<Name> names, List<int[]> people) {
    if (people.isEmpty()) {
      return names;
    }
    List<Name> out = new java.util.ArrayList<>(names);
    for (int[] p : people) {
      out.removeIf(n -> n.a < p[1] && p[0] < n.b);
    }
    for (int[] p : people) {
      out.add(new Name(p[0], p[1], EntityType.PERSON, only(EntityType.PERSON)));
    }
    out.sort(java.util.Comparator.comparingInt(Name::a));
    return out;
  }

  /** A word of a player's name: capitalised, or a particle ("van der Sar"); no number. */
  private boolean isPlayerWord(Token t) {
    return t.isWord()
        && !t.is(Token.NUMBER)
        && (Character.isUpperCase(t.text().charAt(0)) || !words.isLowerCaseWord(t));
  }

  /**
   * The token after a substitute in parentheses that starts at {@code k} ("(Cole 73)"), or {@code
   * k} when none does.
   */
  private static int substituteEnd(List<Token> tokens, int k) {
    if (k + 3 >= tokens.size() || !tokens.get(k).isPunct('(')) {
      return k;
    }
    int j = k + 1;
    while (j < tokens.size() && tokens.get(j).isWord() && !tokens.get(j).is(Token.NUMBER)) {
      j++;
    }
    if (j == k + 1 || j + 1 >= tokens.size() || !isMinute(tokens.get(j))) {
      return k;
    }
    return tokens.get(j + 1).isPunct(')') ? j + 2 : k;
  }

  /** Whether the run at {@code i} follows "Subs:", "Subs Not Used:" or "Substitutes:". */
  private static boolean afterSubs(List<Token> tokens, int i) {
    if (i < 2 || !tokens.get(i - 1).isPunct(':')) {
      return false;
    }
    for (int j = i - 2; j >= Math.max(0, i - 4); j--) {
      String w = tokens.get(j).lower();
      if (w.equals("subs") || w.equals("substitutes")) {
        return true;
      }
    }
    return false;
  }

  /** The latest minute a goal is scored in ("Cocu 67", "Nilis 120" in extra time). */
  private static final int LAST_MINUTE = 130;

  /** The most goals a team scores in a match summary. */
  private static final int MAX_GOALS = 15;

  /**
   * The names with the scorers of a match summary as people: in parentheses, capitalised words each
   * followed by a minute ("PSV Eindhoven 3 (Jonk 12, Nilis 34, Cocu 67) Utrecht 1 (Van der Weerden
   * 45)"), whatever the tagger made of them or whether it saw them at all; the name before the
   * goals is the team. One name and a number alone count only after goals or as a substitute in a
   * line-up ("Murphy (Euell 78),"), not "(Channel 4)" or "County Road 31 (CR 31)".
   */
  private List<Name> scorers(FieldScan s, List<Name> names) {
    List<Token> tokens = s.tokens();
    List<int[]> found = new java.util.ArrayList<>();
    java.util.Set<Integer> teamEnds = new java.util.HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isPunct('(')) {
        continue;
      }
      List<int[]> inside = new java.util.ArrayList<>();
      int k = i + 1;
      while (true) {
        int a = k;
        while (k < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).is(Token.NUMBER)) {
          k++;
        }
        if (k == a || k >= tokens.size() || !isMinute(tokens.get(k))) {
          inside = null;
          break;
        }
        inside.add(new int[] {a, k});
        k++;
        if (k < tokens.size() && isGoalNote(tokens.get(k))) {
          k++; // "Van Gastel 45 penalty", "Smith 90 pen"
        }
        if (k < tokens.size() && tokens.get(k).isPunct(',')) {
          k++;
          continue;
        }
        if (k >= tokens.size() || !tokens.get(k).isPunct(')')) {
          inside = null;
        }
        break;
      }
      if (inside == null || !isCapitalised(tokens, inside)) {
        continue;
      }
      boolean afterGoals = i >= 2 && isGoals(tokens.get(i - 1));
      boolean substitute =
          i >= 1
              && k + 1 < tokens.size()
              && tokens.get(i - 1).isWord()
              && Character.isUpperCase(tokens.get(i - 1).text().charAt(0))
              && (tokens.get(k + 1).isPunct(',') || tokens.get(k + 1).isPunct('.'));
      if (inside.size() >= 2 || afterGoals || substitute) {
        found.addAll(inside);
        if (afterGoals) {
          teamEnds.add(i - 1);
        }
        i = k;
      }
    }
    if (found.isEmpty()) {
      return names;
    }
    List<Name> out = new java.util.ArrayList<>(names.size() + found.size());
    for (Name n : names) {
      boolean overlaps = false;
      for (int[] f : found) {
        overlaps |= n.a < f[1] && f[0] < n.b;
      }
      if (overlaps) {
        continue;
      }
      if (teamEnds.contains(n.b) && n.type != EntityType.ORGANIZATION) {
        n = new Name(n.a, n.b, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION));
      }
      out.add(n);
    }
    for (int[] f : found) {
      out.add(new Name(f[0], f[1], EntityType.PERSON, only(EntityType.PERSON)));
    }
    out.sort(java.util.Comparator.comparingInt(Name::a));
    return out;
  }

  /** A team's goals: a number from 0 to {@link #MAX_GOALS}. */
  private static boolean isGoals(Token t) {
    return isNumberUpTo(t, MAX_GOALS, 0);
  }

  /** A goal's minute: a number from 1 to {@link #LAST_MINUTE}. */
  /** A note after a goal's minute: "penalty", "pen", "og" (own goal). */
  private static boolean isGoalNote(Token t) {
    return switch (t.text()) {
      case "penalty", "pen", "og", "o.g." -> true;
      default -> false;
    };
  }

  private static boolean isMinute(Token t) {
    return isNumberUpTo(t, LAST_MINUTE, 1);
  }

  private static boolean isNumberUpTo(Token t, int max, int min) {
    String text = t.text();
    if (!t.is(Token.NUMBER) || text.isEmpty() || text.length() > 3) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    int n = Integer.parseInt(text);
    return n >= min && n <= max;
  }

  /**
   * Whether each run opens with a capital and holds a letter in lower case ("Van der Weerden", not
   * "in 12" nor the abbreviation "CR").
   */
  private static boolean isCapitalised(List<Token> tokens, List<int[]> runs) {
    for (int[] r : runs) {
      if (!Character.isUpperCase(tokens.get(r[0]).text().charAt(0))) {
        return false;
      }
      boolean lower = false;
      for (int k = r[0]; k < r[1]; k++) {
        String text = tokens.get(k).text();
        lower |= !text.equals(text.toUpperCase(java.util.Locale.ROOT));
      }
      if (!lower) {
        return false;
      }
    }
    return true;
  }

  /** A name the tagger found: tokens {@code [a, b)}, its type and the tagger's type shares. */
  record Name(int a, int b, EntityType type, Evidence shares) {}

  /**
   * The names of a tagging: cut at spaced dashes ("Minneapolis – Saint Paul"), at scores ("Oldham
   * 2-1 Hartlepool"), at the words between the sides of a match ({@link #isBetweenSides}), at a
   * reporting verb in lower case ("Commonwealth said Westfair") and at a verb of a headline in
   * capitals ("EXCO BUYS U.S. GOVERNMENT SECURITIES"), a score or such a verb at either end left
   * out, and a person's name the tagger cut at a glued apostrophe joined again ("Mohammed Shia’
   * Al-Sudani").
   */
  private List<Name> tagged(FieldScan s, NameTagger.Tagging tagging) {
    NerModel model = tagging.model();
    int[] tags = tagging.tags();
    List<Name> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < tags.length) {
      int tag = tags[i];
      if (tag == 0) {
        i++;
        continue;
      }
      int b = i + 1;
      if (NerModel.position(tag) == NerModel.B) {
        while (b < tags.length && NerModel.position(tags[b]) == NerModel.I) {
          b++;
        }
        b = Math.min(tags.length, b + 1);
      }
      EntityType type = NerModel.type(tag);
      if (type == null) {
        i = b; // another kind of name: a work, an event, a nationality
        continue;
      }
      int before = i == 0 || s.token(i).is(Token.SENTENCE_START) ? -1 : tags[i - 1];
      int after = b == tags.length || s.token(b).is(Token.SENTENCE_START) ? -1 : tags[b];
      Evidence shares = model.typeShares(tagging.emissions(), i, b, before, after);
      int from = i;
      int end = b;
      while (end - from > 1
          && (isScore(s.token(end - 1)) || end < s.tokens().size() && isBetweenSides(s, end - 1))) {
        end--; // "Fulham 2-1", "ENGLAND V PAKISTAN": no part of the name
      }
      while (end - from > 1 && isScore(s.token(from))) {
        from++;
      }
      while (end - from > 1 && words.isHeadlineVerb(s, end - 1)) {
        end--; // "VIDEOTRON BUYS INTO ...": the verb of a headline in capitals
      }
      while (end - from > 1 && words.isHeadlineVerb(s, from)) {
        from++; // "... GETS AIR FORCE CONTRACT"
      }
      for (int k = from + 1; k < end - 1; k++) {
        if (isSpacedDash(s, k)
            || isScore(s.token(k))
            || isBetweenSides(s, k)
            || words.isHeadlineVerb(s, k)
            || words.isReportingVerb(s.token(k))
            || isCommaBetweenNames(s, k, end)) {
          out.add(new Name(from, k, type, shares));
          from = k + 1;
        }
      }
      Name last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && type == EntityType.PERSON
          && last.type == EntityType.PERSON
          && last.b + 1 == from
          && isGluedApostrophe(s.token(last.b))) {
        out.set(out.size() - 1, new Name(last.a, end, type, last.shares));
      } else {
        out.add(new Name(from, end, type, shares));
      }
      i = b;
    }
    return out;
  }

  /**
   * Whether the comma at {@code k} inside a tagged name ending at {@code end} separates two names
   * ("Marines, Philippine forces", "National Union of Mineworkers, NUM"): a comma stays in a name
   * only before legal words ("Atari, Inc.") or in a list closed by "and" or "&" ("Kidder, Peabody
   * and Co", "Committee on Banking, Housing, and Urban Affairs").
   */
  private static boolean isCommaBetweenNames(FieldScan s, int k, int end) {
    if (!s.token(k).isPunct(',')) {
      return false;
    }
    boolean legalOnly = true;
    for (int j = k + 1; j < end; j++) {
      Token t = s.token(j);
      if (isAnd(t)) {
        return false;
      }
      legalOnly &= isLegalWord(t) || t.isPunct('.');
    }
    return !legalOnly;
  }

  private static boolean isGluedApostrophe(Token t) {
    return t.isPunct()
        && t.text().length() == 1
        && NameKey.isApostrophe(t.text().charAt(0))
        && t.is(Token.GLUED);
  }

  /**
   * A word that stands between two names and in none: "v" of a fixture ("England v Pakistan", "V"
   * in a line of capitals, where a final "V" is still a numeral: "George V"), and the bowler's "b"
   * and the catcher's "c" of a cricket scorecard ("Stewart b Mushtaq Ahmed").
   */
  private static boolean isBetweenSides(FieldScan s, int k) {
    String text = s.token(k).text();
    return switch (text) {
      case "v", "vs", "b", "c" -> true;
      case "V", "VS" -> s.token(k - 1).is(Token.ALL_CAPS) && s.token(k + 1).is(Token.ALL_CAPS);
      default -> false;
    };
  }

  /** A score ("2-1", "27-27"), which stands between the sides of a match, never in a name. */
  private static boolean isScore(Token t) {
    return MatchReports.isScore(t.text());
  }

  /** A dash with space on both sides, which joins two names but is no part of one. */
  private static boolean isSpacedDash(FieldScan s, int k) {
    Token t = s.token(k);
    boolean dash = isDash(t);
    return dash && !t.is(Token.GLUED) && !s.token(k + 1).is(Token.GLUED);
  }

  /**
   * The names with those of the rows of sports results ({@link ResultRows}) as teams: a town there
   * is its team, and a name the tagger passed over in such a row is one too; a person stays one
   * (golf and tennis rows give players).
   */
  private List<Name> teams(FieldScan s, List<Name> names) {
    List<int[]> teams =
        ResultRows.teams(
            s.tokens(),
            lower -> scorer.isCommon(s, lower),
            (a, b) -> words.isTeam(s, a, b),
            (a, b) -> isTownOrTeam(scorer.known(s, a, b)));
    if (teams.isEmpty()) {
      return names;
    }
    List<Name> out = new java.util.ArrayList<>(names.size() + teams.size());
    boolean[] named = new boolean[s.tokens().size()];
    for (Name n : names) {
      int[] row = null;
      boolean across = false;
      for (int[] t : teams) {
        boolean inside = t[0] <= n.a && n.b <= t[1];
        row = inside ? t : row;
        across |= !inside && n.a < t[1] && t[0] < n.b;
      }
      if (row == null && across) {
        continue; // "Arsenal 2 Leeds" tagged as one name: the row's runs are the names
      }
      if (row == null) {
        java.util.Arrays.fill(named, n.a, n.b, true);
        out.add(
            isSideOfSummary(s, n)
                ? new Name(n.a, n.b, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION))
                : n);
        continue;
      }
      // In a row the whole run is the name ("Sheffield Wednesday"), and a town is its team.
      java.util.Arrays.fill(named, row[0], row[1], true);
      EntityType type =
          n.type == EntityType.PLACE || isSideOfSummary(s, n) ? EntityType.ORGANIZATION : n.type;
      out.add(new Name(row[0], row[1], type, type == n.type ? n.shares : only(type)));
    }
    for (int[] t : teams) {
      boolean free = true;
      for (int k = t[0]; k < t[1]; k++) {
        free &= !named[k];
      }
      if (free && !NameWords.isAbbreviationRow(s, t[0], t[1])) {
        out.add(new Name(t[0], t[1], EntityType.ORGANIZATION, only(EntityType.ORGANIZATION)));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Name::a));
    sameKindOfSides(s, teams, out);
    return out;
  }

  /**
   * Makes the two sides of a match one kind: in a row of two runs, each followed by its score and
   * nothing else ("Twente Enschede 0 Roda JC Kerkrade 1"), a side the tagger took for a person
   * beside a side that is a team is a team too. Rows of players ("Tiger Woods 70 68", "Michael
   * Johnson (U.S.) 19.66") have one run, or words in parentheses, and stay as they are.
   */
  private static void sameKindOfSides(FieldScan s, List<int[]> teams, List<Name> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      Name x = out.get(i);
      Name y = out.get(i + 1);
      if (!isRun(teams, x) || !isRun(teams, y) || !isMatchRow(s, x, y)) {
        continue;
      }
      if (x.type == EntityType.ORGANIZATION && y.type == EntityType.PERSON) {
        out.set(i + 1, new Name(y.a, y.b, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION)));
      } else if (y.type == EntityType.ORGANIZATION && x.type == EntityType.PERSON) {
        out.set(i, new Name(x.a, x.b, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION)));
      }
    }
  }

  private static boolean isRun(List<int[]> teams, Name n) {
    for (int[] t : teams) {
      if (t[0] == n.a && t[1] == n.b) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code x} opens a line and {@code y} follows it with nothing but numbers between them
   * and after it to the end of the line, at least one in each place.
   */
  private static boolean isMatchRow(FieldScan s, Name x, Name y) {
    List<Token> tokens = s.tokens();
    if (!tokens.get(x.a).is(Token.NEWLINE_BEFORE) && x.a > 0) {
      return false;
    }
    int end = y.b;
    while (end < tokens.size() && !tokens.get(end).is(Token.NEWLINE_BEFORE)) {
      end++;
    }
    return onlyNumbers(tokens, x.b, y.a) && onlyNumbers(tokens, y.b, end);
  }

  private static boolean onlyNumbers(List<Token> tokens, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (k > from && t.is(Token.NEWLINE_BEFORE) || !t.is(Token.NUMBER) && !isScore(t)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a known name is a team or a city ({@link GazetteerLoader#SIZEABLE_PLACE_PRIOR}). */
  private static boolean isTownOrTeam(KnownName[] known) {
    for (KnownName k : known) {
      if (k.kind() == KnownName.Kind.SPORTS_TEAM
          || k.kind() == KnownName.Kind.POPULATED_PLACE
              && k.prior() >= GazetteerLoader.SIZEABLE_PLACE_PRIOR) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code n} is a side of a match summary, a line that gives the scorers in parentheses
   * after the score: "PSV Eindhoven 3 (Nilis 12, Ronaldo 44) Roda JC Kerkrade 0." The name stands
   * outside the parentheses, before a number, and the line opens parentheses right after a number
   * and before a capitalised word; a golfer's "Robert Allenby (Australia) 69 71" opens them after
   * the name.
   */
  static boolean isSideOfSummary(FieldScan s, Name n) {
    List<Token> tokens = s.tokens();
    if (n.b >= tokens.size()
        || !TaggedMentions.isPlainNumber(tokens.get(n.b))
        || tokens.get(n.b).is(Token.NEWLINE_BEFORE)) {
      return false;
    }
    int start = n.a;
    while (start > 0 && !tokens.get(start).is(Token.NEWLINE_BEFORE)) {
      start--;
    }
    int depth = 0;
    for (int k = start; k < n.a; k++) {
      String text = tokens.get(k).text();
      depth += text.equals("(") ? 1 : text.equals(")") ? -1 : 0;
    }
    if (depth != 0) {
      return false;
    }
    for (int k = start + 1; k + 1 < tokens.size(); k++) {
      if (k > start && tokens.get(k).is(Token.NEWLINE_BEFORE)) {
        break;
      }
      if (tokens.get(k).text().equals("(")
          && TaggedMentions.isPlainNumber(tokens.get(k - 1))
          && tokens.get(k + 1).isWord()
          && tokens.get(k + 1).isCap()) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions of place that open a list of places: "near A, B and C". */
  private static final java.util.Set<String> PLACE_PREPOSITIONS =
      java.util.Set.of("in", "near", "at", "from", "around", "outside", "across", "between");

  /**
   * The names with a one-word person in a list of places made a place: "near Abu Kamal, Dayr Az
   * Zawr and Shaddadi" names three places. The list follows a preposition of place, its names are
   * joined by commas, "and" or "or", the last by "and" or "or", and every other name of it is a
   * place; a first name stays a person.
   */
  private List<Name> placeLists(FieldScan s, List<Name> names) {
    List<Name> out = null;
    int i = 0;
    while (i < names.size()) {
      int j = i;
      while (j + 1 < names.size() && isListGap(s, names.get(j).b, names.get(j + 1).a)) {
        j++;
      }
      // A list ends in "and" or "or": "at Statfold, Staffordshire, Pipe-Wolferstan was born"
      // names a place, a county and then a man.
      boolean coordinated = j > i && isConjunction(s, names.get(j - 1).b, names.get(j).a);
      if (coordinated && isPlacePreposition(s, names.get(i).a - 1)) {
        int places = 0;
        for (int k = i; k <= j; k++) {
          places += names.get(k).type == EntityType.PLACE ? 1 : 0;
        }
        for (int k = i; k <= j; k++) {
          Name n = names.get(k);
          if (n.type == EntityType.PERSON
              && places == j - i
              && n.b - n.a == 1
              && !scorer.isFirstName(s.token(n.a).lower())) {
            out = out == null ? new java.util.ArrayList<>(names) : out;
            out.set(k, new Name(n.a, n.b, EntityType.PLACE, only(EntityType.PLACE)));
          }
        }
      }
      i = j + 1;
    }
    return out == null ? names : out;
  }

  /** Prepositions of a way or a neighbourhood, which people rarely follow: "fled toward Hawija". */
  private static final java.util.Set<String> WAY_PREPOSITIONS =
      java.util.Set.of(
          "toward", "towards", "near", "into", "outside", "across", "around", "through");

  /**
   * The names with a one-word person after a preposition of {@link #WAY_PREPOSITIONS} made a place,
   * where the gazetteer knows the word as a place first and as no first name: "The attackers fled
   * toward Hawija," said the spokesman (the tagger read the quote's close and "said" as a
   * speaker's).
   */
  private List<Name> directedPlaces(FieldScan s, List<Name> names) {
    List<Name> out = null;
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      if (n.type != EntityType.PERSON
          || n.b - n.a != 1
          || n.a == 0
          || !s.token(n.a - 1).isWord()
          || !WAY_PREPOSITIONS.contains(s.token(n.a - 1).lower())
          || scorer.isFirstName(s.token(n.a).lower())) {
        continue;
      }
      KnownName[] known = scorer.known(s, n.a, n.b);
      if (known.length == 0 || known[0].type() == EntityType.PLACE) {
        out = replaced(names, out, i, new Name(n.a, n.b, EntityType.PLACE, only(EntityType.PLACE)));
      }
    }
    return out == null ? names : out;
  }

  /** Tokens {@code [a, b)} are ",", "and", "or" or ", and" between two names of a list. */
  private static boolean isListGap(FieldScan s, int a, int b) {
    if (b - a < 1 || b - a > 2) {
      return false;
    }
    for (int k = a; k < b; k++) {
      Token t = s.token(k);
      boolean joint = t.isPunct(',') || isAndOr(t);
      if (!joint || b - a == 2 && k == a && !t.isPunct(',')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isConjunction(FieldScan s, int a, int b) {
    for (int k = a; k < b; k++) {
      if (isAndOr(s.token(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAndOr(Token t) {
    return t.lower().equals("and") || t.lower().equals("or");
  }

  private static boolean isPlacePreposition(FieldScan s, int k) {
    return k >= 0 && s.token(k).isWord() && PLACE_PREPOSITIONS.contains(s.token(k).lower());
  }

  /** The most words a dateline's place has ("SOUTHWEST ASIA", "CAMP ARIFJAN"). */
  private static final int DATELINE_WORDS = 4;

  /**
   * The names with the place of a dateline that opens the block: a run of words in capitals that
   * the gazetteer knows as a place, before a dash or a parenthesis, or before a comma and a dash
   * ("BAGHDAD —", "TAMPA, Fla. —", "LONDON (Reuters) -", "NEW YORK, Feb 26 -"). The run is that
   * place, whatever the tagger made of it; other runs ("ECONOMIC SPOTLIGHT -", "BREAKING —") are
   * left to the tagger.
   */
  private List<Name> dateline(FieldScan s, List<Name> names) {
    List<Token> tokens = s.tokens();
    int k = 0;
    while (k < tokens.size() && k < DATELINE_WORDS && isCapitalsWord(tokens.get(k))) {
      k++;
    }
    if (k > 0 && k + 1 < tokens.size() && tokens.get(k).isPunct('/')) {
      return datelineOfPlaces(s, names);
    }
    if (k == 0 || k >= tokens.size() || !opensDateline(s, k)) {
      return names;
    }
    if (!isCompassPlace(s, k) && !isBaseOrTownOfState(s, k) && !hasPlaceMeaning(s, 0, k)) {
      return names; // "ECONOMIC SPOTLIGHT - ...": a heading, not a place
    }
    return placesThen(List.of(new int[] {0, k}), names);
  }

  /**
   * The places {@code places} (as {@code {start, end}}, in order) and then the names that start
   * after the last of them.
   */
  private static List<Name> placesThen(List<int[]> places, List<Name> names) {
    int end = places.get(places.size() - 1)[1];
    List<Name> out = new java.util.ArrayList<>(names.size() + places.size());
    for (int[] p : places) {
      out.add(new Name(p[0], p[1], EntityType.PLACE, only(EntityType.PLACE)));
    }
    for (Name n : names) {
      if (n.a >= end) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Whether the dateline's words {@code [0, k)} open with a word of places ("CAMP LEJEUNE", "FORT
   * HOOD"), or a comma and a US state's abbreviation or a country, region or state follow them
   * ("JOINT BASE LEWIS-MCCHORD, Wash.", "SILVERSTONE, England (AP)"), as US press releases and the
   * agencies date their place where the gazetteer knows no town.
   */
  private boolean isBaseOrTownOfState(FieldScan s, int k) {
    if (TaggedMentions.PLACE_OPENERS.contains(s.token(0).lower()) && k >= 2) {
      return true;
    }
    if (!s.token(k).isPunct(',') || k + 1 >= s.tokens().size() || !s.token(k + 1).isWord()) {
      return false;
    }
    if (scorer.usStateAbbreviated(s.token(k + 1).text()) != null) {
      return true;
    }
    for (int end = Math.min(s.tokens().size(), k + 4); end > k + 1; end--) {
      KnownName[] known = scorer.known(s, k + 1, end);
      if (known.length > 0
          && known[0].type() == EntityType.PLACE
          && known[0].kind().isNation()
          && !known[0].ambiguous()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the gazetteer knows {@code [a, b)} as a place, among whatever else it names. */
  private boolean hasPlaceMeaning(FieldScan s, int a, int b) {
    for (KnownName known : scorer.known(s, a, b)) {
      if (known.type() == EntityType.PLACE) {
        return true;
      }
    }
    return false;
  }

  /** The most places of a dateline that names several ("GENEVA/NEW YORK"). */
  private static final int DATELINE_PLACES = 3;

  /**
   * The names with the places of a dateline that names several, joined by "/" ("GENEVA/NEW YORK, 12
   * June 2024 –", as the UN dates its joint releases): each a run of words in capitals that the
   * gazetteer knows as a place, the last one opening the dateline as {@link #opensDateline} says.
   * Otherwise the names as they are.
   */
  private List<Name> datelineOfPlaces(FieldScan s, List<Name> names) {
    List<Token> tokens = s.tokens();
    List<int[]> places = new java.util.ArrayList<>();
    int a = 0;
    while (places.size() < DATELINE_PLACES) {
      int b = a;
      while (b < tokens.size() && b - a < DATELINE_WORDS && isCapitalsWord(tokens.get(b))) {
        b++;
      }
      if (b == a || b >= tokens.size() || !hasPlaceMeaning(s, a, b)) {
        return names;
      }
      places.add(new int[] {a, b});
      if (!tokens.get(b).isPunct('/')) {
        break;
      }
      a = b + 1;
    }
    int end = places.get(places.size() - 1)[1];
    if (places.size() < 2 || !opensDateline(s, end)) {
      return names;
    }
    return placesThen(places, names);
  }

  /** Words of the compass that lead the name of a part of a place ("SOUTHWEST ASIA"). */
  private static final java.util.Set<String> COMPASS =
      java.util.Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern");

  /**
   * Whether the words {@code [0, k)} are words of the compass and then a place the gazetteer knows:
   * "SOUTHWEST ASIA", "NORTHERN IRAQ".
   */
  private boolean isCompassPlace(FieldScan s, int k) {
    if (k < 2) {
      return false;
    }
    for (int i = 0; i < k - 1; i++) {
      if (!COMPASS.contains(s.token(i).lower())) {
        return false;
      }
    }
    for (KnownName known : scorer.known(s, k - 1, k)) {
      if (known.type() == EntityType.PLACE) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapitalsWord(Token t) {
    return t.isWord() && t.is(Token.ALL_CAPS) && Character.isLetter(t.text().charAt(0));
  }

  /**
   * A dash or "(" at {@code k}, a date written year first ("FRANKFURT 1996-08-20", as wire services
   * date a story on a line of its own), or a comma and up to six capitalised words, numbers and the
   * commas of a date before a dash or "(" ("TAMPA, Fla. —", "LONDON, March 3 -", "WASHINGTON, Jan 3
   * (Reuters)", "SOUTHWEST ASIA, Jan. 12, 2017 —").
   */
  private static boolean opensDateline(FieldScan s, int k) {
    if (isDash(s.token(k)) || s.token(k).isPunct('(') || isIsoDate(s.token(k).text())) {
      return true;
    }
    if (!s.token(k).isPunct(',')) {
      return false;
    }
    for (int i = k + 1; i < s.tokens().size() && i <= k + 7; i++) {
      Token t = s.token(i);
      if (isDash(t) || t.isPunct('(')) {
        return i > k + 1;
      }
      // The case flags of a dateline's line may be gone (LineCase): the letters decide here.
      boolean capital = t.isWord() && Character.isUpperCase(t.text().charAt(0));
      boolean dateComma = t.isPunct(',') && s.token(i - 1).is(Token.NUMBER);
      if (!(capital || t.is(Token.NUMBER) || t.isPunct('.') || dateComma)) {
        return false;
      }
    }
    return false;
  }

  /** "1996-08-20". */
  private static boolean isIsoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (i != 4 && i != 7 && !Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isDash(Token t) {
    String text = t.text();
    return text.equals("-") || text.equals("\u2013") || text.equals("\u2014");
  }

  /**
   * The names with one that starts with a country and "and" cut in two, the country a place: "U.S.
   * and Coalition forces" names the United States and the Coalition. A name known whole ("Bosnia
   * and Herzegovina", "Trinidad and Tobago") stays one.
   */
  private List<Name> atCountryAnd(FieldScan s, List<Name> names) {
    List<Name> out = null;
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      int and = -1;
      for (int k = n.a + 1; k < n.b - 1 && and < 0; k++) {
        and = s.token(k).isAnd() ? k : -1;
      }
      if (and < 0
          || scorer.known(s, n.a, n.b).length > 0
          || !hasKind(s, n.a, and, KnownName.Kind.COUNTRY)) {
        continue;
      }
      out = out == null ? new java.util.ArrayList<>(names) : out;
      int at = out.indexOf(n);
      out.set(at, new Name(n.a, and, EntityType.PLACE, only(EntityType.PLACE)));
      out.add(at + 1, new Name(and + 1, n.b, n.type, n.shares));
    }
    return out == null ? names : out;
  }

  /**
   * The names with each town that stands as a side of a match in prose ("Leeds beat Fulham 2-1",
   * {@link MatchReports}) made an organisation, its team; a country or region stays a place.
   */
  private List<Name> sides(FieldScan s, List<Name> names, List<Found> ruleFound) {
    List<Name> out = null;
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      if (n.type == EntityType.PLACE
          && MatchReports.isSide(s, n.a, n.b)
          && !isNation(s, n.a, n.b)) {
        out = out == null ? new java.util.ArrayList<>(names) : out;
        out.set(i, new Name(n.a, n.b, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION)));
      }
    }
    // A known club or town the tagger passed over that stands as a side: "Arsenal beat Fulham 2-1".
    for (Found f : ruleFound) {
      int a = firstToken(s, f.start());
      int b = a;
      while (b < s.tokens().size() && s.token(b).end() <= f.end()) {
        b++;
      }
      if (a >= b || covered(out == null ? names : out, a, b)) {
        continue;
      }
      if (hasKind(s, a, b, KnownName.Kind.SPORTS_TEAM, KnownName.Kind.POPULATED_PLACE)
          && !isNation(s, a, b)
          && MatchReports.isSide(s, a, b)) {
        out = out == null ? new java.util.ArrayList<>(names) : out;
        out.add(new Name(a, b, EntityType.ORGANIZATION, only(EntityType.ORGANIZATION)));
        out.sort(java.util.Comparator.comparingInt(Name::a));
      }
    }
    return out == null ? names : out;
  }

  /** The first token that starts at or after character {@code start}. */
  private static int firstToken(FieldScan s, int start) {
    int i = 0;
    while (i < s.tokens().size() && s.token(i).start() < start) {
      i++;
    }
    return i;
  }

  /** Whether a name covers any of tokens {@code [a, b)}. */
  private static boolean covered(List<Name> names, int a, int b) {
    for (Name n : names) {
      if (n.a < b && a < n.b) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [a, b)} are a known country or region ({@link KnownName.Kind#isNation}).
   */
  private boolean isNation(FieldScan s, int a, int b) {
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.kind().isNation()) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code [a, b)} are a known name of one of {@code kinds}. */
  private boolean hasKind(FieldScan s, int a, int b, KnownName.Kind... kinds) {
    for (KnownName k : scorer.known(s, a, b)) {
      if (java.util.Arrays.asList(kinds).contains(k.kind())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names without those that cut across a well-known name of several words the rules found
   * ("Al-Arabi" of "Al-Arabi Al-Jadeed", "ABC News Five"): the known name's bounds win, and it is
   * taken as the rules found it.
   */
  private static List<Name> knownBounds(FieldScan s, List<Name> names, List<Found> ruleFound) {
    List<Name> out = new java.util.ArrayList<>(names);
    for (Found f : ruleFound) {
      if (!isCertainKnown(f) || f.words() < 2) {
        continue;
      }
      out.removeIf(
          n -> {
            int start = s.token(n.a).start();
            int end = s.token(n.b - 1).end();
            boolean overlaps = start < f.end() && f.start() < end;
            return overlaps && (start != f.start() || end != f.end());
          });
    }
    return out;
  }
}
