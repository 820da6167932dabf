package org.gazette.ingest.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the articles of a WARC file (plain, or gzipped record by record: jwarc tells them apart).
 * Each {@code response} record holding an HTTP 2xx response whose payload is HTML ({@code
 * text/html}, {@code application/xhtml+xml}, or no type and a payload that looks like HTML) is one
 * page: its body, with chunked transfer encoding and a gzip, deflate (or, with a Brotli decoder on
 * the class path, br) content encoding undone, goes to {@link WebPageReader} with the record's
 * {@code WARC-Target-URI} and the charset of the HTTP {@code Content-Type}. Every other record is
 * skipped with the reason, and so is a page that holds no article.
 *
 * <p>A record whose block, or whose decoded payload, is larger than the limit fails and the next
 * one is read; no more than the limit is held in memory for either. A file that ends inside a
 * record, a broken gzip member or bytes that are not a WARC record fail the record they are found
 * in, and reading of the file stops there: no exception escapes but those the sink throws.
 *
 * <p>NOTE: thread-safe (it holds only its limit); each call reads one stream on the calling thread
 * and leaves closing it to the caller.
 */
public final class WarcArticles {
  /**
   * What a call read: {@code records} is the number of records met, each reported once as a page,
   * skipped or failed ({@code records == pages + skipped + failed}).
   *
   * @param records the records met, a failed one included
   * @param pages the pages with an article delivered
   * @param skipped the records left out on purpose
   * @param failed the records that could not be read
   */
  public record Summary(int records, int pages, int skipped, int failed) {}

  /** The largest array the JVM makes, a bound on any limit. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  /** How much of a payload is looked at to tell whether it is HTML. */
  private static final int SNIFF_BYTES = 1024;

  private static final int COPY_BUFFER = 8192;

  /** Reads in a row that give no byte, after which a body is taken to have ended. */
  private static final int MAX_IDLE_READS = 16;

  private final long maxRecordBytes;

  /**
   * Creates a reader.
   *
   * @param maxRecordBytes the largest record block, and the largest decoded HTTP payload, read into
   *     memory; larger records fail
   */
  public WarcArticles(long maxRecordBytes) {
    if (maxRecordBytes <= 0) {
      throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
    }
    this.maxRecordBytes = Math.min(maxRecordBytes, MAX_ARRAY);
  }

  /**
   * Reads the WARC records of {@code in} in order and tells {@code sink} about each one; {@code in}
   * is read to its end or to the first place the file is broken, and is not closed.
   */
  public Summary read(InputStream in, PageSink sink) {
    Tally tally = new Tally(sink);
    WarcReader reader;
    try {
      reader = new WarcReader(in);
    } catch (IOException | RuntimeException e) {
      tally.report(1, Outcome.stop(broken(e)));
      return tally.summary();
    }
    reader.setLenient(true);
    WebPageReader pages = new WebPageReader();
    for (int number = 1; ; number++) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        tally.report(number, Outcome.stop(broken(e)));
        break;
      }
      if (next.isEmpty()) {
        break;
      }
      Outcome outcome = record(next.get(), pages);
      tally.report(number, outcome);
      if (outcome.stop()) {
        break;
      }
    }
    return tally.summary();
  }

  private Outcome record(WarcRecord record, WebPageReader pages) {
    if (!(record instanceof WarcResponse response)) {
      return finish(record, Outcome.skipped(notAResponse(record)));
    }
    if (!holdsHttp(response)) {
      return finish(
          record,
          Outcome.skipped(
              "a response record without an HTTP message (Content-Type "
                  + record.headers().first("Content-Type").orElse("none")
                  + ")"));
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return finish(record, Outcome.failed("its HTTP response cannot be parsed: " + message(e)));
    }
    int status = http.status();
    if (status < 200 || status > 299) {
      String reason = http.reason() == null ? "" : " " + http.reason().strip();
      return finish(record, Outcome.skipped("HTTP status " + status + reason + ", not a page"));
    }
    String declaredType = http.headers().first("Content-Type").orElse("").strip();
    MediaType type = declaredType.isEmpty() ? null : MediaType.parseLeniently(declaredType);
    if (type != null && !isHtml(type)) {
      return finish(record, Outcome.skipped("not HTML (Content-Type " + declaredType + ")"));
    }
    long size;
    try {
      size = record.body().size();
    } catch (IOException e) {
      return finish(record, Outcome.failed("its length cannot be read: " + message(e)));
    }
    if (size > maxRecordBytes) {
      return finish(
          record,
          Outcome.failed(
              "the record holds "
                  + size
                  + " bytes, more than the limit of "
                  + maxRecordBytes
                  + "; left unread"));
    }
    byte[] block;
    try {
      block = record.body().stream().readNBytes((int) size);
    } catch (IOException | RuntimeException e) {
      return Outcome.stop(broken(e));
    }
    if (block.length < size) {
      return Outcome.stop(
          "truncated file: it ends "
              + (size - block.length)
              + " bytes before the end of this record; reading stops");
    }
    return page(response, block, type, pages);
  }

  /** Reads a page from the record's block, in memory; never stops the file. */
  private Outcome page(WarcResponse record, byte[] block, MediaType type, WebPageReader pages) {
    HttpResponse http;
    try {
      http = parse(block);
    } catch (IOException | RuntimeException e) {
      return Outcome.failed("its HTTP response cannot be parsed: " + message(e));
    }
    Payload payload;
    try {
      payload = payload(http, block);
    } catch (IOException | RuntimeException e) {
      return Outcome.failed("its HTTP body cannot be decoded: " + message(e));
    }
    if (payload.bytes().length > maxRecordBytes) {
      return Outcome.failed(
          "its decoded body holds more than the limit of " + maxRecordBytes + " bytes");
    }
    if (type == null && !looksLikeHtml(payload.bytes())) {
      return Outcome.skipped("no Content-Type, and the payload does not look like HTML");
    }
    String charset = type == null ? null : charset(type);
    WebPage page;
    try {
      page = pages.read(payload.bytes(), record.target(), charset);
    } catch (RuntimeException e) {
      return Outcome.failed("the page cannot be read: " + message(e));
    }
    if (!page.isArticle()) {
      return Outcome.skipped(page.skipReason());
    }
    String warning = payload.warning();
    WarcTruncationReason cut = record.truncated();
    if (cut != null && cut != WarcTruncationReason.NOT_TRUNCATED) {
      String note =
          "the crawler cut this record short ("
              + cut.name().toLowerCase(Locale.ROOT)
              + "); the page may be incomplete";
      warning = warning == null ? note : warning + "; " + note;
    }
    return Outcome.page(page, warning);
  }

  /** The HTTP payload with its content encoding undone, and what went wrong on the way. */
  private record Payload(byte[] bytes, String warning) {}

  private Payload payload(HttpResponse http, byte[] block) throws IOException {
    List<String> encodings = http.headers().all("Content-Encoding");
    String encoding =
        encodings.size() == 1 ? encodings.get(0).strip().toLowerCase(Locale.ROOT) : null;
    if (encodings.isEmpty() || "identity".equals(encoding) || "none".equals(encoding)) {
      return bounded(http.body().stream(), null);
    }
    try (InputStream decoded =
        "deflate".equals(encoding)
            ? inflate(http.body().stream())
            : http.bodyDecoded().stream()) { // gzip, x-gzip, br; others are refused
      return bounded(decoded, encoding == null ? "encoded" : encoding);
    } catch (IOException e) {
      // Some crawlers store the payload decoded but keep the header: take it as it is.
      byte[] raw = bounded(parse(block).body().stream(), null).bytes();
      if (looksLikeHtml(raw)) {
        return new Payload(raw, null);
      }
      throw e;
    }
  }

  /** Parses the HTTP response held in a record's block in memory. */
  private static HttpResponse parse(byte[] block) throws IOException {
    MessageBody inMemory =
        LengthedBody.create(
            Channels.newChannel(InputStream.nullInputStream()),
            ByteBuffer.wrap(block),
            block.length);
    return HttpResponse.parse(inMemory);
  }

  /**
   * The HTTP "deflate" coding is zlib-wrapped (RFC 9110), but servers also send raw deflate; the
   * first two bytes tell them apart. (jwarc 0.32.0 inflates raw deflate only.)
   */
  private static InputStream inflate(InputStream body) throws IOException {
    BufferedInputStream in = new BufferedInputStream(body, COPY_BUFFER);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    return new InflaterInputStream(in, inflater, COPY_BUFFER) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inflater.end(); // a given Inflater is not ended by the stream
        }
      }
    };
  }

  /**
   * Reads at most one byte more than the limit; a body that ends early (a chunked or compressed
   * stream cut short) keeps what was read, with a warning.
   */
  private Payload bounded(InputStream in, String encoding) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[COPY_BUFFER];
    long room = maxRecordBytes + 1;
    int idle = 0;
    try {
      while (room > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, room));
        if (n < 0) {
          break;
        }
        if (n == 0) {
          // jwarc's channels may read nothing once (at the end of a gzip member); never spin.
          if (++idle > MAX_IDLE_READS) {
            break;
          }
          continue;
        }
        idle = 0;
        out.write(buffer, 0, n);
        room -= n;
      }
    } catch (EOFException | ZipException e) {
      // A chunked or compressed body cut short, or with junk after its end: keep what it gave.
      if (out.size() == 0) {
        throw e;
      }
      String what = encoding == null ? "HTTP body" : encoding + " stream";
      String how =
          e instanceof EOFException ? "ends early" : "is corrupt after " + out.size() + " bytes";
      return new Payload(
          out.toByteArray(), "the " + what + " " + how + "; the page may be incomplete");
    }
    return new Payload(out.toByteArray(), null);
  }

  /** Consumes the rest of a record, so a file that ends inside it is found and reported. */
  private static Outcome finish(WarcRecord record, Outcome outcome) {
    try {
      record.body().consume();
      return outcome;
    } catch (IOException | RuntimeException e) {
      return Outcome.stop(broken(e));
    }
  }

  private static boolean holdsHttp(WarcResponse response) {
    Optional<String> type = response.headers().first("Content-Type");
    if (type.isEmpty() || type.get().isBlank()) {
      String target = response.target();
      return target != null && target.regionMatches(true, 0, "http", 0, 4);
    }
    MediaType media = MediaType.parseLeniently(type.get());
    return "application".equalsIgnoreCase(media.type()) && "http".equalsIgnoreCase(media.subtype());
  }

  private static boolean isHtml(MediaType type) {
    String t = type.type() == null ? "" : type.type().toLowerCase(Locale.ROOT);
    String s = type.subtype() == null ? "" : type.subtype().toLowerCase(Locale.ROOT);
    return t.equals("text") && s.equals("html") || t.equals("application") && s.equals("xhtml+xml");
  }

  private static String charset(MediaType type) {
    for (Map.Entry<String, String> p : type.parameters().entrySet()) {
      if (p.getKey().equalsIgnoreCase("charset") && p.getValue() != null) {
        String v = p.getValue().strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1).strip();
        }
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  /** Whether a payload without a type starts like an HTML document. */
  static boolean looksLikeHtml(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    while (start < bytes.length && Character.isWhitespace(bytes[start])) {
      start++;
    }
    if (start >= bytes.length || bytes[start] != '<') {
      return false;
    }
    String head =
        new String(
                bytes,
                start,
                Math.min(SNIFF_BYTES, bytes.length - start),
                StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html")
        || head.contains("<html")
        || head.contains("<head")
        || head.contains("<body")
        || head.contains("<title")
        || head.contains("<p>")
        || head.contains("<div");
  }

  private static String notAResponse(WarcRecord record) {
    String type = record.type() == null ? "untyped" : record.type();
    return switch (type) {
      case "revisit" -> "a revisit record (a capture recorded as unchanged, no payload of its own)";
      case "warcinfo", "request", "metadata", "resource", "conversion", "continuation" ->
          "a " + type + " record, not a response";
      default -> "a record of type \"" + clip(type) + "\", not a response";
    };
  }

  /** Why a file cannot be read on; always says the file is truncated or corrupt there. */
  private static String broken(Exception e) {
    String detail = message(e);
    if (e instanceof ParsingException) {
      return "not a WARC record ("
          + detail
          + "): the file is corrupt or truncated here; reading stops";
    }
    if (e instanceof ZipException) {
      return "truncated or corrupt gzip member (" + detail + "); reading stops";
    }
    if (e instanceof EOFException) {
      return "truncated file: it ends inside this record (" + detail + "); reading stops";
    }
    return "truncated or unreadable file (" + detail + "); reading stops";
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return clip(m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
  }

  /** Keeps a message short and printable: parse errors quote the bytes they stopped at. */
  private static String clip(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 200; i++) {
      char c = s.charAt(i);
      b.append(c >= 0x20 && c != 0x7F && c != 0xFFFD ? c : '?');
    }
    return b.length() < s.length() ? b + "..." : b.toString();
  }

  /** What became of one record; {@code stop} when the file cannot be read past it. */
  private record Outcome(WebPage page, String text, boolean failed, boolean stop) {
    static Outcome page(WebPage page, String warning) {
      return new Outcome(page, warning, false, false);
    }

    static Outcome skipped(String reason) {
      return new Outcome(null, reason, false, false);
    }

    static Outcome failed(String reason) {
      return new Outcome(null, reason, true, false);
    }

    static Outcome stop(String reason) {
      return new Outcome(null, reason, true, true);
    }
  }

  /** Hands outcomes to the sink and counts them. */
  private static final class Tally {
    private final PageSink sink;
    private int pages;
    private int skipped;
    private int failed;

    Tally(PageSink sink) {
      this.sink = sink;
    }

    void report(int number, Outcome outcome) {
      if (outcome.page() != null) {
        pages++;
        sink.page(number, outcome.page(), outcome.text());
      } else if (outcome.failed()) {
        failed++;
        sink.failed(number, outcome.text());
      } else {
        skipped++;
        sink.skipped(number, outcome.text());
      }
    }

    Summary summary() {
      return new Summary(pages + skipped + failed, pages, skipped, failed);
    }
  }
}
