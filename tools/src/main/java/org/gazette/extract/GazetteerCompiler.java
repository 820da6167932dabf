package org.gazette.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Compiles the gazetteer's sources (the tables {@link GazetteerBuilder} writes and the hand-kept
 * lexicon) into the tables the extractor reads at start ({@link GazetteerTables#RESOURCE}), beside
 * them. Run after either changes: the extractor builds the gazetteer from its sources, ten times
 * slower, while the compiled tables are older than them.
 */
public final class GazetteerCompiler {
  private GazetteerCompiler() {}

  /**
   * Reads the sources in {@code dir} (normally {@code core/src/main/resources/org/gazette/extract})
   * and writes the compiled tables there, replacing the old ones only once the new are complete.
   *
   * @return one line: the file, its size and what it holds
   * @throws IOException when a source is missing or unreadable, naming it
   */
  public static String compile(Path dir) throws IOException {
    GazetteerLoader.Resources sources =
        name -> {
          try {
            return Files.newInputStream(dir.resolve(name));
          } catch (NoSuchFileException e) {
            throw new NoSuchFileException(
                dir.resolve(name).toString(), null, "a source of the gazetteer is missing");
          }
        };
    Gazetteer gazetteer = new GazetteerLoader(sources).load();
    Path target = dir.resolve(GazetteerTables.RESOURCE);
    Path partial = dir.resolve(GazetteerTables.RESOURCE + ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      gazetteer.tables().write(out);
    }
    Files.move(
        partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    GazetteerTables t = gazetteer.tables();
    return String.format(
        Locale.ROOT,
        "Compiled gazetteer written to %s (%.2f MB): %,d keys, %,d first names, %,d common words,"
            + " %,d places with coordinates.",
        target,
        Files.size(target) / 1e6,
        t.keyCount(),
        t.firstNameCount(),
        t.commonWordCount(),
        t.placeCount());
  }
}
