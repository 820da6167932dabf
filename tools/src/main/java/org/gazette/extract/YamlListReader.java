package org.gazette.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the subset of YAML that the congress-legislators lists are written in: a top-level block
 * sequence of mappings ({@code - key: value}) whose scalar values are plain (folded over
 * continuation lines) or quoted. Only the scalars of each top-level mapping are kept; nested
 * sequences and mappings (a committee's subcommittees) are skipped.
 *
 * <p>NOTE: this is no general YAML parser. Anchors, flow collections, block scalars ({@code |},
 * {@code >}) and multi-document streams are not understood; a value written so is kept as its first
 * line's text or left out.
 */
final class YamlListReader {
  /** Where the keys of a top-level item stand: after "- ". */
  private static final int KEY_INDENT = 2;

  private YamlListReader() {}

  /** The top-level scalar values of each item of the sequence, by key, in file order. */
  static List<Map<String, String>> read(String yaml) {
    List<Map<String, String>> items = new ArrayList<>();
    Map<String, String> item = null;
    String key = null;
    for (String raw : yaml.split("\r?\n", -1)) {
      String trimmed = raw.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int indent = raw.indexOf(trimmed.charAt(0));
      if (indent == 0 && trimmed.startsWith("- ")) {
        item = new LinkedHashMap<>();
        items.add(item);
        key = entry(trimmed.substring(KEY_INDENT), item);
      } else if (item == null || indent == 0) {
        key = null; // not inside a top-level sequence item
      } else if (indent == KEY_INDENT) {
        // A new key of the item, or an item of a nested sequence written at the same indent.
        key = trimmed.startsWith("- ") ? null : entry(trimmed, item);
      } else if (indent > KEY_INDENT && key != null && !item.get(key).isEmpty()) {
        item.merge(key, unquote(trimmed), (a, b) -> a + " " + b); // a folded continuation
      } else if (indent > KEY_INDENT) {
        key = null; // a nested collection: not kept
      }
    }
    items.replaceAll(m -> Map.copyOf(m));
    return List.copyOf(items);
  }

  /** Puts {@code key: value} into {@code item}; returns the key, or null for a non-entry. */
  private static String entry(String line, Map<String, String> item) {
    int colon = line.indexOf(": ");
    if (colon < 0 && line.endsWith(":")) {
      colon = line.length() - 1;
    }
    if (colon <= 0) {
      return null;
    }
    String key = line.substring(0, colon).strip();
    item.put(key, unquote(line.substring(colon + 1).strip()));
    return key;
  }

  /** A scalar without its quotes; a quoted scalar's doubled quotes made single. */
  static String unquote(String value) {
    if (value.length() >= 2) {
      char q = value.charAt(0);
      if ((q == '\'' || q == '"') && value.charAt(value.length() - 1) == q) {
        String inner = value.substring(1, value.length() - 1);
        return q == '\'' ? inner.replace("''", "'") : inner.replace("\\\"", "\"");
      }
    }
    return value;
  }
}
