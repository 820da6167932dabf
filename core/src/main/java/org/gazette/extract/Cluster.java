package org.gazette.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/** The key groups that name one entity of a document, on their way to becoming an entity. */
final class Cluster {
  final EntityType type;
  final List<KeyGroup> groups = new ArrayList<>();

  /** The name given by metadata (the source, an author), or null. */
  String metadataName;

  Cluster(EntityType type) {
    this.type = type;
  }

  void add(KeyGroup g) {
    if (!groups.contains(g)) {
      groups.add(g);
    }
  }

  /** The keys of the cluster, including that of its metadata name. */
  Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    if (metadataName != null) {
      keys.add(NameKey.of(metadataName));
    }
    for (KeyGroup g : groups) {
      keys.add(g.key);
    }
    return keys;
  }

  /** The known canonical name of the cluster when a group knows one of its type, else null. */
  String knownCanonical() {
    KnownName best = known();
    return best == null ? null : best.canonical();
  }

  /** The best-known name of the cluster's type that one of its groups matched, or null. */
  KnownName known() {
    KnownName best = null;
    for (KeyGroup g : groups) {
      if (g.known != null
          && g.known.type() == type
          && (best == null || g.known.prior() > best.prior())) {
        best = g.known;
      }
    }
    return best;
  }

  /** Position of the first mention, for ordering: title before body, then offset. */
  long firstPosition() {
    long first = Long.MAX_VALUE;
    for (KeyGroup g : groups) {
      for (Found f : g.mentions) {
        first = Math.min(first, ((long) f.field().ordinal() << 40) + f.start());
      }
    }
    return first;
  }

  /**
   * Merges clusters of one type whose keys are spelling variants of each other ({@link
   * NameKey#loose}: "Shia"/"Shiaa"), keeping the order of first appearance.
   */
  static List<Cluster> mergeVariants(List<Cluster> clusters) {
    Map<String, Cluster> byLoose = new HashMap<>();
    List<Cluster> out = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.groups.isEmpty() && c.metadataName == null) {
        continue;
      }
      Cluster target = null;
      for (String key : c.keys()) {
        Cluster other = byLoose.get(c.type + ":" + NameKey.loose(key));
        if (other != null && other != c) {
          target = other;
          break;
        }
      }
      if (target == null) {
        out.add(c);
        target = c;
      } else {
        c.groups.forEach(target::add);
        if (target.metadataName == null) {
          target.metadataName = c.metadataName;
        }
      }
      for (String key : c.keys()) {
        byLoose.putIfAbsent(c.type + ":" + NameKey.loose(key), target);
      }
    }
    return out;
  }
}
