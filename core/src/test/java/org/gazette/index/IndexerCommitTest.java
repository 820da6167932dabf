package org.gazette.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit after several threads indexed more than {@link Indexer#PARALLEL_FLUSH_BYTES} writes
 * their segments side by side: every document must be in the commit, once.
 */
class IndexerCommitTest {
  @TempDir Path dir;

  @Test
  void aCommitOfBuffersWrittenOnSeveralThreadsHoldsEveryDocument() throws Exception {
    int threads = 3;
    int perThread = 1500;
    try (Indexer indexer = Indexer.open(dir, new IndexSchema(), EntityNames.plain())) {
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> writers = new ArrayList<>();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Thread w =
            new Thread(
                () -> {
                  try {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                      Document doc = new Document();
                      doc.add(new StringField("test_id", thread + "-" + i, Field.Store.NO));
                      StringBuilder body = new StringBuilder();
                      for (int k = 0; k < 200; k++) {
                        body.append("word").append(thread).append('x').append(i * 200 + k);
                        body.append(' ');
                      }
                      doc.add(new TextField("test_body", body.toString(), Field.Store.YES));
                      indexer.writer().addDocument(doc);
                    }
                  } catch (Exception e) {
                    failures.add(e);
                  }
                });
        w.start();
        writers.add(w);
      }
      start.countDown();
      for (Thread w : writers) {
        w.join();
      }
      assertThat(failures).isEmpty();
      assertThat(indexer.writer().ramBytesUsed()).isGreaterThan(Indexer.PARALLEL_FLUSH_BYTES);
      indexer.commit();
      assertThat(indexer.writer().ramBytesUsed()).isLessThan(Indexer.PARALLEL_FLUSH_BYTES);
    }
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.numDocs()).isEqualTo(threads * perThread);
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int t = 0; t < threads; t++) {
        for (int i : new int[] {0, perThread / 2, perThread - 1}) {
          assertThat(searcher.count(new TermQuery(new Term("test_id", t + "-" + i)))).isEqualTo(1);
        }
      }
    }
  }
}
