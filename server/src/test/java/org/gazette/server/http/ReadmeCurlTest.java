package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code curl} examples of the README's "HTTP API" section work as printed: each one, with only
 * {@code http://127.0.0.1:7070} replaced by the test server's address, runs through {@code bash -c}
 * against a real server over the sample corpus and must exit 0 with a JSON answer.
 *
 * <p>NOTE: an example is a line of a fenced {@code sh} block of that section that starts with
 * {@code curl}, with the lines it continues with a trailing backslash. The examples run in README
 * order on one server, so a write example must come after the examples it depends on (the POST of a
 * document before its PUT and DELETE). Needs {@code curl} (7.76 or newer) and {@code bash}.
 */
class ReadmeCurlTest {
  private static final Path README = Path.of("../README.md");
  private static final String SECTION = "## HTTP API";
  private static final String PRINTED_BASE = "http://127.0.0.1:7070";
  private static final String STATUS_OUT = "-w '%{http_code}\\n'";

  @TempDir static Path dir;
  private static RunningServer server;

  @BeforeAll
  static void start() throws IOException {
    server = RunningServer.withSamples(dir);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void theHttpApiSectionShowsSearchFacetDocumentWriteAndProfileExamples() throws IOException {
    List<String> commands = examples();

    assertThat(commands)
        .as("every example talks to the documented address")
        .allSatisfy(c -> assertThat(c).contains(PRINTED_BASE));
    assertThat(commands).as("a search with two filters").anyMatch(c -> searchFilters(c) >= 2);
    assertThat(commands)
        .as("a facet prefix search")
        .anyMatch(c -> c.contains("/api/v1/facets/organization?prefix="));
    assertThat(commands)
        .as("a document get")
        .anyMatch(c -> c.contains("/api/v1/documents/") && !c.contains(" -X "));
    assertThat(commands)
        .as("a POST")
        .anyMatch(c -> c.contains("-X POST") && c.contains("/api/v1/documents"));
    assertThat(commands)
        .as("a DELETE")
        .anyMatch(c -> c.contains("-X DELETE") && c.contains("/api/v1/documents/"));
    assertThat(commands)
        .as("an entity profile")
        .anyMatch(c -> c.contains("/api/v1/entities/organization/CENTCOM?place=Anbar"));
  }

  @TestFactory
  Stream<DynamicTest> everyCurlExampleOfTheHttpApiSectionAnswersWithSuccessAsPrinted()
      throws IOException {
    requireCurl();
    List<String> commands = examples();
    assertThat(commands).isNotEmpty();
    return commands.stream().map(c -> DynamicTest.dynamicTest(c, () -> runsWithSuccess(c)));
  }

  private static void runsWithSuccess(String printed) throws IOException, InterruptedException {
    // --fail-with-body makes curl exit 22 on a status of 400 or more while still printing the
    // problem; the server never redirects, so exit 0 means a 2xx answer.
    assertThat(printed)
        .as("README curl examples use --fail-with-body so that an error status fails them")
        .contains("--fail-with-body");
    Run run = bash(printed.replace(PRINTED_BASE, server.base()));
    assertThat(run.exit())
        .as("exit status of %s%nstdout: %s%nstderr: %s", printed, run.out(), run.err())
        .isZero();
    String body = run.out();
    if (printed.contains(STATUS_OUT)) {
      // The example prints the status itself, as its last line (DELETE answers 204, no body).
      String trimmed = body.stripTrailing();
      int cut = trimmed.lastIndexOf('\n') + 1;
      assertThat(trimmed.substring(cut)).as("status printed by %s", printed).matches("2\\d\\d");
      body = trimmed.substring(0, cut);
      if (body.isBlank()) {
        return;
      }
    }
    assertThat(isJson(body)).as("%s printed JSON: %s", printed, body).isTrue();
  }

  /** The curl commands of the HTTP API section, in README order. */
  private static List<String> examples() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("\n" + SECTION + "\n");
    assertThat(start).as("README has a section '%s'", SECTION).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);

    List<String> commands = new ArrayList<>();
    boolean inSh = false;
    StringBuilder command = null;
    for (String line : section.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        assertThat(command).as("a curl command ends inside its block: %s", command).isNull();
        inSh = !inSh && line.strip().equals("```sh");
        continue;
      }
      if (command != null) {
        command.append('\n').append(line);
      } else if (inSh && line.startsWith("curl ")) {
        command = new StringBuilder(line);
      } else {
        continue;
      }
      if (!line.endsWith("\\")) {
        commands.add(command.toString());
        command = null;
      }
    }
    return commands;
  }

  /** How many filter parameters the URL of a search command has. */
  private static long searchFilters(String command) {
    int at = command.indexOf("/api/v1/search?");
    if (at < 0) {
      return 0;
    }
    String query = command.substring(at + "/api/v1/search?".length()).split("['\"\\s]", 2)[0];
    return Arrays.stream(query.split("&"))
        .map(p -> p.substring(0, Math.max(0, p.indexOf('='))))
        .filter(RequestParams.FILTERS::contains)
        .count();
  }

  private static void requireCurl() {
    try {
      Run version = run(List.of("curl", "--version"));
      if (version.exit() != 0) {
        fail("'curl --version' failed (%s); the README examples need curl 7.76 or newer", version);
      }
    } catch (IOException e) {
      fail(
          "curl is not installed: ReadmeCurlTest runs the README's curl examples and needs curl 7.76"
              + " or newer on the PATH (for example: apt-get install curl). Cause: "
              + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted while looking for curl");
    }
  }

  private static Run bash(String command) throws IOException, InterruptedException {
    return run(List.of("bash", "-c", command));
  }

  private static Run run(List<String> argv) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process =
        new ProcessBuilder(argv)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    process.getOutputStream().close(); // no example reads its standard input
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("%s did not finish within 60 s", argv);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static boolean isJson(String text) {
    if (text.isBlank()) {
      return false;
    }
    try {
      JsonElement parsed = JsonParser.parseString(text);
      return parsed.isJsonObject() || parsed.isJsonArray();
    } catch (JsonParseException e) {
      return false;
    }
  }

  private record Run(int exit, String out, String err) {}
}
