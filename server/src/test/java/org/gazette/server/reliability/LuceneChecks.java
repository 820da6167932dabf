package org.gazette.server.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Lucene's own verdict on an index directory. Test code only: the server's main code never imports
 * Lucene (LayeringTest), its tests may.
 */
final class LuceneChecks {
  private LuceneChecks() {}

  /** Runs {@link CheckIndex}; throws with its report when the index is not clean. */
  static void assertClean(Path index) throws IOException {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    try (Directory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      if (!status.clean) {
        throw new AssertionError(
            "CheckIndex found problems in "
                + index
                + ":\n"
                + report.toString(StandardCharsets.UTF_8));
      }
    }
  }

  /** The live documents of the last commit, read without taking the write lock. */
  static int liveDocs(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }
}
