package org.gazette.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.gazette.index.EntityNames;
import org.gazette.model.Article;
import org.gazette.model.Extraction;
import org.gazette.model.IndexedArticle;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.model.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an acknowledged write means on SolrCloud (issue 17): on a local cluster of three nodes, in
 * JVMs of their own, a collection of two shards with two replicas each; three writers store
 * articles through {@link SolrStore} (an article counts as acknowledged once its upsert, which
 * requires two replicas, and the commit after it returned), three readers read them back by id and
 * search (every search must count every article acknowledged before it began), and one node is
 * killed with SIGKILL and started again. No acknowledged article may be lost, and the collection
 * must hold every one once the node has rejoined.
 *
 * <p>It starts a cluster of its own (three Solr JVMs, about half a minute of both cores), so it
 * runs with {@code -Dgazette.longTests=true} only, and says so when skipped.
 */
class SolrFaultTest {
  @TempDir Path dir;

  @Test
  void noAcknowledgedArticleIsLostWhenANodeIsKilledAndComesBack() throws Exception {
    assumeTrue(
        Boolean.getBoolean("gazette.longTests"),
        "the SolrCloud fault test starts three Solr JVMs: it runs with -Dgazette.longTests=true");
    try (LocalSolrCloud cloud = LocalSolrCloud.start(dir.resolve("cluster"), 3)) {
      CloudSolrClient setup =
          SolrCollectionSetup.open(cloud.address, "fault", 2, 2, Duration.ofSeconds(30), s -> {});
      Set<String> acknowledged = ConcurrentHashMap.newKeySet();
      AtomicInteger failedWrites = new AtomicInteger();
      AtomicInteger underReplicated = new AtomicInteger();
      AtomicInteger reads = new AtomicInteger();
      AtomicInteger failedReads = new AtomicInteger();
      AtomicInteger searches = new AtomicInteger();
      List<String> readFailures = java.util.Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService workers = Executors.newFixedThreadPool(6);
      List<Future<?>> running = new ArrayList<>();
      try (SolrStore store = new SolrStore(setup, EntityNames.plain())) {
        for (int w = 0; w < 3; w++) {
          int writer = w;
          running.add(
              workers.submit(
                  () -> {
                    for (int i = 0; !stop.get(); i++) {
                      String id = "w" + writer + "-" + i;
                      try {
                        store.upsert(article(id), "hash-" + id);
                        store.commit();
                        acknowledged.add(id);
                      } catch (IOException | RuntimeException e) {
                        failedWrites.incrementAndGet(); // not acknowledged: may or may not be kept
                        if (String.valueOf(e.getMessage()).contains("fewer than the 2")) {
                          underReplicated.incrementAndGet();
                        }
                        pause(200);
                      }
                    }
                    return null;
                  }));
        }
        for (int r = 0; r < 3; r++) {
          running.add(
              workers.submit(
                  () -> {
                    while (!stop.get()) {
                      List<String> known = List.copyOf(acknowledged);
                      try {
                        if (!known.isEmpty()) {
                          String id = known.get(ThreadLocalRandom.current().nextInt(known.size()));
                          assertThat(store.get(id)).as(id).isPresent();
                        }
                        // A search with facets sees every article acknowledged before it began.
                        SearchResult all =
                            store.search(
                                SearchQuery.builder().sort(SortOrder.NEWEST).limit(5).build());
                        assertThat(all.total()).isGreaterThanOrEqualTo(known.size());
                        reads.incrementAndGet();
                        searches.incrementAndGet();
                      } catch (IOException | RuntimeException e) {
                        failedReads.incrementAndGet();
                        if (readFailures.size() < 5) {
                          readFailures.add(String.valueOf(e.getMessage()));
                        }
                        pause(100);
                      }
                    }
                    return null;
                  }));
        }
        pause(4000);
        int beforeKill = acknowledged.size();
        // The node that leads the first shard: killing it makes the shard elect a new leader.
        String leader =
            setup
                .getClusterState()
                .getCollection("fault")
                .getSlice("shard1")
                .getLeader()
                .getBaseUrl();
        int victim = 0;
        for (String node : cloud.command("nodes", 3)) {
          if (node.contains(leader + " ")) {
            victim = Integer.parseInt(node.split(" ")[1]);
          }
        }
        assertThat(victim).as("the node of " + leader).isPositive();
        assertThat(cloud.command("kill " + victim)).isEqualTo("killed " + victim);
        pause(10_000); // past the node's ZooKeeper session: its shards elect new leaders
        assertThat(cloud.command("start " + victim)).startsWith("started " + victim + " ");
        pause(4000);
        stop.set(true);
        for (Future<?> f : running) {
          f.get(2, TimeUnit.MINUTES);
        }
        workers.shutdown();

        awaitAllReplicasActive(setup, "fault");
        awaitAllAcknowledged(store, acknowledged);
        System.out.printf(
            "fault test: node %d (leader of shard1) killed; %d articles acknowledged (%d before the"
                + " kill), %d writes failed (%d of them short of two replicas), %d reads answered"
                + " (%d of them searches), %d failed %s%n",
            victim,
            acknowledged.size(),
            beforeKill,
            failedWrites.get(),
            underReplicated.get(),
            reads.get(),
            searches.get(),
            failedReads.get(),
            readFailures);
        assertThat(acknowledged.size()).isGreaterThan(beforeKill);
        assertThat(store.count()).isGreaterThanOrEqualTo(acknowledged.size());
      }
    }
  }

  /** Every replica of the collection is active again on a live node (a minute at most). */
  private static void awaitAllReplicasActive(CloudSolrClient client, String collection)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      var state = client.getClusterState();
      var live = state.getLiveNodes();
      var replicas = state.getCollection(collection).getReplicas();
      if (replicas.size() == 4 && replicas.stream().allMatch(r -> r.isActive(live))) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the collection's four replicas were not all active again in 60 s");
  }

  /** Every acknowledged article can be read once the cluster has settled (a minute at most). */
  private static void awaitAllAcknowledged(SolrStore store, Set<String> acknowledged)
      throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    List<String> missing = new ArrayList<>(acknowledged);
    while (!missing.isEmpty() && System.currentTimeMillis() < deadline) {
      List<String> still = new ArrayList<>();
      for (String id : missing) {
        try {
          if (store.get(id).isEmpty()) {
            still.add(id);
          }
        } catch (IOException e) {
          still.add(id);
        }
      }
      missing = still;
      if (!missing.isEmpty()) {
        pause(500);
      }
    }
    assertThat(missing).as("acknowledged articles not found after the node rejoined").isEmpty();
  }

  private static IndexedArticle article(String id) {
    return new IndexedArticle(
        new Article(
            id,
            "Article " + id,
            "Fault wire",
            null,
            LocalDate.of(2024, 5, 1),
            List.of(),
            "Body of " + id + " written while a node may be down.",
            null),
        new Extraction(List.of(), List.of()));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
