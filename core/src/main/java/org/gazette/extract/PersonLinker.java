package org.gazette.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * Joins surnames, first names and partial names to the full name the same document gives ("Surchi"
 * to "Ghiyath Surchi", "al-Sudani" to "Mohammed Shia’ Al-Sudani", "Mohammed al-Sudani" too, "Bin
 * Laden" to "Osama bin Laden", "Sara" to "Sara Lind"), and the byline to the names in the text. A
 * surname shared by two full names is left alone, and so is a first name.
 */
final class PersonLinker {
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** Marks a first name shared by two full names. */
  private static final Cluster NOBODY = new Cluster(EntityType.PERSON);

  private PersonLinker() {}

  static void link(
      List<Cluster> clusters,
      Collection<KeyGroup> groups,
      Map<KeyGroup, Cluster> clusterOf,
      List<String> authors,
      Predicate<String> firstName) {
    for (String author : authors) {
      addAuthor(clusters, author);
    }
    // Of two full names with one surname, the one named more often takes the bare surname
    // ("Mr Jackson" in an article about Michael Jackson that also names his mother).
    Map<String, Cluster> bySurname = new HashMap<>();
    for (Cluster c : clusters) {
      if (c.type != EntityType.PERSON || isEndOfAnother(c, clusters, firstName)) {
        continue; // "bin Laden" beside "Osama bin Laden" is no full name of its own
      }
      for (String key : c.keys()) {
        String surname = surname(key);
        if (surname != null) {
          bySurname.merge(surname, c, (a, b) -> mentions(b) > mentions(a) ? b : a);
        }
      }
    }
    // A first name alone joins the one full name it starts ("Sara" to "Sara Lind"); shared by two
    // full names, it joins neither.
    Map<String, Cluster> byFirstName = new HashMap<>();
    for (Cluster c : clusters) {
      if (c.type != EntityType.PERSON) {
        continue;
      }
      for (String key : c.keys()) {
        int space = key.indexOf(' ');
        if (space > 0) {
          byFirstName.merge(key.substring(0, space), c, (a, b) -> a == b ? a : NOBODY);
        }
      }
    }
    for (KeyGroup g : groups) {
      Cluster target = target(g, bySurname);
      if (target == null && g.isOneWord() && g.type == EntityType.PERSON && !g.acronym) {
        Cluster c = byFirstName.get(g.key);
        target = c == NOBODY ? null : c;
      }
      Cluster current = clusterOf.get(g);
      if (target == null
          || target == current
          || isStrongNonPerson(g) && g.type != EntityType.PERSON) {
        continue;
      }
      if (current != null) {
        current.groups.remove(g);
      }
      target.add(g);
      clusterOf.put(g, target);
    }
    clusters.removeIf(c -> c.groups.isEmpty() && c.metadataName == null);
  }

  private static void addAuthor(List<Cluster> clusters, String author) {
    String key = NameKey.of(author);
    if (key.isEmpty()) {
      return;
    }
    for (Cluster c : clusters) {
      if (c.keys().contains(key)) {
        c.metadataName = author.strip();
        return;
      }
    }
    Cluster c = new Cluster(EntityType.PERSON);
    c.metadataName = author.strip();
    clusters.add(c);
  }

  /** The cluster a one-word key or a shortened full name belongs to, or null. */
  private static Cluster target(KeyGroup g, Map<String, Cluster> bySurname) {
    if (g.acronym) {
      return null;
    }
    if (g.isOneWord()) {
      return bySurname.get(g.key);
    }
    String surname = surname(g.key);
    Cluster c = surname == null ? null : bySurname.get(surname);
    if (c == null || g.type != EntityType.PERSON && g.type != null) {
      return null;
    }
    String first = g.key.substring(0, g.key.indexOf(' '));
    for (String key : c.keys()) {
      if (key.startsWith(first + " ") && key.split(" ").length > g.key.split(" ").length
          || key.endsWith(" " + g.key)) {
        return c; // "Mohammed al-Sudani", and the end of the full name: "Bin Laden"
      }
    }
    return null;
  }

  /** Particles that open the end of a full name: "bin Laden", "De Niro", "van Persie". */
  private static final Set<String> PARTICLES =
      Set.of(
          "bin", "ibn", "bint", "abu", "al", "el", "van", "von", "de", "der", "den", "du", "da",
          "di", "dal", "del", "della", "la", "le", "ter", "ten", "dos", "das");

  /**
   * Whether every key of {@code c}, of two words or more, is the end of a key of another person of
   * {@code clusters} after a particle or after one {@code firstName}: "bin laden" of "osama bin
   * laden", "day lewis" of "daniel day lewis" (a double surname), which join that name whichever
   * the article writes first.
   */
  private static boolean isEndOfAnother(
      Cluster c, List<Cluster> clusters, Predicate<String> firstName) {
    Set<String> keys = c.keys();
    if (keys.isEmpty()) {
      return false;
    }
    for (String key : keys) {
      int space = key.indexOf(' ');
      if (space < 0) {
        return false;
      }
      boolean particle = PARTICLES.contains(key.substring(0, space));
      boolean end = false;
      for (Cluster o : clusters) {
        if (o == c || o.type != EntityType.PERSON) {
          continue;
        }
        for (String other : o.keys()) {
          if (other.endsWith(" " + key)) {
            // After a particle any name goes before ("Osama bin Laden"); else one first name
            // ("Daniel Day-Lewis"), not a description ("Film-maker Spike Lee", "DJ John Peel").
            String before = other.substring(0, other.length() - key.length() - 1);
            end |= particle || before.indexOf(' ') < 0 && firstName.test(before);
          }
        }
      }
      if (!end) {
        return false;
      }
    }
    return true;
  }

  private static int mentions(Cluster c) {
    int n = 0;
    for (KeyGroup g : c.groups) {
      n += g.mentions.size();
    }
    return n;
  }

  /**
   * A country, a well-known organisation or a big city is not taken for a surname, unless the
   * article's mentions of it were typed a person ("John Houston ... Houston said").
   */
  private static boolean isStrongNonPerson(KeyGroup g) {
    return g.known != null
        && g.known.type() != EntityType.PERSON
        && (g.known.isWellKnown() || g.known.prior() >= GazetteerLoader.BIG_PLACE_PRIOR);
  }

  /** The last word of a name of two or more words, generational suffixes aside; else null. */
  static String surname(String key) {
    String[] words = key.split(" ");
    int last = words.length - 1;
    while (last > 0 && SUFFIXES.contains(words[last])) {
      last--;
    }
    return last >= 1 ? words[last] : null;
  }
}
