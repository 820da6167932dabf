package org.gazette.solrcluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.common.cloud.SolrZkClient;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;

/**
 * A local SolrCloud for development and tests: an embedded ZooKeeper in this JVM and Solr nodes,
 * each a JVM of its own ({@link SolrNode}), all under one directory.
 *
 * <p>{@code ./gazette solr-cluster --nodes 3 --dir DIR} starts it and prints, among other lines,
 * {@code zkHost=HOST:PORT/solr}: the address to give Gazette's {@code --solr}. The directory keeps
 * the ZooKeeper data, one home per node and the ports in {@code cluster.properties}, so a cluster
 * started again on the same directory comes back with its collections. Ctrl-C (SIGTERM) stops the
 * nodes and ZooKeeper.
 *
 * <p>While it runs, it reads commands from standard input, one per line, and answers each with one
 * line; the fault tests use them: {@code kill K} (SIGKILL node K, counted from 1), {@code stop K}
 * (SIGTERM, waiting for it to end), {@code start K} (node K again, on its home and port), {@code
 * nodes} (each node's number, URL, process id and state), {@code quit}. An unknown command is
 * answered with {@code error: ...}.
 */
public final class SolrCluster implements AutoCloseable {
  /** The chroot under which Solr keeps its state in ZooKeeper. */
  static final String CHROOT = "/solr";

  private static final long NODE_START_MILLIS = TimeUnit.MINUTES.toMillis(3);

  /**
   * The nodes' ZooKeeper session timeout: how long a killed node stays listed as live, and how long
   * a node started again in its place waits for its old entry to go. Solr's 30 s suits machines on
   * a network; on one machine 8 s notices a crash sooner.
   */
  static final int ZK_SESSION_MILLIS = 8000;

  private final ZkTestServer zk;
  private final List<Node> nodes = new ArrayList<>();
  private final List<String> nodeOptions;

  /** One node: its number, home, port and, while it runs, its process. */
  private static final class Node {
    final int number;
    final Path home;
    final int port;
    Process process;

    Node(int number, Path home, int port) {
      this.number = number;
      this.home = home;
      this.port = port;
    }

    String url() {
      return "http://127.0.0.1:" + port + "/solr";
    }

    boolean alive() {
      return process != null && process.isAlive();
    }
  }

  private SolrCluster(ZkTestServer zk, List<String> nodeOptions) {
    this.zk = zk;
    this.nodeOptions = List.copyOf(nodeOptions);
  }

  /**
   * Starts ZooKeeper and {@code count} nodes under {@code dir}, or the cluster that {@code dir}
   * already holds (then with its own number of nodes when {@code count} is larger).
   *
   * @param count the number of nodes, at least 1
   * @param dir the cluster's directory, created when missing
   * @param nodeOptions the options of each node's JVM, such as {@code -Xmx512m}
   * @param log where progress goes, one line per step
   * @return the running cluster; {@link #close()} stops it
   * @throws IOException when a port is taken, a node does not start or ZooKeeper fails
   */
  public static SolrCluster start(int count, Path dir, List<String> nodeOptions, PrintStream log)
      throws IOException, InterruptedException {
    if (count < 1) {
      throw new IllegalArgumentException("a cluster needs at least one node, not " + count);
    }
    Files.createDirectories(dir);
    Path portsFile = dir.resolve("cluster.properties");
    Properties ports = new Properties();
    boolean existing = Files.exists(portsFile);
    if (existing) {
      try (Reader in = Files.newBufferedReader(portsFile, StandardCharsets.UTF_8)) {
        ports.load(in);
      }
    }
    int zkPort = port(ports, "zookeeper.port");
    ZkTestServer zk;
    try {
      zk = new ZkTestServer(dir.resolve("zookeeper"), zkPort);
      // A new directory gets an empty chroot; an existing one keeps its collections.
      zk.run(!existing);
    } catch (Exception e) {
      throw new IOException(
          "ZooKeeper did not start on port " + zkPort + " (is the port taken?): " + e, e);
    }
    SolrCluster cluster = new SolrCluster(zk, nodeOptions);
    try {
      zk.ensurePathExists(CHROOT);
      log.println("ZooKeeper " + cluster.zkHost() + " (data in " + dir.resolve("zookeeper") + ")");
      for (int k = 1; k <= count || ports.containsKey("node." + k + ".port"); k++) {
        int port = port(ports, "node." + k + ".port");
        cluster.nodes.add(new Node(k, dir.resolve("node" + k), port));
      }
      try (Writer out = Files.newBufferedWriter(portsFile, StandardCharsets.UTF_8)) {
        ports.store(out, "ports of the local SolrCloud; delete the directory to start afresh");
      }
      for (Node node : cluster.nodes) {
        cluster.startNode(node);
        log.println(
            "node "
                + node.number
                + " "
                + node.url()
                + " pid "
                + node.process.pid()
                + " (log "
                + node.home.resolve("node.log")
                + ")");
      }
      cluster.awaitLiveNodes(cluster.nodes.size());
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The port {@code key} names in {@code ports}, or a free one, which is then recorded. */
  private static int port(Properties ports, String key) throws IOException {
    String known = ports.getProperty(key);
    if (known != null) {
      return Integer.parseInt(known.trim());
    }
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      int port = socket.getLocalPort();
      ports.setProperty(key, Integer.toString(port));
      return port;
    }
  }

  /** The ZooKeeper address with Solr's chroot, as SolrJ and {@code --solr} take it. */
  public String zkHost() {
    return zk.getZkHost() + CHROOT;
  }

  /** The number of nodes, running or not. */
  public int size() {
    return nodes.size();
  }

  /** The base URL of node {@code k} (from 1). */
  public String url(int k) {
    return node(k).url();
  }

  /** The process of node {@code k} (from 1) while it runs. */
  public ProcessHandle process(int k) {
    Node node = node(k);
    if (!node.alive()) {
      throw new IllegalStateException("node " + k + " is not running");
    }
    return node.process.toHandle();
  }

  /** Kills node {@code k} with SIGKILL, as a crash would, and waits until it is gone. */
  public void kill(int k) throws InterruptedException {
    Node node = node(k);
    if (node.alive()) {
      node.process.destroyForcibly();
      node.process.waitFor();
    }
  }

  /** Stops node {@code k} with SIGTERM and waits up to a minute for it to end, then kills it. */
  public void stop(int k) throws InterruptedException {
    Node node = node(k);
    if (node.alive()) {
      node.process.destroy();
      if (!node.process.waitFor(1, TimeUnit.MINUTES)) {
        node.process.destroyForcibly();
        node.process.waitFor();
      }
    }
  }

  /** Starts node {@code k} again on its home and port, and waits until it serves. */
  public void restart(int k) throws IOException, InterruptedException {
    Node node = node(k);
    if (node.alive()) {
      throw new IllegalStateException("node " + k + " is running");
    }
    startNode(node);
  }

  private Node node(int k) {
    if (k < 1 || k > nodes.size()) {
      throw new IllegalArgumentException(
          "no node " + k + ": the nodes are numbered 1 to " + nodes.size());
    }
    return nodes.get(k - 1);
  }

  /** Starts a node's JVM and waits for its {@code listening} line. */
  private void startNode(Node node) throws IOException, InterruptedException {
    Files.createDirectories(node.home);
    Path log = node.home.resolve("node.log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(nodeOptions);
    command.add("-DzkClientTimeout=" + ZK_SESSION_MILLIS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SolrNode.class.getName());
    command.add(node.home.toString());
    command.add(zkHost());
    command.add(Integer.toString(node.port));
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    node.process = process;
    // One thread reads the node's output to its end (so the node never blocks on a full pipe)
    // and says when the node is up; a node that hangs while starting is killed at the deadline.
    CompletableFuture<Void> up = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  if (line.startsWith(SolrNode.LISTENING)) {
                    up.complete(null);
                  }
                }
              } catch (IOException ignored) {
                // the node ended
              }
              up.completeExceptionally(new IOException("the node ended"));
            },
            "node-" + node.number + "-out");
    reader.setDaemon(true);
    reader.start();
    try {
      up.get(NODE_START_MILLIS, TimeUnit.MILLISECONDS);
      return;
    } catch (ExecutionException | TimeoutException e) {
      // reported below
    }
    process.destroyForcibly();
    throw new IOException(
        "Solr node "
            + node.number
            + " did not start on port "
            + node.port
            + " (is the port taken?); its log: "
            + log);
  }

  /** Waits until ZooKeeper lists {@code count} live nodes. */
  private void awaitLiveNodes(int count) throws IOException, InterruptedException {
    try (SolrZkClient client =
        new SolrZkClient.Builder()
            .withUrl(zkHost())
            .withTimeout(30, TimeUnit.SECONDS)
            .withConnTimeOut(30, TimeUnit.SECONDS)
            .build()) {
      long deadline = System.currentTimeMillis() + NODE_START_MILLIS;
      int live = 0;
      while (System.currentTimeMillis() < deadline) {
        live =
            client.exists("/live_nodes", true)
                ? client.getChildren("/live_nodes", null, true).size()
                : 0;
        if (live >= count) {
          return;
        }
        Thread.sleep(100);
      }
      throw new IOException(count + " Solr nodes started but ZooKeeper lists " + live + " live");
    } catch (org.apache.zookeeper.KeeperException e) {
      throw new IOException("cannot read the live nodes from ZooKeeper: " + e, e);
    }
  }

  /** Each node's number, URL, process id and state, one line each. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (Node node : nodes) {
      lines.add(
          "node "
              + node.number
              + " "
              + node.url()
              + (node.alive() ? " pid " + node.process.pid() + " running" : " stopped"));
    }
    return lines;
  }

  /** Stops every node (SIGTERM, then SIGKILL after a minute) and ZooKeeper. */
  @Override
  public void close() {
    for (Node node : nodes) {
      if (node.alive()) {
        node.process.destroy();
      }
    }
    for (Node node : nodes) {
      try {
        if (node.process != null && !node.process.waitFor(1, TimeUnit.MINUTES)) {
          node.process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        node.process.destroyForcibly();
      }
    }
    try {
      zk.shutdown();
    } catch (IOException e) {
      System.err.println("ZooKeeper did not stop cleanly: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Answers one command of standard input; returns false on {@code quit}. */
  boolean command(String line, PrintStream out) {
    String[] words = line.trim().split("\\s+");
    try {
      switch (words[0]) {
        case "" -> {
          return true;
        }
        case "nodes" -> describe().forEach(out::println);
        case "kill" -> {
          kill(number(words));
          out.println("killed " + words[1]);
        }
        case "stop" -> {
          stop(number(words));
          out.println("stopped " + words[1]);
        }
        case "start" -> {
          int k = number(words);
          restart(k);
          out.println("started " + k + " " + url(k) + " pid " + process(k).pid());
        }
        case "quit" -> {
          return false;
        }
        default ->
            out.println(
                "error: unknown command '" + words[0] + "' (kill K, stop K, start K, nodes, quit)");
      }
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      out.println("error: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    out.flush();
    return true;
  }

  private static int number(String[] words) {
    if (words.length != 2) {
      throw new IllegalArgumentException(words[0] + " takes one node number");
    }
    try {
      return Integer.parseInt(words[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a node number: " + words[1]);
    }
  }

  /**
   * {@code SolrCluster --dir DIR [--nodes N] [--heap SIZE]}: starts the cluster, prints its address
   * and serves the commands of standard input until {@code quit} or Ctrl-C. Exits with 2 on a usage
   * error, 1 when the cluster cannot start.
   */
  public static void main(String[] args) throws Exception {
    Path dir;
    int count;
    String heap;
    try {
      Arguments a = Commands.SOLR_CLUSTER.parse(List.of(args));
      if (!a.positional().isEmpty()) {
        throw new Arguments.UsageException(
            "solr-cluster takes no arguments, only options: " + a.positional().get(0));
      }
      String given = a.get("dir", null);
      if (given == null) {
        throw new Arguments.UsageException(
            "solr-cluster needs --dir DIR, the directory that keeps the cluster's data");
      }
      dir = Path.of(given).toAbsolutePath();
      count = a.getInt("nodes", 3, 1, 9);
      heap = a.get("heap", "512m");
      if (!heap.matches("\\d+[kmgKMG]?")) {
        throw new Arguments.UsageException("--heap takes a size such as 512m, not '" + heap + "'");
      }
    } catch (Arguments.UsageException e) {
      System.err.println("gazette: " + e.getMessage());
      System.err.println("Run ./gazette help for the commands and their options.");
      System.exit(2);
      return;
    }
    SolrCluster cluster;
    try {
      cluster = start(count, dir, List.of("-Xmx" + heap), System.out);
    } catch (IOException e) {
      System.err.println("gazette: solr-cluster: " + e.getMessage());
      System.exit(1);
      return;
    }
    Thread stopper = new Thread(cluster::close, "solr-cluster-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    System.out.println("zkHost=" + cluster.zkHost());
    System.out.println(
        "SolrCloud of "
            + cluster.size()
            + " nodes is up. Give Gazette --solr "
            + cluster.zkHost()
            + "; Ctrl-C stops the cluster.");
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (!cluster.command(line, System.out)) {
        System.exit(0); // the shutdown hook stops the cluster
      }
    }
    // Standard input closed (a terminal's Ctrl-D, or none given): serve until Ctrl-C.
    Thread.currentThread().join();
  }
}
