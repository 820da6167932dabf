package org.gazette.ingest;

import org.gazette.model.IngestProblem;
import org.gazette.model.RawArticle;

/**
 * Receives what a reader finds, in input order: articles, and problems with inputs that could not
 * be (fully) read.
 *
 * <p>NOTE: a reader calls its sink from the thread that called it; the sink may block to apply back
 * pressure.
 */
public interface ArticleSink {
  /** One article read from the input. */
  void article(RawArticle article);

  /** One problem with a file or line; the reader goes on with the next one. */
  void problem(IngestProblem problem);
}
