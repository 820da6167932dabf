package org.gazette.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.gazette.IngestOptions;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.extract.EntityExtractor;
import org.gazette.extract.ExtractionSpeed;
import org.gazette.extract.RuleBasedEntityExtractor;
import org.gazette.model.Article;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.FacetValue;
import org.gazette.model.GeoPlace;
import org.gazette.model.IngestReport;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.server.http.GazetteServer;
import org.gazette.server.http.ServerConfig;

/**
 * {@code ./gazette bench}: Gazette against plain Lucene on the same machine, in the same run, over
 * a generated collection of {@code --docs} articles. Prints a table and writes the figures as JSON.
 *
 * <ol>
 *   <li>Full ingest (read, clean, extract, index, commit) with every core; the time spent in
 *       extraction is measured inside it.
 *   <li>Indexing of the same articles already extracted (extraction answered from memory), against
 *       plain Lucene indexing the same text and entity values ({@link PlainLucene}).
 *   <li>Index sizes, peak heap of each phase.
 *   <li>Queries in process: a term, a phrase and a boolean query, each without and with two facet
 *       filters, all value facets counted; facet prefix search; an entity profile; a deep cursor
 *       page; each next to plain Lucene's equivalent where there is one.
 *   <li>The same over HTTP on loopback, and the throughput of four concurrent clients.
 *   <li>Adding 1,000 articles: the time and heap of the refresh, and the first query after it.
 * </ol>
 */
public final class BenchMain {
  static final String REUTERS = "../shared/data/corpus/reuters21578.jsonl.gz";
  static final String[] TEXTS = {"oil", "\"interest rates\"", "(bank OR banks) AND dollar"};
  static final String[] KINDS = {"term", "phrase", "boolean"};
  static final Facet[] VALUE_FACETS = {Facet.ORGANIZATION, Facet.PLACE, Facet.PERSON, Facet.SOURCE};

  private final PrintStream out;
  private final Map<String, Object> json = new LinkedHashMap<>();
  private final List<String[]> table = new ArrayList<>();

  private BenchMain(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    try {
      System.exit(run(args, System.out));
    } catch (IllegalArgumentException | Arguments.UsageException e) {
      System.err.println("gazette bench: " + e.getMessage());
      System.exit(2);
    } catch (Exception e) {
      System.err.println("gazette bench: failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /** Options of one run. */
  record Options(
      int docs,
      Path out,
      Path corpus,
      Path work,
      int threads,
      double querySeconds,
      double httpSeconds,
      boolean keep,
      boolean compact,
      Map<String, String> solr) {
    static final String USAGE = "usage: " + Commands.BENCH.synopsis();

    static Options parse(String[] argv, Path home) {
      Arguments a = Commands.BENCH.parse(List.of(argv));
      if (!a.positional().isEmpty()) {
        throw new Arguments.UsageException(USAGE + "; got '" + a.positional().getFirst() + "'");
      }
      int docs = a.getInt("docs", 20_000, 100, 5_000_000);
      Path reuters = home.resolve(REUTERS);
      String corpus = a.get("corpus", null);
      return new Options(
          docs,
          Path.of(
              a.get(
                  "out",
                  "target/bench-" + (a.get("solr", null) == null ? "" : "solr-") + docs + ".json")),
          corpus != null
              ? Path.of(corpus)
              : Files.exists(reuters) ? reuters : home.resolve("index-data"),
          Path.of(a.get("work", "target/bench-work-" + docs)),
          a.getInt("threads", Runtime.getRuntime().availableProcessors(), 1, 256),
          seconds(a, "query-seconds", 3),
          seconds(a, "http-seconds", 5),
          a.flag("keep"),
          a.flag("compact-stored-fields"),
          solr(a));
    }

    /** The SolrCloud settings of --solr (and --collection, --shards, --replicas), or null. */
    private static Map<String, String> solr(Arguments a) {
      String zkHost = a.get("solr", null);
      if (zkHost == null) {
        return null;
      }
      Map<String, String> settings = new java.util.LinkedHashMap<>();
      settings.put("zkHost", zkHost);
      for (String name : List.of("collection", "shards", "replicas")) {
        String v = a.get(name, null);
        if (v != null) {
          settings.put(name, v);
        }
      }
      return settings;
    }

    private static double seconds(Arguments a, String name, double fallback) {
      String given = a.get(name, null);
      if (given == null) {
        return fallback;
      }
      try {
        double s = Double.parseDouble(given);
        if (s > 0 && s <= 3600) {
          return s;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new Arguments.UsageException(
          "--"
              + name
              + " must be a number of seconds above 0 and at most 3600, got '"
              + given
              + "'");
    }
  }

  /** Runs the benchmark; returns the exit status. */
  public static int run(String[] args, PrintStream out) throws Exception {
    // One log line per request would drown the report and cost time on every request.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path home = Path.of(System.getenv().getOrDefault("GAZETTE_HOME", "."));
    Options o = Options.parse(args, home);
    if (o.solr() != null) {
      return new SolrBench(out).run(o, o.solr());
    }
    return new BenchMain(out).run(o);
  }

  // The state one run builds up, phase by phase.
  private Options o;
  private long started;
  private CorpusGenerator.Written main;
  private CorpusGenerator.Written extra;
  private double mb;
  private RecordingExtractor recording;
  private Path gazetteDir;
  private NewsIndex index;
  private long fullPeak;
  private Path plainDir;
  private PlainLucene plain;
  private String topPlace;
  private String topOrg;
  private Latency filteredTerm;

  private int run(Options options) throws Exception {
    o = options;
    started = System.nanoTime();
    generate();
    fullIngestAndRestart();
    try {
      indexExtractedAgainstPlainLucene();
      queriesInProcess();
      overHttp();
      refresh();
    } finally {
      index.close();
    }
    return report();
  }

  /** Generates the corpus from the real articles and prints what the run is. */
  private void generate() throws Exception {
    CorpusGenerator generator =
        Files.isDirectory(o.corpus())
            ? CorpusGenerator.samples(o.corpus())
            : CorpusGenerator.reuters(o.corpus());
    deleteTree(o.work());
    Files.createDirectories(o.work());
    out.printf(
        "Gazette bench: %,d articles generated from %,d real ones (%s), %d threads, Java %s, %d"
            + " cores, max heap %,d MB%n",
        o.docs(),
        generator.sourceCount(),
        generator.origin(),
        o.threads(),
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    json.put("docs", o.docs());
    json.put("corpus", generator.origin());
    json.put("threads", o.threads());
    json.put("java", Runtime.version().toString());
    json.put("cores", Runtime.getRuntime().availableProcessors());
    json.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);

    long t = System.nanoTime();
    main = generator.write(o.work().resolve("corpus"), 0, o.docs(), 10_000);
    extra = generator.write(o.work().resolve("extra"), o.docs(), o.docs() + added(), 10_000);
    mb = main.chars() / 1e6;
    out.printf("generated %.1f MB of text in %.1f s%n%n", mb, (System.nanoTime() - t) / 1e9);
    json.put("textMb", mb);
  }

  /**
   * Phase 1: full ingest with extraction; extraction alone on one core; a restart with
   * skip-unchanged.
   */
  private void fullIngestAndRestart() throws Exception {
    recording = new RecordingExtractor(RuleBasedEntityExtractor.withDefaultResources());
    gazetteDir = o.work().resolve("gazette");
    NewsIndexConfig config =
        NewsIndexConfig.defaults(gazetteDir)
            .withCompactStoredFields(o.compact())
            .withExtractor(recording)
            .withIngestThreads(o.threads());
    IngestReport full;
    double fullSeconds;
    try (NewsIndex first = NewsIndex.open(config)) {
      resetPeaks();
      long t = System.nanoTime();
      full = first.ingest(main.files(), IngestOptions.DEFAULTS);
      fullSeconds = (System.nanoTime() - t) / 1e9;
      fullPeak = peakHeapMb();
    }
    check(full.indexed() == o.docs(), "full ingest indexed " + full.summary());
    double extractCpu = recording.nanos.sum() / 1e9;
    row(
        "ingest",
        "full pipeline (clean+extract+index+commit)",
        rate(o.docs(), fullSeconds, mb),
        "");
    row(
        "ingest",
        "  of which in extraction (thread s / wall s)",
        String.format("%.1f / %.1f", extractCpu, fullSeconds),
        String.format(
            "%.0f%% of %d cores", 100 * extractCpu / (fullSeconds * o.threads()), o.threads()));
    // Extraction alone as bench-extract measures it (ExtractionSpeed): one thread, warm, CPU time.
    List<Article> sample = recording.sample();
    double extractMbs =
        ExtractionSpeed.mbPerCpuSecond(sample, 2, a -> recording.delegate().extract(a));
    row(
        "ingest",
        "extraction alone, one core (warm)",
        String.format("%.2f MB/s", extractMbs),
        String.format("%,d articles, thread CPU time", sample.size()));

    // A restart: the same input again with skip-unchanged, as serve does on each start.
    long extractionsBefore = recording.calls.sum();
    index = NewsIndex.open(config);
    long t = System.nanoTime();
    IngestReport restart = index.ingest(main.files(), IngestOptions.DEFAULTS.skippingUnchanged());
    double restartSeconds = (System.nanoTime() - t) / 1e9;
    long restartExtractions = recording.calls.sum() - extractionsBefore;
    check(restart.skipped() == o.docs(), "restart re-ingest: " + restart.summary());
    row(
        "ingest",
        "restart: unchanged input again (skip-unchanged)",
        String.format("%.1f s, %,d extractions", restartSeconds, restartExtractions),
        String.format("%.1f%% of the first ingest", 100 * restartSeconds / fullSeconds));
    json.put(
        "fullIngest",
        Map.of(
            "seconds", fullSeconds,
            "articlesPerSecond", o.docs() / fullSeconds,
            "extractionCpuSeconds", extractCpu,
            "extractionMbPerCpuSecond", extractMbs,
            "restartSeconds", restartSeconds,
            "restartExtractions", restartExtractions,
            "peakHeapMb", fullPeak));
  }

  /**
   * Phase 2: indexing of already-extracted articles against plain Lucene, index sizes and peak
   * heaps.
   */
  private void indexExtractedAgainstPlainLucene() throws Exception {
    Path extractedDir = o.work().resolve("gazette-extracted");
    Map<String, String[][]> values = recording.values();
    double gazetteIndexSeconds;
    long extractedPeak;
    try (NewsIndex extracted =
        NewsIndex.open(
            NewsIndexConfig.defaults(extractedDir)
                .withCompactStoredFields(o.compact())
                .withExtractor(new ReplayExtractor(recording))
                .withIngestThreads(o.threads()))) {
      resetPeaks();
      long start = System.nanoTime();
      IngestReport r = extracted.ingest(main.files(), IngestOptions.DEFAULTS);
      gazetteIndexSeconds = (System.nanoTime() - start) / 1e9;
      extractedPeak = peakHeapMb();
      check(r.indexed() == o.docs(), "indexing extracted articles: " + r.summary());
    }
    recording.forget();
    plainDir = o.work().resolve("plain");
    plain = new PlainLucene(plainDir);
    resetPeaks();
    long t = System.nanoTime();
    int plainCount = plain.index(main.files(), values, o.threads());
    double plainSeconds = (System.nanoTime() - t) / 1e9;
    long plainPeak = peakHeapMb();
    check(plainCount == o.docs(), "plain Lucene indexed " + plainCount);
    values = null;
    double indexRatio = plainSeconds / gazetteIndexSeconds;
    row(
        "ingest",
        "index already-extracted articles",
        rate(o.docs(), gazetteIndexSeconds, mb),
        String.format("%.2f x plain", indexRatio));
    row("ingest", "plain Lucene, same text and values", rate(o.docs(), plainSeconds, mb), "1.00");
    long gazetteBytes = sizeOf(gazetteDir);
    long extractedBytes = sizeOf(extractedDir);
    long plainBytes = sizeOf(plainDir);
    row(
        "size",
        "Gazette index (stored fields: " + storedMode(o) + ")",
        String.format("%,.1f MB (%.2f x text)", gazetteBytes / 1e6, gazetteBytes / 1e6 / mb),
        String.format("%.2f x plain", (double) gazetteBytes / plainBytes));
    row(
        "size",
        "plain Lucene index",
        String.format("%,.1f MB (%.2f x text)", plainBytes / 1e6, plainBytes / 1e6 / mb),
        "1.00");
    row(
        "heap",
        "peak heap: full ingest / indexing / plain",
        String.format("%,d / %,d / %,d MB", fullPeak, extractedPeak, plainPeak),
        "");
    json.put(
        "indexing",
        Map.of(
            "gazetteSeconds", gazetteIndexSeconds,
            "plainSeconds", plainSeconds,
            "ratioOfArticlesPerSecond", indexRatio,
            "gazettePeakHeapMb", extractedPeak,
            "plainPeakHeapMb", plainPeak));
    json.put(
        "size",
        Map.of(
            "gazetteBytes", gazetteBytes,
            "gazetteExtractedBytes", extractedBytes,
            "plainBytes", plainBytes,
            "ratio", (double) gazetteBytes / plainBytes,
            "storedFieldsMode", storedMode(o)));
    deleteTree(extractedDir);
  }

  /** Phase 3: queries in process, each beside its plain Lucene equivalent. */
  private void queriesInProcess() throws Exception {
    plain.open();
    Map<String, Object> queries = new LinkedHashMap<>();
    topPlace = top(index, Facet.PLACE);
    topOrg = top(index, Facet.ORGANIZATION);
    Map<String, String> plainFilters = new LinkedHashMap<>();
    String plainPlace = plain.topValue("place");
    String plainOrg = plain.topValue("organization");
    if (plainPlace != null && plainOrg != null) {
      plainFilters.put("place", plainPlace);
      plainFilters.put("organization", plainOrg);
    }
    json.put(
        "filters", Map.of("gazette", topPlace + " / " + topOrg, "plain", plainFilters.toString()));
    double s = o.querySeconds();
    // Both sides run the whole query mix for one measurement's time before any is timed, so that no
    // row pays for the JIT compiling the code the next rows share (the first row's p99 did).
    List<Latency.Op> gazetteMix = new ArrayList<>();
    List<Latency.Op> plainMix = new ArrayList<>();
    for (String text : TEXTS) {
      Query q = plain.parse(text);
      for (boolean filtered : new boolean[] {false, true}) {
        SearchQuery sq = query(text, filtered ? topPlace : null, filtered ? topOrg : null);
        Map<String, String> pf = filtered ? plainFilters : Map.of();
        gazetteMix.add(() -> index.search(sq));
        plainMix.add(() -> plain.faceted(q, pf));
      }
    }
    Latency.warmUp(gazetteMix, s);
    Latency.warmUp(plainMix, s);
    for (int k = 0; k < TEXTS.length; k++) {
      String text = TEXTS[k];
      Query q = plain.parse(text);
      for (boolean filtered : new boolean[] {false, true}) {
        SearchQuery sq = query(text, filtered ? topPlace : null, filtered ? topOrg : null);
        Map<String, String> pf = filtered ? plainFilters : Map.of();
        String name = KINDS[k] + (filtered ? " + 2 filters" : "");
        Latency g = Latency.measure(name, () -> index.search(sq), 20, s);
        Latency p = Latency.measure(name, () -> plain.faceted(q, pf), 20, s);
        Latency pt = Latency.measure(name, () -> plain.textOnly(q), 20, s);
        if (filtered && k == 0) {
          filteredTerm = g;
        }
        row(
            "query",
            name + ", all value facets",
            ms(g),
            String.format(
                "%.2f x plain (%.2f / %.2f ms; text only %.2f ms)",
                g.p50Ms() / p.p50Ms(), p.p50Ms(), p.p99Ms(), pt.p50Ms()));
        queries.put(name, Map.of("gazette", g, "plainFaceted", p, "plainTextOnly", pt));
      }
    }
    SearchQuery all = SearchQuery.builder().build();
    Latency prefix =
        Latency.measure(
            "facet prefix", () -> index.facetValues(Facet.ORGANIZATION, "ba", all, 10), 20, s);
    row("query", "facet prefix search (organization 'ba')", ms(prefix), "no plain equivalent");
    Latency profile =
        Latency.measure(
            "entity profile",
            () -> index.entityProfile(EntityType.PLACE, topPlace, all, 10),
            20,
            s);
    row("query", "entity profile (" + topPlace + ")", ms(profile), "no plain equivalent");
    queries.put("facetPrefix", prefix);
    queries.put("entityProfile", profile);
    int depth = Math.min(10_000, o.docs() / 2);
    SearchResult before =
        index.search(
            SearchQuery.builder()
                .text("said")
                .offset(depth - 10)
                .limit(10)
                .facets(List.of())
                .build());
    if (before.nextCursor() != null) {
      String cursor = before.nextCursor();
      SearchQuery deep =
          SearchQuery.builder().text("said").cursor(cursor).limit(10).facets(List.of()).build();
      Latency g = Latency.measure("deep cursor", () -> index.search(deep), 20, s);
      Query q = plain.parse("said");
      ScoreDoc after = plain.hitAt(q, depth);
      Latency p = Latency.measure("deep cursor", () -> plain.pageAfter(q, after), 20, s);
      row(
          "query",
          String.format("cursor page after %,d hits ('said')", depth),
          ms(g),
          String.format(
              "%.2f x plain (%.2f / %.2f ms)", g.p50Ms() / p.p50Ms(), p.p50Ms(), p.p99Ms()));
      queries.put("deepCursor", Map.of("depth", depth, "gazette", g, "plain", p));
    }
    json.put("queries", queries);
    plain.close();
  }

  /** Phase 4: the same over HTTP on loopback, and four concurrent clients. */
  private void overHttp() throws Exception {
    double s = o.querySeconds();
    Map<String, Object> http = new LinkedHashMap<>();
    try (GazetteServer server = GazetteServer.start(index, ServerConfig.defaults().withPort(0))) {
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/search?";
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      // The HTTP path (Jetty, Javalin, the JDK's client) is cold when this phase starts, while the
      // in-process path it is compared with has run for the whole query phase: warm it with the
      // query mix first. With 20 requests of warm-up only, the rows timed the JIT at
      // work: in rounds of 500 requests on the 100k index, HTTP added +3 to +4 ms in the first
      // round and +0.8 to +1.2 ms from the fifth on.
      List<Latency.Op> httpMix = new ArrayList<>();
      for (String text : TEXTS) {
        String url = base + params(text, topPlace, topOrg);
        httpMix.add(() -> get(client, url));
      }
      // Five rows' time, at most 5 s, at least one row's: 5 s with the default 3 s rows, and a
      // short
      // run (the smoke test's 0.05 s rows) stays short.
      Latency.warmUp(httpMix, Math.max(s, Math.min(5, 5 * s)));
      for (int k = 0; k < TEXTS.length; k++) {
        String url = base + params(TEXTS[k], topPlace, topOrg);
        SearchQuery inProcess = query(TEXTS[k], topPlace, topOrg);
        Latency h = Latency.measure(KINDS[k] + " + 2 filters", () -> get(client, url), 20, s);
        Latency in =
            Latency.measure(KINDS[k] + " + 2 filters", () -> index.search(inProcess), 20, s);
        row(
            "http",
            KINDS[k] + " + 2 filters over HTTP",
            ms(h),
            String.format(
                "+%.2f ms on in-process p50 (%.2f ms)", h.p50Ms() - in.p50Ms(), in.p50Ms()));
        http.put(KINDS[k], Map.of("http", h, "inProcess", in));
      }
      List<String> urls = new ArrayList<>();
      for (String text : TEXTS) {
        urls.add(base + params(text, null, null));
        urls.add(base + params(text, topPlace, topOrg));
      }
      long[] load = load(client, urls, 4, o.httpSeconds());
      row(
          "http",
          "4 concurrent clients, query mix",
          String.format("%,.0f requests/s", load[0] / o.httpSeconds()),
          String.format("%,d requests, %d errors", load[0], load[1]));
      http.put(
          "load",
          Map.of("clients", 4, "seconds", o.httpSeconds(), "requests", load[0], "errors", load[1]));
    }
    json.put("http", http);
  }

  /**
   * Articles the refresh phase adds: 1,000, or as many as the collection holds when it is smaller
   * (a smoke run of a few hundred).
   */
  private int added() {
    return Math.min(1_000, o.docs());
  }

  /** Phase 5: heap of a warm index, then a refresh after adding {@link #added} articles. */
  private void refresh() throws Exception {
    long heapWarm = usedHeapAfterGc();
    recording.forget();
    long t = System.nanoTime();
    IngestReport more = index.ingest(extra.files(), IngestOptions.DEFAULTS);
    double addSeconds = (System.nanoTime() - t) / 1e9;
    check(more.indexed() == added(), "adding %,d: %s".formatted(added(), more.summary()));
    double refreshMs = index.lastRefresh().toNanos() / 1e6;
    long t0 = System.nanoTime();
    index.search(query(TEXTS[0], topPlace, topOrg));
    double firstMs = (System.nanoTime() - t0) / 1e6;
    long heapAfter = usedHeapAfterGc();
    double plainRefreshMs;
    try (PlainLucene again = new PlainLucene(plainDir)) {
      plainRefreshMs = again.addAndReopen(extra.files(), recording.values());
    }
    recording.recordNothing();
    row(
        "refresh",
        String.format("add %,d articles (with extraction) and commit", added()),
        String.format("%,.0f ms", addSeconds * 1000),
        "");
    row(
        "refresh",
        "  reopen + warm facet state",
        String.format("%.1f ms", refreshMs),
        String.format(
            "%.2f x plain (%.1f ms); heap %+,d MB",
            refreshMs / plainRefreshMs, plainRefreshMs, heapAfter - heapWarm));
    row(
        "refresh",
        "  first filtered query after it",
        String.format("%.2f ms", firstMs),
        filteredTerm == null ? "" : String.format("p99 before: %.2f ms", filteredTerm.p99Ms()));
    row("heap", "heap in use, warm index open (after GC)", String.format("%,d MB", heapWarm), "");
    json.put(
        "refresh",
        Map.of(
            "addSeconds", addSeconds,
            "refreshMs", refreshMs,
            "plainRefreshMs", plainRefreshMs,
            "firstQueryMs", firstMs,
            "heapBeforeMb", heapWarm,
            "heapAfterMb", heapAfter));
    json.put("heapWarmMb", heapWarm);
  }

  /** Prints the table and writes the figures; returns the exit status. */
  private int report() throws IOException {
    printTable();
    double total = (System.nanoTime() - started) / 1e9;
    out.printf("%nwhole run: %.0f s%n", total);
    json.put("runSeconds", total);
    if (o.out().getParent() != null) {
      Files.createDirectories(o.out().getParent());
    }
    Files.writeString(
        o.out(),
        new GsonBuilder()
            .setPrettyPrinting()
            .serializeSpecialFloatingPointValues()
            .create()
            .toJson(json));
    out.println("figures written to " + o.out());
    if (!o.keep()) {
      deleteTree(o.work());
    }
    return 0;
  }

  private static String storedMode(Options o) {
    return o.compact() ? "BEST_COMPRESSION" : "BEST_SPEED";
  }

  private static SearchQuery query(String text, String place, String org) {
    SearchQuery.Builder b = SearchQuery.builder().text(text).limit(10).facets(VALUE_FACETS);
    if (place != null && org != null) {
      b.filter(Facet.PLACE, place).filter(Facet.ORGANIZATION, org);
    }
    return b.build();
  }

  private static String params(String text, String place, String org) {
    StringBuilder b = new StringBuilder("q=").append(enc(text));
    b.append("&facets=organization,place,person,source");
    if (place != null && org != null) {
      b.append("&place=").append(enc(place)).append("&organization=").append(enc(org));
    }
    return b.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void get(HttpClient client, String url) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  /** {@code clients} threads sending the URLs in turn for {@code seconds}: requests, errors. */
  private static long[] load(HttpClient client, List<String> urls, int clients, double seconds)
      throws InterruptedException {
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      Thread th =
          new Thread(
              () -> {
                int i = offset;
                while (System.nanoTime() < end) {
                  try {
                    get(client, urls.get(i++ % urls.size()));
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  requests.incrementAndGet();
                }
              });
      th.start();
      threads.add(th);
    }
    for (Thread th : threads) {
      th.join();
    }
    return new long[] {requests.get(), errors.get()};
  }

  private static String top(NewsIndex index, Facet facet) throws IOException {
    SearchResult r = index.search(SearchQuery.builder().limit(0).facets(facet).build());
    Optional<FacetResult> f = r.facet(facet);
    return f.flatMap(x -> x.values().stream().findFirst()).map(FacetValue::value).orElse(null);
  }

  private void row(String group, String what, String value, String compared) {
    table.add(new String[] {group, what, value, compared});
  }

  private void printTable() {
    out.println();
    out.printf("%-8s %-46s %-28s %s%n", "", "", "Gazette", "compared");
    String last = "";
    for (String[] r : table) {
      out.printf("%-8s %-46s %-28s %s%n", r[0].equals(last) ? "" : r[0], r[1], r[2], r[3]);
      last = r[0];
    }
  }

  private static String rate(int docs, double seconds, double mb) {
    return String.format("%,.0f art/s, %.2f MB/s", docs / seconds, mb / seconds);
  }

  private static String ms(Latency l) {
    return String.format("p50 %.2f ms, p99 %.2f ms", l.p50Ms(), l.p99Ms());
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Extracts with the real extractor, timing it and keeping each article's extraction. */
  static final class RecordingExtractor implements EntityExtractor {
    /** Articles kept for the warm single-thread measure of extraction speed. */
    private static final int SAMPLE = 2_000;

    private final EntityExtractor delegate;
    final LongAdder nanos = new LongAdder();
    final LongAdder calls = new LongAdder();
    private final List<Article> sample = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile Map<String, Extraction> extractions = new ConcurrentHashMap<>();

    RecordingExtractor(EntityExtractor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Extraction extract(Article article) {
      long t = System.nanoTime();
      Extraction x = delegate.extract(article);
      nanos.add(System.nanoTime() - t);
      calls.increment();
      if (sample.size() < SAMPLE) {
        sample.add(article);
      }
      Map<String, Extraction> keep = extractions;
      if (keep != null) {
        keep.put(article.id(), x);
      }
      return x;
    }

    EntityExtractor delegate() {
      return delegate;
    }

    /** Up to the first 2,000 articles extracted, in no particular order. */
    List<Article> sample() {
      synchronized (sample) {
        return List.copyOf(sample);
      }
    }

    Extraction recorded(String id) {
      Map<String, Extraction> keep = extractions;
      return keep == null ? null : keep.get(id);
    }

    /** The entity names of each article: organisations, places, people. */
    Map<String, String[][]> values() {
      Map<String, String[][]> out = new ConcurrentHashMap<>();
      extractions.forEach(
          (id, x) -> {
            String[][] v = new String[3][];
            v[0] = names(x, EntityType.ORGANIZATION);
            v[1] = names(x, EntityType.PLACE);
            v[2] = names(x, EntityType.PERSON);
            out.put(id, v);
          });
      return out;
    }

    private static String[] names(Extraction x, EntityType type) {
      return x.entities(type).stream().map(Entity::name).distinct().toArray(String[]::new);
    }

    void forget() {
      extractions = new ConcurrentHashMap<>();
    }

    void recordNothing() {
      extractions = null;
    }

    @Override
    public List<String> canonicalNames(EntityType type, String alias) {
      return delegate.canonicalNames(type, alias);
    }

    @Override
    public Optional<GeoPlace> place(String name) {
      return delegate.place(name);
    }
  }

  /** Answers with the extraction recorded for the article: indexing without extracting. */
  static final class ReplayExtractor implements EntityExtractor {
    private final RecordingExtractor recorded;

    ReplayExtractor(RecordingExtractor recorded) {
      this.recorded = recorded;
    }

    @Override
    public Extraction extract(Article article) {
      Extraction x = recorded.recorded(article.id());
      if (x == null) {
        throw new IllegalStateException("no recorded extraction for " + article.id());
      }
      return x;
    }

    @Override
    public List<String> canonicalNames(EntityType type, String alias) {
      return recorded.canonicalNames(type, alias);
    }

    @Override
    public Optional<GeoPlace> place(String name) {
      return recorded.place(name);
    }
  }
}
