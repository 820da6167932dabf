package org.gazette.model;

import java.util.List;

/**
 * The outcome of one ingest run.
 *
 * @param added articles indexed under an id the index did not hold
 * @param replaced articles indexed under an id the index already held (the old one is gone)
 * @param skipped articles left out on purpose: empty, or unchanged when unchanged ones are skipped
 * @param failed inputs that could not be read as articles
 * @param problems one line per failed, skipped or doubtful input
 */
public record IngestReport(
    int added, int replaced, int skipped, int failed, List<IngestProblem> problems) {
  public IngestReport {
    problems = List.copyOf(problems);
  }

  /** Articles now in the index from this run. */
  public int indexed() {
    return added + replaced;
  }

  /** {@code added 5, replaced 0, skipped 0, failed 0}. */
  public String summary() {
    return "added "
        + added
        + ", replaced "
        + replaced
        + ", skipped "
        + skipped
        + ", failed "
        + failed;
  }
}
