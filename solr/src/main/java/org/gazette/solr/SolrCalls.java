package org.gazette.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.gazette.store.StoreUnavailableException;

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
      if (e.code() == SolrException.ErrorCode.SERVICE_UNAVAILABLE.code
          || e.code() == SolrException.ErrorCode.INVALID_STATE.code) {
        // No live node or replica to send it to (510), or a node that says it cannot serve (503).
        throw new StoreUnavailableException("SolrCloud is unavailable: " + e.getMessage(), e);
      }
      throw new IOException("SolrCloud failed a request: " + e.getMessage(), e);
    } catch (SolrServerException e) {
      // No node answered (all down, unreachable, or no live replica of a shard): try again later.
      throw new StoreUnavailableException("SolrCloud did not answer: " + e.getMessage(), e);
    }
  }
}
