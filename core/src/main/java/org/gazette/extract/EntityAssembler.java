package org.gazette.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gazette.extract.KnownName.Kind;
import org.gazette.model.Article;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Mention;
import org.gazette.model.NameKey;

/**
 * Turns clusters into {@link Entity} records: the canonical name (the known one, the metadata one,
 * else the most complete form written), the other forms as aliases, the mentions in text order; and
 * names the cluster of the article's source, when the text names it, as the metadata does.
 */
final class EntityAssembler {
  private static final Comparator<Mention> TEXT_ORDER =
      Comparator.comparing(Mention::field)
          .thenComparingInt(Mention::start)
          .thenComparingInt(Mention::end);

  List<Entity> assemble(List<Cluster> clusters, Article article) {
    List<Cluster> ordered = new ArrayList<>(clusters);
    Cluster source = sourceCluster(ordered, article.source());
    ordered.sort(Comparator.comparingLong(Cluster::firstPosition));
    List<Entity> entities = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Cluster c : ordered) {
      EntityType type = c == source ? EntityType.ORGANIZATION : c.type;
      String name = canonical(c);
      if (name.isBlank()) {
        continue;
      }
      Entity e = new Entity(type, name, aliases(c, name), mentions(c));
      // Names that fold to one key are one value ("Texas City", "Texas city").
      String key = type + ":" + NameKey.of(name);
      Integer at = seen.get(key);
      if (at != null) {
        entities.set(at, mergeEntities(entities.get(at), e));
      } else {
        seen.put(key, entities.size());
        entities.add(e);
      }
    }
    return entities;
  }

  /**
   * The cluster of the source when the text names it, else null: an article's organisations are
   * those its text names; the source has a facet of its own.
   */
  private static Cluster sourceCluster(List<Cluster> clusters, String source) {
    if (source == null || NameKey.of(source).isEmpty()) {
      return null;
    }
    String key = NameKey.of(source);
    for (Cluster c : clusters) {
      if (c.keys().contains(key) && c.type != EntityType.PERSON) {
        c.metadataName = source.strip();
        return c;
      }
    }
    return null;
  }

  private static String canonical(Cluster c) {
    String known = c.knownCanonical();
    if (c.metadataName != null && (c.type != EntityType.PERSON || known == null)) {
      return c.type == EntityType.PERSON ? longer(c.metadataName, bestWritten(c)) : c.metadataName;
    }
    if (known == null) {
      // A place or person written only in capitals (a dateline's "SOUTHWEST ASIA") is named in
      // title case; an organisation in capitals may be an acronym ("UNESCO") and stays.
      String written = bestWritten(c);
      return c.type == EntityType.ORGANIZATION && !isPlaceName(c)
          ? written
          : unshouted(written, written);
    }
    Kind kind = c.known().kind();
    boolean abbreviated = false;
    for (KeyGroup g : c.groups) {
      abbreviated |= g.abbreviatedState;
    }
    if (!abbreviated && (kind == Kind.POPULATED_PLACE || kind == Kind.FIRST_LEVEL_REGION)) {
      // A town or region is named as the article writes it ("Kobane", "Hilla"), not by its GeoNames
      // transliteration ("'Ayn al 'Arab", "Al Hillah"); the gazetteer still places it.
      // Spellings that fold to the same key ("Anbar", "Al Anbar") keep the gazetteer's name.
      // A town written only in capitals (a dateline's "FRANKFURT") is named in title case; an
      // abbreviation ("LA") by the gazetteer.
      String written = unshouted(bestWritten(c), "");
      if (!written.isEmpty()
          && (!NameKey.of(written).equals(NameKey.of(known)) || hasTransliterationMarks(known))) {
        // GeoNames writes the Arabic ayn and hamza as marks English news leaves out ("`Afrin").
        return written;
      }
    }
    if (kind == Kind.SPORTS_TEAM
        && c.known().prior() <= GazetteerLoader.TEAM_WEAK_PRIOR
        && !c.known().ambiguous()
        && isTownOfTeam(c, NameKey.of(known))) {
      // "Leeds 1 Newcastle 1": a place alone does not say which club of the place (Leeds United,
      // Leeds Rhinos), so the team is named as written; "Man Utd" is Manchester United, "Wolves"
      // (a nickname) Wolverhampton Wanderers.
      return unshouted(bestWritten(c), bestWritten(c));
    }
    return known;
  }

  /** Whether {@code name} holds a backtick or a modifier letter for ayn or hamza ("`Afrin"). */
  private static boolean hasTransliterationMarks(String name) {
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch == '`' || ch == '\u02bf' || ch == '\u02be' || ch == '\u02bb' || ch == '\u02bc') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the gazetteer knows a form of the cluster as a place: a team written as its town in
   * capitals ("NEW YORK 99 Charlotte 93") is named in title case; an acronym ("UNESCO") is not.
   */
  private static boolean isPlaceName(Cluster c) {
    for (KeyGroup g : c.groups) {
      if (g.known != null && g.known.type() == EntityType.PLACE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every form of the cluster is the first words of the team's full name {@code knownKey}
   * and none is the full name: "leeds" of "leeds united".
   */
  private static boolean isTownOfTeam(Cluster c, String knownKey) {
    for (String key : c.keys()) {
      if (key.equals(knownKey) || !knownKey.startsWith(key + " ")) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code written} in title case when it is all in capitals and longer than an abbreviation
   * ("FRANKFURT" -> "Frankfurt"), {@code abbreviation} for a short one ("LA"), else as written.
   */
  private static String unshouted(String written, String abbreviation) {
    if (!written.equals(written.toUpperCase(java.util.Locale.ROOT))) {
      return written;
    }
    return written.length() > 4 ? titleCase(written) : abbreviation;
  }

  /** The most complete form written: most words, not an acronym, then most frequent, then first. */
  private static String bestWritten(Cluster c) {
    Map<String, int[]> forms = new LinkedHashMap<>();
    for (KeyGroup g : c.groups) {
      for (Found f : g.mentions) {
        int[] stats = forms.computeIfAbsent(display(f), k -> new int[3]);
        stats[0] = f.is(Found.ACRONYM) ? 0 : f.words();
        stats[1]++;
      }
    }
    String best = "";
    int[] bestStats = null;
    for (Map.Entry<String, int[]> e : forms.entrySet()) {
      int[] s = e.getValue();
      if (bestStats == null || s[0] > bestStats[0] || s[0] == bestStats[0] && s[1] > bestStats[1]) {
        best = e.getKey();
        bestStats = s;
      }
    }
    return best;
  }

  private static String longer(String a, String b) {
    return b.split(" ").length > a.split(" ").length ? b : a;
  }

  /** A name as it should be shown: shouted names in capitals become title case. */
  private static String display(Found f) {
    String t = f.text().replaceAll("\\s+", " ");
    if (f.is(Found.SHOUTED) && (f.words() > 1 || t.length() > 4)) {
      return titleCase(t);
    }
    return t;
  }

  private static List<String> aliases(Cluster c, String name) {
    TreeSet<String> aliases = new TreeSet<>();
    for (KeyGroup g : c.groups) {
      for (Found f : g.mentions) {
        String form = display(f);
        if (!form.equals(name)) {
          aliases.add(form);
        }
      }
    }
    return List.copyOf(aliases);
  }

  private static List<Mention> mentions(Cluster c) {
    TreeSet<Mention> mentions = new TreeSet<>(TEXT_ORDER);
    for (KeyGroup g : c.groups) {
      for (Found f : g.mentions) {
        mentions.add(new Mention(f.field(), f.start(), f.end()));
      }
    }
    return List.copyOf(mentions);
  }

  private static Entity mergeEntities(Entity a, Entity b) {
    TreeSet<String> aliases = new TreeSet<>(a.aliases());
    aliases.addAll(b.aliases());
    TreeSet<Mention> mentions = new TreeSet<>(TEXT_ORDER);
    mentions.addAll(a.mentions());
    mentions.addAll(b.mentions());
    return new Entity(a.type(), a.name(), List.copyOf(aliases), List.copyOf(mentions));
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetter(c) && !NameKey.isApostrophe(c);
    }
    return b.toString();
  }
}
