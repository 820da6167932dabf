package org.gazette.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text input into a string: strips a byte order mark, decodes UTF-8 (or
 * Windows-1252 when the bytes are not valid UTF-8), and normalises CRLF and CR line ends to LF.
 *
 * <p>NOTE: stateless and thread-safe. Callers check {@link #looksBinary} first: binary content
 * decodes without error as Windows-1252 and would otherwise pass for text.
 */
final class TextDecoder {
  /** How many leading bytes {@link #looksBinary} inspects. */
  static final int SNIFF_BYTES = 8192;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The 32 characters Windows-1252 gives the bytes 0x80..0x9F; its 5 holes map as in Latin-1. */
  private static final char[] HIGH_CONTROL_BLOCK = windows1252HighControlBlock();

  /**
   * The decoded text and, when the input was not valid UTF-8, the offset of the first bad byte.
   *
   * @param badUtf8Offset -1 when the input was valid UTF-8, else where decoding as UTF-8 failed
   */
  record Decoded(String text, long badUtf8Offset) {
    boolean fellBack() {
      return badUtf8Offset >= 0;
    }

    /** The warning to report when the text was decoded as Windows-1252. */
    String fallbackWarning() {
      return "not valid UTF-8 (first bad byte at offset "
          + badUtf8Offset
          + "): decoded as Windows-1252 instead, check the text for wrong characters";
    }
  }

  private TextDecoder() {}

  /**
   * Whether the first {@value #SNIFF_BYTES} bytes look like binary data: a NUL byte, or more than
   * one byte in ten being a control character other than tab, line feed, form feed, carriage return
   * and escape. UTF-16 text (which has NUL bytes) counts as text when it starts with a BOM.
   */
  static boolean looksBinary(byte[] bytes, int length) {
    if (utf16(bytes, length) != null) {
      return false;
    }
    int n = Math.min(length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1b) {
        controls++;
      }
    }
    return controls * 10 > n;
  }

  /** Decodes {@code bytes[0..length)}; see the class comment. */
  static Decoded decode(byte[] bytes, int length) {
    Charset utf16 = utf16(bytes, length);
    if (utf16 != null) {
      // The UTF-16 decoders consume the BOM themselves.
      return new Decoded(normaliseLineEnds(new String(bytes, 0, length, utf16)), -1);
    }
    int start = hasUtf8Bom(bytes, length) ? 3 : 0;
    try {
      return new Decoded(normaliseLineEnds(strictUtf8(bytes, start, length - start)), -1);
    } catch (MalformedInputException e) {
      long badOffset = firstBadOffset(bytes, start, length - start);
      return new Decoded(normaliseLineEnds(windows1252(bytes, start, length)), badOffset);
    } catch (CharacterCodingException e) {
      // UTF-8 decoding reports only malformed input; kept for the checked signature.
      return new Decoded(normaliseLineEnds(windows1252(bytes, start, length)), start);
    }
  }

  /** Replaces CRLF and lone CR with LF, in one pass. */
  static String normaliseLineEnds(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String strictUtf8(byte[] bytes, int offset, int length)
      throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
  }

  private static long firstBadOffset(byte[] bytes, int offset, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return offset;
      }
      out.clear();
    }
  }

  /** Windows-1252 without loss: every byte maps to one character, holes as in Latin-1. */
  private static String windows1252(byte[] bytes, int start, int length) {
    char[] chars = new char[length - start];
    for (int i = start; i < length; i++) {
      int b = bytes[i] & 0xff;
      chars[i - start] = b >= 0x80 && b < 0xa0 ? HIGH_CONTROL_BLOCK[b - 0x80] : (char) b;
    }
    return new String(chars);
  }

  private static char[] windows1252HighControlBlock() {
    char[] block = new char[32];
    CharsetDecoder decoder =
        WINDOWS_1252
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int i = 0; i < 32; i++) {
      try {
        block[i] = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) (0x80 + i)})).get(0);
      } catch (CharacterCodingException e) {
        block[i] = (char) (0x80 + i);
      }
    }
    return block;
  }

  private static boolean hasUtf8Bom(byte[] b, int length) {
    return length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  private static Charset utf16(byte[] b, int length) {
    if (length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16;
    }
    if (length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16;
    }
    return null;
  }
}
