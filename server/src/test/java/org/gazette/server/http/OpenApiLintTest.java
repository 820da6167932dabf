package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI description the server serves passes a linter nobody here wrote: Redocly CLI with its
 * recommended rules ({@code .ci/openapi-lint/redocly.yaml}), with no error and no warning.
 *
 * <p>NOTE: Redocly CLI is a Node.js tool; {@code .ci/run} installs the pinned version into {@code
 * .ci/openapi-lint/node_modules} ({@code npm ci --prefix .ci/openapi-lint}). Without it this test
 * is skipped, and says so.
 */
class OpenApiLintTest {
  private static final Path LINT_DIR = Path.of("../.ci/openapi-lint");
  private static final Path REDOCLY = LINT_DIR.resolve("node_modules/.bin/redocly");

  @TempDir Path dir;

  @Test
  void theServedSpecPassesRedoclyWithNoErrorOrWarning() throws Exception {
    if (!Files.isExecutable(REDOCLY)) {
      String why =
          "Redocly CLI is not installed: run `npm ci --prefix .ci/openapi-lint` (as .ci/run does)";
      // Under CI (.ci/run sets CI=true after installing it) a missing linter is a failure.
      assertThat(System.getenv("CI")).as(why).isNotEqualToIgnoringCase("true");
      System.out.println("SKIPPED OpenApiLintTest: " + why);
      Assumptions.abort(why);
    }
    Path spec = dir.resolve("openapi.json");
    try (RunningServer s = RunningServer.start(dir, ServerConfig.defaults().withPort(0), false)) {
      var served = s.get("/api/v1/openapi.json");
      assertThat(served.statusCode()).isEqualTo(200);
      Files.writeString(spec, served.body(), StandardCharsets.UTF_8);
    }
    ProcessBuilder lint =
        new ProcessBuilder(
                REDOCLY.toAbsolutePath().toString(),
                "lint",
                "--config",
                LINT_DIR.resolve("redocly.yaml").toAbsolutePath().toString(),
                "--format",
                "stylish",
                spec.toString())
            .redirectErrorStream(true);
    // Nothing may leave the machine: no usage report, no check for a newer version.
    lint.environment().put("REDOCLY_TELEMETRY", "off");
    lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    Process p = lint.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("redocly lint finished").isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).as(output).doesNotContainIgnoringCase("warning");
  }
}
