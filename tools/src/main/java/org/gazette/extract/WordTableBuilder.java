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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.gazette.model.NameKey;

/**
 * Builds the word tables of the gazetteer: first names with their frequency, company names, and
 * common lower-case words learned from annotated corpora.
 */
final class WordTableBuilder {
  /** US SSA names given fewer times than this over 1880–2024 are left out. */
  static final long MIN_NAME_COUNT = 100;

  /** A word is common when seen this often in lower case, and more than twice as an entity. */
  static final int MIN_LOWER_COUNT = 2;

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private final Path dataDir;

  WordTableBuilder(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** Rows {@code name, count, lists}: lower-case first name, US births, S when in stdlib lists. */
  List<String[]> firstNames() throws IOException {
    Path names = dataDir.resolve("gazetteer/names");
    Map<String, long[]> counts = new TreeMap<>();
    for (String line : TsvGzip.lines(DataFiles.find(names, "us-ssa-names", ".tsv.gz"))) {
      String[] f = line.split("\t", -1);
      if (f.length < 3 || !f[2].matches("\\d+")) {
        continue;
      }
      counts.computeIfAbsent(lower(f[0]), k -> new long[2])[0] += Long.parseLong(f[2]);
    }
    counts.values().removeIf(c -> c[0] < MIN_NAME_COUNT);
    for (String sex : List.of("female", "male")) {
      for (String line : TsvGzip.lines(DataFiles.find(names, "stdlib-" + sex, ".txt.gz"))) {
        String name = lower(line.strip());
        if (!name.isEmpty() && !name.startsWith("#")) {
          counts.computeIfAbsent(name, k -> new long[2])[1] = 1;
        }
      }
    }
    List<String[]> rows = new ArrayList<>();
    counts.forEach(
        (name, c) -> rows.add(new String[] {name, Long.toString(c[0]), c[1] == 1 ? "S" : ""}));
    return rows;
  }

  /** Rows {@code name, ticker}: SEC company names without legal suffixes, one per key. */
  List<String[]> companies() throws IOException {
    Path file = DataFiles.find(dataDir.resolve("gazetteer/organisations"), "sec-company", ".gz");
    JsonObject root;
    try (Reader r =
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
      root = JsonParser.parseReader(r).getAsJsonObject();
    }
    Map<String, String[]> byKey = new TreeMap<>();
    for (JsonElement e : root.getAsJsonArray("data")) {
      JsonArray row = e.getAsJsonArray();
      String name = CompanyName.shortForm(row.get(1).getAsString());
      String key = NameKey.of(name);
      if (key.length() >= 3 && Character.isLetter(key.charAt(0)) && !isFund(name)) {
        byKey.putIfAbsent(key, new String[] {name, row.get(2).getAsString()});
      }
    }
    return new ArrayList<>(byKey.values());
  }

  /**
   * Rows {@code word, lower, entity}: words seen at least {@link #MIN_LOWER_COUNT} times in lower
   * case outside names and more than twice as often as inside names, counted over the training
   * documents of every corpus {@link NerCorpus} reads (never its development set) and over the
   * tweets of the Broad Twitter Corpus and WNUT-17.
   */
  List<String[]> commonWords() throws IOException {
    Map<String, int[]> counts = new TreeMap<>();
    for (NerCorpus.Document doc : NerCorpus.read(dataDir)) {
      if (!doc.isDev()) {
        countDocument(doc, counts);
      }
    }
    Map<String, byte[]> tweets =
        TarGzReader.read(
            DataFiles.find(dataDir.resolve("ner"), "open-ner-conll", ".tar.gz"),
            p -> p.contains("/CONLL-format/data/") && (p.contains("BTC") || p.contains("WNUT17")));
    for (byte[] file : tweets.values()) {
      countConll(new String(file, StandardCharsets.UTF_8), counts);
    }
    List<String[]> rows = new ArrayList<>();
    counts.forEach(
        (word, c) -> {
          if (c[0] >= MIN_LOWER_COUNT && c[0] > 2 * c[1]) {
            rows.add(new String[] {word, Integer.toString(c[0]), Integer.toString(c[1])});
          }
        });
    return rows;
  }

  /** Counts the tokens of a CoNLL file: as a name when tagged, else in lower case when so. */
  private static void countConll(String text, Map<String, int[]> counts) {
    for (String line : text.split("\n")) {
      String[] f = line.strip().split("\\s+");
      if (f.length < 2 || !isWord(f[0])) {
        continue;
      }
      String tag = f[f.length - 1];
      String word = f[0];
      if (!tag.equals("O")) {
        counts.computeIfAbsent(lower(word), k -> new int[2])[1]++;
      } else if (word.equals(lower(word))) {
        counts.computeIfAbsent(word, k -> new int[2])[0]++;
      }
    }
  }

  /**
   * Counts the words (runs of letters) of an annotated text: inside a name span as a name, outside
   * in lower case when written so.
   */
  private static void countDocument(NerCorpus.Document doc, Map<String, int[]> counts) {
    String text = doc.text();
    boolean[] inName = new boolean[text.length()];
    for (NerCorpus.Span s : doc.spans()) {
      Arrays.fill(inName, s.start(), s.end(), true);
    }
    Matcher m = LETTERS.matcher(text);
    while (m.find()) {
      String word = m.group();
      if (inName[m.start()]) {
        counts.computeIfAbsent(lower(word), k -> new int[2])[1]++;
      } else if (word.equals(lower(word))) {
        counts.computeIfAbsent(word, k -> new int[2])[0]++;
      }
    }
  }

  private static boolean isFund(String name) {
    // Exchange-traded funds and trusts are listed too; news rarely names them.
    return name.matches(".*\\b(ETF|Fund|Trust|Portfolio|Index|Notes|Shares|Acquisition)\\b.*");
  }

  private static boolean isWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
