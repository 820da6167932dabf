package org.gazette.server.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazette.model.IngestProblem;

/**
 * Prints the problems of an ingest, one line each, but no more than {@link #SHOWN_PER_REASON} of
 * one kind and reason: a web archive of ten thousand pages holds as many request records, each
 * skipped for the same reason, and one line says how many more there were. The report's JSON
 * ({@code --json}) keeps every problem.
 */
final class ProblemLines {
  /** Problems of one kind and reason printed before the rest of them are counted in one line. */
  static final int SHOWN_PER_REASON = 3;

  private ProblemLines() {}

  /**
   * Prints {@code problems} in their order, indented; past {@link #SHOWN_PER_REASON} of one kind
   * and reason, the rest are counted in one line at the end.
   */
  static void print(PrintStream out, List<IngestProblem> problems) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    Map<String, IngestProblem> firstOf = new HashMap<>();
    for (IngestProblem p : problems) {
      String key = p.kind() + "\t" + p.reason();
      firstOf.putIfAbsent(key, p);
      if (seen.merge(key, 1, Integer::sum) <= SHOWN_PER_REASON) {
        out.println("  " + p);
      }
    }
    seen.forEach(
        (key, count) -> {
          if (count > SHOWN_PER_REASON) {
            IngestProblem p = firstOf.get(key);
            out.printf(
                "  ... and %,d more %s: %s%n",
                count - SHOWN_PER_REASON, p.kind().name().toLowerCase(Locale.ROOT), p.reason());
          }
        });
  }
}
