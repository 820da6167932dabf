package org.gazette.server.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;

/**
 * A real server for tests: a real index in {@code dir}, optionally holding the sample corpus, the
 * real app on a free port, and a real HTTP client.
 */
final class RunningServer implements AutoCloseable {
  static final Path SAMPLES = Path.of("../index-data");

  final NewsIndex index;
  final GazetteServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RunningServer(NewsIndex index, GazetteServer server) {
    this.index = index;
    this.server = server;
  }

  /** A server over the sample corpus with the default settings on a free port. */
  static RunningServer withSamples(Path dir) throws IOException {
    return start(dir, ServerConfig.defaults().withPort(0), true);
  }

  static RunningServer start(Path dir, ServerConfig config, boolean samples) throws IOException {
    NewsIndex index = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("index")));
    if (samples) {
      index.ingest(SAMPLES);
    }
    return new RunningServer(index, GazetteServer.start(index, config));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE());
  }

  HttpResponse<String> post(String path, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> put(String path, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create(base() + pathAndQuery);
  }

  /** {@code value} escaped for a query string or a path segment. */
  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static JsonObject json(HttpResponse<String> response) {
    JsonElement parsed = JsonParser.parseString(response.body());
    return parsed.getAsJsonObject();
  }

  @Override
  public void close() throws IOException {
    try {
      server.close();
    } finally {
      index.close();
    }
  }
}
