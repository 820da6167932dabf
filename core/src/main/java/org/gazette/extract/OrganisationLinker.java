package org.gazette.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.EntityType;

/**
 * Joins a shortened company name to the full one the same document gives: "Burdett Publications"
 * and "Dale Burdett" to "Burdett Publications Inc", "Cairn" to "Cairn Energy"; and the last word of
 * a team's name to the team ("United" to "Manchester United").
 */
final class OrganisationLinker {
  private static final Set<String> LEGAL_WORDS =
      Set.of(
          "inc",
          "incorporated",
          "and",
          "corp",
          "corporation",
          "co",
          "company",
          "ltd",
          "limited",
          "llc",
          "plc",
          "group",
          "holdings",
          "sa",
          "ag",
          "nv");

  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "de", "in");

  private OrganisationLinker() {}

  static void link(
      List<Cluster> clusters,
      Collection<KeyGroup> groups,
      Map<KeyGroup, Cluster> clusterOf,
      Cues cues,
      java.util.function.Predicate<KeyGroup> townOfRegion) {
    List<Cluster> orgs = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.type == EntityType.ORGANIZATION) {
        orgs.add(c);
      }
    }
    for (KeyGroup g : groups) {
      Cluster current = clusterOf.get(g);
      if (current != null
          && (current.type == EntityType.ORGANIZATION || current.groups.size() > 1)) {
        continue; // already an organisation, or joined to a person's full name
      }
      if (g.known != null
          && (g.known.isWellKnown() || g.known.prior() >= GazetteerLoader.SIZEABLE_PLACE_PRIOR)) {
        continue; // a name known this well is an entity of its own
      }
      if (current != null && current.type == EntityType.PLACE && townOfRegion.test(g)) {
        // "mayor of Riverton, Oregon ... the Riverton Transit Authority": a town and its body.
        continue;
      }
      Cluster target = fullNameOf(g.key, orgs);
      if (target == null && g.isOneWord()) {
        target = fullNameOf(g.key + "s", orgs); // "Moody" of "Moody's Investors Service"
      }
      if (target == null && g.isOneWord() && !g.acronym && current != null) {
        target = lastWordOf(g.key, orgs, cues.titles()); // "Kodak" of "Eastman Kodak Co"
      }
      if (target != null) {
        if (current != null) {
          current.groups.remove(g);
        }
        target.add(g);
        clusterOf.put(g, target);
      }
    }
    linkAcronyms(orgs, clusterOf);
    linkTeamShortForms(orgs, clusterOf);
    linkInstitutions(orgs, clusterOf);
    linkFirstWords(orgs, clusterOf, cues.orgHeads());
    linkLegalForms(orgs, clusterOf);
    clusters.removeIf(c -> c.groups.isEmpty() && c.metadataName == null);
  }

  /**
   * Joins an organisation written only as an acronym to the one organisation of the document whose
   * name it abbreviates, when no parentheses defined it: "ERO" to "Eugenics Record Office".
   */
  private static void linkAcronyms(List<Cluster> orgs, Map<KeyGroup, Cluster> clusterOf) {
    for (Cluster c : orgs) {
      if (c.groups.isEmpty() || !c.groups.stream().allMatch(g -> g.acronym && g.known == null)) {
        continue;
      }
      String letters = c.groups.get(0).key.replace(" ", "");
      Cluster target =
          onlyOther(orgs, c, o -> !o.groups.isEmpty() && abbreviates(letters, o.keys(), false));
      if (target == null) {
        // "GM" of "General Motors Corp", where no organisation has the letters with its legal form.
        target =
            onlyOther(orgs, c, o -> !o.groups.isEmpty() && abbreviates(letters, o.keys(), true));
      }
      if (target != null) {
        MentionResolver.merge(c, target, clusterOf);
      }
    }
  }

  /**
   * Joins the last word of a team's name written alone to the one known team of the document that
   * ends with it: "United" to "Manchester United", "Villa" to "Aston Villa", and not to
   * "Shareholders United", which is no team.
   */
  private static void linkTeamShortForms(List<Cluster> orgs, Map<KeyGroup, Cluster> clusterOf) {
    for (Cluster c : orgs) {
      if (c.groups.isEmpty()
          || c.metadataName != null
          || !c.groups.stream().allMatch(g -> g.isOneWord() && !g.acronym && !isTeam(g))) {
        continue;
      }
      String suffix = " " + c.groups.get(0).key;
      Cluster target =
          onlyOther(orgs, c, o -> isTeam(o) && o.keys().stream().anyMatch(k -> k.endsWith(suffix)));
      if (target != null && c.groups.stream().allMatch(g -> g.key.equals(c.groups.get(0).key))) {
        MentionResolver.merge(c, target, clusterOf);
      }
    }
  }

  /**
   * Joins a body of a state written alone ({@link TaggedMentions#LONE_INSTITUTIONS}) to the one
   * organisation of the document whose name ends with it: "Navy" to "US Navy", "Senate" to "Texas
   * Senate"; with two such ("US Senate", "State Senate") it stays apart.
   */
  private static void linkInstitutions(List<Cluster> orgs, Map<KeyGroup, Cluster> clusterOf) {
    for (Cluster c : orgs) {
      if (c.groups.isEmpty()
          || c.metadataName != null
          || c.groups.size() != 1
          || !TaggedMentions.LONE_INSTITUTIONS.contains(c.groups.get(0).key)) {
        continue;
      }
      String suffix = " " + c.groups.get(0).key;
      Cluster target = onlyOther(orgs, c, o -> o.keys().stream().anyMatch(k -> k.endsWith(suffix)));
      if (target != null) {
        MentionResolver.merge(c, target, clusterOf);
      }
    }
  }

  /**
   * Joins an organisation written as one word the gazetteer does not know to the one organisation
   * of the document named by that word and one head noun of organisations, or one or two words of a
   * trade ({@link #isTradeNamed}): "Dresdner" to "Dresdner Bank", "Cairn" to "Cairn Energy", "WMC"
   * to "WMC Resources"; not "Mozilla" to "Mozilla Firefox", a product, nor a name the gazetteer
   * knows, which is an entity of its own ("Sony" beside "Sony Ericsson").
   */
  private static void linkFirstWords(
      List<Cluster> orgs, Map<KeyGroup, Cluster> clusterOf, Set<String> orgHeads) {
    for (Cluster c : orgs) {
      if (c.groups.isEmpty()
          || c.metadataName != null
          || !c.groups.stream()
              .allMatch(
                  g -> g.isOneWord() && g.known == null && g.key.equals(c.groups.get(0).key))) {
        continue;
      }
      String key = c.groups.get(0).key;
      boolean acronym = c.groups.stream().anyMatch(g -> g.acronym);
      Cluster target =
          onlyOther(
              orgs,
              c,
              o ->
                  o.keys().stream()
                      .anyMatch(
                          k -> !acronym && isHeadedBy(k, key, orgHeads) || isTradeNamed(k, key)));
      if (target != null) {
        MentionResolver.merge(c, target, clusterOf);
      }
    }
  }

  /**
   * Joins an organisation to the one other organisation of the document written as the same name
   * and legal words only: "General Electric" to "General Electric Co", "First Union" to "First
   * Union Corp", unless the gazetteer knows the two as different entities.
   */
  private static void linkLegalForms(List<Cluster> orgs, Map<KeyGroup, Cluster> clusterOf) {
    for (Cluster c : orgs) {
      if (c.groups.isEmpty() || c.metadataName != null) {
        continue;
      }
      Set<String> keys = c.keys();
      Cluster target =
          onlyOther(
              orgs,
              c,
              o ->
                  o.keys().stream()
                      .anyMatch(full -> keys.stream().anyMatch(k -> isLegalForm(full, k))));
      if (target != null && sameIfKnown(c, target)) {
        MentionResolver.merge(c, target, clusterOf);
      }
    }
  }

  /** Whether {@code full} is {@code key} followed by legal words only, not "and" first. */
  private static boolean isLegalForm(String full, String key) {
    return full.length() > key.length() + 1
        && full.startsWith(key + " ")
        && !full.startsWith("and ", key.length() + 1)
        && onlyLegalWords(full.substring(key.length() + 1));
  }

  /** Whether the gazetteer knows two clusters as one entity, or one of them not at all. */
  private static boolean sameIfKnown(Cluster a, Cluster b) {
    String ka = a.knownCanonical();
    String kb = b.knownCanonical();
    return ka == null || kb == null || ka.equals(kb);
  }

  /**
   * Whether {@code full} is {@code word} followed by one head noun of organisations and legal words
   * only ("dresdner bank", "cairn energy plc"; not "enron broadband services", a unit of Enron).
   */
  private static boolean isHeadedBy(String full, String word, Set<String> orgHeads) {
    if (!full.startsWith(word + " ")) {
      return false;
    }
    int heads = 0;
    for (String w : full.substring(word.length() + 1).split(" ")) {
      if (LEGAL_WORDS.contains(w)) {
        continue;
      }
      if (!orgHeads.contains(w) || ++heads > 1) {
        return false;
      }
    }
    return heads == 1;
  }

  /** Words of a company's trade after its name: "Lucent Technologies", "Asahi Breweries". */
  private static final Set<String> TRADE_WORDS =
      Set.of(
          "resources",
          "communications",
          "technologies",
          "technology",
          "systems",
          "microsystems",
          "breweries",
          "holdings",
          "industries",
          "group",
          "finance",
          "financial",
          "energy",
          "motors",
          "airlines",
          "airways",
          "pharmaceuticals",
          "networks",
          "electronics",
          "software",
          "telecom",
          "telecommunications",
          "media",
          "foods",
          "brands",
          "chemicals",
          "petroleum",
          "steel",
          "mining",
          "insurance",
          "finanziaria",
          "enterprises",
          "investments",
          "properties",
          "magazine");

  /**
   * Whether {@code full} is {@code word} (or initials) followed by one or two words of a trade and
   * legal words only ("baikal finance group", "wmc resources", "lucent technologies"; not "sony
   * pictures entertainment", which is a unit of Sony).
   */
  private static boolean isTradeNamed(String full, String word) {
    if (!full.startsWith(word + " ")) {
      return false;
    }
    int trades = 0;
    for (String w : full.substring(word.length() + 1).split(" ")) {
      if (LEGAL_WORDS.contains(w)) {
        continue;
      }
      if (!TRADE_WORDS.contains(w) || ++trades > 2) {
        return false;
      }
    }
    return trades >= 1;
  }

  /** The one organisation other than {@code c} that {@code fits}, or null when none or several. */
  private static Cluster onlyOther(
      List<Cluster> orgs, Cluster c, java.util.function.Predicate<Cluster> fits) {
    Cluster found = null;
    for (Cluster other : orgs) {
      if (other != c && fits.test(other)) {
        if (found != null) {
          return null;
        }
        found = other;
      }
    }
    return found;
  }

  private static boolean isTeam(Cluster c) {
    return c.groups.stream().anyMatch(OrganisationLinker::isTeam);
  }

  private static boolean isTeam(KeyGroup g) {
    return g.known != null && g.known.kind() == KnownName.Kind.SPORTS_TEAM;
  }

  /**
   * Whether {@code letters} are the initials of a key of several words, or with {@code
   * withoutLegalForm} of the words before the legal-form words it ends in: "gm" of "general motors
   * corp", "ibm" of "international business machines corp".
   */
  private static boolean abbreviates(
      String letters, Iterable<String> keys, boolean withoutLegalForm) {
    for (String key : keys) {
      String[] words = key.split(" ");
      int end = words.length;
      while (withoutLegalForm && end > 2 && LEGAL_WORDS.contains(words[end - 1])) {
        end--;
      }
      if (letters.length() >= 2 && initials(words, end).equals(letters)) {
        return true;
      }
    }
    return false;
  }

  /** The first letters of {@code words} before {@code end}, small words aside; "" for one word. */
  private static String initials(String[] words, int end) {
    if (end < 2) {
      return "";
    }
    StringBuilder initials = new StringBuilder();
    for (int i = 0; i < end; i++) {
      if (!words[i].isEmpty() && !SMALL_WORDS.contains(words[i])) {
        initials.append(words[i].charAt(0));
      }
    }
    return initials.toString();
  }

  /**
   * The organisation whose key is {@code key} followed by legal-form words only, or, for a one-word
   * key, the one organisation whose name starts with that word ("Cairn" for "Cairn Energy").
   */
  private static Cluster fullNameOf(String key, List<Cluster> orgs) {
    Cluster found = null;
    boolean oneWord = key.indexOf(' ') < 0;
    for (Cluster c : orgs) {
      for (String full : c.keys()) {
        if (full.length() > key.length() + 1
            && full.startsWith(key + " ")
            && (oneWord || onlyLegalWords(full.substring(key.length() + 1)))) {
          if (found != null && found != c) {
            return null;
          }
          found = c;
        }
      }
    }
    return found;
  }

  /**
   * The one organisation whose name ends with {@code word} after another name word, legal words
   * aside: "Eastman Kodak Co" for "Kodak", "Goldman Sachs" for "Sachs"; not "Bank of Ireland" for
   * "Ireland" nor "Mines and Energy Subroto" for "Subroto", where a small word comes before it, nor
   * "Daimler's Unterturkheim" (a possessive), nor "Justice Scalia", a title and a name the tagger
   * took for an organisation.
   */
  private static Cluster lastWordOf(String word, List<Cluster> orgs, Set<String> titles) {
    Cluster found = null;
    for (Cluster c : orgs) {
      for (String full : c.keys()) {
        String[] words = full.split(" ");
        int last = words.length - 1;
        while (last > 0 && LEGAL_WORDS.contains(words[last])) {
          last--;
        }
        if (last >= 1
            && words[last].equals(word)
            && !titles.contains(words[0])
            && onlyNameWords(words, last)) {
          if (found != null && found != c) {
            return null;
          }
          found = c;
        }
      }
    }
    return found;
  }

  /** Whether the first {@code n} words are name words: no small word, no possessive. */
  private static boolean onlyNameWords(String[] words, int n) {
    for (int i = 0; i < n; i++) {
      if (SMALL_WORDS.contains(words[i]) || words[i].equals("at") || words[i].indexOf('\'') >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyLegalWords(String rest) {
    for (String w : rest.split(" ")) {
      if (!LEGAL_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
