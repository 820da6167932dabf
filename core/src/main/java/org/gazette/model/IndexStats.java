package org.gazette.model;

import java.time.Instant;
import java.util.Map;

/**
 * The size and shape of an index.
 *
 * @param documents articles in the index
 * @param sizeBytes bytes the index directory takes on disk
 * @param valueCounts distinct values per value facet (organisations, places, people, sources)
 * @param lastCommit when changes were last made durable, or {@code null} for a new, empty index
 */
public record IndexStats(
    int documents, long sizeBytes, Map<Facet, Integer> valueCounts, Instant lastCommit) {
  public IndexStats {
    valueCounts = Map.copyOf(valueCounts);
  }
}
