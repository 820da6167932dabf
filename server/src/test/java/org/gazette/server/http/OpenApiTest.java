package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OpenAPI description the server serves matches the server: the same routes, and for the
 * endpoints that check their query parameters, the same parameter names. Every documented parameter
 * is sent, with its documented example, to the real server over the sample corpus.
 */
class OpenApiTest {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  @TempDir static Path dir;
  private static RunningServer server;
  private static HttpResponse<String> served;
  private static JsonObject spec;

  @BeforeAll
  static void start() throws IOException {
    server = RunningServer.withSamples(dir);
    served = server.get("/api/v1/openapi.json");
    spec = JsonParser.parseString(served.body()).getAsJsonObject();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void theDescriptionIsServedAsAnOpenApi3JsonDocument() {
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(spec.get("openapi").getAsString()).startsWith("3.");
    assertThat(spec.getAsJsonObject("info").get("title").getAsString()).isNotBlank();
    assertThat(spec.getAsJsonObject("info").get("version").getAsString()).isNotBlank();
    assertThat(spec.getAsJsonObject("paths").keySet()).isNotEmpty();
  }

  @Test
  void everyRouteOfTheServerIsDescribedWithItsMethod() {
    assertThat(describedOperations()).containsAll(server.server.routes());
  }

  @Test
  void everyDescribedOperationIsARouteOfTheServer() {
    assertThat(server.server.routes()).containsAll(describedOperations());
  }

  @Test
  void everyPathPlaceholderIsARequiredPathParameterAndNoOtherIsDeclared() {
    Pattern placeholder = Pattern.compile("\\{([^}]+)}");
    for (String path : spec.getAsJsonObject("paths").keySet()) {
      Set<String> inPath = new TreeSet<>();
      Matcher m = placeholder.matcher(path);
      while (m.find()) {
        inPath.add(m.group(1));
      }
      for (String method : methodsOf(path)) {
        List<JsonObject> declared =
            parameters(path, method).stream()
                .filter(p -> p.get("in").getAsString().equals("path"))
                .toList();
        assertThat(declared)
            .as("%s %s", method, path)
            .allSatisfy(p -> assertThat(p.get("required").getAsBoolean()).isTrue());
        assertThat(declared.stream().map(p -> p.get("name").getAsString()))
            .as("path parameters of %s %s", method, path)
            .containsExactlyInAnyOrderElementsOf(inPath);
      }
    }
  }

  @Test
  void everyReferenceResolvesWithinTheDocument() {
    List<String> refs = new ArrayList<>();
    collectRefs(spec, refs);
    assertThat(refs).isNotEmpty();
    assertThat(refs).allSatisfy(ref -> assertThat(resolve(ref)).as(ref).isNotNull());
  }

  @Test
  void theComponentsDescribeEveryResponseShape() {
    assertThat(spec.getAsJsonObject("components").getAsJsonObject("schemas").keySet())
        .contains(
            "SearchResult",
            "Hit",
            "FacetValue",
            "FacetResult",
            "DateHistogram",
            "Document",
            "Entity",
            "Mention",
            "MentionedDate",
            "IngestReport",
            "EntityProfile",
            "Stats",
            "Health",
            "Problem");
    JsonObject problem = schema("Problem").getAsJsonObject("properties");
    assertThat(problem.keySet()).contains("type", "title", "status", "detail", "query", "position");
    // Exactly the types the server can answer with: a new one cannot go undescribed.
    assertThat(strings(problem.getAsJsonObject("type").getAsJsonArray("enum")))
        .containsExactlyInAnyOrderElementsOf(
            Problems.types().stream().map(type -> Problems.TYPE_PREFIX + type).toList());
  }

  @Test
  void everyOperationSaysWhetherItNeedsTheKeyAndWritesWorkWithoutOneWhenNoneIsSet() {
    for (String path : spec.getAsJsonObject("paths").keySet()) {
      for (String method : methodsOf(path)) {
        JsonObject operation = operation(path, method);
        boolean write = !method.equals("get");
        assertThat(operation.has("security")).as("%s %s declares security", method, path).isTrue();
        JsonArray security = operation.getAsJsonArray("security");
        if (write) {
          // Either scheme, or none at all: writes are open when GAZETTE_API_KEY is not set.
          assertThat(security.asList())
              .as("%s %s", method, path)
              .containsExactlyInAnyOrder(
                  JsonParser.parseString("{\"bearerAuth\": []}"),
                  JsonParser.parseString("{\"apiKeyHeader\": []}"),
                  new JsonObject());
          assertThat(operation.getAsJsonObject("responses").keySet())
              .as("%s %s", method, path)
              .contains("401");
        } else {
          assertThat(security).as("%s %s needs no key", method, path).isEmpty();
        }
      }
    }
    assertThat(spec.has("security")).isFalse();
  }

  @Test
  void theRoutesThatIgnoreParametersAnswerTheirDocumented400ForABrokenQueryString() {
    for (String path : List.of("/health", "/api/v1/openapi.json")) {
      JsonObject responses = operation(path, "get").getAsJsonObject("responses");
      assertThat(responses.keySet()).as(path).contains("400");
      HttpResponse<String> broken = server.get(path + "?q=%FF");
      assertThat(broken.statusCode()).as(path).isEqualTo(400);
      assertThat(broken.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
  }

  @Test
  void everyArticleMediaTypeTheServerTakesIsDescribedAndNamedByItsRefusal() {
    Set<String> described =
        spec.getAsJsonObject("paths")
            .getAsJsonObject("/api/v1/documents")
            .getAsJsonObject("post")
            .getAsJsonObject("requestBody")
            .getAsJsonObject("content")
            .keySet();
    assertThat(described)
        .containsExactlyInAnyOrder(
            "application/json",
            "application/x-ndjson",
            "application/jsonl",
            "text/html",
            "application/xhtml+xml");
    HttpResponse<String> refused =
        server.send(
            java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/documents"))
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("id,body")));
    assertThat(refused.statusCode()).isEqualTo(415);
    for (String type : described) {
      assertThat(refused.body()).as("the 415 names %s", type).contains(type);
      HttpResponse<String> taken =
          server.send(
              java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/documents"))
                  .header("Content-Type", type)
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          type.contains("html")
                              ? "<html><head><title>Troops leave Erbil</title></head><body><p>"
                                  + "Troops left Erbil on Monday as "
                                  + type
                                  + " said, after a month of talks with the regional"
                                  + " government about the bases they leave behind.</p>"
                                  + "</body></html>"
                              : "{\"id\": \"media-"
                                  + type.replaceAll("\\W", "-")
                                  + "\", \"body\": \"Troops left Erbil on Monday.\"}")));
      assertThat(taken.statusCode()).as("POST as %s", type).isEqualTo(201);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/api/v1/search, /api/v1/search",
    "/api/v1/facets/{dimension}, /api/v1/facets/organization",
    "/api/v1/entities/{type}/{name}, /api/v1/entities/organization/CENTCOM"
  })
  void everyDocumentedQueryParameterIsAcceptedWithItsExample(String path, String concrete) {
    List<JsonObject> query = queryParameters(path);
    assertThat(query).isNotEmpty();
    for (JsonObject parameter : query) {
      String name = parameter.get("name").getAsString();
      assertThat(parameter.has("example")).as("%s documents an example of %s", path, name).isTrue();
      String queryString =
          examples(parameter).stream()
              .map(value -> name + "=" + RunningServer.enc(value))
              .collect(Collectors.joining("&"));
      HttpResponse<String> response = server.get(concrete + "?" + queryString);
      assertThat(response.statusCode())
          .as("GET %s?%s answered %s", concrete, queryString, response.body())
          .isEqualTo(200);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/api/v1/search, /api/v1/search",
    "/api/v1/facets/{dimension}, /api/v1/facets/organization",
    "/api/v1/entities/{type}/{name}, /api/v1/entities/organization/CENTCOM",
    "/api/v1/stats, /api/v1/stats"
  })
  void anUndocumentedQueryParameterIsRefusedAndTheRefusalListsExactlyTheDocumentedOnes(
      String path, String concrete) {
    Set<String> documented =
        queryParameters(path).stream()
            .map(p -> p.get("name").getAsString())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(documented).doesNotContain("notDocumented");

    HttpResponse<String> response = server.get(concrete + "?notDocumented=1");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject problem = RunningServer.json(response);
    assertThat(problem.get("type").getAsString()).isEqualTo("urn:gazette:problem:bad-parameter");
    // The refusal names what the endpoint takes: that is the code's own list, compared here with
    // the documented one in both directions.
    String detail = problem.get("detail").getAsString();
    String takes = "; this endpoint takes ";
    assertThat(detail).startsWith("unknown parameter 'notDocumented'").contains(takes);
    Set<String> accepted =
        Arrays.stream(detail.substring(detail.indexOf(takes) + takes.length()).split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty() && !s.equals("no parameters"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(documented).as("documented query parameters of %s", path).isEqualTo(accepted);
  }

  private static List<String> describedOperations() {
    List<String> described = new ArrayList<>();
    for (String path : spec.getAsJsonObject("paths").keySet()) {
      for (String method : methodsOf(path)) {
        described.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
      }
    }
    return described;
  }

  private static List<String> methodsOf(String path) {
    return spec.getAsJsonObject("paths").getAsJsonObject(path).keySet().stream()
        .filter(METHODS::contains)
        .toList();
  }

  private static JsonObject operation(String path, String method) {
    return spec.getAsJsonObject("paths").getAsJsonObject(path).getAsJsonObject(method);
  }

  /** The parameters of an operation: those of its path item, then its own, references resolved. */
  private static List<JsonObject> parameters(String path, String method) {
    List<JsonObject> all = new ArrayList<>();
    for (JsonObject holder :
        List.of(spec.getAsJsonObject("paths").getAsJsonObject(path), operation(path, method))) {
      if (holder.has("parameters")) {
        for (JsonElement p : holder.getAsJsonArray("parameters")) {
          JsonObject o = p.getAsJsonObject();
          all.add(o.has("$ref") ? resolve(o.get("$ref").getAsString()).getAsJsonObject() : o);
        }
      }
    }
    return all;
  }

  private static List<JsonObject> queryParameters(String path) {
    return parameters(path, "get").stream()
        .filter(p -> p.get("in").getAsString().equals("query"))
        .toList();
  }

  /** The example values of a parameter: one, or each element of an array example. */
  private static List<String> examples(JsonObject parameter) {
    JsonElement example = parameter.get("example");
    if (example.isJsonArray()) {
      return strings(example.getAsJsonArray());
    }
    return List.of(example.getAsString());
  }

  private static JsonObject schema(String name) {
    return spec.getAsJsonObject("components").getAsJsonObject("schemas").getAsJsonObject(name);
  }

  /** The element a local reference ({@code #/components/schemas/Hit}) points to, or null. */
  private static JsonElement resolve(String ref) {
    if (!ref.startsWith("#/")) {
      return null;
    }
    JsonElement at = spec;
    for (String token : ref.substring(2).split("/")) {
      String key = token.replace("~1", "/").replace("~0", "~");
      if (!(at instanceof JsonObject o) || !o.has(key)) {
        return null;
      }
      at = o.get(key);
    }
    return at;
  }

  private static void collectRefs(JsonElement element, List<String> refs) {
    if (element instanceof JsonObject o) {
      for (Map.Entry<String, JsonElement> e : o.entrySet()) {
        if (e.getKey().equals("$ref") && e.getValue().isJsonPrimitive()) {
          refs.add(e.getValue().getAsString());
        } else {
          collectRefs(e.getValue(), refs);
        }
      }
    } else if (element instanceof JsonArray a) {
      a.forEach(e -> collectRefs(e, refs));
    }
  }

  private static List<String> strings(JsonArray array) {
    List<String> values = new ArrayList<>();
    array.forEach(e -> values.add(e.getAsString()));
    return values;
  }
}
