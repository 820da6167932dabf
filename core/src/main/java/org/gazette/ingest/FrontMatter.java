package org.gazette.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leading front-matter block of a text file: a {@code ---} line, {@code key: value} lines, and a
 * closing {@code ---} line, then the text.
 *
 * <p>Values may be quoted; {@code key: [a, b]} and a {@code key:} line followed by {@code - item}
 * lines give lists; {@code authors: a, b} is a list too. Keys are lower-cased. A block with any
 * other kind of line is not front matter: the text is then taken whole, as written.
 *
 * @param fields the values of each key, in order
 * @param text what follows the closing line
 */
record FrontMatter(Map<String, List<String>> fields, String text) {
  private static final int MAX_LINES = 200;
  private static final Pattern KEY_VALUE =
      Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,40})\\s*:(.*)");

  FrontMatter {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    fields.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    fields = java.util.Collections.unmodifiableMap(copy);
  }

  /** The front matter at the start of {@code text}, or {@code null} when it has none. */
  static FrontMatter parse(String text) {
    if (!text.startsWith("---\n")) {
      return null;
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    String listKey = null;
    int start = 4;
    for (int lines = 0; lines < MAX_LINES; lines++) {
      int end = text.indexOf('\n', start);
      String line = (end < 0 ? text.substring(start) : text.substring(start, end)).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return new FrontMatter(fields, end < 0 ? "" : text.substring(end + 1));
      }
      if (end < 0) {
        return null;
      }
      start = end + 1;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (listKey != null && stripped.startsWith("- ")) {
        fields.get(listKey).add(unquote(stripped.substring(2)));
        continue;
      }
      Matcher m = KEY_VALUE.matcher(line);
      if (!m.matches()) {
        return null;
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      List<String> values = values(key, m.group(2).strip());
      fields.put(key, values);
      listKey = values.isEmpty() ? key : null;
    }
    return null;
  }

  private static List<String> values(String key, String value) {
    List<String> values = new ArrayList<>();
    boolean flowList = value.startsWith("[") && value.endsWith("]");
    if (flowList || key.startsWith("author")) {
      String inner = flowList ? value.substring(1, value.length() - 1) : value;
      for (String part : inner.split(",")) {
        if (!part.isBlank()) {
          values.add(unquote(part.strip()));
        }
      }
    } else if (!value.isEmpty()) {
      values.add(unquote(value));
    }
    return values;
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
