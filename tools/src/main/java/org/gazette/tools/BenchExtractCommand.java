package org.gazette.tools;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.model.Article;

/**
 * {@code bench-extract}: extraction speed on one thread over a JSON-lines corpus (by default the
 * Reuters-21578 file beside the project), against plain Lucene tokenising the same text.
 */
final class BenchExtractCommand {
  static final String DEFAULT_CORPUS = "../shared/data/corpus/reuters21578.jsonl.gz";

  static final String DEFAULT_PAGES = "../shared/data/html/trafilatura-eval.tar.gz";

  private final PrintStream out;
  private final ToolsCli cli;

  BenchExtractCommand(PrintStream out, ToolsCli cli) {
    this.out = out;
    this.cli = cli;
  }

  int run(List<String> argv) throws IOException {
    Arguments args = Commands.BENCH_EXTRACT.parse(argv);
    Path corpus = cli.resolve(args.get("corpus", DEFAULT_CORPUS));
    if (!Files.isRegularFile(corpus)) {
      throw new Arguments.UsageException(
          "no corpus at " + corpus + "; pass --corpus FILE (JSON lines, .jsonl or .jsonl.gz)");
    }
    int docs = args.getInt("docs", 5000, 1, 1_000_000);
    int rounds = args.getInt("rounds", 3, 1, 100);
    List<Article> articles = read(corpus, docs);
    if (articles.isEmpty()) {
      throw new Arguments.UsageException(
          corpus + " holds no article with a 'body' or 'text' field");
    }
    ExtractionBenchmark.run(articles, rounds, out);
    out.println();
    Path pages = cli.resolve(args.get("pages", DEFAULT_PAGES));
    List<byte[]> html = pages(pages);
    if (html.isEmpty()) {
      out.println("web pages: none at " + pages + " (pass --pages DIR|FILE.tar.gz); not measured");
    } else {
      PageBenchmark.run(html, rounds, out);
    }
    return ToolsCli.OK;
  }

  /** The .html and .htm files of a directory or of a .tar.gz archive, in name order. */
  static List<byte[]> pages(Path source) throws IOException {
    List<byte[]> out = new ArrayList<>();
    if (Files.isDirectory(source)) {
      try (var walk = Files.walk(source)) {
        for (Path p : walk.filter(BenchExtractCommand::isPage).sorted().toList()) {
          out.add(Files.readAllBytes(p));
        }
      }
    } else if (Files.isRegularFile(source)) {
      new java.util.TreeMap<>(
              org.gazette.extract.TarGzReader.read(
                  source, name -> name.endsWith(".html") || name.endsWith(".htm")))
          .values()
          .forEach(out::add);
    }
    return out;
  }

  private static boolean isPage(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  /** The first {@code limit} articles of a JSON-lines file with a body. */
  static List<Article> read(Path corpus, int limit) throws IOException {
    List<Article> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(corpus);
        InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = r.readLine()) != null && out.size() < limit) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonElement e = JsonParser.parseString(line);
        if (!e.isJsonObject()) {
          throw new Arguments.UsageException(
              corpus + " line " + lineNumber + ": not a JSON object");
        }
        JsonObject o = e.getAsJsonObject();
        String body = text(o, "body", "text");
        if (!body.isBlank()) {
          out.add(
              new Article("a" + lineNumber, text(o, "title"), null, null, null, List.of(), body));
        }
      }
    }
    return out;
  }

  private static String text(JsonObject o, String... names) {
    for (String name : names) {
      if (o.has(name) && o.get(name).isJsonPrimitive()) {
        return o.get(name).getAsString();
      }
    }
    return "";
  }
}
