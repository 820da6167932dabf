package org.gazette.ingest;

import java.util.Locale;

/** The per-article size limit: its messages, and the UTF-8 size of text already in memory. */
final class ArticleSizeLimit {
  private ArticleSizeLimit() {}

  /** {@code what is N bytes (x MiB), over the limit of M bytes (y MiB) per article; ...}. */
  static String overLimit(String what, long size, long limit) {
    return what
        + " is "
        + bytes(size)
        + ", over the limit of "
        + bytes(limit)
        + " per article; raise the limit with the --max-article-size option";
  }

  /** The number of bytes {@code s} takes in UTF-8, counted without encoding it. */
  static long utf8Length(CharSequence s) {
    long bytes = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%d bytes (%.1f MiB)", n, n / (1024.0 * 1024.0));
  }
}
