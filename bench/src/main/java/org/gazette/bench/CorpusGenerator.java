package org.gazette.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Scales real articles to any number: article {@code i} takes the title, first paragraph, date and
 * dateline of one real article and up to three paragraphs of others, all chosen by a random
 * generator seeded with {@code i}, so the same {@code i} always gives the same article and a run is
 * repeatable. Its year is moved by up to 37 years so that dates spread as a real archive's do.
 *
 * <p>The sources are Reuters-21578 ({@code reuters21578.jsonl.gz} beside the project) when present,
 * else the sample articles of {@code index-data/}.
 */
final class CorpusGenerator {
  private static final long SEED = 0x6A7A2E77L;
  private static final DateTimeFormatter REUTERS_DATE =
      DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ROOT);

  /** One real article cut into paragraphs. */
  record Source(String title, List<String> paragraphs, LocalDate date, String source) {}

  private final List<Source> sources;
  private final String origin;

  private CorpusGenerator(List<Source> sources, String origin) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no usable article in " + origin);
    }
    this.sources = List.copyOf(sources);
    this.origin = origin;
  }

  /** Real articles of Reuters-21578 (JSON lines with title, body, date, dateline). */
  static CorpusGenerator reuters(Path file) throws IOException {
    List<Source> sources = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        String body = string(o, "body");
        String title = string(o, "title");
        String date = string(o, "date");
        String day = date.strip().split("\\s+")[0];
        if (body.isBlank() || title.isBlank() || !day.matches("\\d{1,2}-[A-Za-z]{3}-\\d{4}")) {
          continue;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : body.split("\n {2,}")) {
          String text = p.replaceAll("\\s+", " ").strip();
          if (text.length() > 20 && !text.startsWith("Reuter")) {
            paragraphs.add(text);
          }
        }
        if (paragraphs.isEmpty()) {
          continue;
        }
        String dateline = string(o, "dateline");
        int comma = dateline.indexOf(',');
        String city = comma > 0 ? dateline.substring(0, comma).strip() : "";
        sources.add(
            new Source(
                title.replaceAll("\\s+", " ").strip(),
                paragraphs,
                LocalDate.parse(capitalised(day), REUTERS_DATE),
                city.isEmpty()
                    ? "Reuters"
                    : "Reuters " + capitalised(city.toLowerCase(Locale.ROOT))));
      }
    }
    return new CorpusGenerator(sources, file.toString());
  }

  /** The plain-text sample articles of a directory: first line title, blank-line paragraphs. */
  static CorpusGenerator samples(Path dir) throws IOException {
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (!f.toString().endsWith(".txt")) {
          continue;
        }
        String[] blocks = Files.readString(f).split("\n\\s*\n");
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) {
          String text = blocks[i].replaceAll("\\s+", " ").strip();
          if (text.length() > 40) {
            paragraphs.add(text);
          }
        }
        if (!paragraphs.isEmpty()) {
          sources.add(
              new Source(
                  blocks[0].strip().lines().findFirst().orElse("Untitled"),
                  paragraphs,
                  LocalDate.of(2024, 1, 1).plusDays(sources.size() * 37L),
                  "Sample " + (sources.size() % 3)));
        }
      }
    }
    return new CorpusGenerator(sources, dir.toString());
  }

  String origin() {
    return origin;
  }

  int sourceCount() {
    return sources.size();
  }

  /** Article {@code i}: id, title, body, source, published; the same for the same i. */
  Article article(long i) {
    SplittableRandom random = new SplittableRandom(SEED ^ (i * 0x9E3779B97F4A7C15L));
    Source base = sources.get(random.nextInt(sources.size()));
    StringBuilder body = new StringBuilder(base.paragraphs().get(0));
    int more = 1 + random.nextInt(3);
    for (int k = 0; k < more; k++) {
      Source other = sources.get(random.nextInt(sources.size()));
      body.append("\n\n").append(other.paragraphs().get(random.nextInt(other.paragraphs().size())));
    }
    LocalDate date = base.date().plusYears(random.nextInt(38));
    return new Article("gen-" + i, base.title(), body.toString(), base.source(), date);
  }

  /** A generated article. */
  record Article(String id, String title, String body, String source, LocalDate published) {
    int chars() {
      return title.length() + body.length();
    }

    String json() {
      JsonObject o = new JsonObject();
      o.addProperty("id", id);
      o.addProperty("title", title);
      o.addProperty("body", body);
      o.addProperty("source", source);
      o.addProperty("published", published.toString());
      return o.toString();
    }
  }

  /**
   * Writes articles {@code [from, to)} as JSON-lines files of at most {@code perFile} articles into
   * {@code dir}; returns the files and the characters of text written.
   */
  Written write(Path dir, long from, long to, int perFile) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    long chars = 0;
    for (long start = from; start < to; start += perFile) {
      Path file = dir.resolve(String.format("part-%08d.jsonl", start));
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (long i = start; i < Math.min(to, start + perFile); i++) {
          Article a = article(i);
          chars += a.chars();
          w.write(a.json());
          w.write('\n');
        }
      }
      files.add(file);
    }
    return new Written(files, chars);
  }

  record Written(List<Path> files, long chars) {}

  private static String string(JsonObject o, String name) {
    return o.has(name) && o.get(name).isJsonPrimitive() ? o.get(name).getAsString() : "";
  }

  private static String capitalised(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return b.toString();
  }
}
