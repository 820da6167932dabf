package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.server.http.RunningServer.enc;
import static org.gazette.server.http.RunningServer.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/search, /facets and /entities over the sample corpus on a real server. */
class SearchApiTest {
  private static final String A0 = "000_8dbc307f593ab463";
  private static final String A2 = "002_6e6b109cc528a883";
  private static final String A3 = "003_5024296e89da2637";
  private static final String A4 = "004_8342cd79d5b7a5de";

  @TempDir static Path dir;
  private static RunningServer api;

  @BeforeAll
  static void start() throws IOException {
    api = RunningServer.withSamples(dir);
  }

  @AfterAll
  static void stop() throws IOException {
    api.close();
  }

  @Test
  void searchAnswersJsonWithHitsSnippetsFacetsAndDates() {
    HttpResponse<String> response = api.get("/api/v1/search?q=withdrawal&size=2");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    JsonObject body = json(response);
    assertThat(body.get("total").getAsInt()).isEqualTo(4);
    assertThat(body.get("tookMs").getAsLong()).isNotNegative();
    JsonObject hit = body.getAsJsonArray("hits").get(0).getAsJsonObject();
    assertThat(hit.keySet())
        .containsExactlyInAnyOrder(
            "id", "title", "source", "published", "url", "authors", "score", "snippet", "entities");
    assertThat(hit.get("snippet").getAsString()).contains("<mark>withdraw");
    assertThat(hit.getAsJsonObject("entities").keySet())
        .containsExactly("organization", "place", "person");
    assertThat(body.getAsJsonObject("facets").keySet())
        .containsExactly("organization", "place", "person", "source");
    assertThat(body.getAsJsonObject("dates").keySet()).containsExactly("published", "mentioned");
    assertThat(body.get("nextCursor").isJsonNull()).isFalse();
  }

  @Test
  void aSelectedPlaceKeepsTheCountsOfTheOtherPlacesWhileOtherFacetsApplyIt() {
    JsonObject unfiltered = json(api.get("/api/v1/search?facetSize=50"));
    JsonObject anbar = json(api.get("/api/v1/search?place=Anbar&facetSize=50"));

    assertThat(ids(anbar)).containsExactlyInAnyOrder(A0, A2, A3);
    // The place facet is counted without the place filter: every place keeps its count.
    assertThat(counts(anbar, "place")).isEqualTo(counts(unfiltered, "place"));
    assertThat(selected(anbar, "place")).containsExactly("Al Anbar");
    // The organization facet is counted with the place filter applied.
    Map<String, Integer> orgs = counts(anbar, "organization");
    assertThat(orgs).containsEntry("Islamic State", 3).containsEntry("CENTCOM", 2);
    assertThat(orgs).doesNotContainKey("Politico");
    assertThat(counts(unfiltered, "organization")).containsEntry("Islamic State", 5);
  }

  @Test
  void aSecondValueOfADimensionWidensAndAnotherDimensionNarrows() {
    assertThat(ids(json(api.get("/api/v1/search?place=Anbar&place=Kabul"))))
        .containsExactlyInAnyOrder(A0, A2, A3, A4);
    assertThat(ids(json(api.get("/api/v1/search?place=Anbar&organization=CENTCOM"))))
        .containsExactlyInAnyOrder(A0, A2);
    assertThat(ids(json(api.get("/api/v1/search?q=withdrawal&place=Anbar&organization=CENTCOM"))))
        .containsExactly(A0);
  }

  @Test
  void aSelectedValueWithNoArticlesIsStillListedAtCountZero() {
    JsonObject body = json(api.get("/api/v1/search?place=Atlantis&facets=place&facetSize=1"));

    assertThat(body.get("total").getAsInt()).isZero();
    assertThat(body.getAsJsonObject("facets").getAsJsonArray("place").asList())
        .anySatisfy(
            v -> {
              assertThat(v.getAsJsonObject().get("value").getAsString()).isEqualTo("Atlantis");
              assertThat(v.getAsJsonObject().get("count").getAsInt()).isZero();
              assertThat(v.getAsJsonObject().get("selected").getAsBoolean()).isTrue();
            });
  }

  @Test
  void mentionedDatesFilterByYearMonthOrDay() {
    assertThat(
            json(api.get("/api/v1/search?mentionedFrom=2017&mentionedTo=2017"))
                .get("total")
                .getAsInt())
        .isEqualTo(1);
    assertThat(
            json(api.get("/api/v1/search?mentionedFrom=2009-06&mentionedTo=2009-06-30"))
                .get("total")
                .getAsInt())
        .isEqualTo(1);
    assertThat(json(api.get("/api/v1/search?from=2030-01-01")).get("total").getAsInt()).isZero();
  }

  @Test
  void cursorPagingWalksTheResultWithoutRepeatsAndEnds() {
    List<String> seen = new ArrayList<>();
    String cursor = "";
    int pages = 0;
    do {
      JsonObject page = json(api.get("/api/v1/search?q=iraq&size=2&facets=&cursor=" + enc(cursor)));
      seen.addAll(ids(page));
      JsonElement next = page.get("nextCursor");
      cursor = next.isJsonNull() ? null : next.getAsString();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).doesNotHaveDuplicates().hasSize(5);
    assertThat(seen).isEqualTo(ids(json(api.get("/api/v1/search?q=iraq&size=5"))));
  }

  @Test
  void pageAndSizeSliceTheHitsAndFacetsChoosesTheDimensions() {
    JsonObject page2 = json(api.get("/api/v1/search?q=iraq&size=2&page=2&facets=source,published"));

    assertThat(ids(page2)).hasSize(2);
    assertThat(page2.getAsJsonObject("facets").keySet()).containsExactly("source");
    assertThat(page2.getAsJsonObject("dates").keySet()).containsExactly("published");
    assertThat(json(api.get("/api/v1/search?sort=newest&size=0")).getAsJsonArray("hits")).isEmpty();
  }

  @Test
  void facetValueSearchMatchesPrefixesAliasesAndAccentsUnderTheQuery() {
    JsonObject isl = json(api.get("/api/v1/facets/organization?prefix=isl"));
    JsonObject isis = json(api.get("/api/v1/facets/organization?prefix=ISIS"));
    JsonObject underQuery = json(api.get("/api/v1/facets/place?prefix=anb&q=Kabul"));

    assertThat(values(isl.getAsJsonArray("values"))).containsEntry("Islamic State", 5);
    assertThat(values(isis.getAsJsonArray("values")))
        .containsExactly(Map.entry("Islamic State", 5));
    assertThat(values(underQuery.getAsJsonArray("values"))).isEmpty();
    assertThat(values(json(api.get("/api/v1/facets/place?prefix=anb")).getAsJsonArray("values")))
        .containsExactly(Map.entry("Al Anbar", 3));
  }

  @Test
  void anEntityProfileShowsWhoAppearsWithItUnderTheFilters() {
    HttpResponse<String> response =
        api.get("/api/v1/entities/organization/CENTCOM?place=Anbar&size=3");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject profile = json(response);
    assertThat(profile.get("name").getAsString()).isEqualTo("CENTCOM");
    assertThat(profile.get("documentCount").getAsInt()).isEqualTo(2);
    assertThat(values(profile.getAsJsonArray("aliases"))).containsKey("US Central Command");
    JsonObject related = profile.getAsJsonObject("related");
    assertThat(values(related.getAsJsonArray("organization"))).containsEntry("Islamic State", 2);
    assertThat(values(related.getAsJsonArray("organization"))).doesNotContainKey("CENTCOM");
    assertThat(values(related.getAsJsonArray("place"))).containsEntry("Al Anbar", 2);
    assertThat(profile.getAsJsonObject("timeline").keySet())
        .containsExactly("published", "mentioned");
  }

  @Test
  void anEntityNamedByAnAliasWithEncodedCharactersIsFound() {
    JsonObject profile =
        json(api.get("/api/v1/entities/organization/" + enc("Islamic State of Iraq and Syria")));
    JsonObject sudani = json(api.get("/api/v1/entities/person/" + enc("Mohammed Shia’ Al-Sudani")));

    assertThat(profile.get("name").getAsString()).isEqualTo("Islamic State");
    // Three spellings in three articles: one person across the collection.
    assertThat(sudani.get("documentCount").getAsInt()).isEqualTo(3);
  }

  @Test
  void statsAndHealthDescribeTheIndex() {
    JsonObject stats = json(api.get("/api/v1/stats"));
    JsonObject health = json(api.get("/health"));

    assertThat(stats.get("documents").getAsInt()).isEqualTo(5);
    assertThat(stats.get("sizeBytes").getAsLong()).isPositive();
    assertThat(stats.getAsJsonObject("valueCounts").get("source").getAsInt()).isEqualTo(2);
    assertThat(stats.get("lastCommit").getAsString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(health.get("status").getAsString()).isEqualTo("ok");
    assertThat(health.get("documents").getAsInt()).isEqualTo(5);
  }

  static List<String> ids(JsonObject result) {
    List<String> ids = new ArrayList<>();
    result
        .getAsJsonArray("hits")
        .forEach(h -> ids.add(h.getAsJsonObject().get("id").getAsString()));
    return ids;
  }

  private static Map<String, Integer> counts(JsonObject result, String dimension) {
    return values(result.getAsJsonObject("facets").getAsJsonArray(dimension));
  }

  private static List<String> selected(JsonObject result, String dimension) {
    List<String> selected = new ArrayList<>();
    for (JsonElement v : result.getAsJsonObject("facets").getAsJsonArray(dimension)) {
      JsonObject o = v.getAsJsonObject();
      if (o.has("selected") && o.get("selected").getAsBoolean()) {
        selected.add(o.get("value").getAsString());
      }
    }
    return selected;
  }

  private static Map<String, Integer> values(JsonArray values) {
    Map<String, Integer> map = new LinkedHashMap<>();
    values.forEach(
        v ->
            map.put(
                v.getAsJsonObject().get("value").getAsString(),
                v.getAsJsonObject().get("count").getAsInt()));
    return map;
  }
}
