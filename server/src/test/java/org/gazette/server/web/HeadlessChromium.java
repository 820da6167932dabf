package org.gazette.server.web;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless chromium, started with a DevTools port picked by the browser and a profile of
 * its own, and driven over the DevTools protocol.
 *
 * <p>NOTE: {@link #launch} blocks until the browser listens (at most 30 s). {@link #close()} stops
 * the browser and every process it started.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");

  private final Process process;
  private final DevToolsConnection connection;

  private HeadlessChromium(Process process, DevToolsConnection connection) {
    this.process = process;
    this.connection = connection;
  }

  /** Whether the browser is installed here. */
  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /**
   * Skips the calling test when the browser is missing, saying so on the console and in the report
   * (each test counts as skipped, never as zero tests run); under CI ({@code CI=true}, which {@code
   * .ci/run} sets after installing chromium) a missing browser fails the test instead.
   */
  static void assumeInstalled() {
    if (installed()) {
      return;
    }
    String why = "no " + BINARY + " (apt-get install chromium; .ci/run does)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("CI=true but there is " + why);
    }
    System.out.println("SKIPPED browser test: " + why);
    Assumptions.abort(why);
  }

  /** Starts the browser with its profile (and its log, {@code chromium.log}) in {@code dir}. */
  static HeadlessChromium launch(Path dir) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Process process =
        new ProcessBuilder(
                List.of(
                    BINARY.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--remote-debugging-port=0",
                    "--user-data-dir=" + profile,
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--disable-extensions",
                    "--disable-background-networking",
                    "--disable-sync",
                    "--disable-component-update",
                    "--mute-audio",
                    "--window-size=1280,900",
                    "about:blank"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    // The browser writes the port it chose, then the path of its endpoint, once it listens.
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    List<String> lines = List.of();
    while (lines.size() < 2) {
      if (!process.isAlive()) {
        throw new IOException(
            "chromium exited with status "
                + process.exitValue()
                + ": "
                + Files.readString(dir.resolve("chromium.log"), StandardCharsets.UTF_8));
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IOException("chromium wrote no " + portFile + " within 30 s");
      }
      Thread.sleep(50);
      if (Files.exists(portFile)) {
        lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
      }
    }
    URI endpoint = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
    return new HeadlessChromium(process, DevToolsConnection.open(endpoint));
  }

  /** Opens a new tab on {@code about:blank} and attaches to it. */
  BrowserPage newPage() {
    JsonObject create = new JsonObject();
    create.addProperty("url", "about:blank");
    String targetId =
        connection.send(null, "Target.createTarget", create).get("targetId").getAsString();
    JsonObject attach = new JsonObject();
    attach.addProperty("targetId", targetId);
    attach.addProperty("flatten", true);
    String sessionId =
        connection.send(null, "Target.attachToTarget", attach).get("sessionId").getAsString();
    return new BrowserPage(connection, sessionId);
  }

  @Override
  public void close() throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    connection.close();
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }
}
