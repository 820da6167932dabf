package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gazette.model.Article;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measurement harness: extracts the five seed articles of {@code shared/seeds} (after a naive
 * cleaning, standing in for the real cleaner) and writes {@code target/seed-extract.jsonl} in the
 * format of {@code shared/eval/score_entities.py}, plus a readable {@code
 * target/seed-extract-debug.txt}. Skipped when the shared directory is absent.
 *
 * <p>Score with: {@code python3 ../shared/eval/score_entities.py ../shared/eval/seed-gold.json
 * core/target/seed-extract.jsonl --verbose}.
 */
class SeedExtractionDumpTest {
  private static final Set<String> BOILERPLATE =
      Set.of(
          "close",
          "Back to top button",
          "Related Articles",
          "Source link",
          "Do you like this article?");

  @Test
  void writesSeedExtractionsForTheScorer() throws IOException {
    Path seeds = locateShared().resolve("seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "shared/seeds is not present");
    RuleBasedEntityExtractor extractor = RuleBasedEntityExtractor.withDefaultResources();
    List<String> lines = new ArrayList<>();
    StringBuilder debug = new StringBuilder();
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      Article article = naiveClean(file);
      Extraction x = extractor.extract(article);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("file", file.getFileName().toString());
      for (EntityType type : EntityType.values()) {
        row.put(type.key(), x.entities(type).stream().map(Entity::name).toList());
      }
      row.put("years", List.copyOf(x.years()));
      lines.add(new Gson().toJson(row));
      debug.append("== ").append(file.getFileName()).append('\n');
      for (Entity e : x.entities()) {
        debug.append(String.format("%-13s %-40s %s%n", e.type().key(), e.name(), e.aliases()));
      }
    }
    Path out = Path.of("target");
    Files.createDirectories(out);
    Files.write(out.resolve("seed-extract.jsonl"), lines, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("seed-extract-debug.txt"), debug, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(files.size());
  }

  /** {@code /work/shared} seen from the module directory, the worktree or an absolute path. */
  private static Path locateShared() {
    for (String candidate : List.of("../../shared", "../shared", "/work/shared")) {
      Path p = Path.of(candidate);
      if (Files.isDirectory(p.resolve("seeds"))) {
        return p;
      }
    }
    return Path.of("/work/shared");
  }

  /**
   * Title = first line of four words or more; boilerplate lines dropped; a "By X |" byline gives
   * the author; a "source –" prefix of the title or a short last line gives the source.
   */
  static Article naiveClean(Path file) throws IOException {
    List<String> kept = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String s = line.strip();
      if (!BOILERPLATE.contains(s) && !s.startsWith("Captcha")) {
        kept.add(s);
      }
    }
    String title = "";
    List<String> authors = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String s : kept) {
      if (title.isEmpty()) {
        title = s.split("\\s+").length >= 4 ? s : "";
      } else if (s.startsWith("By ") && s.endsWith("|")) {
        authors.add(s.substring(3, s.length() - 1).strip());
      } else if (!s.equals(title)) {
        body.add(s);
      }
    }
    String source = null;
    int dash = title.indexOf(" \u2013 ");
    String prefix = dash > 0 ? title.substring(0, dash) : "";
    if (dash > 0 && dash < 20 && prefix.equals(prefix.toLowerCase(Locale.ROOT))) {
      source = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1);
      title = title.substring(dash + 3);
    }
    while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
      body.remove(body.size() - 1);
    }
    if (source == null && isSignature(body)) {
      source = body.remove(body.size() - 1);
    }
    String id = file.getFileName().toString().replace(".txt", "");
    return new Article(id, title, source, null, null, authors, String.join("\n", body));
  }

  /** A last line of two or three words without a full stop: a signature such as "Arab Observer". */
  private static boolean isSignature(List<String> body) {
    String last = body.isEmpty() ? "" : body.get(body.size() - 1);
    int words = last.isEmpty() ? 0 : last.split("\\s+").length;
    return words >= 2 && words <= 3 && !last.endsWith(".");
  }
}
