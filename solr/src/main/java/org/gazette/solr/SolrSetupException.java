package org.gazette.solr;

import java.io.IOException;

/**
 * A SolrCloud collection cannot be used: ZooKeeper or Solr cannot be reached, no Solr node is live,
 * or the collection's schema is not Gazette's. The message says which and what to do.
 */
public final class SolrSetupException extends IOException {
  private static final long serialVersionUID = 1L;

  public SolrSetupException(String message) {
    super(message);
  }

  public SolrSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
