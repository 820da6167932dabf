package org.gazette.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes WARC files for tests by hand, record by record, plain or gzipped one member a record, and
 * the HTTP messages they hold.
 */
final class WarcBytes {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzip;
  private int records;

  private WarcBytes(boolean gzip) {
    this.gzip = gzip;
  }

  static WarcBytes plain() {
    return new WarcBytes(false);
  }

  static WarcBytes gzipped() {
    return new WarcBytes(true);
  }

  WarcBytes warcinfo() {
    byte[] fields =
        "software: gazette-test\r\nformat: WARC File Format 1.1\r\n"
            .getBytes(StandardCharsets.UTF_8);
    return record("warcinfo", null, "application/warc-fields", fields);
  }

  WarcBytes request(String uri) {
    String http = "GET " + uri.replaceFirst("https?://[^/]+", "") + " HTTP/1.1\r\nHost: x\r\n\r\n";
    return record(
        "request", uri, "application/http;msgtype=request", http.getBytes(StandardCharsets.UTF_8));
  }

  /** A response record holding {@code http}, an HTTP response made with {@link #http}. */
  WarcBytes response(String uri, byte[] http, String... extraWarcHeaders) {
    return record("response", uri, "application/http;msgtype=response", http, extraWarcHeaders);
  }

  WarcBytes record(
      String type, String uri, String contentType, byte[] block, String... extraWarcHeaders) {
    records++;
    StringBuilder head = new StringBuilder("WARC/1.1\r\n");
    head.append("WARC-Type: ").append(type).append("\r\n");
    head.append("WARC-Record-ID: <urn:uuid:").append(new UUID(0, records)).append(">\r\n");
    head.append("WARC-Date: 2025-03-0").append(1 + records % 9).append("T10:00:00Z\r\n");
    if (uri != null) {
      head.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    for (String h : extraWarcHeaders) {
      head.append(h).append("\r\n");
    }
    head.append("Content-Type: ").append(contentType).append("\r\n");
    head.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    ByteArrayOutputStream rec = new ByteArrayOutputStream();
    rec.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    rec.writeBytes(block);
    rec.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(gzip ? gzip(rec.toByteArray()) : rec.toByteArray());
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  /** The bytes of the file without its last {@code n} bytes. */
  byte[] bytesCut(int n) {
    byte[] all = bytes();
    return Arrays.copyOf(all, all.length - n);
  }

  /** An HTTP/1.1 response: status line, the headers given (each "Name: value"), the body. */
  static byte[] http(int status, String reason, byte[] body, String... headers) {
    StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + reason + "\r\n");
    for (String h : headers) {
      head.append(h).append("\r\n");
    }
    head.append("\r\n");
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    message.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    message.writeBytes(body);
    return message.toByteArray();
  }

  /** A 200 response with an HTML body in UTF-8 and its Content-Length. */
  static byte[] html(String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    return http(
        200,
        "OK",
        body,
        "Content-Type: text/html; charset=utf-8",
        "Content-Length: " + body.length);
  }

  /** {@code body} in chunked transfer encoding, in chunks of {@code size} bytes. */
  static byte[] chunked(byte[] body, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < body.length; i += size) {
      int n = Math.min(size, body.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Deflated bytes: zlib-wrapped as HTTP says, or raw as some servers send. */
  static byte[] deflate(byte[] bytes, boolean zlib) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, !zlib);
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }
}
