package org.gazette.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gazette.cli.Arguments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options and environment of {@code serve} that guard the server: key, hosts, deadline. */
class ServeOptionsTest {
  @TempDir Path dir;

  private ServeCommand command(Map<String, String> env) {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new ServeCommand(out, out, new Cli(out, out, env, dir), env);
  }

  private static List<String> args(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("--port", "0", "--data", "none"));
    args.addAll(List.of(more));
    return args;
  }

  /** Starts and stops the server when it starts; the exception of start otherwise. */
  private void startAndStop(Map<String, String> env) throws IOException {
    command(env).start(args("--index", "index")).close();
  }

  @Test
  void aBlankApiKeyRefusesToStartInsteadOfLeavingWritesOpen() {
    for (String blank : List.of("", " ", "\t\n")) {
      assertThatThrownBy(() -> startAndStop(Map.of("GAZETTE_API_KEY", blank)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("GAZETTE_API_KEY")
          .hasMessageContaining("blank");
    }
  }

  @Test
  void anApiKeyWithSpacesAroundItRefusesToStartRatherThanNeverMatch() {
    for (String padded : List.of("secret ", " secret", "secret\n")) {
      assertThatThrownBy(() -> startAndStop(Map.of("GAZETTE_API_KEY", padded)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("GAZETTE_API_KEY")
          .hasMessageContaining("whitespace");
    }
  }

  @Test
  void theCliSaysWhyItWillNotStart() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Map<String, String> env = Map.of("GAZETTE_API_KEY", "secret ");
    Cli cli = new Cli(e, e, env, dir);
    // Only run once start refuses: a server that starts would block this test forever.
    assertThatThrownBy(() -> startAndStop(env)).isInstanceOf(IllegalArgumentException.class);

    int status = cli.run("serve", "--port", "0", "--data", "none", "--index", "index");

    assertThat(status).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("gazette: GAZETTE_API_KEY has leading or trailing whitespace");
  }

  @Test
  void allowedHostsRepeatOrComeAsAListAndOverrideTheEnvironment() throws IOException {
    ServeCommand serve = command(Map.of("GAZETTE_ALLOWED_HOSTS", "env.example"));
    try (ServeCommand.Running running =
        serve.start(
            args(
                "--index",
                "index",
                "--allowed-host",
                "news.example",
                "--allowed-host",
                "a.example, b.example"))) {
      int port = running.server().port();
      for (String host : List.of("news.example", "a.example:80", "b.example", "localhost")) {
        assertThat(statusFor(port, "GET /health", host)).as(host).isEqualTo(200);
      }
      assertThat(statusFor(port, "GET /health", "env.example")).isEqualTo(421);
      assertThat(statusFor(port, "GET /health", "evil.example")).isEqualTo(421);
    }
  }

  @Test
  void theBodyDeadlineIsAnOption() throws IOException {
    try (ServeCommand.Running running =
            command(Map.of()).start(args("--index", "index", "--body-deadline", "1"));
        Socket socket = new Socket("127.0.0.1", running.server().port())) {
      socket.setSoTimeout(20_000);
      long start = System.nanoTime();
      socket
          .getOutputStream()
          .write(
              ("PUT /api/v1/documents/x HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Content-Type: application/json\r\nContent-Length: 50\r\n\r\n{")
                  .getBytes(StandardCharsets.US_ASCII));

      String status = statusLine(socket);

      assertThat(status).startsWith("HTTP/1.1 408");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
    }
    assertThatThrownBy(() -> command(Map.of()).start(args("--body-deadline", "0")))
        .isInstanceOf(Arguments.UsageException.class)
        .hasMessageContaining("--body-deadline");
  }

  private static int statusFor(int port, String requestLine, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      socket
          .getOutputStream()
          .write(
              (requestLine + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return Integer.parseInt(statusLine(socket).split(" ")[1]);
    }
  }

  private static String statusLine(Socket socket) throws IOException {
    StringBuilder line = new StringBuilder();
    var in = socket.getInputStream();
    for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
      line.append((char) c);
    }
    return line.toString();
  }
}
