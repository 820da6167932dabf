package org.gazette.server.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code gazette} command in a child JVM on the test classpath, its output in files, so that a
 * test can kill it with SIGKILL ({@link Process#destroyForcibly()} on Linux) at any moment.
 */
final class ChildJvm implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

  final Process process;
  final Path stdout;
  final Path stderr;

  private ChildJvm(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts {@code gazette ARGS...}; output goes to {@code NAME.out} and {@code NAME.err}. */
  static ChildJvm start(Path dir, String name, List<String> args) throws IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java,
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            "org.gazette.server.Main"));
    command.addAll(args);
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
            .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()))
            .start();
    return new ChildJvm(p, out, err);
  }

  /** Waits until a {@code serve} child says where it listens; returns the port. */
  int awaitPort(long timeoutMillis) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      if (Files.exists(stdout)) {
        Matcher m = SERVING.matcher(Files.readString(stdout, StandardCharsets.UTF_8));
        String last = null;
        while (m.find()) {
          last = m.group(1);
        }
        if (last != null) {
          return Integer.parseInt(last);
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "the server exited with " + process.exitValue() + ": " + Files.readString(stderr));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the server did not start in " + timeoutMillis + " ms");
  }

  /** SIGKILL, then waits for the process to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("the child " + process.pid() + " survived SIGKILL");
    }
  }

  /** Waits for the process to end and returns its exit status. */
  int await(long timeoutMillis) throws InterruptedException {
    if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the child did not finish in " + timeoutMillis + " ms");
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
