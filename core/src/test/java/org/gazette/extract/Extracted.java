package org.gazette.extract;

import java.util.List;
import org.gazette.model.Article;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;

/** What the default extractor finds in a body of text, for the tests of its rules. */
final class Extracted {
  private Extracted() {}

  /** The extraction of an article with no title and {@code body}. */
  static Extraction extract(String body) {
    return extract("", body);
  }

  /** The extraction of an article with {@code title} and {@code body}. */
  static Extraction extract(String title, String body) {
    return RuleBasedEntityExtractor.withDefaultResources()
        .extract(new Article("t", title, null, null, null, List.of(), body));
  }

  /** The names of the entities of {@code type}, in the extraction's order. */
  static List<String> names(Extraction x, EntityType type) {
    return x.entities(type).stream().map(Entity::name).toList();
  }

  /** The names of the entities of {@code type} the extractor finds in {@code body}. */
  static List<String> names(String body, EntityType type) {
    return names(extract(body), type);
  }
}
