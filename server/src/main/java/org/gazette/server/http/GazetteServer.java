package org.gazette.server.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.gazette.NewsIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server over one {@link NewsIndex}: the REST API under {@code /api/v1}, {@code /health},
 * the search page at {@code /} (static files from the jar that use only the public API), one log
 * line per request, and every failure as {@code application/problem+json}.
 *
 * <p>NOTE: {@link #start} blocks until the server listens; {@link #close()} stops it but leaves the
 * index open: its owner closes it (after the server, so that no request is cut off mid-write).
 *
 * <p>NOTE: at most {@link ServerConfig#maxRunningRequests()} API requests run at once and {@link
 * ServerConfig#maxWaitingRequests()} more wait for a turn; the others are answered 503 at once.
 * {@code /health} is never held back. A write is answered only once it is committed.
 */
public final class GazetteServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("gazette.http");
  private static final Set<String> JSON_TYPES =
      Set.of("application/json", "application/x-ndjson", "application/jsonl");

  /**
   * The page may load scripts, styles, images and data from its own origin only: no inline script,
   * no eval, no framing, no plugin. The page needs nothing else, so an injected fragment can run
   * nothing.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  /** The classpath folder of the web page, served at {@code /}. */
  static final String WEB_ROOT = "/org/gazette/server/web";

  private static final Set<HandlerType> WRITES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);

  /** A route of the API: method, path, handler. */
  record Route(HandlerType method, String path, Handler handler) {
    /** {@code GET /api/v1/search}. */
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final Javalin app;
  private final List<Route> routes;

  private GazetteServer(Javalin app, List<Route> routes) {
    this.app = app;
    this.routes = routes;
  }

  /** Starts serving {@code index} as configured; returns once the port is bound. */
  public static GazetteServer start(NewsIndex index, ServerConfig config) {
    RequestLimiter limiter =
        new RequestLimiter(
            config.maxRunningRequests(), config.maxWaitingRequests(), config.maxWaitMillis());
    List<Route> routes =
        routes(new ApiHandlers(index, config.maxBodyBytes())).stream()
            .map(r -> limited(r, limiter))
            .toList();
    Javalin app = Javalin.create(c -> configure(c, config, routes));
    app.start(config.host(), config.port());
    return new GazetteServer(app, routes);
  }

  // Health answers outside the limit, so a monitor can tell "busy" (503 elsewhere) from "down".
  private static Route limited(Route r, RequestLimiter limiter) {
    return r.path().equals("/health")
        ? r
        : new Route(r.method(), r.path(), limiter.limit(r.handler()));
  }

  static List<Route> routes(ApiHandlers h) {
    return List.of(
        new Route(HandlerType.GET, "/health", h::health),
        new Route(HandlerType.GET, "/api/v1/search", h::search),
        new Route(HandlerType.GET, "/api/v1/facets/{dimension}", h::facetValues),
        new Route(HandlerType.GET, "/api/v1/documents/{id}", h::document),
        new Route(HandlerType.POST, "/api/v1/documents", h::postDocuments),
        new Route(HandlerType.PUT, "/api/v1/documents/{id}", h::putDocument),
        new Route(HandlerType.DELETE, "/api/v1/documents/{id}", h::deleteDocument),
        new Route(HandlerType.GET, "/api/v1/entities/{type}/{name}", h::entity),
        new Route(HandlerType.PUT, "/api/v1/entities/{type}/{name}", h::curate),
        new Route(HandlerType.GET, "/api/v1/curation", h::curation),
        new Route(HandlerType.GET, "/api/v1/stats", h::stats),
        new Route(HandlerType.GET, "/api/v1/openapi.json", h::openApi));
  }

  private static void configure(JavalinConfig c, ServerConfig config, List<Route> routes) {
    c.startup.showJavalinBanner = false;
    c.http.prefer405over404 = true;
    c.http.maxRequestSize = config.maxBodyBytes();
    c.jsonMapper(new GsonJsonMapper());
    c.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(config.idleTimeoutMillis()));
    // Enough threads for every request that may run or wait for a turn, plus some for the page,
    // health checks and the quick 503s; bounded, so a flood cannot start threads without end.
    QueuedThreadPool threads =
        new QueuedThreadPool(
            config.maxRunningRequests() + config.maxWaitingRequests() + 32, 8, 60_000);
    threads.setName("gazette-http");
    c.jetty.threadPool = threads;
    c.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
    c.requestLogger.http(GazetteServer::log);
    if (!config.corsOrigins().isEmpty()) {
      c.bundledPlugins.enableCors(
          cors ->
              cors.addRule(
                  rule -> {
                    List<String> origins = config.corsOrigins();
                    rule.allowHost(
                        origins.getFirst(),
                        origins.subList(1, origins.size()).toArray(String[]::new));
                  }));
    }
    c.staticFiles.add(GazetteServer::webPage);
    c.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
    c.routes.before(ctx -> RequestParams.checkEncoding(ctx.queryString()));
    if (config.apiKey() != null) {
      byte[] key = sha256(config.apiKey());
      c.routes.before("/api/*", ctx -> requireKey(ctx, key));
    }
    // Writes must be JSON: a browser cannot send that cross-site without a CORS preflight, so a
    // web page cannot post articles to a local server that has no API key.
    c.routes.before("/api/*", GazetteServer::requireJsonBody);
    for (Route r : routes) {
      c.routes.addHttpHandler(r.method(), r.path(), r.handler());
    }
    Problems.register(c.routes);
  }

  // The search page: plain files from the jar, revalidated on each load so that an upgraded server
  // never runs with a cached script of the previous version.
  private static void webPage(StaticFileConfig files) {
    files.hostedPath = "/";
    files.directory = WEB_ROOT;
    files.location = Location.CLASSPATH;
    // The files are UTF-8 (dashes, ellipses, the × of a chip); say so rather than let a browser
    // guess.
    files.mimeTypes.add("text/html; charset=utf-8", "html");
    files.mimeTypes.add("text/javascript; charset=utf-8", "js");
    files.mimeTypes.add("text/css; charset=utf-8", "css");
    files.headers =
        Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Cache-Control", "no-cache",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");
  }

  private static void requireJsonBody(Context ctx) {
    if (ctx.method() != HandlerType.POST && ctx.method() != HandlerType.PUT) {
      return;
    }
    String type = ctx.contentType();
    String mime = type == null ? "" : type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    if (!JSON_TYPES.contains(mime)) {
      throw ApiProblem.unsupportedMediaType(type);
    }
  }

  private static void requireKey(Context ctx, byte[] key) {
    if (!WRITES.contains(ctx.method())) {
      return;
    }
    String given = ctx.header("X-API-Key");
    String auth = ctx.header("Authorization");
    if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = auth.substring(7).strip();
    }
    // Constant-time comparison of digests: the time taken tells neither how much of a guess was
    // right nor how long the key is.
    if (given == null || !MessageDigest.isEqual(key, sha256(given))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiProblem.unauthorized();
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void log(Context ctx, Float millis) {
    String query = ctx.queryString();
    LOG.info(
        "{} {} {}{} {} {}ms",
        ctx.ip(),
        ctx.method(),
        ctx.path(),
        query == null ? "" : "?" + query,
        ctx.statusCode(),
        Math.round(millis));
  }

  /** The port the server listens on (the chosen one when configured with 0). */
  public int port() {
    return app.port();
  }

  /** The routes served, as {@code METHOD /path}. */
  public List<String> routes() {
    return routes.stream().map(Route::toString).toList();
  }

  /** Stops accepting requests and waits for the running ones. The index stays open. */
  @Override
  public void close() {
    app.stop();
  }
}
