package org.gazette.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.server.http.RunningServer.enc;
import static org.gazette.server.web.BrowserPage.js;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.gazette.server.http.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The search page in a real headless chromium against the real server: every check clicks and types
 * as a user would and compares what the page shows with what the API answers.
 */
class SearchPageBrowserTest {
  // Settled: the results are shown and the map has stopped loading (it draws after the results and
  // moves what is below it, so a click aimed before it draws could land elsewhere).
  private static final String SETTLED =
      "document.body.dataset.settled === 'true' && document.body.dataset.map !== 'loading'";

  @RegisterExtension static final PageFixture PAGE = new PageFixture("");

  /** Log entries a test expects (the 400 of a bad query), accepted by {@link #noProblems}. */
  private Predicate<JsonObject> expectedLog = entry -> false;

  private static BrowserPage page() {
    return PAGE.page();
  }

  @AfterEach
  void noProblems() {
    if (page() == null) {
      return; // the browser is missing and the test was skipped
    }
    page().viewport(0, 0, false);
    assertThat(page().newProblems(expectedLog)).as("console errors and exceptions").isEmpty();
  }

  private void open(String pathAndQuery) {
    page().navigate(PAGE.server().base() + pathAndQuery);
    page().waitFor(SETTLED, "the first results");
  }

  private List<String> shownIds() {
    return page().texts(".hit").isEmpty()
        ? List.of()
        : page()
            .eval("[...document.querySelectorAll('.hit')].map(e => e.dataset.id)")
            .getAsJsonArray()
            .asList()
            .stream()
            .map(JsonElement::getAsString)
            .toList();
  }

  private static List<String> ids(JsonObject result) {
    List<String> ids = new ArrayList<>();
    result
        .getAsJsonArray("hits")
        .forEach(h -> ids.add(h.getAsJsonObject().get("id").getAsString()));
    return ids;
  }

  private Map<String, Long> shownCounts(String dim) {
    JsonArray rows =
        page()
            .eval(
                "[...document.querySelectorAll('[data-dim="
                    + dim
                    + "] .facet-value')].map(li => [li.dataset.value,"
                    + " li.querySelector('.count').textContent])")
            .getAsJsonArray();
    Map<String, Long> counts = new LinkedHashMap<>();
    rows.forEach(
        r ->
            counts.put(
                r.getAsJsonArray().get(0).getAsString(),
                Long.parseLong(r.getAsJsonArray().get(1).getAsString().replace(",", ""))));
    return counts;
  }

  private static Map<String, Long> apiCounts(JsonObject result, String dim) {
    Map<String, Long> counts = new LinkedHashMap<>();
    result
        .getAsJsonObject("facets")
        .getAsJsonArray(dim)
        .forEach(
            v ->
                counts.put(
                    v.getAsJsonObject().get("value").getAsString(),
                    v.getAsJsonObject().get("count").getAsLong()));
    return counts;
  }

  private static String facetBox(String dim, String value) {
    return "[data-dim=" + dim + "] li[data-value=" + js(value) + "] input[type=checkbox]";
  }

  @Test
  void thePageLoadsWithTheFirstResultsAndTheCharts() {
    open("/");

    int total = RunningServer.SAMPLE_ARTICLES + RunningServer.DATED;
    assertThat(shownIds()).isEqualTo(ids(PAGE.server().api("/api/v1/search")));
    assertThat(page().text("document.getElementById('status').textContent"))
        .contains("1–10 of " + total + " articles");
    assertThat(page().number("document.querySelectorAll('[data-chart=published] .bar').length"))
        .as("one bar per month of 2024")
        .isEqualTo(12);
    assertThat(page().text("document.querySelector('.hit .snippet').textContent")).isNotBlank();
    assertThat(page().number("document.querySelectorAll('.hit .chip').length")).isPositive();
    assertThat(page().text("document.getElementById('q').title"))
        .contains("fuzzy~", "OR", "title:");
  }

  @Test
  void typingAQueryAndPressingEnterShowsItsResultsAndPutsItInTheUrl() {
    open("/");

    page().typeInto("#q", "withdrawal Anbar");
    page().pressEnter();
    page().waitFor("location.search.includes('q=withdrawal') && " + SETTLED, "the query results");

    JsonObject expected = PAGE.server().api("/api/v1/search?q=" + enc("withdrawal Anbar"));
    assertThat(page().text("location.search")).isEqualTo("?q=withdrawal+Anbar");
    assertThat(shownIds()).isEqualTo(ids(expected)).isNotEmpty();
    assertThat(page().texts(".hit .snippet mark")).allMatch(m -> m.matches("(?i)withdrawal|anbar"));
  }

  @Test
  void aFacetCheckboxNarrowsTheResultsAndShowsARemovableChip() {
    open("/");

    page().click(facetBox("source", "Example Wire"));
    page().waitFor("location.search.includes('source=Example+Wire') && " + SETTLED, "the filter");

    JsonObject expected = PAGE.server().api("/api/v1/search?source=" + enc("Example Wire"));
    assertThat(expected.get("total").getAsLong()).isEqualTo(RunningServer.DATED / 2);
    assertThat(shownIds()).isEqualTo(ids(expected));
    assertThat(page().texts(".hit-source")).containsOnly("Example Wire");
    assertThat(page().texts(".active-chip span")).containsExactly("Source: Example Wire");

    page().click(".active-chip .remove");
    page().waitFor("!location.search.includes('source=') && " + SETTLED, "the filter to go");
    assertThat(page().texts(".active-chip")).isEmpty();
    assertThat(page().text("document.getElementById('status').textContent")).contains("of 29");
  }

  @Test
  void theDownloadLinksExportEveryArticleOfTheCurrentView() throws Exception {
    open("/");
    page().click(facetBox("source", "Example Wire"));
    page().waitFor("location.search.includes('source=Example+Wire') && " + SETTLED, "the filter");

    String href = page().text("document.querySelector('#downloads a[data-format=csv]').href");
    assertThat(href)
        .contains("/api/v1/export?")
        .contains("source=Example+Wire")
        .contains("format=csv");
    java.net.http.HttpResponse<String> csv =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    JsonObject expected = PAGE.server().api("/api/v1/search?source=" + enc("Example Wire"));
    // A header line, then one record an article (these titles hold no line breaks).
    assertThat(csv.body().split("\r\n", -1)).hasSize((int) expected.get("total").getAsLong() + 2);
    assertThat(page().texts("#downloads a"))
        .containsExactly("CSV", "JSON lines", "GEXF", "GraphML");
  }

  @Test
  void selectingSeveralPlacesKeepsTheCountsOfTheOthers() {
    open("/");
    Map<String, Long> before = shownCounts("place");
    assertThat(before).containsKeys("Baghdad", "Erbil");

    page().click(facetBox("place", "Baghdad"));
    page().waitFor("location.search.includes('place=Baghdad') && " + SETTLED, "one place");
    page().click(facetBox("place", "Erbil"));
    page().waitFor("location.search.includes('place=Erbil') && " + SETTLED, "two places");

    JsonObject expected = PAGE.server().api("/api/v1/search?place=Baghdad&place=Erbil");
    assertThat(shownCounts("place")).isEqualTo(apiCounts(expected, "place"));
    // Drill sideways: selecting places does not change the counts of the place facet.
    assertThat(shownCounts("place")).containsAllEntriesOf(before);
    assertThat(shownCounts("source")).isEqualTo(apiCounts(expected, "source"));
    assertThat(shownIds()).isEqualTo(ids(expected));
    assertThat(page().text("document.getElementById('status').textContent"))
        .contains("of " + expected.get("total").getAsLong() + " articles");
    assertThat(page().eval(facetChecked("Baghdad")).getAsBoolean()).isTrue();
    assertThat(page().eval(facetChecked("Erbil")).getAsBoolean()).isTrue();
    assertThat(page().texts(".active-chip span")).containsExactly("Place: Baghdad", "Place: Erbil");
  }

  private static String facetChecked(String place) {
    return "document.querySelector(" + js(facetBox("place", place)) + ").checked";
  }

  @Test
  void clickingAnEntityChipFiltersByIt() {
    open("/?q=Leahy");
    String chip = ".hit .chip-add[data-type=person]";
    String name = page().text("document.querySelector(" + js(chip) + ").dataset.value");

    page().click(chip);
    page().waitFor("location.search.includes('person=') && " + SETTLED, "the entity filter");

    JsonObject expected = PAGE.server().api("/api/v1/search?q=Leahy&person=" + enc(name));
    assertThat(shownIds()).isEqualTo(ids(expected)).isNotEmpty();
    assertThat(page().texts(".active-chip span")).containsExactly("Person: " + name);
    assertThat(page().number("document.querySelectorAll('.hit').length"))
        .isEqualTo(page().number("document.querySelectorAll('.hit .chip.on').length"));
  }

  @Test
  void aBadQueryShowsTheParserMessageAtItsPosition() {
    expectedLog =
        entry -> entry.has("url") && entry.get("url").getAsString().contains("/api/v1/search");
    open("/");

    page().typeInto("#q", "title:(troops");
    page().pressEnter();
    page().waitFor("!document.getElementById('error').hidden && " + SETTLED, "the error");

    assertThat(page().text("document.getElementById('error').textContent"))
        .contains("Query syntax error")
        .contains("position 14")
        .contains("closing ')' is missing");
    assertThat(page().text("document.querySelector('#error .caret').textContent"))
        .isEqualTo("title:(troops\n" + " ".repeat(13) + "^");
    assertThat(page().text("document.getElementById('q').getAttribute('aria-invalid')"))
        .isEqualTo("true");
    assertThat(shownIds()).isEmpty();
  }

  @Test
  void theEntityPanelShowsAliasesAndCoOccurringEntitiesAndFilters() throws IOException {
    open("/");

    page().click("[data-dim=organization] li[data-value='Islamic State'] .entity-name");
    page().waitFor("document.body.dataset.entity === 'shown'", "the profile");

    assertThat(page().text("location.search")).contains("entity=organization%3AIslamic+State");
    assertThat(page().texts("#entity .aliases li")).anyMatch(a -> a.startsWith("ISIS"));
    assertThat(page().texts("#entity [data-type=place] .entity-name")).contains("Iraq");
    assertThat(page().number("document.querySelectorAll('#entity .chart-box').length"))
        .isPositive();

    page().eval("window.scrollTo(0, 0)");
    page().screenshot(PageFixture.SCREENSHOTS.resolve("entity-panel.png"));
    page().click("#entity .filter-entity");
    page()
        .waitFor("location.search.includes('organization=Islamic+State') && " + SETTLED, "filter");
    JsonObject expected = PAGE.server().api("/api/v1/search?organization=" + enc("Islamic State"));
    assertThat(shownIds()).isEqualTo(ids(expected));

    page().click("#entity .close");
    page().waitFor("document.getElementById('entity').hidden", "the panel to close");
    assertThat(page().text("location.search")).doesNotContain("entity=");
  }

  @Test
  void backAndForwardRestoreTheQueryFiltersAndResults() {
    open("/");
    page().typeInto("#q", "coalition");
    page().pressEnter();
    page().waitFor("location.search === '?q=coalition' && " + SETTLED, "the query");
    List<String> queried = shownIds();
    page().click(facetBox("source", "Desk Daily"));
    page().waitFor("location.search.includes('source=Desk+Daily') && " + SETTLED, "the filter");
    List<String> filtered = shownIds();
    assertThat(filtered).isNotEqualTo(queried);

    page().eval("history.back()");
    page().waitFor("location.search === '?q=coalition' && " + SETTLED, "back to the query");
    assertThat(shownIds()).isEqualTo(queried);
    assertThat(page().eval(sourceChecked()).getAsBoolean()).isFalse();
    assertThat(page().text("document.getElementById('q').value")).isEqualTo("coalition");

    page().eval("history.back()");
    page().waitFor("location.search === '' && " + SETTLED, "back to the start");
    assertThat(page().text("document.getElementById('q').value")).isEmpty();

    page().eval("history.forward()");
    page().eval("history.forward()");
    page().waitFor("location.search.includes('source=Desk+Daily') && " + SETTLED, "forward");
    assertThat(shownIds()).isEqualTo(filtered);
    assertThat(page().eval(sourceChecked()).getAsBoolean()).isTrue();
    assertThat(page().text("document.getElementById('q').value")).isEqualTo("coalition");
  }

  private static String sourceChecked() {
    return "document.querySelector(" + js(facetBox("source", "Desk Daily")) + ").checked";
  }

  @Test
  void nextPagesFollowTheCursorAndReachEveryResult() {
    open("/?sort=newest");
    Set<String> seen = new HashSet<>(shownIds());
    int pages = 1;
    while (page().number("document.querySelectorAll('#pager .next').length") > 0) {
      page().click("#pager .next");
      int expectedPage = ++pages;
      page()
          .waitFor(
              "location.search.includes('page=" + expectedPage + "') && " + SETTLED,
              "the next page");
      assertThat(page().text("location.search")).contains("cursor=");
      assertThat(seen).doesNotContainAnyElementsOf(shownIds());
      seen.addAll(shownIds());
    }
    assertThat(seen).hasSize(RunningServer.SAMPLE_ARTICLES + RunningServer.DATED);
    assertThat(pages).isEqualTo(3);

    page().click("#pager .prev");
    page().waitFor("location.search.includes('page=2') && " + SETTLED, "the page before");
    JsonObject second = PAGE.server().api("/api/v1/search?sort=newest&page=2");
    assertThat(shownIds()).isEqualTo(ids(second));
    assertThat(page().text("document.getElementById('status').textContent")).startsWith("11–20 of");
  }

  @Test
  void typedAndBrushedDateRangesFilterTheResults() {
    open("/");
    page().typeInto("#from", "2024-03");
    page().typeInto("#to", "2024-05");
    page().pressEnter();
    page().waitFor("location.search.includes('to=2024-05') && " + SETTLED, "the typed range");
    JsonObject typed = PAGE.server().api("/api/v1/search?from=2024-03&to=2024-05");
    assertThat(typed.get("total").getAsLong()).isEqualTo(6);
    assertThat(shownIds()).isEqualTo(ids(typed));
    assertThat(page().texts(".active-chip span")).containsExactly("Published: 2024-03 – 2024-05");

    open("/");
    page()
        .drag(
            "[data-chart=published] .bar[data-key='2024-02']",
            "[data-chart=published] .bar[data-key='2024-04']");
    page().waitFor("location.search.includes('to=2024-04') && " + SETTLED, "the brushed range");
    assertThat(page().text("location.search")).contains("from=2024-02");
    assertThat(shownIds())
        .isEqualTo(ids(PAGE.server().api("/api/v1/search?from=2024-02&to=2024-04")));
    assertThat(
            page()
                .number("document.querySelectorAll('[data-chart=published] .bar.selected').length"))
        .isEqualTo(3);

    page().click("[data-chart=mentioned] .bar[data-key='2003']");
    page().waitFor("location.search.includes('mentionedTo=2003') && " + SETTLED, "a clicked year");
    assertThat(page().text("location.search")).contains("mentionedFrom=2003");
    assertThat(shownIds())
        .isEqualTo(
            ids(
                PAGE.server()
                    .api(
                        "/api/v1/search?from=2024-02&to=2024-04&mentionedFrom=2003&mentionedTo=2003")));
  }

  @Test
  void aPhoneWidthHasNoHorizontalOverflowAndTheFiltersCollapse() {
    page().viewport(375, 740, true);
    open("/?q=withdrawal&entity=" + enc("person:Kevin Leahy"));
    page().waitFor("document.body.dataset.entity === 'shown'", "the profile");

    String overflow = "document.documentElement.scrollWidth - window.innerWidth";
    assertThat(page().number(overflow)).isLessThanOrEqualTo(0);
    page().click("#entity .close");
    page().waitFor("document.getElementById('entity').hidden", "the panel to close");
    assertThat(page().number("document.getElementById('sidebar').offsetHeight")).isZero();

    page().click("#toggle-filters");
    page().waitFor("document.getElementById('sidebar').offsetHeight > 0", "the filters to open");
    assertThat(page().number(overflow)).isLessThanOrEqualTo(0);
    assertThat(page().number("document.documentElement.clientWidth")).isEqualTo(375);
  }

  @Test
  void theFacetFilterBoxFindsValuesByPrefixAndMoreListsMore() {
    open("/");

    page().typeInto("#filter-organization", "isl");
    page()
        .waitFor(
            "[...document.querySelectorAll('[data-dim=organization] .facet-value')]"
                + ".every(li => /\\bisl/i.test(li.dataset.value))",
            "the values starting with isl");
    JsonObject prefixed = PAGE.server().api("/api/v1/facets/organization?prefix=isl&size=10");
    assertThat(shownCounts("organization"))
        .isEqualTo(valueCounts(prefixed))
        .containsKey("Islamic State");

    page().click("[data-dim=organization] li[data-value='Islamic State'] input");
    page()
        .waitFor("location.search.includes('organization=Islamic+State') && " + SETTLED, "filter");
    assertThat(page().text("document.getElementById('filter-organization').value"))
        .isEqualTo("isl");

    assertThat(shownCounts("person")).hasSize(10);
    page().click("[data-dim=person] .more");
    page()
        .waitFor("document.querySelectorAll('[data-dim=person] .facet-value').length > 10", "more");
    JsonObject more =
        PAGE.server()
            .api("/api/v1/facets/person?organization=" + enc("Islamic State") + "&size=50");
    assertThat(shownCounts("person")).isEqualTo(valueCounts(more));
    assertThat(page().text("document.querySelector('[data-dim=person] .more').textContent"))
        .isEqualTo("Fewer");
  }

  private static Map<String, Long> valueCounts(JsonObject facetResult) {
    Map<String, Long> counts = new LinkedHashMap<>();
    facetResult
        .getAsJsonArray("values")
        .forEach(
            v ->
                counts.put(
                    v.getAsJsonObject().get("value").getAsString(),
                    v.getAsJsonObject().get("count").getAsLong()));
    return counts;
  }

  @Test
  void aSearchShowsItIsLoadingAndSaysWhenNothingMatches() {
    open("/");
    page()
        .eval(
            "window.sawLoading = false; new MutationObserver(() => { if"
                + " (document.body.classList.contains('loading')) window.sawLoading = true; })"
                + ".observe(document.body, {attributes: true})");

    page().typeInto("#q", "zyxwvut");
    page().pressEnter();
    page().waitFor("location.search === '?q=zyxwvut' && " + SETTLED, "the empty answer");

    assertThat(page().eval("window.sawLoading").getAsBoolean()).isTrue();
    assertThat(page().text("document.querySelector('#results .empty').textContent"))
        .contains("No article matches “zyxwvut”");
    assertThat(page().text("document.getElementById('status').textContent")).isEmpty();
    assertThat(page().number("document.querySelectorAll('#pager button').length")).isZero();
  }

  @Test
  void everyControlHasANameAndTabShowsWhereTheFocusIs() {
    open("/?q=withdrawal");

    JsonArray unnamed =
        page()
            .eval(
                "[...document.querySelectorAll('input, select, button')].filter(e =>"
                    + " !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                    + " && !e.textContent.trim()).map(e => e.outerHTML)")
            .getAsJsonArray();
    assertThat(unnamed).as("controls without a label").isEmpty();
    page().eval("document.getElementById('q').focus()");
    page().pressTab();
    assertThat(page().text("document.activeElement.textContent")).isEqualTo("Search");
    assertThat(page().text("getComputedStyle(document.activeElement).outlineStyle"))
        .as("a visible focus ring")
        .isNotEqualTo("none");
    page().pressTab();
    assertThat(page().text("document.activeElement.id")).isEqualTo("sort");
  }

  @Test
  void aProfileOfAnEntityTheResultsDoNotNameSaysSo() {
    expectedLog =
        entry -> entry.has("url") && entry.get("url").getAsString().contains("/api/v1/entities/");
    open("/?q=withdrawal&entity=" + enc("person:Nobody Atall"));
    page().waitFor("document.body.dataset.entity === 'failed'", "the profile to fail");

    assertThat(page().text("document.querySelector('#entity .error').textContent"))
        .isEqualTo("No article in the current results names Nobody Atall.");
    page().eval("document.activeElement.blur()");
    page()
        .eval(
            "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))");
    page().waitFor("document.getElementById('entity').hidden", "Escape to close the panel");
    assertThat(page().text("location.search")).isEqualTo("?q=withdrawal");
  }

  @Test
  void markupInArticlesIsShownAsTextNeverRun() throws IOException {
    String title = "<img src=x onerror=\"document.body.dataset.pwned=1\"> hostile headline";
    JsonObject article = new JsonObject();
    article.addProperty("title", title);
    article.addProperty(
        "body",
        "A hostile <b>bold</b> claim & <script>document.body.dataset.pwned=1</script> more.");
    PAGE.server().index.putJson("hostile-1", article.toString(), "test");
    try {
      open("/?q=hostile");

      assertThat(shownIds()).containsExactly("hostile-1");
      assertThat(page().text("document.querySelector('.hit-title').textContent")).isEqualTo(title);
      assertThat(page().text("document.querySelector('.hit .snippet').textContent"))
          .contains("<b>bold</b> claim & <script>");
      assertThat(page().texts(".hit .snippet mark")).containsOnly("hostile");
      assertThat(
              page()
                  .number(
                      "document.querySelectorAll('#results img, #results script, #results b').length"))
          .isZero();
      assertThat(page().text("document.body.dataset.pwned || ''")).isEmpty();
    } finally {
      PAGE.server().index.delete("hostile-1");
    }
  }

  @Test
  void aFilterGivenByAnotherNameTakesTheLabelOfItsValueAndUnticks() {
    open("/?place=Anbar");

    assertThat(page().text("location.search")).isEqualTo("?place=Al+Anbar");
    assertThat(page().texts(".active-chip span")).containsExactly("Place: Al Anbar");
    assertThat(page().eval(facetChecked("Al Anbar")).getAsBoolean()).isTrue();
    assertThat(shownIds()).isEqualTo(ids(PAGE.server().api("/api/v1/search?place=Anbar")));

    page().click(facetBox("place", "Al Anbar"));
    page().waitFor("location.search === '' && " + SETTLED, "the filter to go");
    assertThat(page().texts(".active-chip")).isEmpty();
  }
}
