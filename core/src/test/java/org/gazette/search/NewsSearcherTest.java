package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.index.EntityNames;
import org.gazette.index.IndexSchema;
import org.gazette.index.Indexer;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;
import org.gazette.model.DatePrecision;
import org.gazette.model.Entity;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.FacetValue;
import org.gazette.model.IndexedArticle;
import org.gazette.model.Mention;
import org.gazette.model.MentionedDate;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.model.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching a real index of five hand-made articles with known entities and dates. */
class NewsSearcherTest {
  @TempDir Path dir;
  private Indexer indexer;
  private NewsSearcher searcher;

  @BeforeEach
  void indexCorpus() throws IOException {
    IndexSchema schema = new IndexSchema();
    EntityNames names = EntityNames.plain();
    indexer = Indexer.open(dir, schema, names);
    searcher = new NewsSearcher(indexer, schema, names);
    add(
        article(
                "a1",
                "Troops leave Anbar",
                "US troops began their withdrawal from Anbar on Monday.")
            .source("Alpha News")
            .published(2024, 1, 15)
            .entity(EntityType.PLACE, "Anbar")
            .entity(EntityType.PLACE, "Iraq")
            .entity(EntityType.ORGANIZATION, "CENTCOM", "Central Command")
            .entity(EntityType.PERSON, "Lloyd Austin")
            .date(LocalDate.of(2024, 1, 15), DatePrecision.DAY, "Monday"));
    add(
        article("a2", "Talks in Baghdad", "Talks on the withdrawal of coalition forces went on.")
            .source("Beta Post")
            .published(2024, 2, 3)
            .entity(EntityType.PLACE, "Baghdad")
            .entity(EntityType.PLACE, "Iraq")
            .entity(EntityType.ORGANIZATION, "Islamic State", "ISIS", "Daesh")
            .date(LocalDate.of(2014, 1, 1), DatePrecision.YEAR, "went"));
    add(
        article("a3", "Erbil quiet", "Erbil stayed quiet. No withdrawal was announced.")
            .source("Alpha News")
            .published(2023, 12, 30)
            .entity(EntityType.PLACE, "Erbil")
            .entity(EntityType.PLACE, "Iraq")
            .entity(EntityType.PERSON, "Mohammed Shia al-Sudani", "al-Sudani")
            .date(LocalDate.of(2023, 12, 1), DatePrecision.MONTH, "quiet"));
    add(
        article("a4", "Markets", "Oil prices rose in São Paulo.")
            .entity(EntityType.PLACE, "São Paulo")
            .entity(EntityType.ORGANIZATION, "Petrobras"));
    add(
        article(
                "a5",
                "Anbar and Baghdad",
                "Security in Anbar and Baghdad improved after withdrawal.")
            .source("Beta Post")
            .published(2024, 3, 1)
            .entity(EntityType.PLACE, "Anbar")
            .entity(EntityType.PLACE, "Baghdad")
            .entity(EntityType.ORGANIZATION, "Islamic State", "IS")
            .date(LocalDate.of(2024, 3, 1), DatePrecision.MONTH, "Security")
            .date(LocalDate.of(2014, 1, 1), DatePrecision.YEAR, "improved"));
    indexer.commit();
    searcher.refresh();
  }

  @AfterEach
  void close() throws IOException {
    searcher.close();
    indexer.close();
  }

  @Test
  void textQueryFindsMatchesWithHighlightedSnippets() throws IOException {
    SearchResult result = search(SearchQuery.builder().text("withdrawal"));

    assertThat(ids(result)).containsExactlyInAnyOrder("a1", "a2", "a3", "a5");
    assertThat(result.total()).isEqualTo(4);
    assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>"));
    assertThat(result.hits().getFirst().entities()).isNotEmpty();
  }

  @Test
  void snippetsEscapeHtmlAndShowTheOpeningWithoutQueryText() throws IOException {
    SearchHit hit = search(SearchQuery.builder().filter(Facet.PLACE, "São Paulo")).hits().get(0);

    assertThat(hit.snippet()).isEqualTo("Oil prices rose in São Paulo.");
    assertThat(hit.score()).isNotNaN();
  }

  @Test
  void drillSidewaysKeepsTheCountsOfOtherPlaces() throws IOException {
    SearchResult result =
        search(SearchQuery.builder().text("withdrawal").filter(Facet.PLACE, "Anbar"));

    assertThat(ids(result)).containsExactlyInAnyOrder("a1", "a5");
    assertThat(values(result, Facet.PLACE))
        .containsExactly(
            new FacetValue("Iraq", 3, false),
            new FacetValue("Anbar", 2, true),
            new FacetValue("Baghdad", 2, false),
            new FacetValue("Erbil", 1, false));
    // Other dimensions are counted over the filtered hits.
    assertThat(values(result, Facet.SOURCE))
        .containsExactly(
            new FacetValue("Alpha News", 1, false), new FacetValue("Beta Post", 1, false));
  }

  @Test
  void valuesOfOneDimensionAreOredAndDimensionsAreAnded() throws IOException {
    assertThat(
            ids(
                search(
                    SearchQuery.builder()
                        .filter(Facet.PLACE, "Anbar")
                        .filter(Facet.PLACE, "Erbil"))))
        .containsExactlyInAnyOrder("a1", "a3", "a5");
    assertThat(
            ids(
                search(
                    SearchQuery.builder()
                        .filter(Facet.PLACE, "Baghdad")
                        .filter(Facet.ORGANIZATION, "Islamic State"))))
        .containsExactlyInAnyOrder("a2", "a5");
    assertThat(
            search(
                    SearchQuery.builder()
                        .filter(Facet.PLACE, "Baghdad")
                        .filter(Facet.ORGANIZATION, "Islamic State")
                        .filter(Facet.SOURCE, "Alpha News"))
                .total())
        .isZero();
  }

  @Test
  void filtersOnAnAliasOrSpellingVariantSelectTheCanonicalValue() throws IOException {
    SearchResult isis = search(SearchQuery.builder().filter(Facet.ORGANIZATION, "isis"));

    assertThat(ids(isis)).containsExactlyInAnyOrder("a2", "a5");
    assertThat(values(isis, Facet.ORGANIZATION))
        .contains(new FacetValue("Islamic State", 2, true))
        .extracting(FacetValue::value)
        .doesNotContain("isis");
    assertThat(ids(search(SearchQuery.builder().filter(Facet.PERSON, "Al Sudani"))))
        .containsExactly("a3");
    assertThat(ids(search(SearchQuery.builder().filter(Facet.ORGANIZATION, "Central Command"))))
        .containsExactly("a1");
    assertThat(ids(search(SearchQuery.builder().filter(Facet.PLACE, "sao paulo"))))
        .containsExactly("a4");
    // A word inside a name is not an alias of it.
    assertThat(search(SearchQuery.builder().filter(Facet.ORGANIZATION, "State")).total()).isZero();
  }

  @Test
  void selectedValuesAreListedEvenAtCountZero() throws IOException {
    SearchResult result =
        search(SearchQuery.builder().filter(Facet.PLACE, "Atlantis").facetSize(1));

    assertThat(result.total()).isZero();
    assertThat(values(result, Facet.PLACE))
        .containsExactly(new FacetValue("Iraq", 3, false), new FacetValue("Atlantis", 0, true));
  }

  @Test
  void publishedRangeFiltersAndItsHistogramIgnoresItsOwnRange() throws IOException {
    SearchResult result =
        search(
            SearchQuery.builder()
                .publishedBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));

    assertThat(ids(result)).containsExactlyInAnyOrder("a1", "a2", "a5");
    var published = result.dates(Facet.PUBLISHED).orElseThrow();
    assertThat(published.years())
        .containsExactly(new FacetValue("2023", 1, false), new FacetValue("2024", 3, false));
    assertThat(published.months())
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2023-12", 1L),
            org.assertj.core.groups.Tuple.tuple("2024-01", 1L),
            org.assertj.core.groups.Tuple.tuple("2024-02", 1L),
            org.assertj.core.groups.Tuple.tuple("2024-03", 1L));
    // The mentioned histogram is counted over the filtered hits.
    assertThat(result.dates(Facet.MENTIONED).orElseThrow().years())
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2014", 2L),
            org.assertj.core.groups.Tuple.tuple("2024", 2L));
  }

  @Test
  void mentionedRangeMatchesArticlesWhoseDatesOverlapIt() throws IOException {
    assertThat(
            ids(
                search(
                    SearchQuery.builder()
                        .mentionedBetween(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 30)))))
        .containsExactlyInAnyOrder("a2", "a5");
    assertThat(
            ids(
                search(
                    SearchQuery.builder()
                        .mentionedBetween(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 14)))))
        .containsExactly("a3");
  }

  @Test
  void mentionedHistogramCountsBareYearsButNoMonthForThem() throws IOException {
    var mentioned = search(SearchQuery.builder()).dates(Facet.MENTIONED).orElseThrow();

    assertThat(mentioned.years())
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2014", 2L),
            org.assertj.core.groups.Tuple.tuple("2023", 1L),
            org.assertj.core.groups.Tuple.tuple("2024", 2L));
    assertThat(mentioned.months())
        .extracting(FacetValue::value)
        .containsExactly("2023-12", "2024-01", "2024-03");
  }

  @Test
  void sortsByDateWithUndatedArticlesLast() throws IOException {
    assertThat(ids(search(SearchQuery.builder().sort(SortOrder.NEWEST))))
        .containsExactly("a5", "a2", "a1", "a3", "a4");
    assertThat(ids(search(SearchQuery.builder().sort(SortOrder.OLDEST))))
        .containsExactly("a3", "a1", "a2", "a5", "a4");
  }

  @Test
  void cursorPagingWalksEveryHitOnceAndEnds() throws IOException {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      SearchResult page =
          search(SearchQuery.builder().sort(SortOrder.NEWEST).limit(2).cursor(cursor));
      seen.addAll(ids(page));
      assertThat(page.total()).isEqualTo(5);
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null);

    assertThat(seen).containsExactly("a5", "a2", "a1", "a3", "a4");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void cursorPagingByRelevanceMatchesOffsetPaging() throws IOException {
    List<String> byOffset =
        ids(search(SearchQuery.builder().text("withdrawal OR erbil").limit(10)));
    List<String> byCursor = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page =
          search(SearchQuery.builder().text("withdrawal OR erbil").limit(1).cursor(cursor));
      byCursor.addAll(ids(page));
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(byCursor).isEqualTo(byOffset).hasSize(4);
  }

  @Test
  void offsetPagingSlicesTheSortedHits() throws IOException {
    SearchResult page = search(SearchQuery.builder().sort(SortOrder.OLDEST).offset(2).limit(2));

    assertThat(ids(page)).containsExactly("a2", "a5");
    assertThat(page.nextCursor()).isNotNull();
  }

  @Test
  void aDamagedCursorOrOneFromAnotherSortIsRefused() throws IOException {
    String cursor = search(SearchQuery.builder().sort(SortOrder.NEWEST).limit(1)).nextCursor();

    assertThatThrownBy(() -> search(SearchQuery.builder().sort(SortOrder.OLDEST).cursor(cursor)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another sort order");
    assertThatThrownBy(() -> search(SearchQuery.builder().cursor("not-a-cursor!")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bad cursor");
  }

  @Test
  void facetValueSearchIgnoresCaseAndAccentsAndMatchesAliasesAndInnerWords() throws IOException {
    SearchQuery all = SearchQuery.builder().build();

    assertThat(searcher.facetValues(Facet.PLACE, "sao", all, 10).values())
        .containsExactly(new FacetValue("São Paulo", 1, false));
    assertThat(searcher.facetValues(Facet.ORGANIZATION, "DAESH", all, 10).values())
        .containsExactly(new FacetValue("Islamic State", 2, false));
    assertThat(searcher.facetValues(Facet.ORGANIZATION, "isl", all, 10).values())
        .containsExactly(new FacetValue("Islamic State", 2, false));
    assertThat(searcher.facetValues(Facet.PERSON, "sudani", all, 10).values())
        .containsExactly(new FacetValue("Mohammed Shia al-Sudani", 1, false));
    assertThat(searcher.facetValues(Facet.ORGANIZATION, "central comm", all, 10).values())
        .containsExactly(new FacetValue("CENTCOM", 1, false));
  }

  @Test
  void facetValueSearchCountsUnderTheQuery() throws IOException {
    SearchQuery erbilOnly = SearchQuery.builder().text("erbil").build();

    FacetResult iraq = searcher.facetValues(Facet.PLACE, "ira", erbilOnly, 10);

    assertThat(iraq.values()).containsExactly(new FacetValue("Iraq", 1, false));
    assertThat(searcher.facetValues(Facet.PLACE, "bag", erbilOnly, 10).values()).isEmpty();
  }

  @Test
  void syntaxErrorsNameThePosition() {
    assertThatThrownBy(() -> search(SearchQuery.builder().text("title:(troops AND \"US\"")))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class,
            e -> {
              assertThat(e.position()).isEqualTo(23);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "query syntax error at position 23: the query ended; a closing ')' is missing");
            });
    assertThatThrownBy(() -> search(SearchQuery.builder().text("a AND AND b")))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class,
            e -> {
              assertThat(e.position()).isEqualTo(7);
              assertThat(e.getMessage())
                  .startsWith("query syntax error at position 7: found 'AND'");
            });
    assertThatThrownBy(() -> search(SearchQuery.builder().text("troops \"open phrase")))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class,
            e -> {
              assertThat(e.position()).isEqualTo(8);
              assertThat(e.getMessage()).contains("quoted phrase opened here is not closed");
            });
    assertThatThrownBy(() -> search(SearchQuery.builder().text("place:Anbar")))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("unknown field 'place'");
  }

  @Test
  void queriesSupportPhrasesBooleansFieldsAndFuzzy() throws IOException {
    assertThat(ids(search(SearchQuery.builder().text("/erb[a-z]+/")))).containsExactly("a3");
    assertThat(ids(search(SearchQuery.builder().text("withdraw*")))).hasSize(4);
    assertThat(ids(search(SearchQuery.builder().text("\"coalition forces\""))))
        .containsExactly("a2");
    assertThat(ids(search(SearchQuery.builder().text("withdrawal -erbil")))).hasSize(3);
    assertThat(ids(search(SearchQuery.builder().text("title:anbar"))))
        .containsExactlyInAnyOrder("a1", "a5");
    assertThat(ids(search(SearchQuery.builder().text("erbill~1")))).containsExactly("a3");
    assertThat(ids(search(SearchQuery.builder().text("sao paulo")))).containsExactly("a4");
  }

  @Test
  void anEntityProfileCountsAliasesCoOccurrenceAndTimelines() throws IOException {
    EntityProfile profile =
        searcher
            .profile(EntityType.ORGANIZATION, "daesh", SearchQuery.builder().build(), 10)
            .orElseThrow();

    assertThat(profile.name()).isEqualTo("Islamic State");
    assertThat(profile.documentCount()).isEqualTo(2);
    assertThat(profile.aliases())
        .containsExactly(
            new FacetValue("Daesh", 1, false),
            new FacetValue("IS", 1, false),
            new FacetValue("ISIS", 1, false));
    assertThat(profile.related())
        .filteredOn(r -> r.facet() == Facet.PLACE)
        .singleElement()
        .satisfies(
            places ->
                assertThat(places.values())
                    .containsExactly(
                        new FacetValue("Baghdad", 2, false),
                        new FacetValue("Anbar", 1, false),
                        new FacetValue("Iraq", 1, false)));
    assertThat(profile.related())
        .filteredOn(r -> r.facet() == Facet.ORGANIZATION)
        .singleElement()
        .satisfies(orgs -> assertThat(orgs.values()).isEmpty());
    assertThat(profile.published().months())
        .extracting(FacetValue::value)
        .containsExactly("2024-02", "2024-03");
    assertThat(profile.mentioned().years())
        .containsExactly(new FacetValue("2014", 2, false), new FacetValue("2024", 1, false));
  }

  @Test
  void anEntityProfileHonoursTheQueryAndItsFilters() throws IOException {
    EntityProfile inAnbar =
        searcher
            .profile(
                EntityType.ORGANIZATION,
                "Islamic State",
                SearchQuery.builder().filter(Facet.PLACE, "Anbar").build(),
                10)
            .orElseThrow();
    EntityProfile withOtherPerson =
        searcher
            .profile(
                EntityType.PERSON,
                "Lloyd Austin",
                SearchQuery.builder().filter(Facet.PERSON, "al-Sudani").build(),
                10)
            .orElseThrow();

    assertThat(inAnbar.documentCount()).isEqualTo(1);
    assertThat(inAnbar.aliases()).containsExactly(new FacetValue("IS", 1, false));
    assertThat(withOtherPerson.documentCount()).isZero();
    assertThat(
            searcher.profile(EntityType.PERSON, "Nobody Known", SearchQuery.builder().build(), 10))
        .isEmpty();
  }

  @Test
  void overBroadQueriesAreRefusedWithAReason() {
    assertThatThrownBy(() -> search(SearchQuery.builder().text("a*")))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("needs at least 2 letters before its first * or ?");
    assertThatThrownBy(() -> search(SearchQuery.builder().text("?nbar")))
        .isInstanceOf(QuerySyntaxException.class);
    String manyTerms = String.join(" OR ", java.util.Collections.nCopies(300, "word"));
    assertThatThrownBy(() -> search(SearchQuery.builder().text(manyTerms)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 256 are allowed");
    assertThatThrownBy(() -> search(SearchQuery.builder().text("/.*/")))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("must start with at least 2 plain letters");
  }

  @Test
  void valueCountsCountDistinctValuesPerFacet() throws IOException {
    assertThat(searcher.valueCounts())
        .containsEntry(Facet.PLACE, 5)
        .containsEntry(Facet.ORGANIZATION, 3)
        .containsEntry(Facet.PERSON, 2)
        .containsEntry(Facet.SOURCE, 2);
  }

  @Test
  void getReturnsTheStoredArticleWithEntityMentions() throws IOException {
    IndexedArticle a1 = searcher.get("a1").orElseThrow();

    assertThat(a1.article().published()).isEqualTo(LocalDate.of(2024, 1, 15));
    Entity anbar = a1.extraction().entities(EntityType.PLACE).getFirst();
    assertThat(anbar.mentions()).hasSize(2);
    assertThat(anbar.mentions().getFirst().text(a1.article())).isEqualTo("Anbar");
    assertThat(a1.extraction().dates().getFirst().iso()).isEqualTo("2024-01-15");
    assertThat(searcher.get("missing")).isEmpty();
  }

  @Test
  void upsertReplacesByIdAndDeleteRemoves() throws IOException {
    add(article("a1", "Replaced", "Nothing about troops.").entity(EntityType.PLACE, "Mosul"));
    indexer.delete("a4");
    indexer.commit();
    searcher.refresh();

    assertThat(searcher.count()).isEqualTo(4);
    assertThat(searcher.get("a1").orElseThrow().article().title()).isEqualTo("Replaced");
    assertThat(ids(search(SearchQuery.builder().filter(Facet.PLACE, "Anbar"))))
        .containsExactly("a5");
    assertThat(searcher.get("a4")).isEmpty();
  }

  private SearchResult search(SearchQuery.Builder query) throws IOException {
    return searcher.search(query.build());
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  private static List<FacetValue> values(SearchResult result, Facet facet) {
    return result.facet(facet).orElseThrow().values();
  }

  private void add(TestArticle a) throws IOException {
    indexer.upsert(a.build(), "hash-" + a.id);
  }

  private static TestArticle article(String id, String title, String body) {
    return new TestArticle(id, title, body);
  }

  /** Builds an indexed article whose mentions point at the real text. */
  private static final class TestArticle {
    final String id;
    final String title;
    final String body;
    String source;
    LocalDate published;
    final List<Entity> entities = new ArrayList<>();
    final List<MentionedDate> dates = new ArrayList<>();

    TestArticle(String id, String title, String body) {
      this.id = id;
      this.title = title;
      this.body = body;
    }

    TestArticle source(String source) {
      this.source = source;
      return this;
    }

    TestArticle published(int y, int m, int d) {
      this.published = LocalDate.of(y, m, d);
      return this;
    }

    TestArticle entity(EntityType type, String name, String... aliases) {
      List<Mention> mentions = new ArrayList<>();
      addMentions(mentions, ArticleField.TITLE, title, name);
      addMentions(mentions, ArticleField.BODY, body, name);
      entities.add(new Entity(type, name, List.of(aliases), mentions));
      return this;
    }

    TestArticle date(LocalDate date, DatePrecision precision, String word) {
      int at = body.indexOf(word);
      dates.add(
          new MentionedDate(
              date, precision, false, new Mention(ArticleField.BODY, at, at + word.length())));
      return this;
    }

    private static void addMentions(
        List<Mention> mentions, ArticleField field, String text, String name) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.add(new Mention(field, at, at + name.length()));
      }
    }

    IndexedArticle build() {
      return new IndexedArticle(
          new Article(id, title, source, null, published, List.of(), body),
          new Extraction(entities, dates));
    }
  }
}
