package org.gazette.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.gazette.model.IndexedArticle;

/**
 * The single writer of an index directory: adds or replaces articles by id, deletes, commits.
 *
 * <p>NOTE: one {@code Indexer} per directory for the life of the index; a second process opening
 * the same directory fails with a clear {@link IllegalStateException}. All methods are thread-safe.
 */
public final class Indexer implements Closeable {
  private static final String COMMITTED_AT = "gazette.committedAt";

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final DocumentMapper mapper;
  private volatile Instant lastCommit;

  private Indexer(Path path, Directory directory, IndexWriter writer, DocumentMapper mapper)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.mapper = mapper;
    this.lastCommit = committedAt(directory);
  }

  /**
   * Opens (or creates) the index in {@code path}.
   *
   * @throws IllegalArgumentException when {@code path} exists and is not a directory
   * @throws IllegalStateException when another process holds the index open, or the directory
   *     cannot be written (read-only file system, no permission)
   */
  public static Indexer open(Path path, IndexSchema schema, EntityNames names) throws IOException {
    return open(path, schema, names, false);
  }

  /**
   * Like {@link #open(Path, IndexSchema, EntityNames)}; {@code compactStoredFields} writes new
   * segments with Lucene's {@code BEST_COMPRESSION} stored fields instead of {@code BEST_SPEED}.
   */
  public static Indexer open(
      Path path, IndexSchema schema, EntityNames names, boolean compactStoredFields)
      throws IOException {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IllegalArgumentException("index path " + path + " exists and is not a directory");
    }
    Directory directory;
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
    } catch (FileSystemException e) {
      refuseUnwritable(path, e);
      throw e;
    }
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    if (compactStoredFields) {
      config.setCodec(
          new org.apache.lucene.codecs.lucene104.Lucene104Codec(
              org.apache.lucene.codecs.lucene104.Lucene104Codec.Mode.BEST_COMPRESSION));
    }
    try {
      IndexWriter writer = new IndexWriter(directory, config);
      if (!DirectoryReader.indexExists(directory)) {
        // An empty first commit: a process killed before its first real commit still leaves a
        // valid (empty) index behind, not a directory of orphan files that readers cannot open.
        writer.commit();
      }
      return new Indexer(path, directory, writer, new DocumentMapper(schema, names));
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IllegalStateException(
          "the index at "
              + path
              + " is in use by another process (its write.lock is held): stop that process or use"
              + " another index directory",
          e);
    } catch (FileSystemException e) {
      directory.close();
      refuseUnwritable(path, e);
      throw e;
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  // The writer takes write.lock before it touches anything, so the index files are left as they
  // were: the message can say so.
  private static void refuseUnwritable(Path path, FileSystemException e) {
    if (e instanceof AccessDeniedException || "Read-only file system".equals(e.getReason())) {
      throw new IllegalStateException(
          "the index at "
              + path
              + " cannot be written ("
              + (e.getReason() == null ? "access denied" : e.getReason())
              + "): Gazette needs write access to its index directory, also to search it; nothing"
              + " in the index was changed",
          e);
    }
  }

  /** Adds the article, replacing any article with the same id. Visible after the next refresh. */
  public void upsert(IndexedArticle article, String contentHash) throws IOException {
    writer.updateDocument(
        new Term(IndexFields.ID, article.article().id()), mapper.toDocument(article, contentHash));
  }

  /** Deletes the article with {@code id}, if any. Visible after the next refresh. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.ID, id));
  }

  /**
   * Buffered changes from which a commit writes its segments on several threads: below this, one
   * thread writes them in a few milliseconds and starting threads would cost more.
   */
  static final long PARALLEL_FLUSH_BYTES = 4L << 20;

  /** Makes every change so far durable. Blocks until the commit is on disk. */
  public synchronized void commit() throws IOException {
    flushInParallel();
    Instant now = Instant.now();
    writer.setLiveCommitData(Map.of(COMMITTED_AT, now.toString()).entrySet());
    writer.commit();
    lastCommit = now;
  }

  /**
   * Writes the buffers of the threads that indexed (one segment each) side by side, before the
   * commit: it would write them one after the other on the calling thread, a third of a second for
   * the BBC corpus's 5 MB while the other cores wait.
   */
  private void flushInParallel() throws IOException {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), 4);
    if (threads < 2 || writer.ramBytesUsed() < PARALLEL_FLUSH_BYTES) {
      return;
    }
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    Runnable flush =
        () -> {
          try {
            while (failure.get() == null && writer.flushNextBuffer()) {
              // one segment per call, until none is left
            }
          } catch (IOException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
          }
        };
    List<Thread> helpers = new java.util.ArrayList<>();
    for (int i = 1; i < threads; i++) {
      Thread t = new Thread(flush, "gazette-flush");
      t.setDaemon(true);
      t.start();
      helpers.add(t);
    }
    flush.run();
    try {
      for (Thread t : helpers) {
        t.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing segments");
    }
    Throwable e = failure.get();
    if (e instanceof IOException io) {
      throw io;
    } else if (e instanceof RuntimeException r) {
      throw r;
    } else if (e instanceof Error err) {
      throw err;
    }
  }

  /** When changes were last made durable, or {@code null} when the index was never committed. */
  public Instant lastCommit() {
    return lastCommit;
  }

  /** Bytes the index files take on disk. */
  public long sizeBytes() throws IOException {
    long total = 0;
    for (String file : directory.listAll()) {
      try {
        total += directory.fileLength(file);
      } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException mergedAway) {
        // A merge deleted the file between the listing and the length: it no longer counts.
      }
    }
    return total;
  }

  private static Instant committedAt(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    String at = SegmentInfos.readLatestCommit(directory).getUserData().get(COMMITTED_AT);
    return at == null ? null : Instant.parse(at);
  }

  /** The writer, for near-real-time searchers. Do not close it. */
  public IndexWriter writer() {
    return writer;
  }

  /** The index directory. */
  public Path path() {
    return path;
  }

  /** Commits pending changes and closes the writer and directory. */
  @Override
  public void close() throws IOException {
    try (directory) {
      writer.close();
    }
  }
}
