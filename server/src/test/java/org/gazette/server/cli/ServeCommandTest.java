package org.gazette.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}: restarts skip unchanged articles; SIGTERM commits and closes the index. */
class ServeCommandTest {
  private static final String SAMPLES = Path.of("../index-data").toAbsolutePath().toString();
  private static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path dir;

  @Test
  void aRestartOnAnExistingIndexSkipsTheUnchangedArticles() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ServeCommand serve = command(out, err);
    List<String> args = List.of("--port", "0", "--data", SAMPLES, "--index", "index");

    try (ServeCommand.Running first = serve.start(args)) {
      assertThat(first.index().count()).isEqualTo(5);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("added 5, replaced 0, skipped 0");
    err.reset();
    try (ServeCommand.Running second = serve.start(args)) {
      assertThat(second.index().count()).isEqualTo(5);
    }

    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("added 0, replaced 0, skipped 5, failed 0")
        .contains("unchanged articles are skipped, not re-extracted");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Gazette is serving 5 documents on");
  }

  @Test
  void sigtermStopsTheServerAndLeavesEveryAcknowledgedDocumentCommitted() throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process process =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.gazette.server.Main",
                "serve",
                "--port",
                "0",
                "--data",
                SAMPLES,
                "--index",
                dir.resolve("index").toString())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    try {
      int port = portOf(process);
      HttpResponse<String> posted =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/api/v1/documents"))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"id\": \"late\", \"body\": \"Posted just before SIGTERM.\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).isEqualTo(201);

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }

    assertThat(Files.readString(dir.resolve("stderr.txt")))
        .contains("gazette: stopped; the index is committed and closed");
    try (NewsIndex index = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("index")))) {
      assertThat(index.count()).isEqualTo(6);
      assertThat(index.get("late")).isPresent();
    }
  }

  private ServeCommand command(ByteArrayOutputStream out, ByteArrayOutputStream err) {
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    return new ServeCommand(o, e, new Cli(o, e, Map.of(), dir), Map.of());
  }

  /** Reads the child's stdout until it says where it serves. */
  private static int portOf(Process process) throws IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      seen.add(line);
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("the server never said where it serves; stdout was " + seen);
  }
}
