package org.gazette.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One article in a result page.
 *
 * @param authors the article's authors, possibly none
 * @param score the relevance score; {@code NaN} when the hits are sorted by date
 * @param snippet the best passages of the body with query terms wrapped in {@code <mark>}; the rest
 *     is HTML-escaped, so the snippet can be shown as HTML as is
 * @param entities the canonical entity names of the article by type
 */
public record SearchHit(
    String id,
    String title,
    String source,
    LocalDate published,
    String url,
    List<String> authors,
    float score,
    String snippet,
    Map<EntityType, List<String>> entities) {
  public SearchHit {
    authors = List.copyOf(authors);
    entities = Map.copyOf(entities);
  }
}
