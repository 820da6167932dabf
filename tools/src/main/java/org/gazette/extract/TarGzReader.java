package org.gazette.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a gzip-compressed tar archive (ustar, with GNU long names), enough for
 * the data archives the gazetteer is built from.
 */
public final class TarGzReader {
  private static final int BLOCK = 512;

  private TarGzReader() {}

  /**
   * The contents of the regular files of {@code archive} whose path {@code wanted} accepts, by
   * path.
   *
   * @throws IOException when the archive cannot be read or is cut short
   */
  public static Map<String, byte[]> read(Path archive, Predicate<String> wanted)
      throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 1 << 16)) {
      byte[] header = new byte[BLOCK];
      String longName = null;
      while (readFully(in, header)) {
        if (isZeroBlock(header)) {
          break;
        }
        String name = longName != null ? longName : entryName(header);
        longName = null;
        long size = octal(header, 124, 12);
        char type = (char) header[156];
        if (size > Integer.MAX_VALUE - BLOCK) {
          throw new IOException(archive + ": entry " + name + " is too large: " + size + " bytes");
        }
        byte[] data = new byte[(int) size];
        if (!readFully(in, data)) {
          throw new IOException(archive + ": archive ends inside entry " + name);
        }
        skip(in, (BLOCK - size % BLOCK) % BLOCK);
        if (type == 'L') {
          longName = cString(data, 0, data.length);
        } else if ((type == '0' || type == 0) && wanted.test(name)) {
          files.put(name, data);
        }
      }
    }
    return files;
  }

  private static String entryName(byte[] header) {
    String name = cString(header, 0, 100);
    String magic = cString(header, 257, 6);
    if (magic.startsWith("ustar")) {
      String prefix = cString(header, 345, 155);
      if (!prefix.isEmpty()) {
        return prefix + "/" + name;
      }
    }
    return name;
  }

  private static long octal(byte[] b, int off, int len) throws IOException {
    long v = 0;
    for (int i = off; i < off + len; i++) {
      int c = b[i];
      if (c == 0 || c == ' ') {
        if (v > 0) {
          break;
        }
        continue;
      }
      if (c < '0' || c > '7') {
        throw new IOException("bad octal digit '" + (char) c + "' in a tar header");
      }
      v = v * 8 + (c - '0');
    }
    return v;
  }

  private static String cString(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  private static boolean isZeroBlock(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean readFully(InputStream in, byte[] buf) throws IOException {
    int off = 0;
    while (off < buf.length) {
      int n = in.read(buf, off, buf.length - off);
      if (n < 0) {
        return false;
      }
      off += n;
    }
    return true;
  }

  private static void skip(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          return;
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }
}
