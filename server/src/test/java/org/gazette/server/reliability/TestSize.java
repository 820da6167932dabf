package org.gazette.server.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The size of the reliability runs: bounded in the normal suite, longer with {@code
 * -Dgazette.longTests=true} (or {@code GAZETTE_LONG_TESTS=true}); and where they write the figures
 * they measure ({@code server/target/reliability-figures.txt}).
 */
public final class TestSize {
  private static final Path FIGURES = Path.of("target", "reliability-figures.txt");

  private TestSize() {}

  /** Whether the long runs were asked for. */
  public static boolean longRuns() {
    return Boolean.getBoolean("gazette.longTests")
        || "true".equalsIgnoreCase(System.getenv("GAZETTE_LONG_TESTS"));
  }

  /** {@code normal} in the normal suite, {@code longer} in the long runs. */
  public static int choose(int normal, int longer) {
    return longRuns() ? longer : normal;
  }

  /** Appends one line of measured figures to the figures file and prints it. */
  public static synchronized void figure(String line) {
    String stamped = (longRuns() ? "[long] " : "[normal] ") + line;
    System.out.println(stamped);
    try {
      Files.createDirectories(FIGURES.getParent());
      Files.writeString(
          FIGURES,
          stamped + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
