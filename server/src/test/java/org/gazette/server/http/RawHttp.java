package org.gazette.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} will not send: a Host header of our
 * choosing, a broken request line, an unknown version, a body that trickles in.
 */
final class RawHttp {
  private RawHttp() {}

  /** A parsed answer: status, headers by lower-case name (the last one wins), raw body bytes. */
  record Answer(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** Sends {@code head} (request line and headers, no blank line) and reads the whole answer. */
  static Answer exchange(int port, String head) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return read(socket.getInputStream());
    }
  }

  /** A GET of {@code path} with the given Host header. */
  static Answer getWithHost(int port, String path, String host) throws IOException {
    return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: " + host);
  }

  /** Reads one answer up to the end of the stream (the server closes after it). */
  static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    byte[] bytes = all.toByteArray();
    int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (end < 0) {
      throw new IOException(
          "no complete answer: '" + new String(bytes, StandardCharsets.ISO_8859_1) + "'");
    }
    String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunked(body);
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }

  private static byte[] unchunked(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length) {
      int lineEnd =
          indexOf(java.util.Arrays.copyOfRange(body, at, body.length), new byte[] {13, 10});
      int size =
          Integer.parseInt(
              new String(body, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.write(body, at + lineEnd + 2, size);
      at += lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= bytes.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
