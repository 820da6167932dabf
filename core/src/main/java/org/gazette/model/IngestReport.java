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
 * @param ids the ids of the articles indexed, in input order, when the ingest was asked to collect
 *     them (the HTTP API does; a bulk ingest does not); otherwise empty
 */
public record IngestReport(
    int added,
    int replaced,
    int skipped,
    int failed,
    List<IngestProblem> problems,
    List<String> ids) {
  public IngestReport {
    problems = List.copyOf(problems);
    ids = List.copyOf(ids);
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
