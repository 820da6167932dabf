package org.gazette;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.index.EntityNames;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.gazette.model.Facet;
import org.gazette.model.IndexedArticle;
import org.gazette.model.Mention;
import org.gazette.store.ArticleStore;

/**
 * Names the stored (as extracted) entities of an article the way facets name them now: each under
 * the label of the key it counts under, values merged together, blocked ones left out.
 */
final class EntityLabeller {
  private final EntityNames names;
  private final ArticleStore store;

  EntityLabeller(EntityNames names, ArticleStore store) {
    this.names = names;
    this.store = store;
  }

  IndexedArticle label(IndexedArticle stored) throws IOException {
    Map<String, Labelled> byLabel = new LinkedHashMap<>();
    for (Entity e : stored.extraction().entities()) {
      String key = names.indexedKey(e.type(), e.name());
      if (key.isEmpty() || names.curation().blocked(e.type(), key)) {
        continue;
      }
      String label = store.label(Facet.of(e.type()), key);
      Labelled l =
          byLabel.computeIfAbsent(e.type() + "\u0000" + label, k -> new Labelled(e.type(), label));
      l.aliases.add(e.name());
      l.aliases.addAll(e.aliases());
      l.mentions.addAll(e.mentions());
    }
    List<Entity> entities = new ArrayList<>();
    for (Labelled l : byLabel.values()) {
      l.aliases.remove(l.label);
      l.mentions.sort(Comparator.comparing(Mention::field).thenComparingInt(Mention::start));
      entities.add(new Entity(l.type, l.label, new ArrayList<>(l.aliases), l.mentions));
    }
    return new IndexedArticle(
        stored.article(), new Extraction(entities, stored.extraction().dates()));
  }

  private static final class Labelled {
    final EntityType type;
    final String label;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<Mention> mentions = new ArrayList<>();

    Labelled(EntityType type, String label) {
      this.type = type;
      this.label = label;
    }
  }
}
