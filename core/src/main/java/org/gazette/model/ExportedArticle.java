package org.gazette.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One article of an export: what a hit shows, without score or snippet, with the body when asked.
 *
 * @param published the publisher's date, or {@code null}
 * @param publishedAt the moment of publication in UTC when the input gave a time, or {@code null}
 * @param entities the entity values by type, named as the facets name them
 * @param body the cleaned body, or {@code null} when the export leaves bodies out
 */
public record ExportedArticle(
    String id,
    String title,
    String source,
    LocalDate published,
    Instant publishedAt,
    String url,
    List<String> authors,
    Map<EntityType, List<String>> entities,
    String body) {
  public ExportedArticle {
    authors = List.copyOf(authors);
    entities = Map.copyOf(entities);
  }
}
