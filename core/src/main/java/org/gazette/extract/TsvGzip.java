package org.gazette.extract;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes the gzip-compressed tab-separated tables of the gazetteer. Lines starting with
 * {@code #} are comments. Written files are byte-identical for identical rows: {@link
 * GZIPOutputStream} writes a header without file name or modification time.
 */
final class TsvGzip {
  private TsvGzip() {}

  /**
   * Writes {@code comment} (one line, may be empty) and {@code rows}; returns the bytes written.
   */
  static long write(Path file, String comment, List<String[]> rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w =
        new OutputStreamWriter(new GZIPOutputStream(bytes, 1 << 16), StandardCharsets.UTF_8)) {
      if (!comment.isEmpty()) {
        w.write("# " + comment + "\n");
      }
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            w.write('\t');
          }
          w.write(clean(row[i]));
        }
        w.write('\n');
      }
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, bytes.toByteArray());
    return bytes.size();
  }

  /** Calls {@code rowConsumer} with the fields of each non-comment line of a gzip TSV stream. */
  static void read(InputStream in, Consumer<String[]> rowConsumer) throws IOException {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          rowConsumer.accept(fields(line));
        }
      }
    }
  }

  /** The tab-separated fields of {@code line}, empty ones kept (as {@code split("\t", -1)}). */
  static String[] fields(String line) {
    int count = 1;
    for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
      count++;
    }
    String[] fields = new String[count];
    int start = 0;
    for (int f = 0; f < count - 1; f++) {
      int tab = line.indexOf('\t', start);
      fields[f] = line.substring(start, tab);
      start = tab + 1;
    }
    fields[count - 1] = line.substring(start);
    return fields;
  }

  /** The lines of a gzip-compressed text file. */
  static List<String> lines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static String clean(String field) {
    return field == null ? "" : field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
