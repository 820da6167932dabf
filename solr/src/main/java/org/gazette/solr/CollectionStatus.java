package org.gazette.solr;

import static org.gazette.solr.SolrCalls.call;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.util.NamedList;

/**
 * The size and last commit of a collection, read from Solr's collection status ({@code COLSTATUS}
 * with segment sizes): the bytes of the segments of each shard leader (one copy of the articles, as
 * the embedded index is one copy) and the latest commit time among them.
 *
 * @param sizeBytes the sum of the leaders' segment sizes
 * @param lastCommit the latest leader commit, or {@code null} when no leader reported one
 */
record CollectionStatus(long sizeBytes, Instant lastCommit) {
  static CollectionStatus of(CloudSolrClient client) throws IOException {
    var request =
        CollectionAdminRequest.collectionStatus(client.getDefaultCollection())
            .setWithSegments(true)
            .setWithSizeInfo(true);
    NamedList<Object> response = call(() -> request.process(client)).getResponse();
    long[] found = {0, Long.MIN_VALUE};
    walk(response, false, found);
    return new CollectionStatus(
        found[0], found[1] == Long.MIN_VALUE ? null : Instant.ofEpochMilli(found[1]));
  }

  /** Sums {@code sizeInBytes} under each {@code segments} and keeps the largest commit time. */
  private static void walk(Object node, boolean inSegments, long[] found) {
    if (node instanceof NamedList<?> list) {
      for (Map.Entry<String, ?> e : list) {
        visit(e.getKey(), e.getValue(), inSegments, found);
      }
    } else if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        visit(String.valueOf(e.getKey()), e.getValue(), inSegments, found);
      }
    } else if (node instanceof Iterable<?> items) {
      for (Object item : items) {
        walk(item, inSegments, found);
      }
    }
  }

  private static void visit(String key, Object value, boolean inSegments, long[] found) {
    if (inSegments && "sizeInBytes".equals(key) && value instanceof Number n) {
      found[0] += n.longValue();
    } else if ("commitTimeMSec".equals(key) && value != null) {
      try {
        found[1] = Math.max(found[1], Long.parseLong(value.toString()));
      } catch (NumberFormatException ignored) {
        // Not a commit time Solr wrote: leave it.
      }
    } else {
      walk(value, inSegments || "segments".equals(key), found);
    }
  }
}
