package org.gazette.model;

import java.util.List;
import java.util.Objects;

/**
 * What a user decided about one entity value: merge it into another, show it under another name,
 * find it by more names, or hide it. The value is named by any spelling of it; fields left empty
 * change nothing, and a rule with every field empty removes the decision.
 *
 * @param name the value the rule is about (its label or any spelling folding to the same key)
 * @param mergeInto the value to count it as, or {@code null}
 * @param rename the label to show instead, or {@code null}
 * @param aliases more names to find it by (facet value search and filters)
 * @param blocked whether to hide it from facets, hits, profiles and filters
 */
public record CurationRule(
    EntityType type,
    String name,
    String mergeInto,
    String rename,
    List<String> aliases,
    boolean blocked) {
  public CurationRule {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a curation rule needs the name of a value");
    }
    mergeInto = blankToNull(mergeInto);
    rename = blankToNull(rename);
    aliases =
        aliases == null
            ? List.of()
            : aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    if (mergeInto != null && rename != null) {
      throw new IllegalArgumentException(
          "a value is either merged into another or renamed, not both ('"
              + name
              + "' into '"
              + mergeInto
              + "', renamed '"
              + rename
              + "')");
    }
  }

  /** Whether the rule decides nothing (and so removes any earlier decision). */
  public boolean isEmpty() {
    return mergeInto == null && rename == null && aliases.isEmpty() && !blocked;
  }

  /**
   * Whether this rule is about the {@code type} value written {@code name}: the same value, case,
   * accents, apostrophes and a leading article aside, as the index matches rules to values.
   */
  public boolean isAbout(EntityType type, String name) {
    return this.type == type && NameKey.entityKey(this.name).equals(NameKey.entityKey(name));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
