package org.gazette.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.model.Facet;
import org.gazette.model.FacetValue;
import org.gazette.model.IngestProblem;
import org.gazette.model.IngestReport;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory of a saved page, a gzipped WARC crawl, an RSS feed, a text file and a sitemap indexed
 * in one run into a real index: every article is there with the date, source and author its input
 * gives, the report counts what was left out and says why, and an item read again after it changed
 * replaces the article of its URL instead of adding a second one.
 */
class MixedWebInputsTest {
  @TempDir Path dir;
  private NewsIndex index;
  private Path inputs;

  @BeforeEach
  void setUp() throws IOException {
    index = NewsIndex.open(NewsIndexConfig.defaults(dir.resolve("index")));
    inputs = Files.createDirectories(dir.resolve("inputs"));
    try (InputStream in = getClass().getResourceAsStream("news-article.html")) {
      Files.write(inputs.resolve("flood.html"), in.readAllBytes());
    }
    Files.write(
        inputs.resolve("crawl.warc.gz"),
        WarcBytes.gzipped()
            .warcinfo()
            .request("https://coast.example/crane")
            .response(
                "https://coast.example/crane",
                WarcBytes.http(
                    200,
                    "OK",
                    WarcBytes.html(TestArticles.harbour()),
                    "Content-Type: text/html; charset=utf-8"))
            .response(
                "https://coast.example/logo.png",
                WarcBytes.http(200, "OK", new byte[] {1, 2, 3}, "Content-Type: image/png"))
            .response(
                "https://valley.example/library",
                WarcBytes.http(
                    200, "OK", WarcBytes.html(TestArticles.library()), "Content-Type: text/html"))
            .bytes());
    Files.writeString(
        inputs.resolve("wire.rss"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Lowmere Wire</title><link>https://wire.example/</link>
        <item><title>Council opens a new school in Eastford</title>
        <link>https://wire.example/school</link>
        <pubDate>Tue, 04 Mar 2025 08:00:00 +0100</pubDate><dc:creator>Ana Holt</dc:creator>
        <content:encoded><![CDATA[<p>The council opened a new primary school in Eastford on
        Monday, with places for 300 pupils from the villages around the lake.</p>
        <p>The school was paid for by the regional government and a grant from the
        European Union, the mayor said.</p>]]></content:encoded></item>
        <item><title>Ferry timetable changes in April</title>
        <link>https://wire.example/ferry</link>
        <pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate>
        <description>The ferry between Lowmere and Eastford runs every hour from April, the
        operator said on Wednesday in a short statement.</description></item>
        </channel></rss>
        """);
    Files.writeString(
        inputs.resolve("notes.txt"),
        "Rain closes mountain road\nThe mountain road above Lowmere was closed on Friday after"
            + " heavy rain, the police said.");
    Files.writeString(
        inputs.resolve("sitemap.xml"),
        "<?xml version=\"1.0\"?><urlset><url><loc>https://wire.example/</loc></url></urlset>");
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  void everyKindOfInputIsIndexedInOneRunWithItsOwnDateSourceAndAuthors() throws IOException {
    IngestReport report = index.ingest(inputs);

    assertThat(report.added()).isEqualTo(6);
    SearchResult all =
        index.search(SearchQuery.builder().limit(10).facets(Facet.SOURCE).facetSize(10).build());
    Map<String, String> byTitle = new TreeMap<>();
    for (SearchHit hit : all.hits()) {
      byTitle.put(hit.title(), hit.source() + " " + hit.published());
    }
    assertThat(byTitle)
        .containsEntry("Flood barrier opens on the river Wend", "The Harbour Courier 2024-03-05")
        .containsEntry(TestArticles.HARBOUR_TITLE, "Coast Courier 2025-03-01")
        .containsEntry(TestArticles.LIBRARY_TITLE, "Valley Times 2025-03-02")
        .containsEntry("Council opens a new school in Eastford", "Lowmere Wire 2025-03-04")
        .containsEntry("Ferry timetable changes in April", "Lowmere Wire 2025-03-05")
        .containsEntry("Rain closes mountain road", "null null");
    assertThat(all.facet(Facet.SOURCE).orElseThrow().values())
        .contains(new FacetValue("Lowmere Wire", 2, false));
    SearchHit school =
        index.search(SearchQuery.builder().text("\"primary school\"").build()).hits().getFirst();
    assertThat(index.get(school.id()).orElseThrow().article().authors())
        .containsExactly("Ana Holt");
    assertThat(school.url()).isEqualTo("https://wire.example/school");
  }

  @Test
  void theReportSaysWhatWasLeftOutAndFlagsASummaryOnlyItem() throws IOException {
    IngestReport report = index.ingest(inputs);

    assertThat(report.failed()).isZero();
    List<String> problems =
        report.problems().stream()
            .map(p -> p.kind() + " " + Path.of(p.source()).getFileName() + ":" + p.line())
            .toList();
    assertThat(problems)
        .contains(
            "SKIPPED crawl.warc.gz:1",
            "SKIPPED crawl.warc.gz:2",
            "SKIPPED crawl.warc.gz:4",
            "WARNING wire.rss:2");
    assertThat(report.problems())
        .filteredOn(p -> p.kind() == IngestProblem.Kind.WARNING)
        .extracting(IngestProblem::reason)
        .anySatisfy(r -> assertThat(r).contains("only a summary"));
    assertThat(problems).noneMatch(p -> p.contains("sitemap.xml"));
  }

  @Test
  void anUpdatedFeedItemReplacesTheArticleOfItsUrl() throws IOException {
    index.ingest(inputs);
    Path feed = inputs.resolve("wire.rss");
    Files.writeString(feed, Files.readString(feed).replace("every hour", "every half hour"));

    IngestReport again = index.ingest(inputs);

    assertThat(again.added()).isZero();
    assertThat(again.replaced()).isEqualTo(6);
    assertThat(index.count()).isEqualTo(6);
    assertThat(index.search(SearchQuery.builder().text("\"every half hour\"").build()).total())
        .isEqualTo(1);
  }

  @Test
  void theDatesOfEveryInputFillThePublishedHistogram() throws IOException {
    index.ingest(inputs);

    SearchResult result = index.search(SearchQuery.builder().facets(Facet.PUBLISHED).build());

    assertThat(result.dates(Facet.PUBLISHED).orElseThrow().months())
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2024-03", 1L),
            org.assertj.core.groups.Tuple.tuple("2025-03", 4L));
  }
}
