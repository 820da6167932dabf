package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server allows when nobody configured anything, and what configuration opens. */
class SecurityDefaultsTest {
  @TempDir Path dir;

  @Test
  void theDefaultsBindLoopbackWithNoKeyAndNoCors() {
    ServerConfig defaults = ServerConfig.defaults();

    assertThat(defaults.host()).isEqualTo("127.0.0.1");
    assertThat(defaults.apiKey()).isNull();
    assertThat(defaults.corsOrigins()).isEmpty();
    assertThat(defaults.maxBodyBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(defaults.withApiKey("k").toString()).doesNotContain("k,").contains("apiKey=set");
  }

  @Test
  void withoutConfiguredOriginsNoCorsHeaderIsSentAndErrorsAreNosniffToo() throws IOException {
    try (RunningServer api = RunningServer.start(dir, ServerConfig.defaults().withPort(0), false)) {
      HttpResponse<String> response = fromOrigin(api, "https://evil.example");
      HttpResponse<String> error = api.get("/api/v1/nowhere");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(error.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
  }

  @Test
  void configuredOriginsAreAllowedAndOthersAreNot() throws IOException {
    ServerConfig config =
        ServerConfig.defaults()
            .withPort(0)
            .withEnvironment(
                Map.of("GAZETTE_CORS_ORIGINS", "https://desk.example, https://b.example"));
    assertThat(config.corsOrigins())
        .isEqualTo(List.of("https://desk.example", "https://b.example"));

    try (RunningServer api = RunningServer.start(dir, config, false)) {
      assertThat(
              fromOrigin(api, "https://desk.example")
                  .headers()
                  .firstValue("Access-Control-Allow-Origin"))
          .contains("https://desk.example");
      assertThat(
              fromOrigin(api, "https://evil.example")
                  .headers()
                  .firstValue("Access-Control-Allow-Origin"))
          .isEmpty();
    }
  }

  @Test
  void theApiKeyComesFromTheEnvironment() {
    assertThat(ServerConfig.defaults().withEnvironment(Map.of("GAZETTE_API_KEY", "k1")).apiKey())
        .isEqualTo("k1");
    // A blank key would leave writes open by mistake: the server refuses to start
    // (ServeOptionsTest).
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ServerConfig.defaults().withEnvironment(Map.of("GAZETTE_API_KEY", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GAZETTE_API_KEY is set but blank");
  }

  @Test
  void theDefaultServerCannotBeReachedThroughAnotherInterface() throws IOException {
    java.net.InetAddress outside =
        java.net.NetworkInterface.networkInterfaces()
            .flatMap(java.net.NetworkInterface::inetAddresses)
            .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress())
            .findFirst()
            .orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        outside != null, "the machine has no non-loopback IPv4 address to try");
    try (RunningServer api = RunningServer.start(dir, ServerConfig.defaults().withPort(0), false)) {
      assertThat(api.get("/health").statusCode()).isEqualTo(200);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> new java.net.Socket(outside, api.server.port()).close())
          .isInstanceOf(java.net.ConnectException.class);
    }
  }

  @Test
  void keysOfAnotherLengthAndPrefixesOfTheKeyAreRefused() throws IOException {
    ServerConfig config = ServerConfig.defaults().withPort(0).withApiKey("correct-horse");
    try (RunningServer api = RunningServer.start(dir, config, false)) {
      for (String guess :
          List.of("", "c", "correct", "correct-hors", "correct-horse!", "x".repeat(4096))) {
        HttpResponse<String> r =
            api.send(
                HttpRequest.newBuilder(api.uri("/api/v1/documents"))
                    .header("Content-Type", "application/json")
                    .header("X-API-Key", guess)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"Troops left.\"}")));
        assertThat(r.statusCode()).as("key '%s'", guess).isEqualTo(401);
      }
      HttpResponse<String> right =
          api.send(
              HttpRequest.newBuilder(api.uri("/api/v1/documents"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer correct-horse")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"Troops left.\"}")));
      assertThat(right.statusCode()).isEqualTo(201);
    }
  }

  @Test
  void requestLimitsHaveDocumentedDefaults() {
    ServerConfig defaults = ServerConfig.defaults();
    assertThat(defaults.maxRunningRequests()).isEqualTo(32);
    assertThat(defaults.maxWaitingRequests()).isEqualTo(256);
    assertThat(defaults.maxWaitMillis()).isEqualTo(10_000);
  }

  private static HttpResponse<String> fromOrigin(RunningServer api, String origin) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/v1/search?size=0")).header("Origin", origin).GET());
  }
}
