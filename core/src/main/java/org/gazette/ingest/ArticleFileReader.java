package org.gazette.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.gazette.ingest.web.FeedArticles;
import org.gazette.ingest.web.WarcArticles;
import org.gazette.ingest.web.WebPage;
import org.gazette.ingest.web.WebPageReader;
import org.gazette.model.RawArticle;

/**
 * Reads articles from files and directories: {@code .txt} (raw scraped text, with an optional
 * sidecar {@code NAME.meta.json} and an optional front-matter block), {@code .json} (one article
 * object, or an array of them), {@code .jsonl} or {@code .ndjson} (one article object a line; also
 * gzipped, {@code .jsonl.gz}), saved web pages {@code .html} or {@code .htm}, also gzipped (their
 * main text and what they say about themselves, see {@link org.gazette.ingest.web.WebPageReader}),
 * web archives {@code .warc} or {@code .warc.gz} (each HTML response record a page) and RSS or Atom
 * feeds {@code .rss}, {@code .atom} or {@code .xml} (each item an article; an {@code .xml} file in
 * a directory that is no feed is passed over).
 *
 * <p>A directory is walked recursively in file-name order, leaving out hidden entries and files
 * with other extensions. Every problem goes to the sink as an {@link
 * org.gazette.model.IngestProblem}: nothing about the input makes these methods throw, and one bad
 * file or line never stops the others.
 *
 * <p>NOTE: thread-safe (it holds only its limit); each call blocks on the file system and calls the
 * sink from the calling thread. No article is loaded into memory beyond the size limit: files are
 * checked by size first and JSON lines are read by a bounded reader.
 */
public final class ArticleFileReader {
  /** The default limit on the size of one article (a file, or one JSON line): 16 MiB. */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 16L * 1024 * 1024;

  private static final String ACCEPTED =
      ".txt, .json, .jsonl, .ndjson (also .jsonl.gz), .html, .htm (also .html.gz), .warc, .warc.gz,"
          + " .rss, .atom"
          + " or an .xml feed";
  private static final String SIDECAR = ".meta.json";

  private enum Format {
    TEXT,
    JSON,
    JSON_LINES,
    JSON_LINES_GZIP,
    HTML,
    HTML_GZIP,
    WARC,
    FEED,
    XML,
    SIDECAR,
    UNKNOWN
  }

  private final long maxArticleBytes;
  private final JsonArticleParser json;
  private final WebPageReader pages = new WebPageReader();

  /**
   * A reader that fails articles larger than {@code maxArticleBytes}.
   *
   * @throws IllegalArgumentException when {@code maxArticleBytes} is not positive
   */
  public ArticleFileReader(long maxArticleBytes) {
    if (maxArticleBytes <= 0) {
      throw new IllegalArgumentException(
          "maxArticleBytes must be positive, got " + maxArticleBytes);
    }
    this.maxArticleBytes = maxArticleBytes;
    this.json = new JsonArticleParser(maxArticleBytes);
  }

  /** A reader with the {@link #DEFAULT_MAX_ARTICLE_BYTES} limit. */
  public ArticleFileReader() {
    this(DEFAULT_MAX_ARTICLE_BYTES);
  }

  /**
   * Reads the articles of a file or, recursively, of a directory, and delivers them and their
   * problems to {@code sink} in file order. A file given here with an unknown extension is a
   * problem; in a directory it is passed over silently.
   */
  public void read(Path path, ArticleSink sink) {
    if (!Files.exists(path)) {
      new ProblemLog(sink, path.toString(), 0).failed("no such file or directory");
    } else if (Files.isDirectory(path)) {
      SortedFileWalk.walk(
          path,
          new SortedFileWalk.Visitor() {
            @Override
            public void file(Path file) {
              readFile(file, sink, false);
            }

            @Override
            public void unreadableDirectory(Path directory, IOException cause) {
              new ProblemLog(sink, directory.toString(), 0)
                  .failed("cannot list the directory: " + BoundedFileReader.describe(cause));
            }
          });
    } else {
      readFile(path, sink, true);
    }
  }

  /**
   * Reads articles from JSON text: one object, an array of objects, or JSON lines. Articles get no
   * fallback id (a hash of their content is used when they give no {@code id}).
   *
   * @param origin names the input in problems, e.g. {@code "POST /api/v1/documents"}
   */
  public void readJson(String text, String origin, ArticleSink sink) {
    json.parseDocument(text, origin, null, sink);
  }

  /**
   * Reads one web page given as bytes (a request body): its main text and metadata become one
   * article, or a skip problem when it holds none. Its id is a hash of its content unless the
   * caller's ingest options give one.
   *
   * @param url where the page was fetched from, or {@code null}; the page's canonical link wins
   * @param charset the charset its sender declared, or {@code null}
   * @param origin names the input in problems, e.g. {@code "POST /api/v1/documents"}
   */
  public void readHtml(byte[] bytes, String url, String charset, String origin, ArticleSink sink) {
    ProblemLog log = new ProblemLog(sink, origin, 0);
    if (bytes.length > maxArticleBytes) {
      log.failed(ArticleSizeLimit.overLimit("the page", bytes.length, maxArticleBytes));
      return;
    }
    new WebPageArticles(sink, origin, null).page(0, pages.read(bytes, url, charset), null);
  }

  private void readFile(Path path, ArticleSink sink, boolean explicit) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    Format format = format(name.toLowerCase(Locale.ROOT));
    ProblemLog log = new ProblemLog(sink, path.toString(), 0);
    if (format == Format.UNKNOWN || format == Format.SIDECAR) {
      if (explicit) {
        log.failed(unreadableFormat(name, format));
      }
      return;
    }
    try {
      if (!Files.isRegularFile(path)) {
        log.failed(
            Files.exists(path)
                ? "not a regular file"
                : "no such file (a link to a file that is gone?)");
        return;
      }
      switch (format) {
        case TEXT -> readText(path, stem(name, ".txt"), log, sink);
        case JSON -> readJsonFile(path, stem(name, ".json"), log, sink);
        case HTML, HTML_GZIP -> readHtml(path, name, format == Format.HTML_GZIP, log, sink);
        case WARC -> readWarc(path, log, sink);
        case FEED, XML -> readFeed(path, format == Format.XML && !explicit, log, sink);
        case JSON_LINES_GZIP -> readJsonLines(path, true, log, sink);
        default -> readJsonLines(path, false, log, sink);
      }
    } catch (IOException e) {
      log.failed("cannot read the file: " + BoundedFileReader.describe(e));
    } catch (UncheckedIOException e) {
      log.failed("cannot read the file: " + BoundedFileReader.describe(e.getCause()));
    }
  }

  private void readText(Path path, String stem, ProblemLog log, ArticleSink sink)
      throws IOException {
    String text = BoundedFileReader.readText(path, maxArticleBytes, log);
    if (text == null) {
      return;
    }
    ArticleMetadata meta = ArticleMetadata.NONE;
    FrontMatter frontMatter = FrontMatter.parse(text);
    if (frontMatter != null) {
      meta = ArticleMetadata.fromFields(frontMatter.fields(), log);
      text = frontMatter.text();
    }
    meta = meta.overriddenBy(sidecar(path.resolveSibling(stem + SIDECAR), log));
    if (log.lost()) {
      return;
    }
    if (text.isBlank()) {
      log.skipped("no text: the file holds only whitespace or front matter");
      return;
    }
    sink.article(
        new RawArticle(
            log.origin(),
            0,
            meta.id(),
            stem,
            meta.title(),
            meta.source(),
            meta.url(),
            meta.published(),
            meta.authors(),
            text,
            true,
            meta.publishedAt()));
  }

  private void readHtml(Path path, String name, boolean gzip, ProblemLog log, ArticleSink sink)
      throws IOException {
    byte[] bytes = BoundedFileReader.readBytes(path, maxArticleBytes, gzip, log);
    if (bytes == null) {
      return;
    }
    String stem =
        name.substring(0, name.lastIndexOf('.', gzip ? name.length() - 4 : name.length()));
    WebPage page = pages.read(bytes, null, null);
    new WebPageArticles(sink, log.origin(), stem).page(0, page, null);
  }

  private void readWarc(Path path, ProblemLog log, ArticleSink sink) throws IOException {
    if (Files.size(path) == 0) {
      log.skipped("empty file");
      return;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      new WarcArticles(maxArticleBytes).read(in, new WebPageArticles(sink, log.origin(), null));
    }
  }

  /**
   * Reads a feed file; {@code onlyIfFeed}: an .xml file met in a directory walk, passed over
   * silently when it is some other XML (a sitemap, a configuration).
   */
  private void readFeed(Path path, boolean onlyIfFeed, ProblemLog log, ArticleSink sink)
      throws IOException {
    byte[] bytes = BoundedFileReader.readBytes(path, maxArticleBytes * FEED_ITEMS, false, log);
    if (bytes == null) {
      return;
    }
    if (onlyIfFeed && !looksLikeFeed(bytes)) {
      return;
    }
    new FeedArticles(maxArticleBytes)
        .read(bytes, null, new WebPageArticles(sink, log.origin(), null));
  }

  /** A feed file may hold this many articles' worth of bytes. */
  private static final int FEED_ITEMS = 4;

  private static boolean looksLikeFeed(byte[] bytes) {
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
  }

  private void readJsonFile(Path path, String stem, ProblemLog log, ArticleSink sink)
      throws IOException {
    String text = BoundedFileReader.readText(path, maxArticleBytes, log);
    if (text != null) {
      json.parseDocument(text, log.origin(), stem, sink);
    }
  }

  /**
   * Reads JSON lines one at a time, so a file of any size streams; {@code gzip}: the file is
   * gzip-compressed (a corrupt or cut stream fails the file after the lines read before it).
   */
  private void readJsonLines(Path path, boolean gzip, ProblemLog log, ArticleSink sink)
      throws IOException {
    if (Files.size(path) == 0) {
      log.skipped("empty file");
      return;
    }
    try (InputStream file = Files.newInputStream(path);
        InputStream in =
            new BufferedInputStream(gzip ? new GZIPInputStream(file, 1 << 16) : file, 1 << 16)) {
      in.mark(TextDecoder.SNIFF_BYTES);
      byte[] head = in.readNBytes(TextDecoder.SNIFF_BYTES);
      in.reset();
      if (TextDecoder.looksBinary(head, head.length)) {
        log.failed(BoundedFileReader.BINARY_CONTENT);
        return;
      }
      BoundedLineReader lines = new BoundedLineReader(in, maxArticleBytes);
      for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
        if (line.overLimit()) {
          new ProblemLog(sink, log.origin(), line.number())
              .failed(ArticleSizeLimit.overLimit("the line", line.size(), maxArticleBytes));
          continue;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(line.bytes(), line.bytes().length);
        if (decoded.fellBack()) {
          new ProblemLog(sink, log.origin(), line.number()).warning(decoded.fallbackWarning());
        }
        json.parseLine(decoded.text(), log.origin(), line.number(), sink);
      }
    }
  }

  /** The metadata of a sidecar file; {@link ArticleMetadata#NONE} when there is none. */
  private ArticleMetadata sidecar(Path file, ProblemLog log) {
    if (!Files.isRegularFile(file)) {
      return ArticleMetadata.NONE;
    }
    String name = "sidecar " + file.getFileName();
    try {
      long size = Files.size(file);
      if (size > maxArticleBytes) {
        log.warning(ArticleSizeLimit.overLimit(name, size, maxArticleBytes) + "; it is ignored");
        return ArticleMetadata.NONE;
      }
      byte[] bytes = Files.readAllBytes(file);
      JsonElement element =
          JsonArticleParser.parseStrict(TextDecoder.decode(bytes, bytes.length).text().strip());
      if (element instanceof JsonObject object) {
        return ArticleMetadata.fromJson(object, log);
      }
      log.warning(
          name + " is " + ArticleMetadata.describe(element) + ", expected an object; ignored");
    } catch (JsonParseException e) {
      log.warning(name + " is not valid JSON: " + JsonArticleParser.message(e) + "; it is ignored");
    } catch (IOException e) {
      log.warning("cannot read " + name + ": " + BoundedFileReader.describe(e) + "; it is ignored");
    }
    return ArticleMetadata.NONE;
  }

  private static Format format(String lowerName) {
    if (lowerName.endsWith(SIDECAR)) {
      return Format.SIDECAR;
    } else if (lowerName.endsWith(".txt")) {
      return Format.TEXT;
    } else if (lowerName.endsWith(".json")) {
      return Format.JSON;
    } else if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
      return Format.JSON_LINES;
    } else if (lowerName.endsWith(".jsonl.gz") || lowerName.endsWith(".ndjson.gz")) {
      return Format.JSON_LINES_GZIP;
    } else if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
      return Format.HTML;
    } else if (lowerName.endsWith(".html.gz") || lowerName.endsWith(".htm.gz")) {
      return Format.HTML_GZIP;
    } else if (lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz")) {
      return Format.WARC;
    } else if (lowerName.endsWith(".rss") || lowerName.endsWith(".atom")) {
      return Format.FEED;
    } else if (lowerName.endsWith(".xml")) {
      return Format.XML;
    }
    return Format.UNKNOWN;
  }

  private static String unreadableFormat(String name, Format format) {
    if (format == Format.SIDECAR) {
      return "a "
          + SIDECAR
          + " file is the metadata of the .txt file of the same name, not an"
          + " article; read the .txt file instead";
    }
    int dot = name.lastIndexOf('.');
    String extension =
        dot <= 0 ? "no extension" : "unknown extension '" + name.substring(dot) + "'";
    return extension + ": expected " + ACCEPTED;
  }

  private static String stem(String name, String extension) {
    return name.substring(0, name.length() - extension.length());
  }
}
