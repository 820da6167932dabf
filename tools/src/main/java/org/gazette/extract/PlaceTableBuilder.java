package org.gazette.extract;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.gazette.model.NameKey;

/**
 * Builds the place rows of the gazetteer from GeoNames (countries, first-level regions, populated
 * places) and the English names of i18n-iso-countries.
 */
final class PlaceTableBuilder {
  /** Populated places below this population are kept only when they are administrative seats. */
  static final long MIN_CITY_POPULATION = 15_000;

  private static final Set<String> SEAT_CODES = Set.of("PPLC", "PPLA", "PPLA2", "PPLG");
  private static final String[] REGION_SUFFIXES = {
    " Governorate",
    " Province",
    " Region",
    " Department",
    " District",
    " Oblast",
    " Prefecture",
    " County",
    " Municipality",
    " Emirate",
    " State"
  };

  private final Path geonames;
  private final Map<Long, String> regionCodes = new HashMap<>();
  private final Path countries;

  PlaceTableBuilder(Path gazetteerDir) {
    this.geonames = gazetteerDir.resolve("geonames");
    this.countries = gazetteerDir.resolve("countries");
  }

  /** All rows: countries, then regions, then places, each by geonameid. */
  List<PlaceRow> build() throws IOException {
    Map<String, String[]> points = new HashMap<>();
    List<PlaceRow> cities = cityRows(points);
    List<PlaceRow> rows = new ArrayList<>();
    for (PlaceRow r : countryRows()) {
      rows.add(withPoint(r, points.get(r.country())));
    }
    for (PlaceRow r : regionRows()) {
      rows.add(withPoint(r, points.get(regionCodes.get(r.geonameid()))));
    }
    rows.addAll(cities);
    rows.sort(
        Comparator.comparingInt((PlaceRow r) -> "CAP".indexOf(r.kind()))
            .thenComparingLong(PlaceRow::geonameid));
    return rows;
  }

  private List<PlaceRow> countryRows() throws IOException {
    Map<String, JsonObject> translations = countryTranslations();
    Map<String, List<String>> i18n = i18nEnglishNames();
    List<PlaceRow> rows = new ArrayList<>();
    for (String line : TsvGzip.lines(DataFiles.find(geonames, "countryInfo", ".tsv.gz"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String iso = f[0];
      String name = f[4].strip();
      Set<String> aliases = new LinkedHashSet<>(i18n.getOrDefault(iso, List.of()));
      JsonObject t = translations.get(f[16]);
      if (t != null && t.has("en")) {
        aliases.add(t.get("en").getAsString());
      }
      rows.add(
          new PlaceRow(
              Long.parseLong(f[16]),
              'C',
              iso,
              "PCL",
              parseLong(f[7]),
              "",
              "",
              name,
              distinctAliases(name, aliases)));
    }
    return rows;
  }

  private List<PlaceRow> regionRows() throws IOException {
    Map<String, String> asciiNames = new HashMap<>();
    for (String line : TsvGzip.lines(DataFiles.find(geonames, "admin1CodesASCII", ".txt.gz"))) {
      String[] f = line.split("\t", -1);
      if (f.length >= 3) {
        asciiNames.put(f[0], f[2]);
      }
    }
    for (String line : TsvGzip.lines(DataFiles.find(geonames, "regionInfo-admin1", ".tsv.gz"))) {
      String[] f = line.split("\t", -1);
      if (!line.startsWith("#") && f.length >= 3) {
        asciiNames.put(f[0], f[2]);
      }
    }
    List<PlaceRow> rows = new ArrayList<>();
    for (String line : TsvGzip.lines(DataFiles.find(geonames, "derived-admin1-aliases", ".gz"))) {
      String[] f = line.split("\t", -1);
      if (f.length < 3 || !f[1].matches("\\d+")) {
        continue;
      }
      List<String> names = List.of(f[2].split("\\|"));
      String name = displayName(names.get(0), asciiNames.getOrDefault(f[0], names.get(0)));
      Set<String> aliases = new LinkedHashSet<>(names);
      aliases.add(asciiNames.getOrDefault(f[0], name));
      for (String n : List.copyOf(aliases)) {
        aliases.add(withoutRegionWord(n));
      }
      String country = f[0].substring(0, f[0].indexOf('.'));
      regionCodes.put(Long.parseLong(f[1]), f[0]);
      rows.add(
          new PlaceRow(
              Long.parseLong(f[1]),
              'A',
              country,
              "ADM1",
              0,
              "",
              "",
              withoutRegionWord(name),
              distinctAliases(withoutRegionWord(name), aliases)));
    }
    return rows;
  }

  /**
   * A country or region with the coordinates of its representative point: the capital (or seat),
   * else its most populous place in the table.
   */
  private static PlaceRow withPoint(PlaceRow r, String[] point) {
    if (point == null) {
      return r;
    }
    return new PlaceRow(
        r.geonameid(),
        r.kind(),
        r.country(),
        r.feature(),
        r.population(),
        point[0],
        point[1],
        r.name(),
        r.aliases());
  }

  /** Keeps in {@code points} under {@code key} the better of two candidate points. */
  private static void offerPoint(
      Map<String, String[]> points, String key, boolean seat, long population, String[] latLon) {
    String[] old = points.get(key);
    String[] candidate = {latLon[0], latLon[1], seat ? "1" : "0", Long.toString(population)};
    if (old == null
        || seat && old[2].equals("0")
        || seat == old[2].equals("1") && population > Long.parseLong(old[3])) {
      points.put(key, candidate);
    }
  }

  private List<PlaceRow> cityRows(Map<String, String[]> points) throws IOException {
    List<PlaceRow> rows = new ArrayList<>();
    for (String line : TsvGzip.lines(DataFiles.find(geonames, "cities500", ".txt.gz"))) {
      String[] f = line.split("\t", -1);
      if (f.length < 19 || !f[6].equals("P")) {
        continue;
      }
      long population = parseLong(f[14]);
      if (population < MIN_CITY_POPULATION && !SEAT_CODES.contains(f[7])) {
        continue;
      }
      String[] latLon = {degrees(f[4]), degrees(f[5])};
      if (!latLon[0].isEmpty() && !latLon[1].isEmpty()) {
        offerPoint(points, f[8], f[7].equals("PPLC"), population, latLon);
        offerPoint(points, f[8] + "." + f[10], f[7].equals("PPLA"), population, latLon);
      }
      String name = displayName(f[1], f[2]);
      Set<String> aliases = new LinkedHashSet<>(List.of(f[1], f[2]));
      for (String alt : f[3].split(",")) {
        if (isUsableAlternateName(alt)) {
          aliases.add(alt);
        }
      }
      rows.add(
          new PlaceRow(
              Long.parseLong(f[0]),
              'P',
              f[8],
              f[7],
              population,
              degrees(f[4]),
              degrees(f[5]),
              name,
              distinctAliases(name, aliases)));
    }
    return rows;
  }

  private Map<String, JsonObject> countryTranslations() throws IOException {
    Path file = DataFiles.find(geonames, "country_translations", ".json.gz");
    Map<String, JsonObject> byId = new HashMap<>();
    try (Reader r =
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, JsonElement> e :
          JsonParser.parseReader(r).getAsJsonObject().entrySet()) {
        byId.put(e.getKey(), e.getValue().getAsJsonObject());
      }
    }
    return byId;
  }

  private Map<String, List<String>> i18nEnglishNames() throws IOException {
    Path archive = DataFiles.find(countries, "i18n-iso-countries", ".tar.gz");
    Map<String, byte[]> files = TarGzReader.read(archive, p -> p.endsWith("/en.json"));
    if (files.isEmpty()) {
      throw new IOException(archive + ": no langs/en.json entry");
    }
    String json = new String(files.values().iterator().next(), StandardCharsets.UTF_8);
    JsonObject names = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("countries");
    Map<String, List<String>> byIso = new TreeMap<>();
    for (Map.Entry<String, JsonElement> e : names.entrySet()) {
      List<String> list = new ArrayList<>();
      if (e.getValue().isJsonArray()) {
        e.getValue().getAsJsonArray().forEach(v -> list.add(v.getAsString()));
      } else {
        list.add(e.getValue().getAsString());
      }
      byIso.put(e.getKey(), list);
    }
    return byIso;
  }

  /**
   * The aliases other than {@code name}, one per distinct key, without forms that are not plain
   * names ("Korea, Republic of", "Netherlands (Kingdom of the)").
   */
  static List<String> distinctAliases(String name, Set<String> aliases) {
    Map<String, String> byKey = new TreeMap<>();
    byKey.put(NameKey.of(name), name);
    for (String a : aliases) {
      String alias = a.strip();
      String key = NameKey.of(alias);
      if (key.isEmpty() || alias.contains(",") || alias.contains("(") || alias.contains("|")) {
        continue;
      }
      byKey.merge(key, alias, (old, neu) -> preferred(old, neu));
    }
    byKey.remove(NameKey.of(name));
    return byKey.values().stream().sorted().toList();
  }

  /** GeoNames' name when it is written in Latin-1 letters, else its ASCII form. */
  static String displayName(String name, String ascii) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > '\u00ff') {
        return ascii.isBlank() ? name : ascii;
      }
    }
    return name;
  }

  private static String preferred(String a, String b) {
    // Of two spellings with one key, keep the one with fewer non-ASCII letters, then the first.
    return nonAscii(b) < nonAscii(a) ? b : a;
  }

  private static int nonAscii(String s) {
    return (int) s.chars().filter(c -> c > 127).count();
  }

  private static boolean isUsableAlternateName(String alt) {
    // Lower-case forms are machine romanisations ("alqaym", "hua sheng dun"), not names in use.
    if (alt.length() < 3 || alt.length() > 60 || !Character.isUpperCase(alt.charAt(0))) {
      return false;
    }
    boolean hasLower = false;
    for (int i = 0; i < alt.length(); i++) {
      char c = alt.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return false;
        }
        hasLower |= Character.isLowerCase(c);
      } else if (Character.isDigit(c) || "()[]/,;:".indexOf(c) >= 0) {
        return false;
      }
    }
    // All-capital short forms are airport or station codes ("BGW", "EBL"), not names.
    return hasLower || NameKey.isDottedAbbreviation(alt);
  }

  private static String withoutRegionWord(String name) {
    for (String suffix : REGION_SUFFIXES) {
      if (name.endsWith(suffix) && name.length() > suffix.length() + 2) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    if (name.startsWith("Muhafazat ")) {
      return name.substring("Muhafazat ".length());
    }
    return name;
  }

  private static String degrees(String value) {
    if (value.isBlank()) {
      return "";
    }
    return String.format(Locale.ROOT, "%.4f", Double.parseDouble(value));
  }

  private static long parseLong(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : Long.parseLong(t);
  }
}
