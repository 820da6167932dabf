package org.gazette.model;

import java.io.IOException;

/**
 * Receives the articles of an export, one call each, in index order; it may throw to stop the
 * export (a client that went away).
 */
@FunctionalInterface
public interface ExportSink {
  void accept(ExportedArticle article) throws IOException;
}
