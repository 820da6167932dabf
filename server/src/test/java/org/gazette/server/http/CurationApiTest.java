package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.server.http.ProblemResponsesTest.assertProblem;
import static org.gazette.server.http.RunningServer.enc;
import static org.gazette.server.http.RunningServer.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curation through the HTTP API changes facet counts on the very next request. */
class CurationApiTest {
  @TempDir Path dir;
  private RunningServer api;

  @BeforeEach
  void start() throws IOException {
    api = RunningServer.withSamples(dir);
  }

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  @Test
  void aMergeMadeOverHttpChangesThePersonFacetAtOnce() {
    Map<String, Integer> before = people();
    assertThat(before).containsEntry("Kadhimi", 1).containsEntry("Mustafa Al Kadhimi", 1);

    HttpResponse<String> merged =
        api.put("/api/v1/entities/person/Kadhimi", "{\"mergeInto\": \"Mustafa Al Kadhimi\"}");

    assertThat(merged.statusCode()).isEqualTo(200);
    assertThat(json(merged).get("remapped").getAsInt()).isEqualTo(1);
    Map<String, Integer> after = people();
    assertThat(after).containsEntry("Mustafa Al Kadhimi", 2).doesNotContainKey("Kadhimi");
    assertThat(json(api.get("/api/v1/search?person=Kadhimi&size=0")).get("total").getAsInt())
        .isEqualTo(2);
    JsonObject profile = json(api.get("/api/v1/entities/person/" + enc("Mustafa Al Kadhimi")));
    assertThat(profile.get("documentCount").getAsInt()).isEqualTo(2);
    assertThat(profile.getAsJsonArray("aliases").toString()).contains("Kadhimi");
  }

  @Test
  void aBlockMadeOverHttpHidesTheValueAtOnceAndAnEmptyDecisionBringsItBack() {
    JsonObject before = json(api.get("/api/v1/search?facetSize=100&facets=organization"));
    assertThat(values(before, "organization")).containsKey("Special Forces");
    int valuesBefore = before.getAsJsonObject("facets").getAsJsonArray("organization").size();

    assertThat(
            api.put("/api/v1/entities/organization/" + enc("Special Forces"), "{\"blocked\": true}")
                .statusCode())
        .isEqualTo(200);

    JsonObject after = json(api.get("/api/v1/search?facetSize=100&facets=organization"));
    assertThat(values(after, "organization")).doesNotContainKey("Special Forces");
    assertThat(after.getAsJsonObject("facets").getAsJsonArray("organization").size())
        .isEqualTo(valuesBefore - 1);
    assertThat(json(api.get("/api/v1/documents/002_6e6b109cc528a883")).toString())
        .doesNotContain("\"Special Forces\"");
    JsonArray rules = json(api.get("/api/v1/curation")).getAsJsonArray("entities");
    assertThat(rules.toString())
        .contains("\"name\":\"Special Forces\"")
        .contains("\"blocked\":true");

    api.put("/api/v1/entities/organization/" + enc("Special Forces"), "{}");

    assertThat(
            values(
                json(api.get("/api/v1/search?facetSize=100&facets=organization")), "organization"))
        .containsKey("Special Forces");
    assertThat(json(api.get("/api/v1/curation")).getAsJsonArray("entities")).isEmpty();
  }

  @Test
  void aRenameAndAliasesAnswerUnderTheNewNames() {
    api.put(
        "/api/v1/entities/place/" + enc("Al Anbar"),
        "{\"rename\": \"Anbar\", \"aliases\": [\"Anbar Governorate\"]}");

    assertThat(values(json(api.get("/api/v1/search?facets=place&facetSize=50")), "place"))
        .containsEntry("Anbar", 3)
        .doesNotContainKey("Al Anbar");
    assertThat(
            json(api.get("/api/v1/facets/place?prefix=" + enc("anbar gov")))
                .getAsJsonArray("values")
                .toString())
        .contains("\"value\":\"Anbar\"");
    assertThat(
            json(api.get("/api/v1/search?size=0&place=" + enc("Anbar Governorate")))
                .get("total")
                .getAsInt())
        .isEqualTo(3);
  }

  @Test
  void badDecisionsAreRefusedAndChangeNothing() {
    assertProblem(
        api.put("/api/v1/entities/person/Kadhimi", "{\"mergeInto\": \"A\", \"rename\": \"B\"}"),
        400,
        "bad-parameter");
    assertProblem(
        api.put("/api/v1/entities/person/Kadhimi", "{\"merge\": \"A\"}"), 400, "malformed-body");
    assertProblem(
        api.put("/api/v1/entities/person/Kadhimi", "{\"aliases\": \"A\"}"), 400, "malformed-body");
    assertProblem(api.put("/api/v1/entities/person/Kadhimi", "[1]"), 400, "malformed-body");
    assertProblem(api.put("/api/v1/entities/planet/Mars", "{}"), 400, "bad-parameter");
    api.put("/api/v1/entities/person/Kadhimi", "{\"mergeInto\": \"Mustafa Al Kadhimi\"}");
    assertProblem(
        api.put(
            "/api/v1/entities/person/" + enc("Mustafa Al Kadhimi"), "{\"mergeInto\": \"Kadhimi\"}"),
        400,
        "bad-parameter");

    assertThat(json(api.get("/api/v1/curation")).getAsJsonArray("entities")).hasSize(1);
  }

  @Test
  void curationNeedsTheApiKeyWhenOneIsSet() throws IOException {
    try (RunningServer locked =
        RunningServer.start(
            dir.resolve("locked"), ServerConfig.defaults().withPort(0).withApiKey("k"), true)) {
      assertProblem(
          locked.put("/api/v1/entities/person/Kadhimi", "{\"blocked\": true}"),
          401,
          "unauthorized");
      assertThat(locked.get("/api/v1/curation").statusCode()).isEqualTo(200);
    }
  }

  private Map<String, Integer> people() {
    return values(json(api.get("/api/v1/search?facets=person&facetSize=100")), "person");
  }

  private static Map<String, Integer> values(JsonObject result, String dimension) {
    Map<String, Integer> map = new LinkedHashMap<>();
    result
        .getAsJsonObject("facets")
        .getAsJsonArray(dimension)
        .forEach(
            v ->
                map.put(
                    v.getAsJsonObject().get("value").getAsString(),
                    v.getAsJsonObject().get("count").getAsInt()));
    return map;
  }
}
