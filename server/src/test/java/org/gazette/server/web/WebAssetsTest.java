package org.gazette.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gazette.server.http.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of the search page as served over plain HTTP: types, headers, and nothing external. */
class WebAssetsTest {
  private static final Path SOURCES = Path.of("src/main/resources/org/gazette/server/web");
  private static final Map<String, String> TYPES =
      Map.of(
          ".html", "text/html",
          ".js", "text/javascript",
          ".css", "text/css",
          ".json", "application/json",
          ".txt", "text/plain");
  // The page's own files say they are UTF-8. JSON is UTF-8 by definition (RFC 8259) and takes no
  // charset; the plain-text licence note of the map data is ASCII, which every charset reads alike.
  private static final Set<String> DECLARES_UTF8 = Set.of(".html", ".js", ".css");
  // The SVG namespace is a name that identifies the XML vocabulary; no browser fetches it.
  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
  // Absolute URLs, CDN hosts, and protocol-relative references in src, href, url() and imports.
  private static final Pattern EXTERNAL =
      Pattern.compile(
          "https?://|//cdn"
              + "|(?:src|href)\\s*=\\s*[\"']//"
              + "|url\\(\\s*[\"']?//"
              + "|(?:from|import)\\s*\\(?\\s*[\"']//",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IMPORT = Pattern.compile("from \"([^\"]+)\"");

  @TempDir static Path dir;
  private static RunningServer fixture;

  @BeforeAll
  static void start() throws IOException {
    fixture = RunningServer.forThePage(dir);
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  private static List<String> assets() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theRootServesTheSearchPageWithAStrictContentSecurityPolicy() {
    HttpResponse<String> page = fixture.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains("<script type=\"module\" src=\"app.js\"></script>", "id=\"q\"");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*"));
    assertThat(fixture.get("/?q=withdrawal&place=Anbar").body()).isEqualTo(page.body());
  }

  @Test
  void everyAssetIsServedWithTheContentTypeOfItsKind() throws IOException {
    assertThat(assets())
        .contains("index.html", "app.js", "style.css", "api.js", "map.js", "countries-110m.json")
        .allSatisfy(
            asset -> assertThat(TYPES).containsKey(asset.substring(asset.lastIndexOf('.'))));
    for (String asset : assets()) {
      HttpResponse<String> response = fixture.get("/" + asset);
      String extension = asset.substring(asset.lastIndexOf('.'));

      assertThat(response.statusCode()).as(asset).isEqualTo(200);
      assertThat(response.body()).as(asset).isEqualTo(Files.readString(SOURCES.resolve(asset)));
      assertThat(response.headers().firstValue("Content-Type"))
          .as(asset)
          .hasValueSatisfying(t -> assertThat(t).startsWith(TYPES.get(extension)));
      if (DECLARES_UTF8.contains(extension)) {
        assertThat(response.headers().firstValue("Content-Type"))
            .as(asset)
            .hasValueSatisfying(t -> assertThat(t).endsWith("charset=utf-8"));
      } else if (extension.equals(".txt")) {
        assertThat(response.body()).as(asset).matches("\\p{ASCII}*");
      }
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(asset)
          .contains("nosniff");
    }
  }

  @Test
  void theVendoredMapDataComesWithItsLicenceNote() throws Exception {
    byte[] data = Files.readAllBytes(SOURCES.resolve("countries-110m.json"));
    String note = Files.readString(SOURCES.resolve("countries-110m.LICENSE.txt"));
    String sha256 =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));

    assertThat(note)
        .contains("world-atlas, version 2.0.2", "Natural Earth", "public domain", "ISC", sha256);
  }

  @Test
  void noAssetReferencesAnythingOutsideTheServer() throws IOException {
    for (String asset : assets()) {
      String body = fixture.get("/" + asset).body().replace(SVG_NAMESPACE, "");
      Matcher external = EXTERNAL.matcher(body);
      assertThat(external.find())
          .as("%s refers outside the server: %s", asset, external.find(0) ? external.group() : "")
          .isFalse();
    }
  }

  @Test
  void everyImportedModuleIsServed() throws IOException {
    for (String asset : assets()) {
      Matcher imports = IMPORT.matcher(fixture.get("/" + asset).body());
      while (imports.find()) {
        String target = imports.group(1);
        assertThat(target).as(asset).startsWith("./");
        assertThat(fixture.get("/" + target.substring(2)).statusCode()).as(target).isEqualTo(200);
      }
    }
  }

  @Test
  void theApiAndUnknownFilesStillAnswerWithProblems() {
    HttpResponse<String> missing = fixture.get("/nothing-here.js");
    HttpResponse<String> api = fixture.get("/api/v1/nowhere");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json; charset=utf-8");
    assertThat(fixture.get("/api/v1/search?size=0").body()).startsWith("{\"total\":29");
  }
}
