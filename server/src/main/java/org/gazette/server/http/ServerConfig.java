package org.gazette.server.http;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the HTTP server listens and what it lets through.
 *
 * @param host the address to bind; loopback unless told otherwise
 * @param port the port; 0 picks a free one
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param apiKey when set, POST, PUT and DELETE need it (as {@code Authorization: Bearer KEY} or
 *     {@code X-API-Key: KEY}); {@code null} leaves writes open
 * @param corsOrigins origins allowed to call the API from a browser; empty turns CORS off
 * @param idleTimeoutMillis a connection idle this long is closed
 * @param maxRunningRequests API requests served at once; more wait for a turn
 * @param maxWaitingRequests API requests that may wait for a turn; more are refused with 503
 * @param maxWaitMillis a request that waited this long for a turn is refused with 503
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
    long maxWaitMillis) {
  /** The default limit on request bodies: 16 MB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

  /** The default number of API requests served at once: 32. */
  public static final int DEFAULT_MAX_RUNNING = 32;

  /** The default number of API requests that may wait for a turn: 256. */
  public static final int DEFAULT_MAX_WAITING = 256;

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
    if (apiKey != null && apiKey.isBlank()) {
      apiKey = null;
    }
    corsOrigins = List.copyOf(corsOrigins);
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
        10_000);
  }

  /**
   * These settings with {@code GAZETTE_API_KEY} and {@code GAZETTE_CORS_ORIGINS} (comma-separated)
   * from {@code env}.
   */
  public ServerConfig withEnvironment(Map<String, String> env) {
    String origins = env.getOrDefault("GAZETTE_CORS_ORIGINS", "");
    List<String> cors =
        Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return withApiKey(env.getOrDefault("GAZETTE_API_KEY", apiKey))
        .withCorsOrigins(cors.isEmpty() ? corsOrigins : cors);
  }

  public ServerConfig withHost(String host) {
    return new ServerConfig(
        host,
        port,
        maxBodyBytes,
        apiKey,
        corsOrigins,
        idleTimeoutMillis,
        maxRunningRequests,
        maxWaitingRequests,
        maxWaitMillis);
  }

  public ServerConfig withPort(int port) {
    return new ServerConfig(
        host,
        port,
        maxBodyBytes,
        apiKey,
        corsOrigins,
        idleTimeoutMillis,
        maxRunningRequests,
        maxWaitingRequests,
        maxWaitMillis);
  }

  public ServerConfig withMaxBodyBytes(long maxBodyBytes) {
    return new ServerConfig(
        host,
        port,
        maxBodyBytes,
        apiKey,
        corsOrigins,
        idleTimeoutMillis,
        maxRunningRequests,
        maxWaitingRequests,
        maxWaitMillis);
  }

  public ServerConfig withApiKey(String apiKey) {
    return new ServerConfig(
        host,
        port,
        maxBodyBytes,
        apiKey,
        corsOrigins,
        idleTimeoutMillis,
        maxRunningRequests,
        maxWaitingRequests,
        maxWaitMillis);
  }

  public ServerConfig withCorsOrigins(List<String> corsOrigins) {
    return new ServerConfig(
        host,
        port,
        maxBodyBytes,
        apiKey,
        corsOrigins,
        idleTimeoutMillis,
        maxRunningRequests,
        maxWaitingRequests,
        maxWaitMillis);
  }

  /**
   * At most {@code running} API requests served at once and {@code waiting} more waiting at most
   * {@code waitMillis} for a turn; the others are refused with 503.
   */
  public ServerConfig withRequestLimits(int running, int waiting, long waitMillis) {
    return new ServerConfig(
        host,
        port,
        maxBodyBytes,
        apiKey,
        corsOrigins,
        idleTimeoutMillis,
        running,
        waiting,
        waitMillis);
  }

  /** {@code toString} without the key itself. */
  @Override
  public String toString() {
    return ("ServerConfig[host=%s, port=%d, maxBodyBytes=%d, apiKey=%s, corsOrigins=%s,"
            + " maxRunningRequests=%d, maxWaitingRequests=%d, maxWaitMillis=%d]")
        .formatted(
            host,
            port,
            maxBodyBytes,
            apiKey == null ? "none" : "set",
            corsOrigins,
            maxRunningRequests,
            maxWaitingRequests,
            maxWaitMillis);
  }
}
