package org.gazette.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole text file within a size limit: never more than the limit (plus one byte) is held in
 * memory, whatever the file's size.
 *
 * <p>NOTE: stateless and thread-safe; blocks on the file system.
 */
final class BoundedFileReader {
  /** The reason given for a file that holds binary data. */
  static final String BINARY_CONTENT =
      "binary content, not text (a NUL byte or many control characters in the first "
          + TextDecoder.SNIFF_BYTES
          + " bytes)";

  private BoundedFileReader() {}

  /**
   * The text of a whole file, read within the size limit, or {@code null} after reporting why it
   * cannot be an article (empty, too large, binary). Warns when it was not valid UTF-8.
   */
  static String readText(Path path, long maxArticleBytes, ProblemLog log) throws IOException {
    long size = Files.size(path);
    if (size == 0) {
      log.skipped("empty file");
      return null;
    }
    if (size > maxArticleBytes) {
      log.failed(ArticleSizeLimit.overLimit("the file", size, maxArticleBytes));
      return null;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      // One byte more than the limit tells a file that grew since Files.size from one that fits.
      bytes = in.readNBytes((int) Math.min(maxArticleBytes + 1, Integer.MAX_VALUE - 16));
    }
    if (bytes.length > maxArticleBytes) {
      log.failed(ArticleSizeLimit.overLimit("the file", bytes.length, maxArticleBytes));
      return null;
    }
    if (TextDecoder.looksBinary(bytes, bytes.length)) {
      log.failed(BINARY_CONTENT);
      return null;
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, bytes.length);
    if (decoded.fellBack()) {
      log.warning(decoded.fallbackWarning());
    }
    return decoded.text();
  }

  /**
   * The bytes of a whole file, gunzipped when {@code gzip}, read within the size limit (of the
   * uncompressed bytes), or {@code null} after reporting why it cannot be read (empty, too large, a
   * broken gzip stream).
   */
  static byte[] readBytes(Path path, long maxArticleBytes, boolean gzip, ProblemLog log)
      throws IOException {
    long size = Files.size(path);
    if (size == 0) {
      log.skipped("empty file");
      return null;
    }
    if (!gzip && size > maxArticleBytes) {
      log.failed(ArticleSizeLimit.overLimit("the file", size, maxArticleBytes));
      return null;
    }
    byte[] bytes;
    int limit = (int) Math.min(maxArticleBytes + 1, Integer.MAX_VALUE - 16);
    try (InputStream file = Files.newInputStream(path);
        InputStream in = gzip ? new java.util.zip.GZIPInputStream(file, 65536) : file) {
      bytes = in.readNBytes(limit);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      log.failed("not a readable gzip file: " + describe(e));
      return null;
    }
    if (bytes.length > maxArticleBytes) {
      log.failed(
          ArticleSizeLimit.overLimit(
              gzip ? "the uncompressed file (at least)" : "the file",
              bytes.length,
              maxArticleBytes));
      return null;
    }
    return bytes;
  }

  /** What went wrong, in a few words: {@code permission denied}, {@code no such file}... */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
