package org.gazette.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.model.DateHistogram;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.model.SortOrder;
import org.gazette.server.JsonViews;

/** {@code search "QUERY" [filters]}: prints hits with snippets, then facet counts. */
final class SearchCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Cli cli;

  SearchCommand(PrintStream out, PrintStream err, Cli cli) {
    this.out = out;
    this.err = err;
    this.cli = cli;
  }

  int run(List<String> argv) throws IOException {
    Arguments args = Commands.SEARCH.parse(argv);
    if (args.positional().size() > 1) {
      throw new Arguments.UsageException(
          "search takes one query; quote it: ./gazette search \""
              + String.join(" ", args.positional())
              + "\"");
    }
    SearchQuery query = query(args);
    Path indexDir = cli.indexDirectory(args);
    NewsIndexConfig config = Cli.withBackEnd(NewsIndexConfig.defaults(indexDir), args);
    if (args.get("solr", null) == null && !Files.isDirectory(indexDir)) {
      err.println(
          "gazette: no index at " + indexDir + "; create one with ./gazette index PATH first");
      return Cli.FAILED;
    }
    try (NewsIndex index = NewsIndex.open(config)) {
      SearchResult result = index.search(query);
      if (args.flag("json")) {
        out.println(JsonViews.searchResult(result));
      } else {
        print(query, result);
      }
      return Cli.OK;
    }
  }

  /** The query text (the one positional argument), filters and date ranges of a command. */
  static SearchQuery.Builder filtered(Arguments args) {
    SearchQuery.Builder b = SearchQuery.builder();
    b.text(args.positional().isEmpty() ? "" : args.positional().getFirst());
    for (Facet f : List.of(Facet.ORGANIZATION, Facet.PLACE, Facet.PERSON, Facet.SOURCE)) {
      args.all(f.key()).forEach(v -> b.filter(f, v));
    }
    b.publishedBetween(args.getDate("from"), args.getDate("to"));
    b.mentionedBetween(args.getDate("mentioned-from"), args.getDate("mentioned-to"));
    return b;
  }

  private static SearchQuery query(Arguments args) {
    SearchQuery.Builder b = filtered(args);
    b.sort(SortOrder.fromKey(args.get("sort", "relevance")));
    int size = args.getInt("size", 10, 0, SearchQuery.MAX_LIMIT);
    int page = args.getInt("page", 1, 1, Integer.MAX_VALUE);
    b.limit(size).offset((int) Math.min((long) (page - 1) * size, Integer.MAX_VALUE));
    b.cursor(args.get("cursor", null));
    String facets = args.get("facets", null);
    if (facets != null) {
      List<Facet> list = new ArrayList<>();
      for (String key : facets.split(",")) {
        if (!key.isBlank()) {
          list.add(Facet.fromKey(key.strip()));
        }
      }
      b.facets(list);
    }
    b.facetSize(args.getInt("facet-size", 10, 1, SearchQuery.MAX_FACET_SIZE));
    return b.build();
  }

  private void print(SearchQuery query, SearchResult result) {
    out.printf(
        "%,d hit%s for %s%s (%d ms)%n",
        result.total(),
        result.total() == 1 ? "" : "s",
        query.text().isBlank() ? "all articles" : "\"" + query.text() + "\"",
        filters(query),
        result.tookMs());
    int rank = query.offset();
    for (SearchHit hit : result.hits()) {
      out.println();
      out.printf("%d. %s%n", ++rank, hit.title().isEmpty() ? "(no title)" : hit.title());
      List<String> meta = new ArrayList<>(List.of(hit.id()));
      if (hit.source() != null) {
        meta.add(hit.source());
      }
      if (hit.published() != null) {
        meta.add(hit.published().toString());
      }
      out.println("   " + String.join(" · ", meta));
      out.println("   " + Terminal.snippet(hit.snippet()));
      for (EntityType type : EntityType.values()) {
        List<String> names = hit.entities().getOrDefault(type, List.of());
        if (!names.isEmpty()) {
          out.println("   " + type.key() + ": " + Terminal.shorten(String.join(", ", names), 160));
        }
      }
    }
    if (result.nextCursor() != null) {
      out.println();
      out.println("More: --cursor " + result.nextCursor());
    }
    printFacets(result);
  }

  private void printFacets(SearchResult result) {
    if (result.facets().isEmpty() && result.dates().isEmpty()) {
      return;
    }
    out.println();
    out.println("Facets");
    for (FacetResult f : result.facets()) {
      out.printf("  %-13s %s%n", f.facet().key() + ":", values(f.values()));
    }
    for (DateHistogram d : result.dates()) {
      out.printf("  %-13s %s%n", d.facet().key() + ":", values(d.years()));
    }
  }

  private static String values(List<FacetValue> values) {
    if (values.isEmpty()) {
      return "(none)";
    }
    return values.stream()
        .map(v -> (v.selected() ? "[x] " : "") + v.value() + " (" + v.count() + ")")
        .collect(Collectors.joining(", "));
  }

  private static String filters(SearchQuery query) {
    List<String> parts = new ArrayList<>();
    query.filters().forEach((f, v) -> parts.add(f.key() + ": " + String.join(" OR ", v)));
    if (!query.published().isAll()) {
      parts.add("published " + range(query.published()));
    }
    if (!query.mentioned().isAll()) {
      parts.add("mentioned " + range(query.mentioned()));
    }
    return parts.isEmpty() ? "" : " with " + String.join("; ", parts);
  }

  private static String range(org.gazette.model.DateRange r) {
    return (r.from() == null ? "…" : r.from().toString())
        + " to "
        + (r.to() == null ? "…" : r.to().toString());
  }
}
