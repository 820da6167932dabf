package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posting a web page to a real server: its main text and metadata become an article. */
class WebPagePostTest {
  private static final String PAGE =
      """
      <html lang="en"><head><title>Ferry returns to Lowmere | Harbour Wire</title>
      <meta property="og:site_name" content="Harbour Wire">
      <meta property="article:published_time" content="2024-05-02T09:30:00+02:00">
      <meta name="author" content="Ada Fenn">
      </head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
      <article><h1>Ferry returns to Lowmere</h1>
      <p>The ferry between Lowmere and Eastford runs again from Monday, after repairs to the
      pier that took most of the winter, the Harbour Authority said.</p>
      <p>Tickets are sold at the pier and online; children travel free until June.</p>
      </article><footer>Copyright Harbour Wire</footer></body></html>
      """;

  @TempDir Path dir;
  private RunningServer api;

  @BeforeEach
  void start() throws IOException {
    api = RunningServer.start(dir, ServerConfig.defaults().withPort(0), false);
  }

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private HttpResponse<String> postPage(String query, String contentType, byte[] body) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/v1/documents" + query))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static JsonObject json(HttpResponse<String> r) {
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  @Test
  void aPostedPageIsIndexedWithItsHeadlineSiteDateAuthorsAndUrl() {
    HttpResponse<String> posted =
        postPage(
            "?url=https%3A%2F%2Fwire.example%2Fferry",
            "text/html; charset=utf-8", PAGE.getBytes(Charset.forName("UTF-8")));

    assertThat(posted.statusCode()).isEqualTo(201);
    String id = json(posted).getAsJsonArray("ids").get(0).getAsString();
    JsonObject doc = json(api.get("/api/v1/documents/" + id));
    assertThat(doc.get("title").getAsString()).isEqualTo("Ferry returns to Lowmere");
    assertThat(doc.get("source").getAsString()).isEqualTo("Harbour Wire");
    assertThat(doc.get("published").getAsString()).isEqualTo("2024-05-02");
    assertThat(doc.get("publishedAt").getAsString()).isEqualTo("2024-05-02T07:30:00Z");
    assertThat(doc.get("url").getAsString()).isEqualTo("https://wire.example/ferry");
    assertThat(doc.getAsJsonArray("authors").get(0).getAsString()).isEqualTo("Ada Fenn");
    JsonObject hit =
        json(api.get("/api/v1/search?q=ferry")).getAsJsonArray("hits").get(0).getAsJsonObject();
    assertThat(hit.get("source").getAsString()).isEqualTo("Harbour Wire");
    assertThat(hit.get("published").getAsString()).isEqualTo("2024-05-02");
    assertThat(hit.getAsJsonArray("authors").get(0).getAsString()).isEqualTo("Ada Fenn");
    assertThat(doc.get("body").getAsString())
        .startsWith("The ferry between Lowmere and Eastford runs again from Monday")
        .doesNotContain("Sport")
        .doesNotContain("Copyright");
  }

  @Test
  void theCharsetOfTheContentTypeDecodesThePage() {
    String page = PAGE.replace("Lowmere and Eastford", "Lowmère and Eastford");

    HttpResponse<String> posted =
        postPage(
            "", "text/html; charset=windows-1252", page.getBytes(Charset.forName("windows-1252")));

    assertThat(posted.statusCode()).isEqualTo(201);
    String id = json(posted).getAsJsonArray("ids").get(0).getAsString();
    assertThat(json(api.get("/api/v1/documents/" + id)).get("body").getAsString())
        .contains("Lowmère and Eastford");
  }

  @Test
  void aPageWithNoArticleIndexesNothingAndSaysWhy() {
    HttpResponse<String> posted =
        postPage(
            "",
            "text/html",
            "<html><body><ul><li><a href=/a>One</a></li></ul></body></html>".getBytes());

    assertThat(posted.statusCode()).isEqualTo(400);
    assertThat(json(posted).get("detail").getAsString())
        .contains("nothing was indexed")
        .contains("no article text found");
    assertThat(json(api.get("/api/v1/search?size=0")).get("total").getAsInt()).isZero();
  }

  @Test
  void aUrlThatIsNoWebAddressIsRefusedAndNothingIsIndexed() {
    HttpResponse<String> posted =
        postPage("?url=file%3A%2F%2F%2Fetc%2Fpasswd", "text/html", PAGE.getBytes());

    assertThat(posted.statusCode()).isEqualTo(400);
    assertThat(json(posted).get("detail").getAsString()).contains("'url'");
    assertThat(json(api.get("/api/v1/search?size=0")).get("total").getAsInt()).isZero();
  }

  @Test
  void aUrlParameterWithJsonIsRefused() {
    HttpResponse<String> posted =
        postPage(
            "?url=https%3A%2F%2Fx.example",
            "application/json", "{\"body\": \"Rain in Basra.\"}".getBytes());

    assertThat(posted.statusCode()).isEqualTo(400);
  }

  @Test
  void aPageCannotReplaceADocumentByPut() {
    HttpResponse<String> put =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/documents/p1"))
                .header("Content-Type", "text/html")
                .PUT(HttpRequest.BodyPublishers.ofString(PAGE)));

    assertThat(put.statusCode()).isEqualTo(415);
  }
}
