package org.gazette.solr;

import java.time.Duration;
import java.util.Map;
import org.gazette.StoreOpener;

/**
 * The SolrCloud back end by name ({@code solr}) for the commands' {@code --solr} option. Settings:
 * {@code zkHost} (ZKHOST[,ZKHOST...][/chroot], required), {@code collection} (default {@value
 * #DEFAULT_COLLECTION}), and for a collection that does not exist yet {@code shards} (default 1)
 * and {@code replicas} (default 2).
 */
public final class SolrStoreProvider implements StoreOpener.Provider {
  /** The collection used when none is named. */
  public static final String DEFAULT_COLLECTION = "news";

  /** How long setup waits for ZooKeeper, Solr and a new collection's replicas. */
  static final Duration SETUP_TIMEOUT = Duration.ofSeconds(30);

  @Override
  public String name() {
    return "solr";
  }

  @Override
  public StoreOpener opener(Map<String, String> settings) {
    String zkHost = settings.get("zkHost");
    if (zkHost == null || zkHost.isBlank()) {
      throw new IllegalArgumentException("--solr needs a ZooKeeper address: ZKHOST:PORT[/chroot]");
    }
    return SolrStore.opener(
        SolrAddress.parse(zkHost),
        settings.getOrDefault("collection", DEFAULT_COLLECTION),
        count(settings, "shards", 1),
        count(settings, "replicas", 2),
        SETUP_TIMEOUT);
  }

  private static int count(Map<String, String> settings, String name, int fallback) {
    String v = settings.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1 && n <= 64) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException("--" + name + " must be a number from 1 to 64, got " + v);
  }
}
