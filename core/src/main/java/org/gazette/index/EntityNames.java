package org.gazette.index;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.gazette.model.EntityType;
import org.gazette.model.GeoPlace;

/**
 * Everything the index needs to name entity values beyond the articles themselves: the current
 * curation, and the names and places an extractor knows.
 *
 * <p>NOTE: thread-safe; the curation snapshot is replaced as a whole.
 */
public final class EntityNames {
  private final BiFunction<EntityType, String, List<String>> canonicalNames;
  private final Function<String, Optional<GeoPlace>> places;
  private volatile Curation curation;

  /**
   * @param canonicalNames the canonical values an extractor gives to a name ("Islamic State" for
   *     "Daesh"), consulted at query time so that no article has to carry them
   * @param places where a place value is, when known
   */
  public EntityNames(
      Curation curation,
      BiFunction<EntityType, String, List<String>> canonicalNames,
      Function<String, Optional<GeoPlace>> places) {
    this.curation = curation;
    this.canonicalNames = canonicalNames;
    this.places = places;
  }

  /** Names known nowhere but in the articles: no extractor knowledge, no curation. */
  public static EntityNames plain() {
    return new EntityNames(Curation.NONE, (t, n) -> List.of(), n -> Optional.empty());
  }

  public Curation curation() {
    return curation;
  }

  public void curation(Curation curation) {
    this.curation = curation;
  }

  /** The key an entity named {@code name} is counted under now (its own key, after merges). */
  public String indexedKey(EntityType type, String name) {
    return curation.resolve(type, EntityKeys.of(name));
  }

  /** The canonical values the extractor gives to {@code name}; empty when it knows none. */
  public List<String> canonicalNames(EntityType type, String name) {
    try {
      return canonicalNames.apply(type, name);
    } catch (RuntimeException e) {
      return List.of(); // names that only help search must never make a search fail
    }
  }

  /** Where the place labelled {@code name} is, when known. */
  public Optional<GeoPlace> place(String name) {
    return places.apply(name);
  }
}
