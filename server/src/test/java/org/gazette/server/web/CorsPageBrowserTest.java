package org.gazette.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.util.List;
import org.gazette.server.http.RunningServer;
import org.gazette.server.http.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page still works when CORS origins are configured: chromium sends an Origin header
 * with the module script and the API calls of the page, and the server's own origin must pass.
 */
class CorsPageBrowserTest {
  @TempDir Path dir;

  @Test
  void thePageShowsItsResultsWhenOtherOriginsAreAllowed() throws Exception {
    HeadlessChromium.assumeInstalled();
    ServerConfig config =
        ServerConfig.defaults().withPort(0).withCorsOrigins(List.of("http://localhost:3000"));
    try (RunningServer fixture = RunningServer.forThePage(dir, config);
        HeadlessChromium chromium = HeadlessChromium.launch(dir.resolve("browser"))) {
      BrowserPage page = chromium.newPage();

      page.navigate(fixture.base() + "/?q=coalition");
      page.waitFor("document.body.dataset.settled === 'true'", "the first results");

      List<String> expected =
          fixture.api("/api/v1/search?q=coalition").getAsJsonArray("hits").asList().stream()
              .map(h -> h.getAsJsonObject().get("id").getAsString())
              .toList();
      List<String> shown =
          page
              .eval("[...document.querySelectorAll('.hit')].map(e => e.dataset.id)")
              .getAsJsonArray()
              .asList()
              .stream()
              .map(JsonElement::getAsString)
              .toList();
      assertThat(shown).isNotEmpty().isEqualTo(expected);
      assertThat(page.newProblems(entry -> false)).as("console errors and exceptions").isEmpty();
    }
  }
}
