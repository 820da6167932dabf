package org.gazette.server.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses requests whose {@code Host} header names a host this server does not answer to, so that a
 * page of another site cannot reach a server on loopback by DNS rebinding (its own name resolving
 * to 127.0.0.1): the browser then sends that name, not ours.
 *
 * <p>The names answered to: loopback names and addresses ({@code localhost}, {@code 127.x.x.x},
 * {@code [::1]}), the address the server is bound to, and the allowed hosts of the configuration.
 * The port of the header does not count. A server bound to every interface ({@code 0.0.0.0}) or to
 * an address that is not loopback answers to any name unless allowed hosts are configured: it is
 * reached under names it cannot know (its LAN name, a proxy's), and anyone who can reach it can
 * send it requests directly anyway. A request without a Host header (HTTP/1.0) is let through: no
 * browser sends one.
 *
 * <p>NOTE: thread-safe; the bound address is resolved once, when the server starts.
 */
final class HostCheck {
  private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "::1", "0:0:0:0:0:0:0:1");

  private final Set<String> names;
  private final boolean anyName;

  private HostCheck(Set<String> names, boolean anyName) {
    this.names = names;
    this.anyName = anyName;
  }

  /** The check for a server bound to {@code boundHost} that also answers to {@code allowed}. */
  static HostCheck of(String boundHost, List<String> allowed) {
    Set<String> names = new HashSet<>(LOOPBACK_NAMES);
    String bound = normalized(boundHost);
    names.add(bound);
    allowed.forEach(a -> names.add(normalized(a)));
    return new HostCheck(Set.copyOf(names), allowed.isEmpty() && !loopback(boundHost));
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      // Jetty will fail to bind it and say so; until then, guard as if it were loopback.
      return true;
    }
  }

  /** Throws a 421 problem unless the request's Host header names a host answered to. */
  void check(Context ctx) {
    String header = ctx.header("Host");
    if (anyName || header == null) {
      return;
    }
    String host = normalized(hostPart(header));
    if (!names.contains(host) && !LOOPBACK_V4.matcher(host).matches()) {
      throw new ApiProblem(
          421,
          "misdirected-request",
          "this server does not answer to the host '"
              + host
              + "'; start it with --allowed-host "
              + host
              + " (or GAZETTE_ALLOWED_HOSTS) to let that name in");
    }
  }

  /** The header without its port: {@code [::1]:7070} is {@code ::1}, {@code a:80} is {@code a}. */
  private static String hostPart(String header) {
    String h = header.strip();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(1, end);
    }
    int colon = h.indexOf(':');
    return colon >= 0 && colon == h.lastIndexOf(':') ? h.substring(0, colon) : h;
  }

  // Case does not count in a host name, nor a final dot ("localhost." is localhost).
  private static String normalized(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
