package org.gazette.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a directory tree depth-first, each directory's entries in file-name order, so that runs
 * over the same tree see files in the same order. Hidden entries (names starting with a dot) are
 * left out. Symbolic links are followed, but a directory already visited (by its real path) is not
 * entered again, so link loops end.
 *
 * <p>NOTE: stateless and thread-safe; blocks on the file system.
 */
final class SortedFileWalk {
  /** What the walk finds. */
  interface Visitor {
    /** Anything that is not a directory: a file, a broken link, a device. */
    void file(Path file);

    /** A directory that could not be listed. */
    void unreadableDirectory(Path directory, IOException cause);
  }

  private SortedFileWalk() {}

  /** Visits every non-hidden non-directory entry under {@code root}, in sorted order. */
  static void walk(Path root, Visitor visitor) {
    Set<Path> visited = new HashSet<>();
    Deque<Path> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Path path = stack.pop();
      if (!Files.isDirectory(path)) {
        visitor.file(path);
        continue;
      }
      try {
        if (!visited.add(path.toRealPath())) {
          continue; // a link back to a directory already walked
        }
        List<Path> children = children(path);
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(children.get(i));
        }
      } catch (IOException e) {
        visitor.unreadableDirectory(path, e);
      }
    }
  }

  private static List<Path> children(Path directory) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        if (!entry.getFileName().toString().startsWith(".")) {
          children.add(entry);
        }
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return children;
  }
}
