package org.gazette.server.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.ingest.ArticleFileReader;
import org.gazette.ingest.web.FeedArticles;
import org.gazette.ingest.web.PageSink;
import org.gazette.ingest.web.WarcArticles;
import org.gazette.ingest.web.WebPage;
import org.gazette.ingest.web.WebPageReader;

/**
 * {@code extract-body FILE...}: prints, for each saved web page (and each page of a WARC file or
 * item of a feed, as {@code FILE#N}), its main text and metadata as one JSON line ({@code file,
 * title, body, published, source, authors, url, language, captions}, and {@code skipped} for a page
 * with no article), the format {@code score_bodies.py} reads. Nothing is indexed.
 */
final class ExtractBodyCommand {
  private static final Gson GSON =
      new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private final PrintStream out;
  private final PrintStream err;

  ExtractBodyCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> argv) {
    Arguments args = Commands.EXTRACT_BODY.parse(argv);
    if (args.positional().isEmpty()) {
      throw new Arguments.UsageException("extract-body needs at least one file");
    }
    long max = args.getMegabytes("max-article-size", ArticleFileReader.DEFAULT_MAX_ARTICLE_BYTES);
    String url = args.get("url", null);
    WebPageReader reader = new WebPageReader();
    int failed = 0;
    for (String name : args.positional()) {
      for (Path file : pages(Path.of(name))) {
        try {
          String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
          if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            failed += warc(file, max);
          } else if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
            failed += feed(file, max, url);
          } else {
            WebPage page = reader.read(read(file, max), url, null);
            out.println(GSON.toJson(line(file.getFileName().toString(), page)));
          }
        } catch (IOException e) {
          failed++;
          err.println("gazette: " + file + ": " + e.getMessage());
        }
      }
    }
    return failed > 0 ? Cli.PARTIAL : Cli.OK;
  }

  /** Prints the pages of a WARC file; returns the number of records that failed. */
  private int warc(Path file, long max) throws IOException {
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return new WarcArticles(max).read(in, printer(file)).failed();
    }
  }

  /** Prints the items of a feed file; returns the number of items that failed. */
  private int feed(Path file, long max, String url) throws IOException {
    return new FeedArticles(max).read(read(file, max * 4), url, printer(file)).failed();
  }

  /** Prints each page of a file of many as {@code FILE#N}, and problems to the error stream. */
  private PageSink printer(Path file) {
    String name = file.getFileName().toString();
    return new PageSink() {
      @Override
      public void page(int number, WebPage page, String warning) {
        if (warning != null) {
          err.println("gazette: " + file + " #" + number + ": " + warning);
        }
        out.println(GSON.toJson(line(name + "#" + number, page)));
      }

      @Override
      public void skipped(int number, String reason) {
        err.println("gazette: " + file + " #" + number + ": skipped: " + reason);
      }

      @Override
      public void failed(int number, String reason) {
        err.println("gazette: " + file + " #" + number + ": failed: " + reason);
      }
    };
  }

  /** The page files of a path: itself, or the pages under a directory in name order. */
  private List<Path> pages(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).filter(ExtractBodyCommand::isPage).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("gazette: cannot list " + path + ": " + e.getMessage());
      return new ArrayList<>();
    }
  }

  private static boolean isPage(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html")
        || n.endsWith(".htm")
        || n.endsWith(".html.gz")
        || n.endsWith(".htm.gz");
  }

  private static byte[] read(Path file, long max) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(Files.exists(file) ? "not a regular file" : "no such file");
    }
    boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
      if (bytes.length > max) {
        throw new IOException(
            "over the limit of " + max + " bytes per page; raise it with --max-article-size");
      }
      return bytes;
    }
  }

  private static JsonObject line(String file, WebPage page) {
    JsonObject o = new JsonObject();
    o.addProperty("file", file);
    o.addProperty("title", page.title());
    o.addProperty("body", page.body());
    o.addProperty(
        "published",
        page.published() != null
            ? page.published().toString()
            : page.publishedDate() == null ? null : page.publishedDate().toString());
    o.addProperty("source", page.source());
    JsonArray authors = new JsonArray();
    page.authors().forEach(authors::add);
    o.add("authors", authors);
    o.addProperty("url", page.url());
    o.addProperty("language", page.language());
    JsonArray captions = new JsonArray();
    page.captions().forEach(captions::add);
    o.add("captions", captions);
    if (!page.isArticle()) {
      o.addProperty("skipped", page.skipReason());
    }
    return o;
  }
}
