package org.gazette.model;

import java.util.List;

/**
 * The co-occurrence network of the entities of a set of articles: nodes are entity values with the
 * number of articles naming them, edges join two values named by the same articles, weighted by how
 * many.
 *
 * @param articles the number of articles the network was counted over
 * @param nodes the most frequent values, most frequent first
 * @param edges the pairs of those values named together, heaviest first
 * @param valuesLeftOut how many values were left out for being less frequent than the last node
 */
public record EntityNetwork(long articles, List<Node> nodes, List<Edge> edges, int valuesLeftOut) {
  public EntityNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** A value: its index in {@link #nodes()} is its id in {@link Edge}. */
  public record Node(EntityType type, String value, long articles) {}

  /** Two nodes (indexes into {@link #nodes()}, {@code source < target}) and their articles. */
  public record Edge(int source, int target, long articles) {}
}
