package org.gazette;

import java.util.Objects;

/**
 * How one ingest run behaves.
 *
 * @param skipUnchanged leave articles whose input and pipeline version are unchanged since they
 *     were indexed (counted as skipped) instead of replacing them
 * @param collectIds list the ids of the indexed articles in the report (costs memory on huge
 *     batches)
 * @param listener told after each article; called from ingest threads, so keep it quick
 */
public record IngestOptions(boolean skipUnchanged, boolean collectIds, IngestListener listener) {
  /** Replace everything, list no ids, tell no one. */
  public static final IngestOptions DEFAULTS = new IngestOptions(false, false, IngestListener.NONE);

  public IngestOptions {
    Objects.requireNonNull(listener, "listener");
  }

  /** These options, but leaving unchanged articles as they are. */
  public IngestOptions skippingUnchanged() {
    return new IngestOptions(true, collectIds, listener);
  }

  /** These options, but listing the ids of the indexed articles in the report. */
  public IngestOptions collectingIds() {
    return new IngestOptions(skipUnchanged, true, listener);
  }

  /** These options, telling {@code listener} about progress. */
  public IngestOptions withListener(IngestListener listener) {
    return new IngestOptions(skipUnchanged, collectIds, listener);
  }

  /** Progress of a running ingest. */
  @FunctionalInterface
  public interface IngestListener {
    /** A listener that ignores progress. */
    IngestListener NONE = progress -> {};

    /** Called after each article with the counts so far. Must be thread-safe. */
    void progress(Progress progress);
  }

  /** Counts so far in a running ingest. */
  public record Progress(int added, int replaced, int skipped, int failed, long elapsedMillis) {
    /** Articles handled so far, however they ended. */
    public int processed() {
      return added + replaced + skipped + failed;
    }
  }
}
