package org.gazette.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gazette.model.Facet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labels are chosen from the live documents of a reader only, so a delete or a replacement changes
 * them even while the deleted documents still sit in an unmerged segment.
 */
class LabelTableTest {
  private static final String KEY = "rishi sunak";

  @TempDir Path dir;

  @Test
  void deletedDocumentsInAnUnmergedSegmentDoNotVote() throws IOException {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = writer(d)) {
      add(w, "a1", "Rishi Sunák");
      add(w, "a2", "Rishi Sunák");
      add(w, "a3", "Rishi Sunák");
      add(w, "b1", "Rishi Sunak");
      add(w, "b2", "Rishi Sunak");
      add(w, "c1", "Rishi Sunakk");
      w.commit();
      LabelTable.Builder builder = new LabelTable.Builder();

      try (DirectoryReader before = DirectoryReader.open(w)) {
        assertThat(builder.build(before).label(Facet.PERSON, KEY)).isEqualTo("Rishi Sunák");
      }

      w.deleteDocuments(new Term(IndexFields.ID, "a1"), new Term(IndexFields.ID, "a2"));
      w.commit();
      // The same builder: the counts it cached for the segment must not outlive its deletes.
      try (DirectoryReader after = DirectoryReader.open(w)) {
        assertThat(after.leaves()).hasSize(1);
        assertThat(after.maxDoc()).isEqualTo(6);
        assertThat(builder.build(after).label(Facet.PERSON, KEY)).isEqualTo("Rishi Sunak");
      }
    }
  }

  @Test
  void aKeyNamedOnlyByDeletedDocumentsHasNoLabel() throws IOException {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = writer(d)) {
      add(w, "a1", "Rishi Sunakk");
      add(w, "b1", "Keir Starmer");
      w.deleteDocuments(new Term(IndexFields.ID, "a1"));
      w.commit();

      try (DirectoryReader reader = DirectoryReader.open(d)) {
        LabelTable labels = new LabelTable.Builder().build(reader);
        assertThat(labels.label(Facet.PERSON, KEY)).isNull();
        assertThat(labels.label(Facet.PERSON, "keir starmer")).isEqualTo("Keir Starmer");
      }
    }
  }

  private static IndexWriter writer(Directory d) throws IOException {
    return new IndexWriter(d, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE));
  }

  private static void add(IndexWriter w, String id, String name) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
    String key = name.startsWith("Keir") ? "keir starmer" : KEY;
    doc.add(
        new StringField(
            IndexFields.forms(Facet.PERSON),
            key + IndexFields.KEY_SEPARATOR + name,
            Field.Store.NO));
    w.addDocument(doc);
  }
}
