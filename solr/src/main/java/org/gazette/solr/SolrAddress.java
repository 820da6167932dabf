package org.gazette.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a SolrCloud cluster is: its ZooKeeper ensemble and the chroot Solr keeps its state under,
 * as {@code --solr} takes it ({@code zk1:2181,zk2:2181/solr}).
 *
 * @param zkHosts the ensemble's {@code host:port} addresses, at least one
 * @param chroot the chroot, such as {@code /solr}, if any
 */
public record SolrAddress(List<String> zkHosts, Optional<String> chroot) {
  public SolrAddress {
    zkHosts = List.copyOf(zkHosts);
    if (zkHosts.isEmpty()) {
      throw new IllegalArgumentException("a SolrCloud address names at least one ZooKeeper host");
    }
  }

  /**
   * Reads {@code HOST:PORT[,HOST:PORT...][/CHROOT]}.
   *
   * @throws IllegalArgumentException naming what is wrong: no host, a host without a port, a port
   *     that is no number, an empty chroot
   */
  public static SolrAddress parse(String address) {
    String text = address == null ? "" : address.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(
          "--solr needs the cluster's ZooKeeper address, such as localhost:2181/solr");
    }
    Optional<String> chroot = Optional.empty();
    int slash = text.indexOf('/');
    if (slash >= 0) {
      String root = text.substring(slash);
      if (root.length() < 2 || root.endsWith("/") || root.contains("//")) {
        throw new IllegalArgumentException(
            "the ZooKeeper chroot in '" + address + "' must be a path such as /solr");
      }
      chroot = Optional.of(root);
      text = text.substring(0, slash);
    }
    List<String> hosts = new ArrayList<>();
    for (String host : text.split(",", -1)) {
      String h = host.strip();
      int colon = h.lastIndexOf(':');
      if (h.isEmpty() || colon <= 0 || colon == h.length() - 1) {
        throw new IllegalArgumentException(
            "'" + h + "' in '" + address + "' is no ZooKeeper HOST:PORT");
      }
      String port = h.substring(colon + 1);
      if (!port.chars().allMatch(Character::isDigit) || Integer.parseInt(port) > 65_535) {
        throw new IllegalArgumentException("'" + port + "' in '" + address + "' is no port number");
      }
      hosts.add(h);
    }
    return new SolrAddress(hosts, chroot);
  }

  @Override
  public String toString() {
    return String.join(",", zkHosts) + chroot.orElse("");
  }
}
