package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.model.DateHistogram;
import org.gazette.model.Facet;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved web pages indexed into a real Lucene index: the date, site and authors the page gives show
 * in hits, facets and the published-date histogram, and pages with no article are reported.
 */
class WebPageIndexingTest {
  @TempDir Path dir;
  private NewsIndex index;

  @BeforeEach
  void open() throws IOException {
    index = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("index")));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private Path pages() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    for (String name : new String[] {"news-article.html", "link-index.html", "latin1-page.html"}) {
      try (InputStream in = getClass().getResourceAsStream("/org/gazette/ingest/web/" + name)) {
        Files.write(pages.resolve(name), in.readAllBytes());
      }
    }
    return pages;
  }

  @Test
  void aPagesDateSiteAndAuthorsShowInHitsFacetsAndTheHistogram() throws IOException {
    assertThat(index.ingest(pages()).summary())
        .isEqualTo("added 2, replaced 0, skipped 1, failed 0");

    SearchResult result =
        index.search(
            SearchQuery.builder()
                .text("barrier")
                .facets(Facet.SOURCE, Facet.PUBLISHED, Facet.ORGANIZATION)
                .build());

    SearchHit hit = result.hits().get(0);
    assertThat(hit.id()).isEqualTo("news-article");
    assertThat(hit.title()).isEqualTo("Flood barrier opens on the river Wend");
    assertThat(hit.source()).isEqualTo("The Harbour Courier");
    assertThat(hit.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(hit.url()).isEqualTo("https://courier.example/news/2024/flood-barrier");
    assertThat(result.facet(Facet.SOURCE).orElseThrow().values())
        .containsExactly(new FacetValue("The Harbour Courier", 1, false));
    DateHistogram published = result.dates(Facet.PUBLISHED).orElseThrow();
    assertThat(published.months()).extracting(FacetValue::value).containsExactly("2024-03");
    assertThat(result.facet(Facet.ORGANIZATION).orElseThrow().values())
        .extracting(FacetValue::value)
        .contains("Wend Valley Authority");
    assertThat(hit.authors()).containsExactly("Mara Quill", "Tobias Renk");
    // 23:30 at UTC-5 on March 5 is 04:30 UTC on March 6: the instant is kept, the day is the
    // page's.
    assertThat(index.get("news-article").orElseThrow().article().publishedAt())
        .isEqualTo(java.time.Instant.parse("2024-03-06T04:30:00Z"));
  }

  @Test
  void aPageWithNoArticleIsReportedAsSkippedWithItsReason() throws IOException {
    var report = index.ingest(pages());

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).endsWith("link-index.html");
              assertThat(p.reason()).startsWith("no article text found");
            });
  }
}
