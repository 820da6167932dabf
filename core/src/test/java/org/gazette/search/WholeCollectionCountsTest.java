package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet value search without a query or filter answers from counts kept with the reader: the same
 * values and counts as counting the hits of a match-all query, and fresh after every change.
 */
class WholeCollectionCountsTest {
  @TempDir Path dir;

  private static final SearchQuery NONE = SearchQuery.builder().build();

  /** The same query by the path that counts hits: "*:*" matches every article too. */
  private static final SearchQuery EVERY = SearchQuery.builder().text("*:*").build();

  @Test
  void countsKeptWithTheReaderEqualCountedHitsAndFollowChanges() throws IOException {
    try (NewsIndex index = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("index")))) {
      index.ingest(Path.of("../index-data"));
      assertSame(index);

      index.ingestJson(
          "{\"id\": \"x1\", \"title\": \"Talks in Baghdad\", \"body\": \"Officials of the"
              + " Pentagon met in Baghdad and Basra on Monday.\"}",
          "test");
      FacetResult afterAdd = index.facetValues(Facet.PLACE, "bas", NONE, 10);
      assertThat(afterAdd.values()).anyMatch(v -> v.value().equals("Basra"));
      assertSame(index);

      index.delete("x1");
      assertSame(index);
    }
  }

  private static void assertSame(NewsIndex index) throws IOException {
    for (Facet facet : List.of(Facet.ORGANIZATION, Facet.PLACE, Facet.PERSON, Facet.SOURCE)) {
      for (String prefix : new String[] {null, "", "b", "ba", "i", "al", "m", "s"}) {
        assertThat(index.facetValues(facet, prefix, NONE, 50))
            .as("%s '%s'", facet, prefix)
            .isEqualTo(index.facetValues(facet, prefix, EVERY, 50));
      }
    }
  }
}
