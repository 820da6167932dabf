package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.model.EntityNetwork;
import org.gazette.model.EntityType;
import org.gazette.model.ExportedArticle;
import org.gazette.model.Facet;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports and entity networks over the sample corpus in a real index. */
class ExportTest {
  @TempDir Path dir;
  private NewsIndex index;

  @BeforeEach
  void open() throws IOException {
    index = NewsIndex.open(NewsIndexConfig.defaults(dir));
    index.ingest(Path.of("../index-data"));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private List<ExportedArticle> export(SearchQuery query, boolean body) throws IOException {
    List<ExportedArticle> out = new ArrayList<>();
    long n = index.export(query, body, out::add);
    assertThat(n).isEqualTo(out.size());
    return out;
  }

  @Test
  void anExportHoldsEveryMatchingArticleWithWhatAHitShows() throws IOException {
    SearchQuery query = SearchQuery.builder().filter(Facet.PLACE, "Al Anbar").limit(100).build();

    List<ExportedArticle> exported = export(query, false);

    List<SearchHit> hits = index.search(query).hits();
    assertThat(exported)
        .extracting(ExportedArticle::id)
        .containsExactlyInAnyOrderElementsOf(hits.stream().map(SearchHit::id).toList());
    for (SearchHit hit : hits) {
      ExportedArticle a =
          exported.stream().filter(e -> e.id().equals(hit.id())).findFirst().orElseThrow();
      assertThat(a.title()).isEqualTo(hit.title());
      assertThat(a.source()).isEqualTo(hit.source());
      assertThat(a.published()).isEqualTo(hit.published());
      assertThat(a.entities()).isEqualTo(hit.entities());
      assertThat(a.body()).isNull();
    }
  }

  @Test
  void bodiesComeWhenAsked() throws IOException {
    for (ExportedArticle a : export(SearchQuery.builder().build(), true)) {
      assertThat(a.body()).isEqualTo(index.get(a.id()).orElseThrow().article().body());
    }
  }

  @Test
  void anExportIsOneViewOfTheIndexWhateverIsWrittenMeanwhile() throws IOException {
    List<String> ids = new ArrayList<>();
    boolean[] written = {false};
    index.export(
        SearchQuery.builder().build(),
        false,
        a -> {
          if (!written[0]) {
            written[0] = true;
            index.ingestJson("{\"id\": \"late\", \"body\": \"Troops left Erbil.\"}", "test");
            index.delete("004_8342cd79d5b7a5de");
          }
          ids.add(a.id());
        });

    assertThat(ids).hasSize(5).contains("004_8342cd79d5b7a5de").doesNotContain("late");
    assertThat(index.count()).isEqualTo(5);
  }

  @Test
  void theNetworkCountsArticlesPerValueAndPerPairNamedTogether() throws IOException {
    EntityNetwork network = index.network(SearchQuery.builder().build(), 30);

    assertThat(network.articles()).isEqualTo(5);
    assertThat(network.nodes()).hasSizeLessThanOrEqualTo(30);
    for (EntityNetwork.Node node : network.nodes()) {
      assertThat(node.articles())
          .as(node.value())
          .isEqualTo(index.search(filter(node).build()).total());
    }
    EntityNetwork.Edge heaviest = network.edges().getFirst();
    EntityNetwork.Node a = network.nodes().get(heaviest.source());
    EntityNetwork.Node b = network.nodes().get(heaviest.target());
    SearchQuery both = filter(a).filter(facet(b.type()), b.value()).build();
    assertThat(heaviest.articles()).isEqualTo(index.search(both).total());
    assertThat(network.edges()).allSatisfy(e -> assertThat(e.source()).isLessThan(e.target()));
  }

  @Test
  void aSmallerNetworkKeepsTheMostFrequentValuesAndSaysHowManyWereLeftOut() throws IOException {
    EntityNetwork big = index.network(SearchQuery.builder().build(), 1000);
    EntityNetwork small = index.network(SearchQuery.builder().build(), 3);

    assertThat(small.nodes()).containsExactlyElementsOf(big.nodes().subList(0, 3));
    assertThat(small.valuesLeftOut()).isEqualTo(big.nodes().size() - 3);
    assertThat(small.edges()).allSatisfy(e -> assertThat(e.target()).isLessThan(3));
  }

  private static SearchQuery.Builder filter(EntityNetwork.Node node) {
    return SearchQuery.builder().filter(facet(node.type()), node.value());
  }

  private static Facet facet(EntityType type) {
    return switch (type) {
      case ORGANIZATION -> Facet.ORGANIZATION;
      case PLACE -> Facet.PLACE;
      case PERSON -> Facet.PERSON;
    };
  }
}
