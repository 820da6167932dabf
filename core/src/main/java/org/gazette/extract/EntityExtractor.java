package org.gazette.extract;

import org.gazette.model.Article;
import org.gazette.model.Extraction;

/**
 * Finds the entities and dates of one article.
 *
 * <p>NOTE: implementations must be thread-safe; the indexer calls one instance from several
 * threads. They must not throw for odd text: an article with nothing recognisable yields {@link
 * Extraction#EMPTY}.
 */
@FunctionalInterface
public interface EntityExtractor {
  /**
   * The entities (one per canonical value, with mentions) and mentioned dates of {@code article}.
   */
  Extraction extract(Article article);
}
