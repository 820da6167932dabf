package org.gazette.extract;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.gazette.model.Article;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;

/**
 * Development aid: extracts the articles of a JSON-lines corpus ({@code .jsonl} or {@code
 * .jsonl.gz}, fields {@code id}/{@code newid}/{@code _id}, {@code title}, {@code body}/{@code
 * text}) and prints one scorer-format line per article, to read by eye or to score against a gold
 * file. Also prints the extraction speed to standard error.
 *
 * <p>Arguments: {@code CORPUS [LIMIT]}.
 */
public final class CorpusExtractionMain {
  private CorpusExtractionMain() {}

  /** Runs over the corpus named by {@code args[0]}, at most {@code args[1]} articles. */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    long load = System.nanoTime();
    RuleBasedEntityExtractor extractor = RuleBasedEntityExtractor.withDefaultResources();
    System.err.printf("gazetteer loaded in %d ms%n", (System.nanoTime() - load) / 1_000_000);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long chars = 0;
    long nanos = 0;
    int n = 0;
    try (InputStream raw = Files.newInputStream(corpus);
        InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && n < limit) {
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        String body = text(o, "body", "text");
        if (body.isBlank()) {
          continue;
        }
        String id = text(o, "id", "newid", "_id", "file");
        Article a = new Article(id, text(o, "title"), null, null, null, List.of(), body);
        long t0 = System.nanoTime();
        Extraction x = extractor.extract(a);
        nanos += System.nanoTime() - t0;
        chars += body.length() + a.title().length();
        n++;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", id);
        for (EntityType type : EntityType.values()) {
          row.put(type.key(), x.entities(type).stream().map(Entity::name).toList());
        }
        row.put("years", List.copyOf(x.years()));
        out.println(new Gson().toJson(row));
      }
    }
    System.err.printf(
        "%d articles, %.1f MB, %.2f MB/s%n", n, chars / 1e6, chars / 1e6 / (nanos / 1e9));
  }

  private static String text(JsonObject o, String... names) {
    for (String name : names) {
      if (o.has(name) && !o.get(name).isJsonNull()) {
        return o.get(name).getAsString();
      }
    }
    return "";
  }
}
