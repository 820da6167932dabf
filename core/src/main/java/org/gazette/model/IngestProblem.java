package org.gazette.model;

import java.util.Objects;

/**
 * Something that went wrong with one input file or line while ingesting.
 *
 * @param source the file (or other input) concerned
 * @param line the 1-based line for line-oriented input, 0 when the whole input is concerned
 * @param kind whether the record was lost ({@code FAILED}), left out on purpose ({@code SKIPPED}),
 *     or indexed despite the problem ({@code WARNING})
 * @param reason what is wrong, naming the value and the rule it broke
 */
public record IngestProblem(String source, int line, Kind kind, String reason) {
  /** What happened to the record the problem concerns. */
  public enum Kind {
    FAILED,
    SKIPPED,
    WARNING
  }

  public IngestProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code file:line: kind: reason}, the form printed by the command line. */
  @Override
  public String toString() {
    return source
        + (line > 0 ? ":" + line : "")
        + ": "
        + kind.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + reason;
  }
}
