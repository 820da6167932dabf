package org.gazette.server.http;

import com.google.gson.JsonObject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.gazette.search.QuerySyntaxException;
import org.gazette.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapping of failures to {@code application/problem+json} (RFC 9457): {@code type}, {@code
 * title}, {@code status}, {@code detail}, plus {@code position} and {@code query} for query syntax
 * errors. Stack traces go to the log only.
 */
final class Problems {
  static final String CONTENT_TYPE = "application/problem+json";

  /** The Content-Type header of a problem: its bytes are UTF-8, and the header says so. */
  static final String CONTENT_TYPE_UTF8 = CONTENT_TYPE + "; charset=utf-8";

  static final String TYPE_PREFIX = "urn:gazette:problem:";

  private static final Logger LOG = LoggerFactory.getLogger("gazette.http");
  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("bad-parameter", "Bad parameter"),
          Map.entry("query-syntax", "Query syntax error"),
          Map.entry("malformed-body", "Malformed request body"),
          Map.entry("unauthorized", "API key required"),
          Map.entry("not-found", "Not found"),
          Map.entry("method-not-allowed", "Method not allowed"),
          Map.entry("payload-too-large", "Request body too large"),
          Map.entry("unsupported-media-type", "Unsupported media type"),
          Map.entry("overloaded", "Server busy"),
          Map.entry("query-timeout", "Search took too long"),
          Map.entry("storage-full", "Index storage full"),
          Map.entry("store-unavailable", "Store unavailable"),
          Map.entry("bad-request", "Unreadable request"),
          Map.entry("misdirected-request", "Unknown host name"),
          Map.entry("origin-not-allowed", "Origin not allowed"),
          Map.entry("request-timeout", "Request body too slow"),
          Map.entry("http-version-not-supported", "HTTP version not supported"),
          Map.entry("internal", "Internal server error"));

  private Problems() {}

  /**
   * Every problem type the server answers with, without the {@code urn:gazette:problem:} prefix.
   */
  static java.util.Set<String> types() {
    return TITLES.keySet();
  }

  /**
   * Registers the exception and error handlers of the app; {@code allow} gives the methods of a
   * path for the {@code Allow} header of a 405.
   */
  static void register(RoutesConfig routes, Function<String, String> allow) {
    routes.exception(
        ApiProblem.class, (e, ctx) -> write(ctx, e.status(), e.type(), e.getMessage()));
    routes.exception(
        QuerySyntaxException.class,
        (e, ctx) -> {
          JsonObject body = body(400, "query-syntax", e.getMessage());
          body.addProperty("query", e.query());
          if (e.position() > 0) {
            body.addProperty("position", e.position());
          }
          send(ctx, 400, body);
        });
    routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> write(ctx, 400, "bad-parameter", e.getMessage()));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          if (e.getStatus() == 405) {
            ctx.header("Allow", allow.apply(ctx.path()));
          }
          write(ctx, e.getStatus(), typeOf(e.getStatus()), detailOf(ctx, e));
        });
    routes.exception(
        StoreUnavailableException.class,
        (e, ctx) -> {
          LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
          ctx.header("Retry-After", "1");
          write(
              ctx,
              503,
              "store-unavailable",
              "the store of the articles cannot take or answer this request now ("
                  + e.getMessage()
                  + "); nothing was acknowledged: try again");
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          if (diskFull(e)) {
            LOG.error("{} {} failed: the disk of the index is full", ctx.method(), ctx.path(), e);
            write(
                ctx,
                507,
                "storage-full",
                "the index could not be written because its disk is full; this request was not"
                    + " saved, articles acknowledged before are safe; free space and restart the"
                    + " server");
            return;
          }
          String incident = UUID.randomUUID().toString().substring(0, 8);
          LOG.error("incident {}: {} {} failed", incident, ctx.method(), ctx.path(), e);
          write(
              ctx,
              500,
              "internal",
              "the server failed to answer this request; the log has the details under incident "
                  + incident);
        });
    routes.error(
        404,
        ctx -> {
          if (!isProblem(ctx)) {
            write(ctx, 404, "not-found", "no route for " + ctx.method() + " " + ctx.path());
          }
        });
    routes.error(
        405,
        ctx -> {
          ctx.header("Allow", allow.apply(ctx.path()));
          if (!isProblem(ctx)) {
            write(
                ctx,
                405,
                "method-not-allowed",
                ctx.method() + " is not allowed on " + ctx.path() + " (see /api/v1/openapi.json)");
          }
        });
  }

  /**
   * Whether a failure comes from a full disk. Java has no exception type for ENOSPC: the message of
   * the I/O error is all there is; Lucene keeps it as the cause of later failures once its writer
   * has stopped.
   */
  private static boolean diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
        return true;
      }
    }
    return false;
  }

  static void write(Context ctx, int status, String type, String detail) {
    send(ctx, status, body(status, type, detail));
  }

  /** The problem object; {@code type} is a slug such as {@code bad-parameter}. */
  static JsonObject bodyOf(int status, String type, String detail) {
    return body(status, type, detail);
  }

  private static JsonObject body(int status, String type, String detail) {
    JsonObject o = new JsonObject();
    o.addProperty("type", TYPE_PREFIX + type);
    o.addProperty("title", TITLES.getOrDefault(type, "Error"));
    o.addProperty("status", status);
    o.addProperty("detail", detail == null || detail.isBlank() ? TITLES.get(type) : detail);
    return o;
  }

  private static void send(Context ctx, int status, JsonObject body) {
    ctx.status(status)
        .contentType(CONTENT_TYPE_UTF8)
        .result(body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(CONTENT_TYPE);
  }

  /** Javalin's own messages are terse ("Method Not Allowed"); these say what was asked. */
  private static String detailOf(Context ctx, HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> "no route for " + ctx.method() + " " + ctx.path();
      case 405 -> ctx.method() + " is not allowed on " + ctx.path() + " (see /api/v1/openapi.json)";
      default -> e.getMessage();
    };
  }

  private static String typeOf(int status) {
    return switch (status) {
      case 401 -> "unauthorized";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 503 -> "overloaded";
      case 507 -> "storage-full";
      case 400 -> "bad-parameter";
      default -> status >= 500 ? "internal" : "bad-parameter";
    };
  }
}
