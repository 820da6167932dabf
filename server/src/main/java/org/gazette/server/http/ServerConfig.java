package org.gazette.server.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the HTTP server listens and what it lets through.
 *
 * @param host the address to bind; loopback unless told otherwise
 * @param port the port; 0 picks a free one
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param apiKey when set, POST, PUT and DELETE need it (as {@code Authorization: Bearer KEY} or
 *     {@code X-API-Key: KEY}); {@code null} leaves writes open. A blank key, or one with leading or
 *     trailing whitespace, is refused: the first would leave writes open by mistake, the second
 *     could never be matched (clients strip it)
 * @param corsOrigins origins allowed to call the API from a browser; empty turns CORS off
 * @param idleTimeoutMillis a connection idle this long is closed
 * @param maxRunningRequests API requests served at once; more wait for a turn
 * @param maxWaitingRequests API requests that may wait for a turn; more are refused with 503
 * @param maxWaitMillis a request that waited this long for a turn is refused with 503
 * @param bodyDeadlineMillis a request body must arrive whole within this time of the request's
 *     start, else the request is answered 408; the body is read before the request takes a turn
 * @param allowedHosts host names, besides loopback names and addresses and the bound address, that
 *     requests may give in their Host header; see {@link HostCheck}
 */
public record ServerConfig(
    String host,
    int port,
    long maxBodyBytes,
    String apiKey,
    List<String> corsOrigins,
    long idleTimeoutMillis,
    int maxRunningRequests,
    int maxWaitingRequests,
    long maxWaitMillis,
    long bodyDeadlineMillis,
    List<String> allowedHosts) {
  /** The default limit on request bodies: 16 MB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

  /** The default number of API requests served at once: 32. */
  public static final int DEFAULT_MAX_RUNNING = 32;

  /** The default number of API requests that may wait for a turn: 256. */
  public static final int DEFAULT_MAX_WAITING = 256;

  /** The default time a request body may take to arrive whole: 30 s. */
  public static final long DEFAULT_BODY_DEADLINE_MILLIS = 30_000;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
    }
    if (maxRunningRequests < 1) {
      throw new IllegalArgumentException(
          "maxRunningRequests must be positive, got " + maxRunningRequests);
    }
    if (maxWaitingRequests < 0 || maxWaitMillis < 0) {
      throw new IllegalArgumentException(
          "maxWaitingRequests and maxWaitMillis must not be negative, got "
              + maxWaitingRequests
              + " and "
              + maxWaitMillis);
    }
    if (apiKey != null) {
      requireUsableKey(apiKey, "the API key");
    }
    if (bodyDeadlineMillis < 1) {
      throw new IllegalArgumentException(
          "bodyDeadlineMillis must be positive, got " + bodyDeadlineMillis);
    }
    corsOrigins = List.copyOf(corsOrigins);
    allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * Loopback, port 7070, 16 MB bodies, no API key, no CORS, 30 s idle timeout, 32 API requests at
   * once with up to 256 more waiting at most 10 s.
   */
  public static ServerConfig defaults() {
    return new ServerConfig(
        "127.0.0.1",
        7070,
        DEFAULT_MAX_BODY_BYTES,
        null,
        List.of(),
        30_000,
        DEFAULT_MAX_RUNNING,
        DEFAULT_MAX_WAITING,
        10_000,
        DEFAULT_BODY_DEADLINE_MILLIS,
        List.of());
  }

  /**
   * These settings with {@code GAZETTE_API_KEY}, {@code GAZETTE_CORS_ORIGINS} and {@code
   * GAZETTE_ALLOWED_HOSTS} (both comma-separated) from {@code env}.
   *
   * @throws IllegalArgumentException when {@code GAZETTE_API_KEY} is set but blank or has leading
   *     or trailing whitespace
   */
  public ServerConfig withEnvironment(Map<String, String> env) {
    String key = env.get("GAZETTE_API_KEY");
    if (key != null) {
      requireUsableKey(key, "GAZETTE_API_KEY");
    }
    List<String> cors = commaList(env.getOrDefault("GAZETTE_CORS_ORIGINS", ""));
    List<String> hosts = commaList(env.getOrDefault("GAZETTE_ALLOWED_HOSTS", ""));
    return withApiKey(key == null ? apiKey : key)
        .withCorsOrigins(cors.isEmpty() ? corsOrigins : cors)
        .withAllowedHosts(hosts.isEmpty() ? allowedHosts : hosts);
  }

  private static void requireUsableKey(String key, String what) {
    if (key.isBlank()) {
      throw new IllegalArgumentException(
          what
              + " is set but blank, which would leave writes open; give a key, or unset it to"
              + " serve without one");
    }
    if (!key.equals(key.strip())) {
      throw new IllegalArgumentException(
          what
              + " has leading or trailing whitespace, so no client could send it; remove the"
              + " whitespace (it is not stripped for you, to keep the key exactly as given)");
    }
  }

  /** The non-empty items of a comma-separated list, stripped. */
  public static List<String> commaList(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public ServerConfig withHost(String host) {
    return with(c -> c.host = host);
  }

  public ServerConfig withPort(int port) {
    return with(c -> c.port = port);
  }

  public ServerConfig withMaxBodyBytes(long maxBodyBytes) {
    return with(c -> c.maxBodyBytes = maxBodyBytes);
  }

  public ServerConfig withApiKey(String apiKey) {
    return with(c -> c.apiKey = apiKey);
  }

  public ServerConfig withCorsOrigins(List<String> corsOrigins) {
    return with(c -> c.corsOrigins = corsOrigins);
  }

  /**
   * At most {@code running} API requests served at once and {@code waiting} more waiting at most
   * {@code waitMillis} for a turn; the others are refused with 503.
   */
  public ServerConfig withRequestLimits(int running, int waiting, long waitMillis) {
    return with(
        c -> {
          c.maxRunningRequests = running;
          c.maxWaitingRequests = waiting;
          c.maxWaitMillis = waitMillis;
        });
  }

  public ServerConfig withBodyDeadlineMillis(long millis) {
    return with(c -> c.bodyDeadlineMillis = millis);
  }

  public ServerConfig withAllowedHosts(List<String> hosts) {
    return with(c -> c.allowedHosts = hosts);
  }

  // Every with-method copies this config with one change: the one place that lists the fields.
  private ServerConfig with(java.util.function.Consumer<Changes> change) {
    Changes c = new Changes(this);
    change.accept(c);
    return c.build();
  }

  /** The fields of a config while one is being changed. */
  private static final class Changes {
    String host;
    int port;
    long maxBodyBytes;
    String apiKey;
    List<String> corsOrigins;
    long idleTimeoutMillis;
    int maxRunningRequests;
    int maxWaitingRequests;
    long maxWaitMillis;
    long bodyDeadlineMillis;
    List<String> allowedHosts;

    Changes(ServerConfig from) {
      host = from.host;
      port = from.port;
      maxBodyBytes = from.maxBodyBytes;
      apiKey = from.apiKey;
      corsOrigins = from.corsOrigins;
      idleTimeoutMillis = from.idleTimeoutMillis;
      maxRunningRequests = from.maxRunningRequests;
      maxWaitingRequests = from.maxWaitingRequests;
      maxWaitMillis = from.maxWaitMillis;
      bodyDeadlineMillis = from.bodyDeadlineMillis;
      allowedHosts = from.allowedHosts;
    }

    ServerConfig build() {
      return new ServerConfig(
          host,
          port,
          maxBodyBytes,
          apiKey,
          corsOrigins,
          idleTimeoutMillis,
          maxRunningRequests,
          maxWaitingRequests,
          maxWaitMillis,
          bodyDeadlineMillis,
          allowedHosts);
    }
  }

  /** {@code toString} without the key itself. */
  @Override
  public String toString() {
    return ("ServerConfig[host=%s, port=%d, maxBodyBytes=%d, apiKey=%s, corsOrigins=%s,"
            + " maxRunningRequests=%d, maxWaitingRequests=%d, maxWaitMillis=%d,"
            + " bodyDeadlineMillis=%d, allowedHosts=%s]")
        .formatted(
            host,
            port,
            maxBodyBytes,
            apiKey == null ? "none" : "set",
            corsOrigins,
            maxRunningRequests,
            maxWaitingRequests,
            maxWaitMillis,
            bodyDeadlineMillis,
            allowedHosts);
  }
}
