package org.gazette.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dependency rules of the design, checked on the sources. */
class LayeringTest {
  private static final Path SERVER = Path.of("src/main/java");
  private static final Path CORE = Path.of("../core/src/main/java/org/gazette");

  @Test
  void serverNeverImportsLucene() throws IOException {
    assertThat(filesImporting(SERVER, "import org.apache.lucene")).isEmpty();
  }

  @Test
  void coreNeverImportsJavalin() throws IOException {
    assertThat(filesImporting(CORE, "import io.javalin")).isEmpty();
  }

  @Test
  void modelIngestAndExtractNeverImportLuceneOrTheLaterStages() throws IOException {
    for (String pkg : List.of("model", "ingest", "extract")) {
      Path dir = CORE.resolve(pkg);
      assertThat(filesImporting(dir, "import org.apache.lucene")).as(pkg).isEmpty();
      assertThat(filesImporting(dir, "import org.gazette.index")).as(pkg).isEmpty();
      assertThat(filesImporting(dir, "import org.gazette.search")).as(pkg).isEmpty();
    }
    assertThat(filesImporting(CORE.resolve("model"), "import org.gazette.")).isEmpty();
  }

  private static List<Path> filesImporting(Path root, String importPrefix) throws IOException {
    assertThat(root).isDirectory();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> read(p).lines().anyMatch(l -> l.startsWith(importPrefix)))
          .toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
