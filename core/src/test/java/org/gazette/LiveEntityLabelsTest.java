package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value's label is a function of the live articles and the curation alone: deleted and replaced
 * articles do not count, whether or not their segments were merged away, before and after a reopen.
 */
class LiveEntityLabelsTest {
  @TempDir Path dir;
  private NewsIndex index;

  @BeforeEach
  void open() throws IOException {
    index = reopen();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private NewsIndex reopen() throws IOException {
    return NewsIndex.open(
        NewsIndexConfig.defaults(dir.resolve("index"))
            .withIngestThreads(1)
            .withExtractor(new MarkupExtractor()));
  }

  private static String doc(String id, String body) {
    return "{\"id\": \"" + id + "\", \"title\": \"T\", \"body\": \"" + body + "\"}\n";
  }

  @Test
  void deletedArticlesNoLongerVoteForTheLabelBeforeOrAfterReopenOrMerge() throws IOException {
    // One ingest, one segment: the deletes below stay in it as deleted documents.
    index.ingestJson(
        doc("a1", "[person Rishi Sunák] spoke.")
            + doc("a2", "[person Rishi Sunák] spoke again.")
            + doc("a3", "[person Rishi Sunák] left.")
            + doc("b1", "[person Rishi Sunak] arrived.")
            + doc("b2", "[person Rishi Sunak] stayed."),
        "t");
    assertThat(people()).containsExactly(new FacetValue("Rishi Sunák", 5, false));

    index.delete("a1");
    index.delete("a2");

    assertThat(people()).containsExactly(new FacetValue("Rishi Sunak", 3, false));
    assertThat(index.get("a3").orElseThrow().extraction().entities().getFirst().name())
        .isEqualTo("Rishi Sunak");

    index.close();
    index = reopen();
    assertThat(people()).containsExactly(new FacetValue("Rishi Sunak", 3, false));

    index.close();
    forceMerge();
    index = reopen();
    assertThat(people()).containsExactly(new FacetValue("Rishi Sunak", 3, false));
  }

  /**
   * Lucene may merge a small segment away on commit, deleted documents and all; deleting with
   * merges off keeps them in the segment, as a large index does, so their terms are still there.
   */
  @Test
  void articlesDeletedInASegmentThatIsNotMergedDoNotVoteAfterAReopen() throws IOException {
    index.ingestJson(
        doc("a1", "[person Rishi Sunák] spoke.")
            + doc("a2", "[person Rishi Sunák] spoke again.")
            + doc("a3", "[person Rishi Sunák] left.")
            + doc("b1", "[person Rishi Sunak] arrived.")
            + doc("b2", "[person Rishi Sunak] stayed.")
            + doc("c1", "[person Rishi Sunakk] [person Rishi Sunakk] [person Rishi Sunakk]"),
        "t");
    index.close();
    forceMerge();

    deleteWithoutMerging("a1", "a2", "c1");
    index = reopen();

    assertThat(people()).containsExactly(new FacetValue("Rishi Sunak", 3, false));
    assertThat(index.facetValues(Facet.PERSON, "rishi", null, 10).values())
        .containsExactly(new FacetValue("Rishi Sunak", 3, false));

    index.close();
    forceMerge();
    index = reopen();
    assertThat(people()).containsExactly(new FacetValue("Rishi Sunak", 3, false));
  }

  @Test
  void aValueNamedOnlyByDeletedArticlesLeavesNoLabelBehind() throws IOException {
    index.ingestJson(
        doc("a1", "[person Rishi Sunakk] [person Rishi Sunakk] [person Rishi Sunakk]")
            + doc("b1", "[person Keir Starmer] spoke."),
        "t");

    index.delete("a1");

    assertThat(people()).containsExactly(new FacetValue("Keir Starmer", 1, false));
    index.close();
    index = reopen();
    assertThat(people()).containsExactly(new FacetValue("Keir Starmer", 1, false));
  }

  @Test
  void curatingOneValueLeavesTheLabelOfAnotherAloneAndUndoingRestoresIt() throws IOException {
    // On a tie of counts the label "Mohammed Al-Sudani" wins; x is re-mapped by the merge.
    index.ingestJson(
        doc("x", "[person Kevin Leahy] met [person Mohammed al-Sudani].")
            + doc("y", "[person Mohammed Al-Sudani] spoke."),
        "t");
    assertThat(labels()).contains("Mohammed Al-Sudani", "Kevin Leahy");

    int remapped =
        index.curate(
            new CurationRule(
                EntityType.PERSON, "Kevin Leahy", "Ghiyath Surchi", null, List.of(), false));

    assertThat(remapped).isEqualTo(1);
    assertThat(labels()).containsExactlyInAnyOrder("Mohammed Al-Sudani", "Ghiyath Surchi");

    index.curate(new CurationRule(EntityType.PERSON, "Kevin Leahy", null, null, List.of(), false));

    assertThat(labels()).containsExactlyInAnyOrder("Mohammed Al-Sudani", "Kevin Leahy");
    index.close();
    index = reopen();
    assertThat(labels()).containsExactlyInAnyOrder("Mohammed Al-Sudani", "Kevin Leahy");
  }

  @Test
  void aMergeIntoANameNoArticleUsesIsLabelledWithTheNameAsGiven() throws IOException {
    index.ingestJson(doc("x", "[person Kevin Leahy] spoke."), "t");

    index.curate(
        new CurationRule(EntityType.PERSON, "Kevin Leahy", "Nobody Atal", null, List.of(), false));

    assertThat(people()).containsExactly(new FacetValue("Nobody Atal", 1, false));
    assertThat(index.get("x").orElseThrow().extraction().entities().getFirst().name())
        .isEqualTo("Nobody Atal");
  }

  private void deleteWithoutMerging(String... ids) throws IOException {
    try (Directory d = FSDirectory.open(dir.resolve("index"));
        IndexWriter w =
            new IndexWriter(d, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (String id : ids) {
        w.deleteDocuments(new Term("id", id));
      }
      w.commit();
    }
  }

  private void forceMerge() throws IOException {
    try (Directory d = FSDirectory.open(dir.resolve("index"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.forceMerge(1);
      w.commit();
    }
  }

  private List<FacetValue> people() throws IOException {
    return index.search(SearchQuery.builder().build()).facet(Facet.PERSON).orElseThrow().values();
  }

  private List<String> labels() throws IOException {
    return people().stream().map(FacetValue::value).toList();
  }
}
