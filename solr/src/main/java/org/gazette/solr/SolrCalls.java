package org.gazette.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/** SolrJ calls whose failures become {@link IOException}s that name Solr. */
final class SolrCalls {
  /** One SolrJ call. */
  interface Call<T> {
    T run() throws SolrServerException, IOException;
  }

  private SolrCalls() {}

  /**
   * Runs {@code solr}; a request Solr refused as bad (400) is a caller's mistake and becomes an
   * {@link IllegalArgumentException}, any other failure an {@link IOException}.
   */
  static <T> T call(Call<T> solr) throws IOException {
    try {
      return solr.run();
    } catch (SolrException e) {
      if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
        throw new IllegalArgumentException("SolrCloud refused the request: " + e.getMessage(), e);
      }
      throw new IOException("SolrCloud failed a request: " + e.getMessage(), e);
    } catch (SolrServerException e) {
      throw new IOException("SolrCloud failed a request: " + e.getMessage(), e);
    }
  }
}
