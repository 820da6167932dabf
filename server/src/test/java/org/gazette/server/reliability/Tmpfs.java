package org.gazette.server.reliability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for one test, to have a full or a read-only file system for real. Needs
 * root (or CAP_SYS_ADMIN); a test without it is skipped with the reason, not failed.
 */
final class Tmpfs implements AutoCloseable {
  final Path path;

  private Tmpfs(Path path) {
    this.path = path;
  }

  static Tmpfs mount(Path path, String size) throws IOException, InterruptedException {
    Files.createDirectories(path);
    String failure = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", path.toString());
    assumeTrue(
        failure == null, () -> "mounting a tmpfs needs root or CAP_SYS_ADMIN; skipped: " + failure);
    return new Tmpfs(path);
  }

  /** Remounts with {@code options}, such as {@code ro}, {@code rw} or {@code size=64m}. */
  void remount(String options) throws IOException, InterruptedException {
    String failure = run("mount", "-o", "remount," + options, path.toString());
    if (failure != null) {
      throw new IllegalStateException("remount " + options + " failed: " + failure);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    run("umount", path.toString());
  }

  /** Runs a command; null when it succeeded, else its output and status. */
  private static String run(String... command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
    } catch (IOException noMount) {
      return noMount.toString();
    }
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "timed out";
    }
    return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + output.strip();
  }
}
