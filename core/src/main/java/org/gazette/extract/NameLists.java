package org.gazette.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;
import org.gazette.model.EntityType;

/**
 * Reads the lists of names an article writes, names between commas closed by "and" or "or" ("Nokia,
 * Sagem, Sony and Thomson", "Iraq, Syria or Jordan"; not "Born at Statfold, Staffordshire,
 * Pipe-Wolferstan was"): the names of one list are of one kind, so a name the gazetteer does not
 * know as what it was typed takes the type of the names of the list typed as the gazetteer knows
 * them ("Sagem" and "Thomson" beside Nokia and Sony are companies, not a person and a person).
 */
final class NameLists {
  /** The fewest anchors of one type a list needs before it types its other names. */
  static final int MIN_ANCHORS = 2;

  private NameLists() {}

  /**
   * The types the lists of the article give to their names, by key ({@link #typeList}).
   *
   * @param found every name found in the title and body
   * @param groups the names by key, with their types decided
   */
  static Map<String, EntityType> types(
      List<Found> found, Map<String, KeyGroup> groups, Article article) {
    Map<String, EntityType> out = new HashMap<>();
    List<Found> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(Found::field).thenComparingInt(Found::start));
    List<Found> list = new ArrayList<>();
    boolean closed = false;
    for (int i = 0; i < sorted.size(); i++) {
      Found f = sorted.get(i);
      Found previous = list.isEmpty() ? null : list.get(list.size() - 1);
      if (previous != null && previous.field() == f.field() && f.start() < previous.end()) {
        continue; // the same name found twice, or a name inside another
      }
      String between = previous == null ? null : between(previous, f, article);
      if (previous != null && !closed && isComma(between)) {
        list.add(f);
      } else if (previous != null && !closed && isConjunction(between)) {
        list.add(f);
        closed = true;
      } else {
        if (closed) {
          typeList(list, groups, out);
        }
        list.clear();
        list.add(f);
        closed = false;
      }
    }
    if (closed) {
      typeList(list, groups, out);
    }
    return out;
  }

  /**
   * Types the names of a list of three names or more after its anchors, the names typed as the
   * gazetteer knows them: when {@link #MIN_ANCHORS} or more anchors have one type and none another,
   * the other names of the list take it; with fewer anchors, the type of most of its names ({@link
   * #majority}).
   */
  private static void typeList(
      List<Found> list, Map<String, KeyGroup> groups, Map<String, EntityType> out) {
    if (list.size() < 3) {
      return;
    }
    EntityType kind = null;
    int anchors = 0;
    for (Found f : list) {
      KeyGroup g = groups.get(f.key());
      if (isAnchor(g)) {
        if (kind != null && kind != g.type) {
          return; // "Nokia, Sony and France": two kinds in one list
        }
        kind = g.type;
        anchors++;
      }
    }
    if (anchors < MIN_ANCHORS) {
      kind = majority(list, groups);
      if (kind == null) {
        return;
      }
    }
    for (Found f : list) {
      KeyGroup g = groups.get(f.key());
      if (g != null && g.type != null && g.type != kind && !isAnchor(g)) {
        out.put(f.key(), kind);
      }
    }
  }

  /**
   * The type more than half the names of a list have, when no name of another type is an anchor;
   * else null ("Nokia, Sagem, Sony and Thomson" with two anchors is decided by them).
   */
  private static EntityType majority(List<Found> list, Map<String, KeyGroup> groups) {
    Map<EntityType, Integer> counts = new java.util.EnumMap<>(EntityType.class);
    for (Found f : list) {
      KeyGroup g = groups.get(f.key());
      if (g != null && g.type != null) {
        counts.merge(g.type, 1, Integer::sum);
      }
    }
    for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
      if (2 * e.getValue() > list.size()) {
        for (Found f : list) {
          KeyGroup g = groups.get(f.key());
          if (isAnchor(g) && g.type != e.getKey()) {
            return null;
          }
        }
        return e.getKey();
      }
    }
    return null;
  }

  /** A name typed as the gazetteer knows it. */
  private static boolean isAnchor(KeyGroup g) {
    return g != null && g.type != null && g.known != null && g.known.type() == g.type;
  }

  /** The text between two names of one field, or null when they are in different fields. */
  private static String between(Found a, Found b, Article article) {
    if (a.field() != b.field() || b.start() < a.end()) {
      return null;
    }
    String text = a.field() == ArticleField.TITLE ? article.title() : article.body();
    if (text == null || b.start() > text.length() || b.start() - a.end() > 8) {
      return null;
    }
    return text.substring(a.end(), b.start());
  }

  private static boolean isComma(String between) {
    return between != null && between.strip().equals(",");
  }

  private static boolean isConjunction(String between) {
    if (between == null) {
      return false;
    }
    String s = between.strip();
    return s.equals("and") || s.equals("or") || s.equals(", and") || s.equals(", or");
  }
}
