package org.gazette.model;

import java.util.List;
import java.util.Objects;

/**
 * One organisation, place or person named by an article: its canonical name, the other spellings
 * the article used (or that are known for it), and every mention.
 *
 * @param name the canonical value, the one facets count and filters match
 * @param aliases other names of the same entity, without {@code name}; may be empty
 * @param mentions where the article names it, in text order; may be empty for entities that come
 *     from metadata (a source given only in a sidecar file)
 */
public record Entity(EntityType type, String name, List<String> aliases, List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an entity name must not be blank");
    }
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }
}
