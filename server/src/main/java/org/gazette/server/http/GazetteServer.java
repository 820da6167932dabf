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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.gazette.NewsIndex;

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
 * {@code /health} is never held back. A write is answered only once it is committed. A request body
 * is read before the request waits for a turn and must arrive whole within {@link
 * ServerConfig#bodyDeadlineMillis()}, else it is answered 408.
 *
 * <p>NOTE: requests whose {@code Host} header is not one the server answers to are refused with 421
 * ({@link HostCheck}); cross-origin requests follow {@link CorsPolicy}. Every GET route answers
 * HEAD too, and a 405 lists the methods of its path in {@code Allow}.
 */
public final class GazetteServer implements AutoCloseable {
  private static final Set<String> JSON_TYPES =
      Set.of("application/json", "application/x-ndjson", "application/jsonl");

  /** The types of a web page, which POST /api/v1/documents takes besides JSON. */
  static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

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

    /** Whether {@code requestPath} is this route's: a {@code {name}} takes one whole segment. */
    boolean matches(String requestPath) {
      String[] want = path.split("/", -1);
      String[] got = requestPath.split("/", -1);
      if (want.length != got.length) {
        return false;
      }
      for (int i = 0; i < want.length; i++) {
        boolean param = want[i].startsWith("{");
        if (param ? got[i].isEmpty() : !want[i].equals(got[i])) {
          return false;
        }
      }
      return true;
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
    // Bodies are read before their turn; they may hold as much memory at once as the bodies of
    // all the requests that may run.
    RequestBody bodies =
        new RequestBody(
            config.maxBodyBytes(),
            config.bodyDeadlineMillis(),
            config.maxRunningRequests() * config.maxBodyBytes());
    List<Route> routes = routes(new ApiHandlers(index, bodies));
    List<Route> served = served(routes, limiter, bodies);
    Javalin app = Javalin.create(c -> configure(c, config, served));
    app.start(config.host(), config.port());
    return new GazetteServer(app, routes);
  }

  /**
   * The routes as served: each GET also answers HEAD; each but health waits for a turn of the
   * limiter, and a write reads its whole body first (within the body deadline), so that a client
   * sending slowly holds no turn.
   */
  private static List<Route> served(
      List<Route> routes, RequestLimiter limiter, RequestBody bodies) {
    List<Route> served = new ArrayList<>();
    for (Route r : routes) {
      // Health answers outside the limit, so a monitor can tell "busy" (503 elsewhere) from "down".
      Handler handler = r.path().equals("/health") ? r.handler() : limiter.limit(r.handler());
      if (r.method() == HandlerType.POST || r.method() == HandlerType.PUT) {
        Handler limited = handler;
        handler =
            ctx -> {
              try {
                bodies.bytes(ctx);
                limited.handle(ctx);
              } finally {
                bodies.release(ctx);
              }
            };
      }
      served.add(new Route(r.method(), r.path(), handler));
      if (r.method() == HandlerType.GET) {
        served.add(new Route(HandlerType.HEAD, r.path(), handler));
      }
    }
    return List.copyOf(served);
  }

  /** The methods served on {@code path}, for the Allow header of a 405: {@code GET, HEAD}. */
  static String allowedMethods(List<Route> routes, String path) {
    String methods =
        routes.stream()
            .filter(r -> r.matches(path))
            .map(r -> r.method().name())
            .distinct()
            .collect(Collectors.joining(", "));
    // Past the API, only the files of the page are served.
    return methods.isEmpty() ? "GET, HEAD" : methods;
  }

  static List<Route> routes(ApiHandlers h) {
    return List.of(
        new Route(HandlerType.GET, "/health", h::health),
        new Route(HandlerType.GET, "/api/v1/search", h::search),
        new Route(HandlerType.GET, "/api/v1/facets/{dimension}", h::facetValues),
        new Route(HandlerType.GET, "/api/v1/places", h::places),
        new Route(HandlerType.GET, "/api/v1/export", h::export),
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

  private static void configure(JavalinConfig c, ServerConfig config, List<Route> served) {
    c.startup.showJavalinBanner = false;
    c.http.prefer405over404 = true;
    c.http.maxRequestSize = config.maxBodyBytes();
    c.jsonMapper(new GsonJsonMapper());
    c.jetty.modifyHttpConfiguration(
        http -> {
          http.setIdleTimeout(config.idleTimeoutMillis());
          // An answer that fits the output buffer (32 KB: a page of hits with its facets) is held
          // until it is whole and sent at once with its length. With Jetty's default (8 KB) a
          // larger one went out chunked, and the client waited for the closing chunk, written only
          // after the request had finished: 0.4 to 0.7 ms more per search at 100k articles.
          http.setOutputAggregationSize(http.getOutputBufferSize());
        });
    // Enough threads for every request that may run or wait for a turn, plus some for the page,
    // health checks and the quick 503s; bounded, so a flood cannot start threads without end.
    QueuedThreadPool threads =
        new QueuedThreadPool(
            config.maxRunningRequests() + config.maxWaitingRequests() + 32, 8, 60_000);
    threads.setName("gazette-http");
    c.jetty.threadPool = threads;
    // Jetty's request log, not the app's: it sees the requests Jetty refuses itself too.
    c.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new JettyProblems());
          server.setRequestLog(new AccessLog());
        });
    c.staticFiles.add(GazetteServer::webPage);
    HostCheck hosts = HostCheck.of(config.host(), config.allowedHosts());
    CorsPolicy cors =
        new CorsPolicy(config.corsOrigins(), served.stream().map(Route::method).toList());
    c.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
    c.routes.before(hosts::check);
    c.routes.before(cors::apply);
    c.routes.before(ctx -> RequestParams.checkEncoding(ctx.queryString()));
    if (config.apiKey() != null) {
      byte[] key = sha256(config.apiKey());
      c.routes.before("/api/*", ctx -> requireKey(ctx, key));
    }
    // Writes must be JSON (or, for a posted page, HTML): a browser cannot send those cross-site
    // without a CORS preflight (neither is a CORS-safelisted type), so a web page cannot post
    // articles to a local server that has no API key.
    c.routes.before("/api/*", GazetteServer::requireJsonBody);
    for (Route r : served) {
      c.routes.addHttpHandler(r.method(), r.path(), r.handler());
    }
    // A 204 has no content, so no type of content either (Javalin sets text/plain on every answer).
    c.routes.after(
        ctx -> {
          if (ctx.statusCode() == 204) {
            ctx.res().setContentType(null);
          }
        });
    Problems.register(c.routes, path -> allowedMethods(served, path));
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
    String mime = mediaType(type);
    boolean postsPage =
        HTML_TYPES.contains(mime)
            && ctx.method() == HandlerType.POST
            && ctx.path().equals("/api/v1/documents");
    if (!JSON_TYPES.contains(mime) && !postsPage) {
      throw ApiProblem.unsupportedMediaType(type);
    }
  }

  /** The media type of a Content-Type header, lower case, without parameters; "" for none. */
  static String mediaType(String contentType) {
    return contentType == null
        ? ""
        : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** The charset parameter of a Content-Type header, or null. */
  static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        return p.substring(8).replace("\"", "").strip();
      }
    }
    return null;
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
