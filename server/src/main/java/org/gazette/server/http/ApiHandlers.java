package org.gazette.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.gazette.IngestOptions;
import org.gazette.NewsIndex;
import org.gazette.model.ArticleId;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.IngestProblem;
import org.gazette.model.IngestReport;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.search.SearchTimeoutException;
import org.gazette.server.ExportFormats;
import org.gazette.server.JsonViews;

/** The handlers of the API routes: each reads the request, calls the index, writes JSON. */
final class ApiHandlers {
  private static final Set<String> FACET_PARAMS =
      RequestParams.union(RequestParams.QUERY, Set.of("prefix", "size"));
  private static final Set<String> PROFILE_PARAMS =
      RequestParams.union(RequestParams.QUERY, Set.of("size"));

  /** The type of every JSON answer: the bytes are UTF-8, and the header says so. */
  static final String JSON = "application/json; charset=utf-8";

  private final NewsIndex index;
  private final RequestBody bodies;

  ApiHandlers(NewsIndex index, RequestBody bodies) {
    this.index = index;
    this.bodies = bodies;
  }

  void search(Context ctx) throws IOException {
    SearchQuery query = new RequestParams(ctx.queryParamMap(), RequestParams.SEARCH).search();
    json(ctx, JsonViews.searchResult(withinBudget(() -> index.search(query)), index::place));
  }

  /**
   * The places of the results with their coordinates, for a map: the most frequent {@value
   * SearchQuery#MAX_FACET_SIZE} place values of the articles matching the query and filters.
   */
  void places(Context ctx) throws IOException {
    SearchQuery query =
        new RequestParams(ctx.queryParamMap(), RequestParams.QUERY)
            .query()
            .limit(0)
            .facets(Facet.PLACE)
            .facetSize(SearchQuery.MAX_FACET_SIZE)
            .build();
    SearchResult result = withinBudget(() -> index.search(query));
    json(ctx, JsonViews.places(result, index::place));
  }

  private static final Set<String> EXPORT_PARAMS =
      RequestParams.union(RequestParams.QUERY, Set.of("format", "body", "bom", "nodes"));

  /** The most nodes of an exported network. */
  static final int MAX_NETWORK_NODES = 5000;

  /**
   * Every article matching the query and filters, streamed as JSON lines or CSV, or the
   * co-occurrence network of their entities as GEXF or GraphML; one searcher for the whole export,
   * memory independent of its size. The query is checked (and counted, in {@code X-Total-Count})
   * before the first byte, so a bad one is a problem answer like search's.
   */
  void export(Context ctx) throws IOException {
    RequestParams params = new RequestParams(ctx.queryParamMap(), EXPORT_PARAMS);
    String name = params.single("format");
    ExportFormats.Format format =
        name == null
            ? ExportFormats.Format.JSONL
            : ExportFormats.Format.of(name)
                .orElseThrow(
                    () ->
                        ApiProblem.badParameter(
                            "'format' must be one of "
                                + ExportFormats.NAMES
                                + ", got '"
                                + name
                                + "'"));
    boolean body = flag(params, "body");
    boolean bom = flag(params, "bom");
    int nodes = params.integer("nodes", 200, 1, MAX_NETWORK_NODES);
    SearchQuery query = params.query().build();
    SearchQuery count = params.query().limit(0).build();
    long total = withinBudget(() -> index.search(count)).total();
    ctx.status(200);
    ctx.contentType(format.contentType());
    ctx.header("X-Total-Count", Long.toString(total));
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"gazette-export." + format.extension() + "\"");
    if (ctx.method() == io.javalin.http.HandlerType.HEAD) {
      return;
    }
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
    if (bom) {
      out.write('\uFEFF');
    }
    switch (format) {
      case JSONL -> index.export(query, body, a -> ExportFormats.jsonLine(out, a));
      case CSV -> {
        ExportFormats.csvHeader(out, body);
        index.export(query, body, a -> ExportFormats.csvRow(out, a, body));
      }
      case GEXF -> ExportFormats.gexf(out, index.network(query, nodes), java.time.LocalDate.now());
      case GRAPHML -> ExportFormats.graphml(out, index.network(query, nodes));
    }
    out.flush();
  }

  /** A yes/no parameter: {@code true} or {@code false} (also 1 or 0); absent is false. */
  private static boolean flag(RequestParams params, String name) {
    String v = params.single(name);
    if (v == null) {
      return false;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw ApiProblem.badParameter("'" + name + "' must be true or false, got '" + v + "'");
    };
  }

  void facetValues(Context ctx) throws IOException {
    Facet facet = Facet.fromKey(ctx.pathParam("dimension"));
    RequestParams params = new RequestParams(ctx.queryParamMap(), FACET_PARAMS);
    int size = params.integer("size", 10, 1, SearchQuery.MAX_FACET_SIZE);
    String prefix = params.single("prefix");
    SearchQuery query = params.query().build();
    json(
        ctx,
        JsonViews.facetResult(
            withinBudget(() -> index.facetValues(facet, prefix, query, size)), index::place));
  }

  void document(Context ctx) throws IOException {
    noParameters(ctx);
    String id = id(ctx);
    json(
        ctx,
        JsonViews.document(
            index
                .get(id)
                .orElseThrow(() -> ApiProblem.notFound("no document with id '" + id + "'")),
            index::place));
  }

  void postDocuments(Context ctx) throws IOException {
    IngestReport report;
    if (GazetteServer.HTML_TYPES.contains(GazetteServer.mediaType(ctx.contentType()))) {
      String url = pageUrl(new RequestParams(ctx.queryParamMap(), Set.of("url")).single("url"));
      report =
          index.ingestHtml(
              bodies.bytes(ctx),
              url,
              GazetteServer.charset(ctx.contentType()),
              "POST /api/v1/documents",
              IngestOptions.DEFAULTS.collectingIds());
    } else {
      noParameters(ctx);
      String body = bodies.text(ctx);
      report =
          index.ingestJson(body, "POST /api/v1/documents", IngestOptions.DEFAULTS.collectingIds());
    }
    refuseWhenNothingIndexed(report);
    ctx.status(report.added() > 0 && report.replaced() == 0 ? 201 : 200);
    json(ctx, JsonViews.ingestReport(report));
  }

  void putDocument(Context ctx) throws IOException {
    noParameters(ctx);
    String id = id(ctx);
    String body = bodies.text(ctx);
    IngestReport report;
    try {
      report = index.putJson(id, body, "PUT /api/v1/documents/" + id);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.malformedBody(e.getMessage());
    }
    refuseWhenNothingIndexed(report);
    ctx.status(report.added() > 0 ? 201 : 200);
    json(ctx, JsonViews.ingestReport(report));
  }

  void deleteDocument(Context ctx) throws IOException {
    noParameters(ctx);
    String id = id(ctx);
    if (!index.delete(id)) {
      throw ApiProblem.notFound("no document with id '" + id + "'");
    }
    ctx.status(204);
  }

  void entity(Context ctx) throws IOException {
    EntityType type = EntityType.fromKey(ctx.pathParam("type"));
    String name = ctx.pathParam("name"); // Javalin has decoded it already
    RequestParams params = new RequestParams(ctx.queryParamMap(), PROFILE_PARAMS);
    int size = params.integer("size", 10, 1, RequestParams.MAX_PAGE_SIZE);
    SearchQuery query = params.query().build();
    json(
        ctx,
        JsonViews.entityProfile(
            index::place,
            withinBudget(() -> index.entityProfile(type, name, query, size))
                .orElseThrow(
                    () ->
                        ApiProblem.notFound(
                            "no article names the " + type.key() + " '" + name + "'"))));
  }

  /**
   * Replaces the curation decision about one value with the body's: {@code mergeInto}, {@code
   * rename}, {@code aliases}, {@code blocked}; an empty object removes it. Answers once it is
   * applied and durable.
   */
  void curate(Context ctx) throws IOException {
    noParameters(ctx);
    EntityType type = EntityType.fromKey(ctx.pathParam("type"));
    String name = ctx.pathParam("name");
    CurationRule rule = CurationBodies.rule(type, name, bodies.text(ctx));
    int remapped = index.curate(rule);
    JsonObject answer = new JsonObject();
    answer.add("rule", JsonViews.curationRule(rule));
    answer.addProperty("remapped", remapped);
    json(ctx, answer);
  }

  void curation(Context ctx) {
    noParameters(ctx);
    JsonArray rules = new JsonArray();
    index.curation().forEach(r -> rules.add(JsonViews.curationRule(r)));
    JsonObject answer = new JsonObject();
    answer.add("entities", rules);
    json(ctx, answer);
  }

  void stats(Context ctx) throws IOException {
    noParameters(ctx);
    json(ctx, JsonViews.stats(index.stats()));
  }

  // Health and the spec take no parameters and ignore any given (the spec says so), so that a
  // monitor's cache-busting parameter does not turn a healthy server into a failing check.
  void health(Context ctx) throws IOException {
    JsonObject o = new JsonObject();
    o.addProperty("status", "ok");
    o.addProperty("documents", index.count());
    json(ctx, o);
  }

  void openApi(Context ctx) throws IOException {
    try (InputStream in = ApiHandlers.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      ctx.contentType(JSON).result(in.readAllBytes());
    }
  }

  /** A read of the index that may run out of its time budget. */
  private interface IndexRead<T> {
    T run() throws IOException;
  }

  /** {@code read}'s answer; a search past its time budget is a 503 problem. */
  private static <T> T withinBudget(IndexRead<T> read) throws IOException {
    try {
      return read.run();
    } catch (SearchTimeoutException e) {
      throw ApiProblem.queryTimeout(e.getMessage());
    }
  }

  /** Answers {@code body} as UTF-8 JSON. */
  private static void json(Context ctx, Object body) {
    ctx.contentType(JSON)
        .result(
            ctx.jsonMapper()
                .toJsonString(body, body.getClass())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The longest page URL taken. */
  private static final int MAX_URL_CHARS = 2048;

  /** A page's URL parameter: http or https, of bounded length; null when not given. */
  private static String pageUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    if (u.length() > MAX_URL_CHARS
        || !(lower.startsWith("http://") || lower.startsWith("https://"))
        || u.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      throw ApiProblem.badParameter(
          "'url' must be an http or https address of at most "
              + MAX_URL_CHARS
              + " characters without spaces");
    }
    return u;
  }

  private static void noParameters(Context ctx) {
    new RequestParams(ctx.queryParamMap(), Set.of());
  }

  /** The id of the path, by the one grammar of ids that bodies and the library follow too. */
  private static String id(Context ctx) {
    String id = ctx.pathParam("id"); // Javalin has decoded it already
    ArticleId.problem(id)
        .ifPresent(
            p -> {
              throw ApiProblem.badParameter("the document id in the path is not valid: " + p);
            });
    return id;
  }

  /**
   * A write that stored nothing had an unusable body (malformed, or articles without text): the
   * client's error, with the reasons.
   */
  private static void refuseWhenNothingIndexed(IngestReport report) {
    if (report.indexed() == 0) {
      String reasons =
          report.problems().stream()
              .map(IngestProblem::toString)
              .limit(10)
              .collect(Collectors.joining("; "));
      throw ApiProblem.malformedBody(
          reasons.isEmpty() ? "the body holds no article" : "nothing was indexed: " + reasons);
    }
  }
}
