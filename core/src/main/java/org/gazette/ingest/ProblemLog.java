package org.gazette.ingest;

import org.gazette.model.IngestProblem;
import org.gazette.model.IngestProblem.Kind;

/**
 * Reports the problems of one input (a file, or one line or element of it) to a sink, and remembers
 * whether one of them lost the record.
 *
 * <p>NOTE: one instance per record; not thread-safe.
 */
final class ProblemLog {
  private static final int MAX_QUOTED_CHARS = 80;

  private final ArticleSink sink;
  private final String origin;
  private final int line;
  private final String prefix;
  private boolean lost;

  ProblemLog(ArticleSink sink, String origin, int line) {
    this(sink, origin, line, "");
  }

  private ProblemLog(ArticleSink sink, String origin, int line, String prefix) {
    this.sink = sink;
    this.origin = origin;
    this.line = line;
    this.prefix = prefix;
  }

  /** A log for one element of an array input, whose reasons start with {@code element N: }. */
  ProblemLog forElement(int index) {
    return new ProblemLog(sink, origin, line, prefix + "element " + index + ": ");
  }

  /** The record could not be read and is lost. */
  void failed(String reason) {
    lost = true;
    sink.problem(new IngestProblem(origin, line, Kind.FAILED, prefix + reason));
  }

  /** The record is left out on purpose. */
  void skipped(String reason) {
    lost = true;
    sink.problem(new IngestProblem(origin, line, Kind.SKIPPED, prefix + reason));
  }

  /** The record is delivered despite the problem. */
  void warning(String reason) {
    sink.problem(new IngestProblem(origin, line, Kind.WARNING, prefix + reason));
  }

  /** Whether {@link #failed} or {@link #skipped} was called. */
  boolean lost() {
    return lost;
  }

  String origin() {
    return origin;
  }

  int line() {
    return line;
  }

  /**
   * {@code value} in single quotes for a message, cut to 80 characters and with control characters
   * shown as {@code \\uXXXX}, so that a message stays one readable line.
   */
  static String quote(String value) {
    StringBuilder out = new StringBuilder("'");
    int n = Math.min(value.length(), MAX_QUOTED_CHARS);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (value.length() > MAX_QUOTED_CHARS) {
      out.append("...");
    }
    return out.append('\'').toString();
  }
}
