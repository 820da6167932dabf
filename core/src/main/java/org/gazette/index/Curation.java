package org.gazette.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;

/**
 * An immutable snapshot of the curation rules, looked up by entity key: which values are merged
 * into which, renamed, given more aliases, or blocked.
 *
 * <p>NOTE: thread-safe; a change makes a new snapshot ({@link #with}).
 */
public final class Curation {
  /** No rules at all. */
  public static final Curation NONE = new Curation(List.of());

  /** Merge chains longer than this are cut (they can only come from a hand-edited file). */
  private static final int MAX_CHAIN = 32;

  private final Map<EntityType, Map<String, CurationRule>> byKey = new EnumMap<>(EntityType.class);

  public Curation(Collection<CurationRule> rules) {
    for (CurationRule rule : rules) {
      String key = EntityKeys.of(rule.name());
      if (!key.isEmpty() && !rule.isEmpty()) {
        byKey.computeIfAbsent(rule.type(), t -> new LinkedHashMap<>()).put(key, rule);
      }
    }
  }

  /** Every rule, in the order they were made. */
  public List<CurationRule> rules() {
    List<CurationRule> all = new ArrayList<>();
    byKey.values().forEach(m -> all.addAll(m.values()));
    return all;
  }

  /**
   * These rules with {@code rule} replacing any rule about the same value (an empty one removes).
   */
  public Curation with(CurationRule rule) {
    String key = EntityKeys.of(rule.name());
    if (key.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + rule.name() + "' holds no letter or digit, so it names no value");
    }
    List<CurationRule> rules = new ArrayList<>();
    for (CurationRule r : rules()) {
      if (!(r.type() == rule.type() && EntityKeys.of(r.name()).equals(key))) {
        rules.add(r);
      }
    }
    if (!rule.isEmpty()) {
      rules.add(rule);
    }
    Curation next = new Curation(rules);
    next.checkNoCycle(rule.type(), key);
    return next;
  }

  /** The rule about the value with {@code key}, if any. */
  public Optional<CurationRule> rule(EntityType type, String key) {
    return Optional.ofNullable(byKey.getOrDefault(type, Map.of()).get(key));
  }

  /** The key a value with {@code key} is counted under, following merges. */
  public String resolve(EntityType type, String key) {
    String current = key;
    for (int i = 0; i < MAX_CHAIN; i++) {
      CurationRule rule = byKey.getOrDefault(type, Map.of()).get(current);
      if (rule == null || rule.mergeInto() == null) {
        return current;
      }
      current = EntityKeys.of(rule.mergeInto());
    }
    return current;
  }

  /**
   * How the value {@code key} of {@code facet} is shown: the user's name for it when curation
   * renamed it, else the label the articles give it, else the name a merge into it gave, else the
   * key. Sources are never curated.
   *
   * @param fromArticles the label chosen from the articles' names, or {@code null}; asked only when
   *     the value is not renamed
   */
  public String label(Facet facet, String key, java.util.function.Supplier<String> fromArticles) {
    boolean curated = facet != Facet.SOURCE && facet.isValueFacet();
    EntityType type = curated ? EntityType.valueOf(facet.name()) : null;
    if (curated) {
      Optional<String> renamed = rename(type, key);
      if (renamed.isPresent()) {
        return renamed.get();
      }
    }
    String label = fromArticles.get();
    if (label == null && curated) {
      // A merge into a name no article uses: the name as the user wrote it, not its folded key.
      label = mergeTargetName(type, key).orElse(null);
    }
    return label == null ? key : label;
  }

  /** Whether the value with {@code key} is hidden. */
  public boolean blocked(EntityType type, String key) {
    return rule(type, key).map(CurationRule::blocked).orElse(false);
  }

  /** The label the user chose for {@code key}, if any. */
  public Optional<String> rename(EntityType type, String key) {
    return rule(type, key).map(CurationRule::rename);
  }

  /**
   * The name a merge gave the value with {@code key} ("Nobody Atal" of {@code mergeInto: "Nobody
   * Atal"}), as written in the earliest such rule; empty when no rule merges into it.
   */
  public Optional<String> mergeTargetName(EntityType type, String key) {
    for (CurationRule rule : byKey.getOrDefault(type, Map.of()).values()) {
      if (rule.mergeInto() != null && EntityKeys.of(rule.mergeInto()).equals(key)) {
        return Optional.of(rule.mergeInto().strip());
      }
    }
    return Optional.empty();
  }

  /**
   * The keys a name stands for by the user's decisions: values renamed to it, and values given it
   * as an alias.
   */
  public Set<String> keysNamed(EntityType type, String name) {
    String wanted = EntityKeys.of(name);
    Set<String> keys = new HashSet<>();
    byKey
        .getOrDefault(type, Map.of())
        .forEach(
            (key, rule) -> {
              if ((rule.rename() != null && EntityKeys.of(rule.rename()).equals(wanted))
                  || rule.aliases().stream().anyMatch(a -> EntityKeys.of(a).equals(wanted))) {
                keys.add(key);
              }
            });
    return keys;
  }

  /**
   * The extracted keys of {@code type} that count under another key in {@code next} than in this
   * snapshot: the articles naming them must be mapped again.
   */
  public Set<String> keysMovedBy(Curation next, EntityType type, String changed) {
    Set<String> candidates = new HashSet<>(mergedKeys(type));
    candidates.addAll(next.mergedKeys(type));
    candidates.add(changed);
    Set<String> moved = new HashSet<>();
    for (String key : candidates) {
      if (!resolve(type, key).equals(next.resolve(type, key))) {
        moved.add(key);
      }
    }
    return moved;
  }

  /** Every key whose value is merged into another one. */
  Set<String> mergedKeys(EntityType type) {
    Set<String> keys = new HashSet<>();
    byKey
        .getOrDefault(type, Map.of())
        .forEach(
            (key, rule) -> {
              if (rule.mergeInto() != null) {
                keys.add(key);
              }
            });
    return keys;
  }

  private void checkNoCycle(EntityType type, String start) {
    Set<String> seen = new HashSet<>();
    String current = start;
    while (current != null && seen.add(current)) {
      CurationRule rule = byKey.getOrDefault(type, Map.of()).get(current);
      current = rule == null || rule.mergeInto() == null ? null : EntityKeys.of(rule.mergeInto());
    }
    if (current != null) {
      throw new IllegalArgumentException(
          "merging '" + start + "' that way would make a cycle of merges back to itself");
    }
  }
}
