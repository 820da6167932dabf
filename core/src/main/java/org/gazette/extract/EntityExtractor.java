package org.gazette.extract;

import java.util.List;
import java.util.Optional;
import org.gazette.model.Article;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.gazette.model.GeoPlace;

/**
 * Finds the entities and dates of one article.
 *
 * <p>NOTE: implementations must be thread-safe; the indexer calls one instance from several
 * threads. They must not throw for odd text: an article with nothing recognisable yields {@link
 * Extraction#EMPTY}.
 */
public interface EntityExtractor {
  /**
   * The entities (one per canonical value, with mentions) and mentioned dates of {@code article}.
   */
  Extraction extract(Article article);

  /**
   * The canonical values this extractor would give to a mention written {@code alias} ("Islamic
   * State" for "Daesh", "United States" for "America"); empty when it knows none. Filters and facet
   * value search use it, so a value is found by names no article used.
   */
  default List<String> canonicalNames(EntityType type, String alias) {
    return List.of();
  }

  /** Where the place whose canonical value is {@code name} is, when the extractor resolved it. */
  default Optional<GeoPlace> place(String name) {
    return Optional.empty();
  }

  /**
   * Readies what the extractor needs now rather than at its first use; for an extractor built on
   * first use ({@link #lazy}), builds it. A server calls it on a thread of its own at start, so the
   * first write does not wait for the whole load. Does nothing by default.
   */
  default void prepare() {}

  /**
   * An extractor that {@code loader} builds on first use, once: for the default extractor, whose
   * resources take seconds to load, when the caller may never extract (a search without filters).
   * An error of the loader reaches the first use, not this call.
   */
  static EntityExtractor lazy(java.util.function.Supplier<? extends EntityExtractor> loader) {
    return new LazyEntityExtractor(loader);
  }
}
