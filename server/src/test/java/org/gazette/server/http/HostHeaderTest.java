package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server bound to loopback answers only to loopback names and the names it was given, so that a
 * page of another site cannot reach it by DNS rebinding (its name resolving to 127.0.0.1).
 */
class HostHeaderTest {
  @TempDir Path dir;

  @Test
  void onLoopbackAForeignHostIsRefusedEverywhere() throws IOException {
    try (RunningServer s = RunningServer.start(dir, ServerConfig.defaults().withPort(0), false)) {
      for (String path : List.of("/api/v1/stats", "/health", "/", "/app.js")) {
        RawHttp.Answer answer = RawHttp.getWithHost(s.server.port(), path, "rebind.evil.example");

        assertThat(answer.status()).as(path).isEqualTo(421);
        assertThat(answer.header("Content-Type")).startsWith(Problems.CONTENT_TYPE);
        JsonObject problem = JsonParser.parseString(answer.text()).getAsJsonObject();
        assertThat(problem.get("type").getAsString())
            .isEqualTo("urn:gazette:problem:misdirected-request");
        assertThat(problem.get("detail").getAsString())
            .contains("'rebind.evil.example'")
            .contains("--allowed-host");
      }
    }
  }

  @Test
  void onLoopbackLoopbackNamesAndAddressesAreAnsweredWhateverThePort() throws IOException {
    try (RunningServer s = RunningServer.start(dir, ServerConfig.defaults().withPort(0), false)) {
      for (String host :
          List.of(
              "127.0.0.1",
              "127.0.0.1:" + s.server.port(),
              "localhost",
              "LOCALHOST:80",
              "127.1.2.3:9",
              "[::1]",
              "[::1]:7070")) {
        assertThat(RawHttp.getWithHost(s.server.port(), "/api/v1/stats", host).status())
            .as(host)
            .isEqualTo(200);
      }
      for (String host : List.of("127.0.0.1.evil.example", "localhost.evil.example", "[::2]")) {
        assertThat(RawHttp.getWithHost(s.server.port(), "/api/v1/stats", host).status())
            .as(host)
            .isEqualTo(421);
      }
    }
  }

  @Test
  void allowedHostsAreAnsweredAndComeFromTheEnvironmentToo() throws IOException {
    ServerConfig config =
        ServerConfig.defaults()
            .withPort(0)
            .withEnvironment(Map.of("GAZETTE_ALLOWED_HOSTS", "news.example, Desk.Example"));
    assertThat(config.allowedHosts()).containsExactly("news.example", "desk.example");

    try (RunningServer s = RunningServer.start(dir, config, false)) {
      int port = s.server.port();
      assertThat(RawHttp.getWithHost(port, "/health", "news.example:8080").status()).isEqualTo(200);
      assertThat(RawHttp.getWithHost(port, "/health", "desk.example").status()).isEqualTo(200);
      assertThat(RawHttp.getWithHost(port, "/health", "localhost").status()).isEqualTo(200);
      assertThat(RawHttp.getWithHost(port, "/health", "other.example").status()).isEqualTo(421);
    }
  }

  @Test
  void boundToEveryInterfaceAnyHostIsAnsweredUnlessAllowedHostsAreGiven() throws IOException {
    ServerConfig open = ServerConfig.defaults().withPort(0).withHost("0.0.0.0");
    try (RunningServer s = RunningServer.start(dir.resolve("open"), open, false)) {
      assertThat(RawHttp.getWithHost(s.server.port(), "/health", "gazette.lan").status())
          .isEqualTo(200);
    }
    ServerConfig listed = open.withAllowedHosts(List.of("gazette.lan"));
    try (RunningServer s = RunningServer.start(dir.resolve("listed"), listed, false)) {
      assertThat(RawHttp.getWithHost(s.server.port(), "/health", "gazette.lan").status())
          .isEqualTo(200);
      assertThat(RawHttp.getWithHost(s.server.port(), "/health", "127.0.0.1").status())
          .isEqualTo(200);
      assertThat(RawHttp.getWithHost(s.server.port(), "/health", "rebind.evil.example").status())
          .isEqualTo(421);
    }
  }
}
