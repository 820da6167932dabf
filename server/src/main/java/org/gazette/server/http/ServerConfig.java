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
 */
public record ServerConfig(
    String host,
    int port,
    long maxBodyBytes,
    String apiKey,
    List<String> corsOrigins,
    long idleTimeoutMillis) {
  /** The default limit on request bodies: 16 MB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
    }
    if (apiKey != null && apiKey.isBlank()) {
      apiKey = null;
    }
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** Loopback, port 7070, 16 MB bodies, no API key, no CORS, 30 s idle timeout. */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 7070, DEFAULT_MAX_BODY_BYTES, null, List.of(), 30_000);
  }

  /**
   * These settings with {@code GAZETTE_API_KEY} and {@code GAZETTE_CORS_ORIGINS} (comma-separated)
   * from {@code env}.
   */
  public ServerConfig withEnvironment(Map<String, String> env) {
    String origins = env.getOrDefault("GAZETTE_CORS_ORIGINS", "");
    List<String> cors =
        Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new ServerConfig(
        host,
        port,
        maxBodyBytes,
        env.getOrDefault("GAZETTE_API_KEY", apiKey),
        cors.isEmpty() ? corsOrigins : cors,
        idleTimeoutMillis);
  }

  public ServerConfig withHost(String host) {
    return new ServerConfig(host, port, maxBodyBytes, apiKey, corsOrigins, idleTimeoutMillis);
  }

  public ServerConfig withPort(int port) {
    return new ServerConfig(host, port, maxBodyBytes, apiKey, corsOrigins, idleTimeoutMillis);
  }

  public ServerConfig withMaxBodyBytes(long maxBodyBytes) {
    return new ServerConfig(host, port, maxBodyBytes, apiKey, corsOrigins, idleTimeoutMillis);
  }

  public ServerConfig withApiKey(String apiKey) {
    return new ServerConfig(host, port, maxBodyBytes, apiKey, corsOrigins, idleTimeoutMillis);
  }

  public ServerConfig withCorsOrigins(List<String> corsOrigins) {
    return new ServerConfig(host, port, maxBodyBytes, apiKey, corsOrigins, idleTimeoutMillis);
  }

  /** {@code toString} without the key itself. */
  @Override
  public String toString() {
    return "ServerConfig[host=%s, port=%d, maxBodyBytes=%d, apiKey=%s, corsOrigins=%s]"
        .formatted(host, port, maxBodyBytes, apiKey == null ? "none" : "set", corsOrigins);
  }
}
