package org.gazette.ingest.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a page into text. The encoding is, in order: a byte-order mark, the charset
 * the transport declared (an HTTP {@code Content-Type} in a WARC record), a {@code <meta charset>}
 * or {@code http-equiv} declaration in the first bytes, UTF-8 when the bytes are valid UTF-8, and
 * else windows-1252 (which decodes any byte, and is what browsers take for "ISO-8859-1").
 *
 * <p>NOTE: stateless and thread-safe.
 */
final class HtmlDecoder {
  /** How far into a page a {@code <meta>} charset declaration is looked for, as browsers do. */
  private static final int PRESCAN_BYTES = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The text of a page and the encoding it was read with. */
  record Decoded(String text, Charset charset, String how) {}

  private HtmlDecoder() {}

  /**
   * Decodes {@code bytes}; {@code declared} is the charset name the transport gave, or {@code
   * null}.
   */
  static Decoded decode(byte[] bytes, String declared) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8,
          "byte-order mark");
    }
    if (bytes.length >= 2) {
      int a = bytes[0] & 0xFF;
      int b = bytes[1] & 0xFF;
      if (a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE) {
        Charset utf16 = a == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        return new Decoded(new String(bytes, 2, bytes.length - 2, utf16), utf16, "byte-order mark");
      }
    }
    Charset charset = charset(declared);
    String how = "declared by the transport";
    if (charset == null) {
      String head =
          new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        charset = charset(m.group(1));
        how = "declared by the page";
      }
    }
    if (charset != null && !isUtf16(charset)) {
      if (charset.equals(StandardCharsets.UTF_8)) {
        String strict = strictUtf8(bytes);
        if (strict != null) {
          return new Decoded(strict, charset, how);
        }
        // Declared UTF-8 but not valid: pages often lie; windows-1252 loses nothing.
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "detected");
      }
      return new Decoded(new String(bytes, charset), charset, how);
    }
    String strict = strictUtf8(bytes);
    if (strict != null) {
      return new Decoded(strict, StandardCharsets.UTF_8, "detected");
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "detected");
  }

  private static boolean isUtf16(Charset charset) {
    return charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16");
  }

  /** The charset of a name; ISO-8859-1 and ASCII read as windows-1252, as browsers do. */
  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** The bytes as UTF-8, or null when they are not valid UTF-8. */
  static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
