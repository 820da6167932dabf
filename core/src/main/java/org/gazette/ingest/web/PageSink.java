package org.gazette.ingest.web;

/**
 * Receives what a reader of many pages (a WARC file, a feed) finds, one call per record or item, in
 * input order; {@code number} is the 1-based number of the record or item in its file.
 *
 * <p>NOTE: called from the thread that called the reader.
 */
public interface PageSink {
  /**
   * One page or item read; {@code warning} is {@code null}, or says what is missing (a feed item
   * that gives only a summary).
   */
  void page(int number, WebPage page, String warning);

  /** One record or item left out on purpose (not a page, no article in it). */
  void skipped(int number, String reason);

  /** One record or item that could not be read; the reader goes on with the next when it can. */
  void failed(int number, String reason);
}
