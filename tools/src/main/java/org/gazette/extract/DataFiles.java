package org.gazette.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the input files of the gazetteer build, whose names carry a snapshot date or version. */
final class DataFiles {
  private DataFiles() {}

  /**
   * The file of {@code dir} whose name starts with {@code prefix} and ends with {@code suffix}; of
   * several, the last in name order (the newest snapshot).
   *
   * @throws NoSuchFileException naming the directory and the pattern when none matches
   */
  static Path find(Path dir, String prefix, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not a directory");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .max(Path::compareTo)
          .orElseThrow(
              () ->
                  new NoSuchFileException(
                      dir.resolve(prefix + "*" + suffix).toString(),
                      null,
                      "no file matches " + prefix + "*" + suffix));
    }
  }
}
