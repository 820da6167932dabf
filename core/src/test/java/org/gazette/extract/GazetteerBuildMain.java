package org.gazette.extract;

import java.nio.file.Path;

/**
 * Rebuilds the committed gazetteer resources until the command line has {@code build-gazetteer}:
 * {@code java -cp core/target/classes:core/target/test-classes:GSON_JAR
 * org.gazette.extract.GazetteerBuildMain ../shared/data
 * core/src/main/resources/org/gazette/extract}.
 */
public final class GazetteerBuildMain {
  private GazetteerBuildMain() {}

  /** Arguments: the shared data directory and the output directory. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: GazetteerBuildMain SHARED_DATA_DIR OUTPUT_DIR");
      System.exit(2);
    }
    System.out.println(GazetteerBuilder.build(Path.of(args[0]), Path.of(args[1])));
  }
}
