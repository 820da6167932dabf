package org.gazette.model;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** What an extractor found in one article: its entities (one per canonical value) and dates. */
public record Extraction(List<Entity> entities, List<MentionedDate> dates) {
  /** An extraction that found nothing. */
  public static final Extraction EMPTY = new Extraction(List.of(), List.of());

  public Extraction {
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
  }

  /** The entities of one type, in the order they were found. */
  public List<Entity> entities(EntityType type) {
    return entities.stream().filter(e -> e.type() == type).toList();
  }

  /** The distinct years the text states explicitly (not inferred from the published date). */
  public SortedSet<Integer> years() {
    TreeSet<Integer> years = new TreeSet<>();
    for (MentionedDate d : dates) {
      if (!d.yearInferred()) {
        years.add(d.date().getYear());
      }
    }
    return years;
  }
}
