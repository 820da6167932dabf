package org.gazette.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.gazette.model.Article;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.gazette.model.GeoPlace;

/**
 * An extractor built on first use: a command that only searches an index (no filter by an alias, no
 * extraction) never pays the seconds the default extractor takes to load its gazetteer and model.
 *
 * <p>NOTE: thread-safe; the first caller builds the extractor while others wait for it. When
 * building fails, the error reaches that caller and the next one tries again.
 */
final class LazyEntityExtractor implements EntityExtractor {
  private final Supplier<? extends EntityExtractor> loader;
  private volatile EntityExtractor loaded;

  LazyEntityExtractor(Supplier<? extends EntityExtractor> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  private EntityExtractor get() {
    EntityExtractor extractor = loaded;
    if (extractor == null) {
      synchronized (this) {
        extractor = loaded;
        if (extractor == null) {
          extractor = Objects.requireNonNull(loader.get(), "the loader gave no extractor");
          loaded = extractor;
        }
      }
    }
    return extractor;
  }

  /** Whether the extractor has been built. */
  boolean isLoaded() {
    return loaded != null;
  }

  @Override
  public void prepare() {
    get();
  }

  @Override
  public Extraction extract(Article article) {
    return get().extract(article);
  }

  @Override
  public List<String> canonicalNames(EntityType type, String alias) {
    return get().canonicalNames(type, alias);
  }

  @Override
  public Optional<GeoPlace> place(String name) {
    return get().place(name);
  }
}
