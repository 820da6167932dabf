package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.EntityNetwork;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;

/**
 * Counts the co-occurrence network of the articles a store visits: the {@code maxNodes} values
 * named by most articles (ties by type and name) and the pairs of them named together. Two passes
 * over the same matches; memory grows with the number of distinct values and of pairs of the kept
 * values, not with the number of articles. Every store counts with this class, so that the same
 * articles give the same network.
 */
public final class NetworkBuilder {
  /** Visits the value keys of every matching article, the same articles on every call. */
  public interface Matches {
    void forEach(ValueKeysVisitor visitor) throws IOException;
  }

  /** Receives the value keys of one article and the naming to label them with. */
  public interface ValueKeysVisitor {
    void visit(Map<Facet, List<String>> valueKeys, ValueNaming naming) throws IOException;
  }

  private NetworkBuilder() {}

  /** The network of the articles {@code matches} visits. */
  public static EntityNetwork build(Matches matches, int maxNodes) throws IOException {
    Map<String, long[]> counts = new HashMap<>();
    long[] articles = {0};
    matches.forEach(
        (keys, naming) -> {
          articles[0]++;
          for (String node : nodesOf(keys, naming)) {
            counts.computeIfAbsent(node, k -> new long[1])[0]++;
          }
        });
    List<Map.Entry<String, long[]>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(
        (a, b) ->
            a.getValue()[0] != b.getValue()[0]
                ? Long.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
    List<EntityNetwork.Node> nodes = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (Map.Entry<String, long[]> e : ranked.subList(0, Math.min(maxNodes, ranked.size()))) {
      int tab = e.getKey().indexOf('\t');
      index.put(e.getKey(), nodes.size());
      nodes.add(
          new EntityNetwork.Node(
              EntityType.values()[Integer.parseInt(e.getKey().substring(0, tab))],
              e.getKey().substring(tab + 1),
              e.getValue()[0]));
    }
    Map<Long, long[]> pairs = new HashMap<>();
    matches.forEach(
        (keys, naming) -> {
          List<Integer> kept = new ArrayList<>();
          for (String node : nodesOf(keys, naming)) {
            Integer i = index.get(node);
            if (i != null) {
              kept.add(i);
            }
          }
          kept.sort(null);
          for (int a = 0; a < kept.size(); a++) {
            for (int b = a + 1; b < kept.size(); b++) {
              long key = (long) kept.get(a) << 32 | kept.get(b);
              pairs.computeIfAbsent(key, k -> new long[1])[0]++;
            }
          }
        });
    List<EntityNetwork.Edge> edges = new ArrayList<>();
    for (Map.Entry<Long, long[]> e : pairs.entrySet()) {
      edges.add(
          new EntityNetwork.Edge(
              (int) (e.getKey() >>> 32), (int) (long) e.getKey(), e.getValue()[0]));
    }
    edges.sort(
        (a, b) ->
            a.articles() != b.articles()
                ? Long.compare(b.articles(), a.articles())
                : a.source() != b.source()
                    ? Integer.compare(a.source(), b.source())
                    : Integer.compare(a.target(), b.target()));
    return new EntityNetwork(articles[0], nodes, edges, ranked.size() - nodes.size());
  }

  /** The distinct values of an article as {@code "TYPE-ORDINAL\tlabel"}. */
  private static Set<String> nodesOf(Map<Facet, List<String>> keys, ValueNaming naming) {
    Set<String> nodes = new LinkedHashSet<>();
    HitMapper.entities(keys, naming)
        .forEach(
            (type, values) -> {
              for (String v : values) {
                nodes.add(type.ordinal() + "\t" + v);
              }
            });
    return nodes;
  }
}
