package org.gazette.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads LF-terminated lines of bytes from a stream, keeping at most a fixed number of bytes of any
 * one line in memory: the rest of a longer line is counted and skipped.
 *
 * <p>NOTE: not thread-safe; it does not close the stream. A trailing CR is left on the line for the
 * decoder to normalise.
 */
final class BoundedLineReader {
  /**
   * One line of input.
   *
   * @param number the 1-based line number
   * @param bytes the line without its LF, or {@code null} when it was longer than the limit
   * @param size the length of the line in bytes, counted even when it was skipped
   */
  record Line(int number, byte[] bytes, long size) {
    boolean overLimit() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private int lineNumber;

  BoundedLineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    // A Java array holds at most about 2^31 bytes; no line can be kept beyond that.
    this.maxLineBytes = Math.min(maxLineBytes, Integer.MAX_VALUE - 16);
  }

  /** The next line, or {@code null} at the end of the stream. Blocks on the stream. */
  Line next() throws IOException {
    byte[] line = new byte[256];
    int kept = 0;
    long size = 0;
    boolean sawAnything = false;
    while (true) {
      if (position == limit && !fill()) {
        return sawAnything ? new Line(++lineNumber, keptOrNull(line, kept, size), size) : null;
      }
      sawAnything = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - start;
      if (size + chunk <= maxLineBytes) {
        line = ensureCapacity(line, kept + chunk);
        System.arraycopy(buffer, start, line, kept, chunk);
        kept += chunk;
      }
      size += chunk;
      if (position < limit) {
        position++; // the LF
        return new Line(++lineNumber, keptOrNull(line, kept, size), size);
      }
    }
  }

  private byte[] keptOrNull(byte[] line, int kept, long size) {
    return size > maxLineBytes ? null : Arrays.copyOf(line, kept);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private byte[] ensureCapacity(byte[] line, int needed) {
    if (needed <= line.length) {
      return line;
    }
    long grown = Math.min((long) line.length * 2, maxLineBytes);
    return Arrays.copyOf(line, (int) Math.max(needed, grown));
  }
}
