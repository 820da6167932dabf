package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.SearchQuery;
import org.gazette.search.SearchTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one query may cost: the terms the user typed, fuzzy and regex terms, and its time. */
class QueryBoundsTest {
  @TempDir Path dir;
  private NewsIndex index;

  @BeforeEach
  void open() throws IOException {
    index = open(NewsIndexConfig.defaults(dir.resolve("index")));
  }

  private NewsIndex open(NewsIndexConfig config) throws IOException {
    NewsIndex opened = NewsIndex.open(config.withExtractor(new MarkupExtractor()));
    opened.ingestJson(
        "{\"id\": \"a\", \"title\": \"Troops\", \"body\": \"[place Anbar] troops word1.\"}\n"
            + "{\"id\": \"b\", \"title\": \"Talks\", \"body\": \"[place Mosul] talks.\"}",
        "t");
    return opened;
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static String words(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> "word" + i)
        .collect(Collectors.joining(" OR "));
  }

  @Test
  void lucenesMatchAllIsAcceptedAloneAndInsideAQuery() throws IOException {
    assertThat(index.search(SearchQuery.builder().text("*:*").build()).total()).isEqualTo(2);
    assertThat(index.search(SearchQuery.builder().text("*:* -talks").build()).total()).isEqualTo(1);
    // Only the whole of *:* is match-all: a field named * with another term is still unknown.
    assertThatThrownBy(() -> index.search(SearchQuery.builder().text("*:troops").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown field '*'");
  }

  @Test
  void theTermLimitCountsTheTermsTheUserTyped() throws IOException {
    assertThat(index.search(SearchQuery.builder().text(words(129)).build()).total()).isEqualTo(1);
    assertThat(index.search(SearchQuery.builder().text(words(256)).build()).total()).isEqualTo(1);

    assertThatThrownBy(() -> index.search(SearchQuery.builder().text(words(257)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("257 terms")
        .hasMessageContaining("at most 256");
  }

  @Test
  void aFuzzyTermLongerThanTheLimitIsRefused() {
    String term = "a".repeat(255);

    assertThatThrownBy(() -> index.search(SearchQuery.builder().text(term + "~2").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fuzzy")
        .hasMessageContaining("255");
    assertThatThrownBy(
            () -> index.search(SearchQuery.builder().text("title:" + term + "~").build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQueryOfMoreThan32FuzzyOrWildcardTermsIsRefusedCountingThemAsTyped() throws IOException {
    String fuzzy32 = String.join(" OR ", java.util.Collections.nCopies(32, "troopz~1"));
    assertThat(index.search(SearchQuery.builder().text(fuzzy32).build()).total()).isEqualTo(1);

    assertThatThrownBy(() -> index.search(SearchQuery.builder().text(fuzzy32 + " OR tr*").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("33 fuzzy, wildcard")
        .hasMessageContaining("at most 32");
  }

  @Test
  void aShortFuzzyTermStillMatches() throws IOException {
    assertThat(index.search(SearchQuery.builder().text("troopz~1").build()).total()).isEqualTo(1);
  }

  @Test
  void aRegexWithAHugeRepeatIsRefusedNamingTheBound() {
    assertThatThrownBy(() -> index.search(SearchQuery.builder().text("/ab.{1,9000}/").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9000")
        .hasMessageContaining("repeat");
  }

  @Test
  void aSearchOverItsTimeBudgetFailsWithATimeoutThatNamesTheBudget() throws IOException {
    index.close();
    index =
        open(NewsIndexConfig.defaults(dir.resolve("index")).withQueryTimeout(Duration.ofNanos(1)));

    assertThatThrownBy(() -> index.search(SearchQuery.builder().text("troops").build()))
        .isInstanceOf(SearchTimeoutException.class)
        .hasMessageContaining("time budget");
    assertThatThrownBy(() -> index.facetValues(Facet.PLACE, "", SearchQuery.builder().build(), 10))
        .isInstanceOf(SearchTimeoutException.class);
  }

  @Test
  void theDefaultTimeBudgetIsFiveSecondsAndMustBePositive() {
    assertThat(NewsIndexConfig.defaults(dir).queryTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(() -> NewsIndexConfig.defaults(dir).withQueryTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queryTimeout");
  }

  @Test
  void facetValuesWithoutAQueryCountOverAllArticles() throws IOException {
    FacetResult all = index.facetValues(Facet.PLACE, "", null, 10);

    assertThat(all)
        .isEqualTo(index.facetValues(Facet.PLACE, "", SearchQuery.builder().build(), 10));
    assertThat(all.values()).hasSize(2);
    assertThat(index.facetValues(Facet.PLACE, null, null, 10).values()).hasSize(2);
  }
}
