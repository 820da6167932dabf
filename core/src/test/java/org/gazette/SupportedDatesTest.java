package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gazette.extract.EntityExtractor;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;
import org.gazette.model.DatePrecision;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.gazette.model.Facet;
import org.gazette.model.FacetValue;
import org.gazette.model.GeoPlace;
import org.gazette.model.IngestProblem;
import org.gazette.model.IngestReport;
import org.gazette.model.Mention;
import org.gazette.model.MentionedDate;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.model.SupportedDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates outside the years a newsroom uses are dropped with a warning or refused, never indexed. */
class SupportedDatesTest {
  @TempDir Path dir;
  private NewsIndex index;

  /** Finds one date, whatever the text says: a year far outside any calendar a newsroom uses. */
  private static final EntityExtractor FAR_DATES =
      new EntityExtractor() {
        @Override
        public Extraction extract(Article article) {
          Mention m = new Mention(ArticleField.BODY, 0, 1);
          return new Extraction(
              List.of(),
              List.of(
                  new MentionedDate(LocalDate.of(40_000, 1, 1), DatePrecision.YEAR, false, m),
                  new MentionedDate(LocalDate.of(-44, 3, 15), DatePrecision.DAY, false, m),
                  new MentionedDate(LocalDate.of(2014, 9, 1), DatePrecision.MONTH, false, m)));
        }

        @Override
        public List<String> canonicalNames(EntityType type, String alias) {
          return List.of();
        }

        @Override
        public Optional<GeoPlace> place(String name) {
          return Optional.empty();
        }
      };

  @BeforeEach
  void open() throws IOException {
    index = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("index")).withExtractor(FAR_DATES));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0044-03-15", "+999999999-12-31", "0999-12-31", "3000-01-01"})
  void aPublishedDateOutsideTheSupportedYearsIsDroppedWithAWarning(String published)
      throws IOException {
    IngestReport report =
        index.ingestJson(
            "{\"id\": \"a\", \"body\": \"Troops.\", \"published\": \"" + published + "\"}", "t");

    assertThat(report.indexed()).isEqualTo(1);
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(IngestProblem.Kind.WARNING);
              assertThat(p.reason()).contains(published).contains("1000").contains("2999");
            });
    assertThat(index.get("a").orElseThrow().article().published()).isNull();
    assertThat(histogram(Facet.PUBLISHED)).isEmpty();
  }

  @Test
  void theEdgesOfTheSupportedYearsAreKept() throws IOException {
    index.ingestJson(
        "{\"id\": \"a\", \"body\": \"x\", \"published\": \"1000-01-01\"}\n"
            + "{\"id\": \"b\", \"body\": \"x\", \"published\": \"2999-12-31\"}",
        "t");

    assertThat(histogram(Facet.PUBLISHED))
        .containsExactly(new FacetValue("1000", 1, false), new FacetValue("2999", 1, false));
    assertThat(
            index
                .search(
                    SearchQuery.builder()
                        .publishedBetween(SupportedDates.FIRST, SupportedDates.LAST)
                        .build())
                .total())
        .isEqualTo(2);
  }

  @Test
  void mentionedDatesOutsideTheSupportedYearsAreNeitherStoredNorCounted() throws IOException {
    index.ingestJson("{\"id\": \"a\", \"body\": \"Troops.\"}", "t");

    assertThat(histogram(Facet.MENTIONED)).containsExactly(new FacetValue("2014", 1, false));
    assertThat(index.get("a").orElseThrow().extraction().dates())
        .extracting(MentionedDate::iso)
        .containsExactly("2014-09");
  }

  @Test
  void dateFiltersOutsideTheSupportedYearsAreRefused() {
    assertThatThrownBy(
            () -> SearchQuery.builder().publishedBetween(LocalDate.of(-44, 3, 15), null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0044-03-15")
        .hasMessageContaining("1000-01-01");
    assertThatThrownBy(
            () -> SearchQuery.builder().mentionedBetween(null, LocalDate.of(3000, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2999-12-31");
    assertThat(SupportedDates.contains(LocalDate.of(2024, 1, 27))).isTrue();
  }

  private List<FacetValue> histogram(Facet facet) throws IOException {
    SearchResult result = index.search(SearchQuery.builder().build());
    return result.dates(facet).map(h -> h.years()).orElse(List.of());
  }
}
