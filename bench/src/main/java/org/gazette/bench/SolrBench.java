package org.gazette.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.gazette.IngestOptions;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.StoreOpener;
import org.gazette.extract.RuleBasedEntityExtractor;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.IngestReport;
import org.gazette.model.SearchQuery;
import org.gazette.model.SortOrder;
import org.gazette.server.http.GazetteServer;
import org.gazette.server.http.ServerConfig;

/**
 * {@code bench --solr ZKHOST}: the SolrCloud back end against the embedded index in the same run,
 * over the same generated articles. Extraction runs once (into the embedded index, recorded) and is
 * replayed for both timed ingests, so that they compare the stores, not the extractor; then the
 * same query classes in process and the same requests over HTTP on loopback, each reported as a
 * ratio of SolrCloud to embedded. The collection is new ({@code COLLECTION-EPOCHSECONDS}) and kept
 * for inspection: drop it when done.
 */
final class SolrBench {
  private final PrintStream out;
  private final Map<String, Object> json = new LinkedHashMap<>();

  SolrBench(PrintStream out) {
    this.out = out;
  }

  int run(BenchMain.Options o, Map<String, String> solr) throws Exception {
    CorpusGenerator generator =
        Files.isDirectory(o.corpus())
            ? CorpusGenerator.samples(o.corpus())
            : CorpusGenerator.reuters(o.corpus());
    BenchMain.deleteTree(o.work());
    Files.createDirectories(o.work());
    CorpusGenerator.Written corpus =
        generator.write(o.work().resolve("corpus"), 0, o.docs(), 10_000);
    Map<String, String> settings = new LinkedHashMap<>(solr);
    String collection =
        settings.getOrDefault("collection", "gazette-bench")
            + "-"
            + System.currentTimeMillis() / 1000;
    settings.put("collection", collection);
    out.printf(
        "Gazette bench, SolrCloud against embedded: %,d articles from %s, %.1f MB of text;"
            + " collection %s at %s (%s shard(s), %s replica(s)), %d cores%n%n",
        o.docs(),
        generator.origin(),
        corpus.chars() / 1e6,
        collection,
        settings.get("zkHost"),
        settings.getOrDefault("shards", "1"),
        settings.getOrDefault("replicas", "2"),
        Runtime.getRuntime().availableProcessors());
    json.put("docs", o.docs());
    json.put("collection", collection);

    BenchMain.RecordingExtractor recording =
        new BenchMain.RecordingExtractor(RuleBasedEntityExtractor.withDefaultResources());
    long t = System.nanoTime();
    try (NewsIndex extracting =
        NewsIndex.open(
            NewsIndexConfig.defaults(o.work().resolve("extracting"))
                .withExtractor(recording)
                .withIngestThreads(o.threads()))) {
      extracting.ingest(corpus.files(), IngestOptions.DEFAULTS);
    }
    out.printf(
        "extraction: %,d articles in %.1f s (once; replayed below)%n%n",
        o.docs(), (System.nanoTime() - t) / 1e9);

    BenchMain.ReplayExtractor replay = new BenchMain.ReplayExtractor(recording);
    NewsIndexConfig embeddedConfig =
        NewsIndexConfig.defaults(o.work().resolve("embedded"))
            .withExtractor(replay)
            .withIngestThreads(o.threads());
    NewsIndexConfig solrConfig =
        NewsIndexConfig.defaults(o.work().resolve("solr-side"))
            .withExtractor(replay)
            .withIngestThreads(o.threads())
            .withStore(StoreOpener.named("solr", settings));
    try (NewsIndex embedded = NewsIndex.open(embeddedConfig);
        NewsIndex cloud = NewsIndex.open(solrConfig)) {
      double e = ingest(embedded, corpus);
      double s = ingest(cloud, corpus);
      row("ingest", "extracted articles, indexed and committed", e, s, o.docs());
      check(cloud.count() == embedded.count(), "both hold every article");
      json.put("ingestSeconds", Map.of("embedded", e, "solr", s));

      queries(o, embedded, cloud);
      http(o, embedded, cloud);
    }
    Path report = o.out();
    if (report.getParent() != null) {
      Files.createDirectories(report.getParent());
    }
    Files.writeString(
        report, new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(json));
    out.printf(
        "%nwritten to %s; the collection %s is kept: drop it when done%n", report, collection);
    return 0;
  }

  private static double ingest(NewsIndex index, CorpusGenerator.Written corpus) throws Exception {
    long t = System.nanoTime();
    IngestReport r = index.ingest(corpus.files(), IngestOptions.DEFAULTS);
    check(r.failed() == 0, "ingest failed: " + r.summary());
    return (System.nanoTime() - t) / 1e9;
  }

  /** The query classes of the main benchmark, on both back ends, one after the other. */
  private void queries(BenchMain.Options o, NewsIndex embedded, NewsIndex cloud) throws Exception {
    String place = embedded.facetValues(Facet.PLACE, "", null, 1).values().getFirst().value();
    String org = embedded.facetValues(Facet.ORGANIZATION, "", null, 1).values().getFirst().value();
    Map<String, SearchQuery> classes = new LinkedHashMap<>();
    classes.put("all articles, every facet", SearchQuery.builder().build());
    classes.put("one term", SearchQuery.builder().text("oil").build());
    classes.put("two terms", SearchQuery.builder().text("oil prices").build());
    classes.put("phrase", SearchQuery.builder().text("\"oil prices\"").build());
    classes.put("filter: top place", SearchQuery.builder().filter(Facet.PLACE, place).build());
    classes.put(
        "term + place + organisation",
        SearchQuery.builder()
            .text("said")
            .filter(Facet.PLACE, place)
            .filter(Facet.ORGANIZATION, org)
            .build());
    classes.put(
        "date range, newest first",
        SearchQuery.builder()
            .publishedBetween(LocalDate.of(1987, 3, 1), LocalDate.of(1987, 6, 30))
            .sort(SortOrder.NEWEST)
            .build());
    classes.put("page 100 by offset", SearchQuery.builder().offset(990).limit(10).build());
    Map<String, Object> measured = new LinkedHashMap<>();
    for (Map.Entry<String, SearchQuery> c : classes.entrySet()) {
      SearchQuery q = c.getValue();
      Latency e = Latency.measure(c.getKey(), () -> embedded.search(q), 20, o.querySeconds());
      Latency s = Latency.measure(c.getKey(), () -> cloud.search(q), 20, o.querySeconds());
      check(embedded.search(q).total() == cloud.search(q).total(), "same total for " + c.getKey());
      latencyRow(c.getKey(), e, s);
      measured.put(c.getKey(), Map.of("embeddedP50Ms", e.p50Ms(), "solrP50Ms", s.p50Ms()));
    }
    Latency e =
        Latency.measure(
            "value search",
            () -> embedded.facetValues(Facet.PLACE, "ba", null, 10),
            20,
            o.querySeconds());
    Latency s =
        Latency.measure(
            "value search",
            () -> cloud.facetValues(Facet.PLACE, "ba", null, 10),
            20,
            o.querySeconds());
    latencyRow("facet value search \"ba\"", e, s);
    SearchQuery all = SearchQuery.builder().build();
    e =
        Latency.measure(
            "profile",
            () -> embedded.entityProfile(EntityType.ORGANIZATION, org, all, 10),
            5,
            o.querySeconds());
    s =
        Latency.measure(
            "profile",
            () -> cloud.entityProfile(EntityType.ORGANIZATION, org, all, 10),
            5,
            o.querySeconds());
    latencyRow("entity profile (top organisation)", e, s);
    json.put("queries", measured);
  }

  /** Four clients over HTTP on loopback against each server in turn. */
  private void http(BenchMain.Options o, NewsIndex embedded, NewsIndex cloud) throws Exception {
    List<String> paths =
        List.of(
            "/api/v1/search?q=oil",
            "/api/v1/search?q=" + URLEncoder.encode("oil prices", StandardCharsets.UTF_8),
            "/api/v1/search",
            "/api/v1/facets/place?prefix=ba");
    double e = throughput(embedded, paths, o.httpSeconds());
    double s = throughput(cloud, paths, o.httpSeconds());
    out.printf(
        "%-8s %-44s %12.0f/s %12.0f/s %8.2f×%n",
        "http", "4 clients, search and value search", e, s, s / e);
    json.put("httpRequestsPerSecond", Map.of("embedded", e, "solr", s));
  }

  private static double throughput(NewsIndex index, List<String> paths, double seconds)
      throws Exception {
    GazetteServer server =
        GazetteServer.start(
            index, ServerConfig.defaults().withPort(0).withRequestLimits(64, 256, 5000));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong done = new AtomicLong();
      String base = "http://127.0.0.1:" + server.port();
      List<Future<?>> running = new ArrayList<>();
      // Warm the HTTP path first, then count.
      for (String p : paths) {
        client.send(
            HttpRequest.newBuilder(URI.create(base + p)).build(),
            HttpResponse.BodyHandlers.discarding());
      }
      long start = System.nanoTime();
      for (int c = 0; c < 4; c++) {
        int first = c;
        running.add(
            clients.submit(
                () -> {
                  for (int i = first; !stop.get(); i++) {
                    HttpResponse<Void> r =
                        client.send(
                            HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                                .build(),
                            HttpResponse.BodyHandlers.discarding());
                    check(r.statusCode() == 200, "HTTP " + r.statusCode());
                    done.incrementAndGet();
                  }
                  return null;
                }));
      }
      Thread.sleep((long) (seconds * 1000));
      stop.set(true);
      for (Future<?> f : running) {
        f.get();
      }
      return done.get() / ((System.nanoTime() - start) / 1e9);
    } finally {
      clients.shutdown();
      server.close();
    }
  }

  private void row(String phase, String what, double embeddedSeconds, double solrSeconds, int n) {
    out.printf("%-8s %-44s %12s %12s %8s%n", "", "", "embedded", "SolrCloud", "ratio");
    out.printf(
        "%-8s %-44s %10.0f/s %10.0f/s %8.2f×%n",
        phase, what, n / embeddedSeconds, n / solrSeconds, solrSeconds / embeddedSeconds);
  }

  private void latencyRow(String what, Latency e, Latency s) {
    out.printf(
        "%-8s %-44s %9.2f ms %9.2f ms %8.2f×%n",
        "query", what + " (p50)", e.p50Ms(), s.p50Ms(), s.p50Ms() / e.p50Ms());
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("bench check failed: " + what);
    }
  }
}
