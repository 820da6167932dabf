package org.gazette.extract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.gazette.model.NameKey;

/**
 * Builds the institutions table: universities of the Hipo university-domains list and the current
 * committees of the US Congress, each with the other names news writes for it.
 */
final class InstitutionTableBuilder {
  /** Kind of a university, as the table and {@link KnownName#kind()} write it. */
  static final char UNIVERSITY = 'U';

  /** Kind of a committee of a legislature. */
  static final char COMMITTEE = 'G';

  /** A committee's subject of more words than this is written out in full only. */
  static final int MAX_SUBJECT_WORDS = 6;

  private static final Pattern CHAMBER_COMMITTEE =
      Pattern.compile(
          "(House|Senate)(?: Permanent)?(?: Select| Special)? Committee on (?:the )?(.+)");

  /** Labels of a web domain that say nothing of the institution. */
  private static final Set<String> GENERIC_LABELS =
      Set.of("www", "edu", "ac", "co", "com", "org", "net", "gov", "info", "int", "student");

  private final Path organisations;

  InstitutionTableBuilder(Path gazetteerDir) {
    this.organisations = gazetteerDir.resolve("organisations");
  }

  /**
   * Rows {@code name, kind, country, aliases}: {@code aliases} joined by {@code |}, {@code kind}
   * {@link #UNIVERSITY} or {@link #COMMITTEE}, {@code country} an ISO code; sorted by name key, one
   * row per key.
   */
  List<String[]> build() throws IOException {
    Map<String, String[]> byKey = new TreeMap<>();
    for (Map<String, String> c : YamlListReader.read(text("us-congress-committees", ".yaml.gz"))) {
      String name = c.getOrDefault("name", "");
      if (!name.isEmpty()) {
        byKey.putIfAbsent(
            NameKey.of(name),
            new String[] {
              name, String.valueOf(COMMITTEE), "US", String.join("|", committeeForms(name))
            });
      }
    }
    for (String[] row : universities()) {
      byKey.putIfAbsent(NameKey.of(row[0]), row);
    }
    byKey.keySet().removeIf(String::isEmpty);
    return new ArrayList<>(byKey.values());
  }

  /**
   * The forms news writes for a committee besides its name: "House Agriculture Committee" for
   * "House Committee on Agriculture", "Senate Banking Committee" too for "Senate Committee on
   * Banking, Housing, and Urban Affairs", "Senate Intelligence Committee" for "Senate Select
   * Committee on Intelligence". Joint committees are written as named.
   */
  static List<String> committeeForms(String name) {
    Set<String> forms = new LinkedHashSet<>();
    if (name.startsWith("United States ")) {
      forms.add(name.substring("United States ".length()));
    }
    Matcher m = CHAMBER_COMMITTEE.matcher(name);
    if (m.matches() && m.group(2).split(" ").length <= MAX_SUBJECT_WORDS) {
      String chamber = m.group(1);
      String subject = m.group(2);
      // "Committee on House Administration" is the "House Administration Committee".
      String prefix = subject.startsWith(chamber + " ") ? "" : chamber + " ";
      forms.add(prefix + subject + " Committee");
      int comma = subject.indexOf(',');
      if (comma > 0) {
        forms.add(prefix + subject.substring(0, comma) + " Committee");
      }
    }
    forms.remove(name);
    return List.copyOf(forms);
  }

  /**
   * Rows of the universities whose name (without parenthesised notes) is unique to one institution:
   * a name listed for several is kept only when every listing is in one country and they share a
   * web domain label ("keio.ac.jp", "a2.keio.jp"), else it is left out.
   */
  private List<String[]> universities() throws IOException {
    JsonArray all = JsonParser.parseString(text("universities-hipo", ".json.gz")).getAsJsonArray();
    Map<String, List<JsonObject>> byKey = new TreeMap<>();
    for (JsonElement e : all) {
      JsonObject u = e.getAsJsonObject();
      byKey.computeIfAbsent(NameKey.of(name(u)), k -> new ArrayList<>()).add(u);
    }
    List<String[]> rows = new ArrayList<>();
    for (List<JsonObject> listed : byKey.values()) {
      if (isOneInstitution(listed)) {
        JsonObject u = listed.get(0);
        rows.add(
            new String[] {name(u), String.valueOf(UNIVERSITY), string(u, "alpha_two_code"), ""});
      }
    }
    return rows;
  }

  private static boolean isOneInstitution(List<JsonObject> listed) {
    Set<String> countries = new HashSet<>();
    Set<String> shared = null;
    for (JsonObject u : listed) {
      countries.add(string(u, "alpha_two_code"));
      Set<String> labels = domainLabels(u);
      if (shared == null) {
        shared = labels;
      } else {
        shared.retainAll(labels);
      }
    }
    return countries.size() == 1 && (listed.size() == 1 || !shared.isEmpty());
  }

  /** The labels of a university's web domains but the last and the generic ones. */
  private static Set<String> domainLabels(JsonObject u) {
    Set<String> labels = new HashSet<>();
    if (u.has("domains") && u.get("domains").isJsonArray()) {
      for (JsonElement d : u.getAsJsonArray("domains")) {
        String[] parts = d.getAsString().toLowerCase(Locale.ROOT).split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
          if (!GENERIC_LABELS.contains(parts[i])) {
            labels.add(parts[i]);
          }
        }
      }
    }
    return labels;
  }

  /** The listed name without notes in parentheses ("Augustana College (IL)", "(Student email)"). */
  private static String name(JsonObject u) {
    return string(u, "name").replaceAll("\\s*\\([^()]*\\)", "").replaceAll("\\s+", " ").strip();
  }

  private static String string(JsonObject o, String field) {
    JsonElement e = o.get(field);
    return e == null || e.isJsonNull() ? "" : e.getAsString();
  }

  private String text(String prefix, String suffix) throws IOException {
    Path file = DataFiles.find(organisations, prefix, suffix);
    try (Reader r =
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[1 << 14];
      int n;
      while ((n = r.read(buf)) > 0) {
        b.append(buf, 0, n);
      }
      return b.toString();
    }
  }
}
