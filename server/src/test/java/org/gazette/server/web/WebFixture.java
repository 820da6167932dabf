package org.gazette.server.web;

import com.google.gson.JsonArray;
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
import org.gazette.server.http.GazetteServer;
import org.gazette.server.http.ServerConfig;

/**
 * The real server on a free port over a real index holding the sample corpus and 24 dated articles
 * from two sources (so that the date charts, the source facet and paging have material), with a
 * real HTTP client to ask the API what the page should show.
 */
final class WebFixture implements AutoCloseable {
  static final int DATED = 24;
  static final int SAMPLES = 5;

  final NewsIndex index;
  final GazetteServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private WebFixture(NewsIndex index, GazetteServer server) {
    this.index = index;
    this.server = server;
  }

  static WebFixture start(Path dir) throws IOException {
    return start(dir, ServerConfig.defaults().withPort(0));
  }

  /** The fixture served with {@code config} (whose port should be 0). */
  static WebFixture start(Path dir, ServerConfig config) throws IOException {
    NewsIndex index = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("index")));
    index.ingest(Path.of("../index-data"));
    index.ingestJson(datedArticles().toString(), "web-fixture");
    return new WebFixture(index, GazetteServer.start(index, config));
  }

  // Month i % 12 + 1 of 2024, alternating sources, four cities in turn.
  private static JsonArray datedArticles() {
    String[] places = {"Baghdad", "Erbil", "Mosul", "Basra"};
    String[] sources = {"Example Wire", "Desk Daily"};
    JsonArray articles = new JsonArray();
    for (int i = 0; i < DATED; i++) {
      String place = places[i % places.length];
      JsonObject article = new JsonObject();
      article.addProperty("id", String.format("dated-%02d", i));
      article.addProperty("title", "Coalition advisers meet officers in " + place + " (" + i + ")");
      article.addProperty("source", sources[i % sources.length]);
      article.addProperty("published", String.format("2024-%02d-%02d", i % 12 + 1, 5 + i % 20));
      article.addProperty(
          "body",
          "CENTCOM said that coalition advisers met Iraqi officers in "
              + place
              + " to discuss the withdrawal of troops. The talks recalled the events of March 2003"
              + " and the fight against the Islamic State in "
              + (2014 + i % 4)
              + ".");
      articles.add(article);
    }
    return articles;
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** GET a path of the server as text. */
  HttpResponse<String> get(String pathAndQuery) {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
              .timeout(Duration.ofSeconds(30))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET an API path as a JSON object. */
  JsonObject api(String pathAndQuery) {
    return JsonParser.parseString(get(pathAndQuery).body()).getAsJsonObject();
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
