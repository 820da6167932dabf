package org.gazette.solrcluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One Solr node of the local cluster, in a JVM of its own: {@code SolrNode HOME ZKHOST PORT}.
 *
 * <p>Started by {@link SolrCluster}, never by hand. The node keeps its cores in {@code HOME} and
 * registers with ZooKeeper at {@code ZKHOST} (with its chroot); a node started again on the same
 * home and port rejoins with its replicas, as a restarted machine would. It prints one line, {@code
 * listening PORT}, once it serves requests, and stops cleanly on SIGTERM.
 */
public final class SolrNode {
  /** The line a node prints once it is up; {@link SolrCluster} waits for it. */
  static final String LISTENING = "listening ";

  private SolrNode() {}

  /**
   * Starts the node and blocks until the JVM is told to stop.
   *
   * @param args the node's home directory, the ZooKeeper address with chroot, and the port (0 for
   *     any free one)
   * @throws Exception when the node cannot start; the JVM then exits with status 1
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: SolrNode HOME ZKHOST PORT");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    String zkHost = args[1];
    int port = Integer.parseInt(args[2]);
    writeSolrXml(home);

    Properties node = new Properties();
    node.setProperty("zkHost", zkHost);
    JettySolrRunner jetty =
        new JettySolrRunner(
            home.toString(),
            node,
            JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).build());
    try {
      jetty.start();
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    jetty.stop();
                  } catch (Exception e) {
                    e.printStackTrace();
                  } finally {
                    stopped.countDown();
                  }
                },
                "solr-node-stop"));
    System.out.println(LISTENING + jetty.getLocalPort());
    System.out.flush();
    stopped.await();
  }

  /** Puts the cluster's node configuration into a new home; an existing one is kept. */
  private static void writeSolrXml(Path home) throws IOException {
    Files.createDirectories(home);
    Path solrXml = home.resolve("solr.xml");
    if (Files.exists(solrXml)) {
      return;
    }
    try (InputStream in = SolrNode.class.getResourceAsStream("solr.xml")) {
      if (in == null) {
        throw new IOException("solr.xml is missing from the class path");
      }
      Files.copy(in, solrXml);
    }
  }
}
