package org.gazette.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.EntityType;

/**
 * Joins a shortened company name to the full one the same document gives: "Burdett Publications"
 * and "Dale Burdett" to "Burdett Publications Inc", "Cairn" to "Cairn Energy".
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

  private OrganisationLinker() {}

  static void link(
      List<Cluster> clusters, Collection<KeyGroup> groups, Map<KeyGroup, Cluster> clusterOf) {
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
      if (g.known != null && (g.known.isWellKnown() || g.known.prior() >= 2.5)) {
        continue;
      }
      Cluster target = fullNameOf(g.key, orgs);
      if (target == null && g.isOneWord()) {
        target = fullNameOf(g.key + "s", orgs); // "Moody" of "Moody's Investors Service"
      }
      if (target != null) {
        if (current != null) {
          current.groups.remove(g);
        }
        target.add(g);
        clusterOf.put(g, target);
      }
    }
    clusters.removeIf(c -> c.groups.isEmpty() && c.metadataName == null);
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

  private static boolean onlyLegalWords(String rest) {
    for (String w : rest.split(" ")) {
      if (!LEGAL_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
