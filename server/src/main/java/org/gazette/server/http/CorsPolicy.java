package org.gazette.server.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin requests: the configured origins get {@code Access-Control-Allow-Origin} and their
 * preflights answered; any other origin is answered as if it had sent no {@code Origin}, only
 * without CORS headers, so that a browser keeps the answer from the page that asked. The server's
 * own origin needs no CORS and always works (browsers send {@code Origin} with module scripts and
 * with their fetches from the page). A preflight ({@code OPTIONS} with {@code
 * Access-Control-Request-Method}) of an origin not allowed is refused with 403 before any handler
 * runs.
 *
 * <p>NOTE: thread-safe. With no origins configured, no answer carries CORS headers.
 */
final class CorsPolicy {
  /** Request headers a page may send: the body's type and the two ways to give the API key. */
  static final String ALLOWED_HEADERS = "Content-Type, Authorization, X-API-Key";

  private static final String MAX_AGE_SECONDS = "600";

  private final Set<String> origins;
  private final String methods;

  /** A policy allowing {@code origins}, for routes of {@code methods}. */
  CorsPolicy(List<String> origins, List<HandlerType> methods) {
    this.origins = origins.stream().map(CorsPolicy::normalized).collect(Collectors.toSet());
    this.methods =
        methods.stream().map(HandlerType::name).distinct().collect(Collectors.joining(", "));
  }

  /**
   * Adds the CORS headers an answer to this request needs; answers an allowed preflight at once
   * (204) and refuses any other (403).
   */
  void apply(Context ctx) {
    String origin = ctx.header("Origin");
    if (!origins.isEmpty()) {
      // The answer depends on Origin: caches must not serve one origin's answer to another.
      ctx.res().addHeader("Vary", "Origin");
    }
    boolean preflight =
        ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null;
    if (origin == null) {
      return;
    }
    boolean allowed = origins.contains(normalized(origin));
    if (!preflight) {
      if (allowed) {
        ctx.header("Access-Control-Allow-Origin", origin);
      }
      return;
    }
    if (!allowed && !sameOrigin(ctx, origin)) {
      throw new ApiProblem(
          403,
          "origin-not-allowed",
          "the origin '"
              + origin
              + "' may not call this server from a browser; list it in GAZETTE_CORS_ORIGINS");
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Access-Control-Allow-Methods", methods);
    ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
    ctx.status(204);
    // No handler runs, not even the after-handlers that drop the type of a 204: drop it here.
    ctx.res().setContentType(null);
    ctx.skipRemainingHandlers();
  }

  // Same origin: the Origin names the host and port the request was sent to.
  private static boolean sameOrigin(Context ctx, String origin) {
    String host = ctx.header("Host");
    String o = normalized(origin);
    return host != null
        && (o.equals("http://" + normalized(host)) || o.equals("https://" + normalized(host)));
  }

  // Browsers send origins in lower case without a path; a configured one may end in '/'.
  private static String normalized(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }
}
