package org.gazette.server.http;

import com.google.gson.JsonArray;
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
 * A real server for tests: a real index in {@code dir}, optionally holding the sample corpus (and,
 * for the search page, 24 dated articles from two sources so that the date charts, the source facet
 * and paging have material), the real app on a free port, and a real HTTP client. The one fixture
 * of the HTTP, reliability and browser tests.
 */
public final class RunningServer implements AutoCloseable {
  static final Path SAMPLES = Path.of("../index-data");

  /** The articles of the sample corpus. */
  public static final int SAMPLE_ARTICLES = 5;

  /** The dated articles {@link #forThePage} adds. */
  public static final int DATED = 24;

  public final NewsIndex index;
  public final GazetteServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RunningServer(NewsIndex index, GazetteServer server) {
    this.index = index;
    this.server = server;
  }

  /** A server over the sample corpus with the default settings on a free port. */
  static RunningServer withSamples(Path dir) throws IOException {
    return start(dir, ServerConfig.defaults().withPort(0), true);
  }

  /** A server over the sample corpus and {@link #DATED} dated articles, for the search page. */
  public static RunningServer forThePage(Path dir) throws IOException {
    return forThePage(dir, ServerConfig.defaults().withPort(0));
  }

  /** {@link #forThePage(Path)} served with {@code config} (whose port should be 0). */
  public static RunningServer forThePage(Path dir, ServerConfig config) throws IOException {
    return forThePage(backEnd(NewsIndexConfig.defaults(dir.resolve("index"))), config);
  }

  /** {@link #forThePage(Path)} over the index {@code indexConfig} opens. */
  public static RunningServer forThePage(NewsIndexConfig indexConfig, ServerConfig config)
      throws IOException {
    RunningServer s = start(indexConfig, config, true);
    s.index.ingestJson(datedArticles().toString(), "web-fixture");
    return s;
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

  static RunningServer start(Path dir, ServerConfig config, boolean samples) throws IOException {
    return start(backEnd(NewsIndexConfig.defaults(dir.resolve("index"))), config, samples);
  }

  /**
   * {@code config} over the back end the run asks for: the embedded index, or with {@code
   * -Dgazette.backEnd=solr} a new collection of two shards on one local SolrCloud for the whole
   * test JVM, so that the HTTP tests can be run over SolrCloud unchanged (a long run; the
   * conformance tests compare the two back ends in every run).
   */
  static NewsIndexConfig backEnd(NewsIndexConfig config) throws IOException {
    if (!"solr".equals(System.getProperty("gazette.backEnd"))) {
      return config;
    }
    return config.withStore(
        org.gazette.solr.SolrStore.opener(
            SharedCloud.address(),
            "t" + COLLECTIONS.incrementAndGet(),
            2,
            1,
            Duration.ofSeconds(30)));
  }

  private static final java.util.concurrent.atomic.AtomicInteger COLLECTIONS =
      new java.util.concurrent.atomic.AtomicInteger();

  /** One local SolrCloud for the test JVM, stopped when it exits. */
  private static final class SharedCloud {
    private static org.gazette.solr.LocalSolrCloud cloud;

    static synchronized org.gazette.solr.SolrAddress address() throws IOException {
      if (cloud == null) {
        try {
          Path dir = java.nio.file.Files.createTempDirectory("gazette-shared-cloud");
          cloud = org.gazette.solr.LocalSolrCloud.start(dir, 1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
        org.gazette.solr.LocalSolrCloud started = cloud;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (Exception ignored) {
                        // The JVM is exiting.
                      }
                    }));
      }
      return cloud.address;
    }
  }

  /** A server over the index {@code indexConfig} opens (any back end), for {@link #forThePage}. */
  public static RunningServer start(
      NewsIndexConfig indexConfig, ServerConfig config, boolean samples) throws IOException {
    NewsIndex index = NewsIndex.open(indexConfig);
    if (samples) {
      index.ingest(SAMPLES);
    }
    return new RunningServer(index, GazetteServer.start(index, config));
  }

  public String base() {
    return "http://127.0.0.1:" + server.port();
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  public HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE());
  }

  public HttpResponse<String> post(String path, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> put(String path, String body) {
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

  /** {@code request} sent as is, its body as bytes (a compressed answer stays compressed). */
  HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
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
  public static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** GET an API path as a JSON object. */
  public JsonObject api(String pathAndQuery) {
    return json(get(pathAndQuery));
  }

  public static JsonObject json(HttpResponse<String> response) {
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
