package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/places} over the sample corpus on a real server. */
class PlacesApiTest {
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

  private static JsonObject json(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  private static Map<String, Long> counts(JsonObject places) {
    Map<String, Long> counts = new HashMap<>();
    for (JsonElement e : places.getAsJsonArray("places")) {
      JsonObject p = e.getAsJsonObject();
      counts.put(p.get("value").getAsString(), p.get("count").getAsLong());
    }
    return counts;
  }

  @Test
  void everyPlaceWithCoordinatesComesWithItsCountAsThePlaceFacetCountsIt() {
    JsonObject places = json(api.get("/api/v1/places"));
    JsonObject search = json(api.get("/api/v1/search?size=0&facets=place&facetSize=1000"));

    Map<String, Long> facet = new HashMap<>();
    int withGeo = 0;
    for (JsonElement e : search.getAsJsonObject("facets").getAsJsonArray("place")) {
      JsonObject v = e.getAsJsonObject();
      if (v.has("geo")) {
        facet.put(v.get("value").getAsString(), v.get("count").getAsLong());
        withGeo++;
      }
    }
    assertThat(counts(places)).isEqualTo(facet);
    assertThat(places.get("total").getAsLong()).isEqualTo(5);
    assertThat(places.get("valueCount").getAsInt())
        .isEqualTo(withGeo + places.getAsJsonObject("withoutCoordinates").get("values").getAsInt());
    JsonObject anbar =
        places.getAsJsonArray("places").asList().stream()
            .map(JsonElement::getAsJsonObject)
            .filter(p -> p.get("value").getAsString().equals("Al Anbar"))
            .findFirst()
            .orElseThrow();
    assertThat(anbar.get("countryCode").getAsString()).isEqualTo("IQ");
    assertThat(anbar.get("latitude").getAsDouble()).isBetween(31.0, 35.0);
    assertThat(anbar.get("longitude").getAsDouble()).isBetween(38.0, 45.0);
    assertThat(anbar.get("geonameId").getAsLong()).isPositive();
  }

  @Test
  void theQueryAndFiltersNarrowThePlacesAndAFilteredPlaceIsSelected() {
    JsonObject all = json(api.get("/api/v1/places"));
    JsonObject kabul = json(api.get("/api/v1/places?q=withdrawal&place=Al%20Anbar"));

    assertThat(kabul.get("total").getAsLong()).isLessThan(all.get("total").getAsLong());
    assertThat(counts(kabul).values().stream().mapToLong(Long::longValue).sum())
        .isLessThan(counts(all).values().stream().mapToLong(Long::longValue).sum());
    assertThat(kabul.getAsJsonArray("places").asList())
        .filteredOn(p -> p.getAsJsonObject().get("value").getAsString().equals("Al Anbar"))
        .singleElement()
        .satisfies(p -> assertThat(p.getAsJsonObject().get("selected").getAsBoolean()).isTrue());
  }

  @Test
  void badParametersGetTheProblemsSearchGives() {
    HttpResponse<String> places = api.get("/api/v1/places?from=yesterday");
    HttpResponse<String> search = api.get("/api/v1/search?from=yesterday");
    HttpResponse<String> unknown = api.get("/api/v1/places?size=3");

    assertThat(places.statusCode()).isEqualTo(400);
    assertThat(places.body()).isEqualTo(search.body());
    assertThat(unknown.statusCode()).isEqualTo(400);
  }
}
