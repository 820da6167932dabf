package org.gazette.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.zookeeper.KeeperException;

/**
 * Reaches a collection of a SolrCloud cluster for Gazette: connects through ZooKeeper, creates the
 * collection with Gazette's configset when it is missing, and refuses one whose schema is not
 * Gazette's ({@link Configset#SCHEMA_NAME}). Every failure is a {@link SolrSetupException} that
 * says what is wrong: ZooKeeper unreachable, no live Solr node, Solr refusing a request, a foreign
 * schema.
 *
 * <p>The client is SolrJ's {@link CloudLegacySolrClient} (Apache HttpClient): SolrJ's HTTP/2
 * clients need Jetty 10, whose packages the server's Jetty 12 also has.
 */
public final class SolrCollectionSetup {
  private SolrCollectionSetup() {}

  /**
   * Connects to {@code address} and returns a client whose default collection is {@code
   * collection}, created when missing with {@code shards} shards of {@code replicas} replicas each.
   *
   * @param timeout how long to try to reach ZooKeeper
   * @param progress one line per step taken (connected, configset uploaded, collection created)
   * @throws SolrSetupException when the collection cannot be used; nothing is left open then
   */
  public static CloudSolrClient open(
      SolrAddress address,
      String collection,
      int shards,
      int replicas,
      Duration timeout,
      Consumer<String> progress)
      throws SolrSetupException {
    if (collection == null || !collection.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          "'"
              + collection
              + "' is no Solr collection name (letters, digits, '_', '.', '-'; not first '-')");
    }
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException(
          "a collection needs at least one shard and one replica, not "
              + shards
              + " and "
              + replicas);
    }
    CloudLegacySolrClient client =
        new CloudLegacySolrClient.Builder(address.zkHosts(), address.chroot())
            .withZkConnectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS)
            .withZkClientTimeout(30_000, TimeUnit.MILLISECONDS)
            .build();
    try {
      connect(client, address, timeout);
      Set<String> live = client.getClusterStateProvider().getLiveNodes();
      if (live.isEmpty()) {
        throw new SolrSetupException(
            "ZooKeeper at "
                + address
                + " lists no live Solr node: start Solr (for a local cluster, ./gazette"
                + " solr-cluster), or check the chroot");
      }
      progress.accept("connected to SolrCloud at " + address + ": " + live.size() + " live nodes");
      List<String> collections = CollectionAdminRequest.listCollections(client);
      if (collections.contains(collection)) {
        checkSchema(client, collection);
      } else {
        create(client, collection, shards, replicas, progress);
      }
      client.setDefaultCollection(collection);
      return client;
    } catch (SolrSetupException e) {
      closeQuietly(client);
      throw e;
    } catch (SolrServerException | IOException | SolrException e) {
      closeQuietly(client);
      throw new SolrSetupException(
          "SolrCloud at " + address + " refused or failed a request: " + e.getMessage(), e);
    }
  }

  /** How long the diagnosis of a failed connection waits for ZooKeeper. */
  private static final long DIAGNOSIS_MILLIS = 5_000;

  private static void connect(CloudLegacySolrClient client, SolrAddress address, Duration timeout)
      throws SolrSetupException {
    try {
      client.connect(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | RuntimeException e) {
      throw new SolrSetupException(diagnose(address, timeout, e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SolrSetupException("interrupted while connecting to " + address, e);
    }
  }

  /**
   * Why SolrJ could not read the cluster: ZooKeeper does not answer, or it answers but holds no
   * SolrCloud under the chroot (a wrong or missing {@code /solr}), or something else.
   */
  private static String diagnose(SolrAddress address, Duration timeout, Exception failure) {
    String root = address.chroot().orElse("");
    // SolrJ already waited the whole timeout: a few seconds tell whether ZooKeeper answers at all.
    int probe = (int) Math.min(timeout.toMillis(), DIAGNOSIS_MILLIS);
    try (SolrZkClient zk =
        new SolrZkClient.Builder()
            .withUrl(String.join(",", address.zkHosts()))
            .withTimeout(probe, TimeUnit.MILLISECONDS)
            .withConnTimeOut(probe, TimeUnit.MILLISECONDS)
            .build()) {
      if (!zk.exists(root + "/live_nodes", true)) {
        return "ZooKeeper at "
            + String.join(",", address.zkHosts())
            + " answers, but holds no SolrCloud under "
            + (root.isEmpty() ? "its root" : "the chroot " + root)
            + ": check the chroot (a local cluster's is /solr)";
      }
    } catch (RuntimeException | KeeperException e) {
      return "ZooKeeper at "
          + address
          + " cannot be reached within "
          + timeout.toSeconds()
          + " s: "
          + rootMessage(failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "ZooKeeper at "
        + address
        + " answers, but SolrJ could not read the cluster within "
        + timeout.toSeconds()
        + " s: "
        + rootMessage(failure);
  }

  /** A collection that exists must have Gazette's schema, in the version this code knows. */
  private static void checkSchema(CloudSolrClient client, String collection)
      throws SolrServerException, IOException {
    String name = new SchemaRequest.SchemaName().process(client, collection).getSchemaName();
    if (!Configset.SCHEMA_NAME.equals(name)) {
      throw new SolrSetupException(
          "the collection '"
              + collection
              + "' has the schema '"
              + name
              + "', not Gazette's "
              + Configset.SCHEMA_NAME
              + ": name another --collection, or delete this one in Solr");
    }
  }

  private static void create(
      CloudSolrClient client,
      String collection,
      int shards,
      int replicas,
      Consumer<String> progress)
      throws SolrServerException, IOException {
    List<String> configsets = new ConfigSetAdminRequest.List().process(client).getConfigSets();
    if (!configsets.contains(Configset.SCHEMA_NAME)) {
      ContentStreamBase.ByteArrayStream zip =
          new ContentStreamBase.ByteArrayStream(
              Configset.zip(), Configset.SCHEMA_NAME + ".zip", "application/zip");
      new ConfigSetAdminRequest.Upload()
          .setConfigSetName(Configset.SCHEMA_NAME)
          .setUploadStream(zip)
          .process(client);
      progress.accept("uploaded the configset " + Configset.SCHEMA_NAME);
    }
    CollectionAdminRequest.createCollection(collection, Configset.SCHEMA_NAME, shards, replicas)
        .process(client);
    progress.accept(
        "created the collection "
            + collection
            + " ("
            + shards
            + " shards, "
            + replicas
            + " replicas each)");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static void closeQuietly(CloudSolrClient client) {
    try {
      client.close();
    } catch (IOException | RuntimeException ignored) {
      // the failure being reported matters more
    }
  }
}
