package org.gazette.solr;

import static org.gazette.solr.SolrCalls.call;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.JavaBinCodec;
import org.gazette.index.DocumentMapper;
import org.gazette.index.EntityNames;
import org.gazette.index.IndexFields;
import org.gazette.model.DateHistogram;
import org.gazette.model.DateRange;
import org.gazette.model.EntityNetwork;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.ExportSink;
import org.gazette.model.ExportedArticle;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.model.SortOrder;
import org.gazette.model.SupportedDates;
import org.gazette.search.CursorCodec;
import org.gazette.search.FacetValueFinder;
import org.gazette.search.FilterResolver;
import org.gazette.search.HitMapper;
import org.gazette.search.NetworkBuilder;
import org.gazette.search.NewsSearcher;
import org.gazette.search.SearchTimeoutException;
import org.gazette.search.ValueNaming;

/**
 * Searches a Gazette collection in SolrCloud with the embedded index's rules: query text checked by
 * Gazette's own parser (same errors, same positions) and run by Solr's extended dismax over title
 * (boosted) and body with every term required; filters resolved from any spelling to value keys as
 * the embedded index resolves them; multi-select facets counted in the one request with tagged
 * filters and {@code excludeTags} (the embedded index's drill sideways); cursors in the embedded
 * index's format, turned into Solr's {@code cursorMark} so paging has no depth limit.
 *
 * <p>NOTE: thread-safe.
 */
final class SolrSearch {
  private static final String[] HIT_FIELDS =
      java.util.stream.Stream.concat(IndexFields.HIT.stream(), java.util.stream.Stream.of("score"))
          .toArray(String[]::new);

  private static final String[] EXPORT_FIELDS = IndexFields.EXPORTED.toArray(String[]::new);

  /** Extra top values each shard offers for a facet (see {@code overrequest}). */
  private static final int OVERREQUEST = 200;

  /** Articles read per request by exports and networks. */
  private static final int SCAN_PAGE = 500;

  /** Separates filter keys in a {@code terms} query; no key holds it (it separates key terms). */
  private static final String SEPARATOR = String.valueOf(IndexFields.KEY_SEPARATOR);

  private final CloudSolrClient client;
  private final EntityNames names;
  private final SolrLabels labels;
  private final Duration timeout;

  SolrSearch(CloudSolrClient client, EntityNames names, SolrLabels labels, Duration timeout) {
    this.client = client;
    this.names = names;
    this.labels = labels;
    this.timeout = timeout;
  }

  SearchResult search(SearchQuery query) throws IOException {
    long start = System.nanoTime();
    NewsSearcher.checkQueryText(query.text());
    SolrLookup lookup = new SolrLookup(client);
    ValueNaming naming = labels.naming(names);
    Map<Facet, List<String>> filters = FilterResolver.resolve(lookup, naming, query.filters());
    SolrQuery q = matching(query, filters, true);
    q.setFields(HIT_FIELDS);
    // One hit more than the page, to know whether a next page exists.
    q.setRows(query.limit() + 1);
    q.set("sort", sortOf(query.sort()));
    if (query.cursor() != null) {
      q.set(
          CursorMarkParams.CURSOR_MARK_PARAM,
          totem(query.sort(), CursorCodec.position(query.cursor(), query.sort())));
    } else {
      q.setStart(query.offset());
    }
    if (query.limit() > 0) {
      highlight(q);
    }
    Facets facets = new Facets(q, filters);
    for (Facet facet : query.facets()) {
      if (facet.isValueFacet()) {
        facets.top(facet, query.facetSize() + blocked(naming, facet), true);
      } else {
        facets.histogram(facet, true);
      }
    }
    facets.send();
    QueryResponse r = run(q);
    SolrDocumentList docs = r.getResults();
    List<SolrDocument> page = docs.subList(0, Math.min(query.limit(), docs.size()));
    NestableJsonFacet counted = r.getJsonFacetingResponse();
    Map<Facet, Set<String>> shown = facets.shownKeys(counted);
    page.forEach(d -> addKeys(shown, valueKeys(d)));
    labels.load(shown);
    List<SearchHit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> snippets = r.getHighlighting();
    for (SolrDocument d : page) {
      String id = string(d, IndexFields.ID);
      List<String> snippet =
          snippets == null || snippets.get(id) == null
              ? null
              : snippets.get(id).get(IndexFields.BODY);
      Object score = d.getFirstValue("score");
      hits.add(
          new SearchHit(
              id,
              string(d, IndexFields.TITLE),
              string(d, IndexFields.SOURCE),
              day(d),
              string(d, IndexFields.URL),
              strings(d, IndexFields.AUTHORS),
              query.sort() == SortOrder.RELEVANCE && score != null
                  ? ((Number) score).floatValue()
                  : Float.NaN,
              snippet == null || snippet.isEmpty() ? "" : snippet.get(0),
              entities(d, naming)));
    }
    List<FacetResult> valueFacets = new ArrayList<>();
    List<DateHistogram> histograms = new ArrayList<>();
    for (Facet facet : query.facets()) {
      if (facet.isValueFacet()) {
        valueFacets.add(facets.topResult(counted, facet, query.facetSize(), naming));
      } else {
        histograms.add(Facets.histogramResult(counted, facet));
      }
    }
    String next =
        !page.isEmpty() && docs.size() > query.limit()
            ? CursorCodec.encode(query.sort(), position(page.get(page.size() - 1), query.sort()))
            : null;
    return new SearchResult(
        docs.getNumFound(),
        (System.nanoTime() - start) / 1_000_000,
        hits,
        valueFacets,
        histograms,
        next);
  }

  FacetResult facetValues(Facet facet, String prefix, SearchQuery query, int size)
      throws IOException {
    FacetValueFinder.requireValueFacet(facet);
    NewsSearcher.checkQueryText(query.text());
    SolrLookup lookup = new SolrLookup(client);
    ValueNaming naming = labels.naming(names);
    Map<Facet, List<String>> filters = FilterResolver.resolve(lookup, naming, query.filters());
    Set<String> found = lookup.byWordPrefix(facet, prefix);
    if (found != null) {
      found.addAll(FacetValueFinder.curatedByWordPrefix(naming.curation(), facet, prefix));
      if (facet != Facet.SOURCE) {
        // A name the extractor knows as an alias, typed in full ("daesh").
        found.addAll(FilterResolver.keys(lookup, naming, facet, prefix));
        Set<String> merged = new LinkedHashSet<>();
        found.forEach(k -> merged.add(naming.curation().resolve(ValueNaming.type(facet), k)));
        found = merged;
      }
    }
    SolrQuery q = matching(query, filters, true).setRows(0);
    Facets facets = new Facets(q, filters);
    if (found == null) {
      facets.top(facet, size + blocked(naming, facet), true);
    } else {
      facets.counts(facet, found);
    }
    facets.send();
    NestableJsonFacet counted = run(q).getJsonFacetingResponse();
    labels.load(facets.shownKeys(counted));
    return found == null
        ? facets.topResult(counted, facet, size, naming)
        : facets.countsResult(counted, facet, found, size, naming);
  }

  Optional<EntityProfile> profile(EntityType type, String name, SearchQuery query, int size)
      throws IOException {
    NewsSearcher.checkQueryText(query.text());
    Facet facet = Facet.of(type);
    SolrLookup lookup = new SolrLookup(client);
    ValueNaming naming = labels.naming(names);
    // The indexed value the name stands for: the one in most articles when an alias is shared.
    List<String> candidates = new ArrayList<>(FilterResolver.keys(lookup, naming, facet, name));
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    SolrQuery all = new SolrQuery("*:*").setRows(0);
    Facets each = new Facets(all, Map.of());
    each.counts(facet, candidates);
    each.send();
    NestableJsonFacet counts = run(all).getJsonFacetingResponse();
    String canonical = null;
    long best = 0;
    for (int i = 0; i < candidates.size(); i++) {
      long n = Facets.queryCount(counts, facet.key() + "_c" + i);
      if (n > best) {
        canonical = candidates.get(i);
        best = n;
      }
    }
    if (canonical == null) {
      return Optional.empty();
    }
    Map<Facet, List<String>> filters = FilterResolver.resolve(lookup, naming, query.filters());
    SolrQuery q = matching(query, filters, false).setRows(0);
    q.addFilterQuery("{!term f=" + SolrDocuments.facetField(facet) + " v=$entity}");
    q.set("entity", canonical);
    Facets facets = new Facets(q, filters);
    int hidden = (int) naming.curation().rules().stream().filter(r -> r.blocked()).count();
    for (EntityType t : EntityType.values()) {
      facets.top(Facet.of(t), size + 1 + hidden, false);
    }
    facets.aliases(type, canonical, EntityProfile.MAX_ALIASES);
    facets.histogram(Facet.PUBLISHED, false);
    facets.histogram(Facet.MENTIONED, false);
    facets.send();
    QueryResponse r = run(q);
    NestableJsonFacet counted = r.getJsonFacetingResponse();
    Map<Facet, Set<String>> shown = facets.shownKeys(counted);
    shown.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(canonical);
    labels.load(shown);
    List<FacetResult> related = new ArrayList<>();
    for (EntityType t : EntityType.values()) {
      related.add(
          facets.relatedResult(counted, Facet.of(t), t == type ? canonical : null, size, naming));
    }
    return Optional.of(
        new EntityProfile(
            type,
            naming.label(facet, canonical),
            r.getResults().getNumFound(),
            Facets.aliasesResult(counted, canonical),
            related,
            Facets.histogramResult(counted, Facet.PUBLISHED),
            Facets.histogramResult(counted, Facet.MENTIONED)));
  }

  long export(SearchQuery query, boolean withBody, ExportSink sink) throws IOException {
    long[] n = {0};
    scan(
        query,
        withBody ? withBody() : EXPORT_FIELDS,
        (d, naming) -> {
          String publishedAt = string(d, IndexFields.PUBLISHED_AT);
          sink.accept(
              new ExportedArticle(
                  string(d, IndexFields.ID),
                  string(d, IndexFields.TITLE),
                  string(d, IndexFields.SOURCE),
                  day(d),
                  publishedAt == null ? null : Instant.ofEpochMilli(Long.parseLong(publishedAt)),
                  string(d, IndexFields.URL),
                  strings(d, IndexFields.AUTHORS),
                  entities(d, naming),
                  withBody ? string(d, IndexFields.BODY) : null));
          n[0]++;
        });
    return n[0];
  }

  EntityNetwork network(SearchQuery query, int maxNodes) throws IOException {
    return NetworkBuilder.build(
        visitor ->
            scan(
                query,
                new String[] {IndexFields.ID, IndexFields.VALUE_KEYS},
                (d, naming) -> visitor.visit(valueKeys(d), naming)),
        maxNodes);
  }

  /** The number of distinct values of each value facet over every article. */
  Map<Facet, Integer> valueCounts() throws IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    Facets facets = new Facets(q, Map.of());
    for (Facet facet : Facet.values()) {
      if (facet.isValueFacet()) {
        facets.top(facet, 1, false);
      }
    }
    facets.send();
    NestableJsonFacet counted = run(q).getJsonFacetingResponse();
    ValueNaming naming = labels.naming(names);
    labels.load(facets.shownKeys(counted));
    Map<Facet, Integer> counts = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      if (facet.isValueFacet()) {
        counts.put(facet, facets.topResult(counted, facet, 1, naming).valueCount());
      }
    }
    return counts;
  }

  /** The values of {@code facet} curation blocked, which facet lists leave out. */
  private static int blocked(ValueNaming naming, Facet facet) {
    if (facet == Facet.SOURCE) {
      return 0;
    }
    return (int)
        naming.curation().rules().stream()
            .filter(r -> r.blocked() && Facet.of(r.type()) == facet)
            .count();
  }

  private static String[] withBody() {
    String[] fields = java.util.Arrays.copyOf(EXPORT_FIELDS, EXPORT_FIELDS.length + 1);
    fields[EXPORT_FIELDS.length] = IndexFields.BODY;
    return fields;
  }

  private interface DocVisitor {
    void visit(SolrDocument doc, ValueNaming naming) throws IOException;
  }

  /**
   * Visits every article matching the text, filters and dates of {@code query}, in id order, a page
   * at a time with a cursor (no depth limit; pages are read as they come, so writes made meanwhile
   * may show in later pages).
   */
  private void scan(SearchQuery query, String[] fields, DocVisitor visitor) throws IOException {
    NewsSearcher.checkQueryText(query.text());
    ValueNaming naming = labels.naming(names);
    Map<Facet, List<String>> filters =
        FilterResolver.resolve(new SolrLookup(client), naming, query.filters());
    SolrQuery q = matching(query, filters, false);
    q.setFields(fields).setRows(SCAN_PAGE).set("sort", IndexFields.ID + " asc");
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page =
          call(() -> client.query(q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
      Map<Facet, Set<String>> keys = new EnumMap<>(Facet.class);
      page.getResults().forEach(d -> addKeys(keys, valueKeys(d)));
      labels.load(keys);
      for (SolrDocument d : page.getResults()) {
        visitor.visit(d, naming);
      }
      if (cursor.equals(page.getNextCursorMark())) {
        return;
      }
      cursor = page.getNextCursorMark();
    }
  }

  /** Runs a search under the time budget. */
  private QueryResponse run(SolrQuery q) throws IOException {
    q.setTimeAllowed(Math.toIntExact(Math.min(Integer.MAX_VALUE, timeout.toMillis())));
    QueryResponse r =
        call(() -> client.query(q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
    Object partial = r.getResponseHeader().get("partialResults");
    if (Boolean.TRUE.equals(partial)) {
      throw new SearchTimeoutException(timeout);
    }
    return r;
  }

  /** The articles matching the text, filters and date ranges (tagged for multi-select). */
  private static SolrQuery matching(
      SearchQuery query, Map<Facet, List<String>> filters, boolean tagged) {
    SolrQuery q = new SolrQuery();
    if (query.text().isBlank()) {
      q.setQuery("*:*");
    } else {
      q.setQuery(query.text());
      q.set("defType", "edismax");
      // As the embedded parser: title boosted twice, every term required, scores summed.
      q.set("qf", IndexFields.TITLE + "^2 " + IndexFields.BODY);
      q.set("q.op", "AND");
      q.set("tie", "1.0");
      q.set("sow", "true");
      q.set("lowercaseOperators", "false");
      q.set("uf", IndexFields.TITLE + " " + IndexFields.BODY);
    }
    q.set("sep", SEPARATOR);
    for (Map.Entry<Facet, List<String>> filter : filters.entrySet()) {
      String param = "fv_" + filter.getKey().key();
      List<String> keys = new ArrayList<>();
      for (String key : filter.getValue()) {
        // A typed value that resolved to nothing is kept as typed, and must match nothing.
        keys.add(key.replace(IndexFields.KEY_SEPARATOR, '\u001e'));
      }
      q.set(param, String.join(SEPARATOR, keys));
      q.addFilterQuery(
          "{!terms "
              + tag(filter.getKey(), tagged)
              + "f="
              + SolrDocuments.facetField(filter.getKey())
              + " separator=$sep v=$"
              + param
              + "}");
    }
    DateRange published = query.published();
    if (!published.isAll()) {
      q.addFilterQuery(
          "{!lucene "
              + tag(Facet.PUBLISHED, tagged)
              + "}"
              + IndexFields.PUBLISHED
              + ":["
              + (published.from() == null ? "*" : published.from().toEpochDay())
              + " TO "
              + (published.to() == null ? "*" : published.to().toEpochDay())
              + "]");
    }
    DateRange mentioned = query.mentioned();
    if (!mentioned.isAll()) {
      LocalDate from = mentioned.from();
      LocalDate to = mentioned.to();
      String range;
      if ((from != null && from.isAfter(SupportedDates.LAST))
          || (to != null && to.isBefore(SupportedDates.FIRST))) {
        // No article mentions a date outside the supported years.
        range = "-*:*";
      } else {
        range =
            IndexFields.MENTIONED
                + ":["
                + (from == null || from.isBefore(SupportedDates.FIRST) ? "*" : from)
                + " TO "
                + (to == null || to.isAfter(SupportedDates.LAST) ? "*" : to)
                + "]";
      }
      q.addFilterQuery("{!lucene " + tag(Facet.MENTIONED, tagged) + "}" + range);
    }
    return q;
  }

  private static String tag(Facet facet, boolean tagged) {
    return tagged ? "tag=" + facet.key() + " " : "";
  }

  private static void highlight(SolrQuery q) {
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", IndexFields.BODY);
    q.set("hl.snippets", 2);
    // Whole sentences, as the embedded highlighter passes them.
    q.set("hl.fragsize", 1);
    q.set("hl.bs.type", "SENTENCE");
    q.set("hl.tag.pre", "<mark>");
    q.set("hl.tag.post", "</mark>");
    q.set("hl.tag.ellipsis", " … ");
    q.set("hl.encoder", "html");
    q.set("hl.defaultSummary", true);
    // Only the body's own query terms, as the embedded highlighter marks them (title:x is not).
    q.set("hl.requireFieldMatch", true);
    q.set("hl.maxAnalyzedChars", 1_000_000);
  }

  private static String sortOf(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> "score desc," + IndexFields.ID + " asc";
      case NEWEST -> IndexFields.PUBLISHED + " desc," + IndexFields.ID + " asc";
      case OLDEST -> IndexFields.PUBLISHED + " asc," + IndexFields.ID + " asc";
    };
  }

  /** Where a hit stands in the sort, as the embedded index's cursors hold it. */
  private static CursorCodec.Position position(SolrDocument d, SortOrder sort) {
    String id = string(d, IndexFields.ID);
    if (sort == SortOrder.RELEVANCE) {
      return new CursorCodec.Position(((Number) d.getFirstValue("score")).floatValue(), id);
    }
    Object day = d.getFirstValue(IndexFields.PUBLISHED);
    long primary =
        day != null
            ? ((Number) day).longValue()
            : sort == SortOrder.NEWEST ? Long.MIN_VALUE : Long.MAX_VALUE;
    return new CursorCodec.Position(primary, id);
  }

  /**
   * Solr's {@code cursorMark} for a position: the sort values of the hit before the page, as Solr
   * serialises them (JavaBin, Base64). A published day beyond an int is an article without one,
   * which Solr sorts by the int's bound.
   */
  private static String totem(SortOrder sort, CursorCodec.Position at) {
    Object primary;
    if (sort == SortOrder.RELEVANCE) {
      primary = at.primary();
    } else {
      long day = (Long) at.primary();
      primary = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
    }
    try (JavaBinCodec codec = new JavaBinCodec();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      codec.marshal(List.of(primary, at.id()), out);
      return Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<EntityType, List<String>> entities(SolrDocument d, ValueNaming naming) {
    return HitMapper.entities(valueKeys(d), naming);
  }

  private static Map<Facet, List<String>> valueKeys(SolrDocument d) {
    return DocumentMapper.valueKeys(string(d, IndexFields.VALUE_KEYS));
  }

  private static void addKeys(Map<Facet, Set<String>> into, Map<Facet, List<String>> keys) {
    keys.forEach((f, ks) -> into.computeIfAbsent(f, x -> new LinkedHashSet<>()).addAll(ks));
  }

  private static String string(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  private static List<String> strings(SolrDocument d, String field) {
    var all = d.getFieldValues(field);
    return all == null ? List.of() : all.stream().map(Object::toString).toList();
  }

  private static LocalDate day(SolrDocument d) {
    Object v = d.getFirstValue(IndexFields.PUBLISHED);
    return v == null ? null : LocalDate.ofEpochDay(((Number) v).longValue());
  }

  /** The JSON facets of one request, and how their answers become Gazette's facet results. */
  private static final class Facets {
    private final SolrQuery q;
    private final Map<Facet, List<String>> filters;
    private final JsonObject json = new JsonObject();

    Facets(SolrQuery q, Map<Facet, List<String>> filters) {
      this.q = q;
      this.filters = filters;
    }

    /**
     * The {@code limit} top values of {@code facet}, and the counts of its selected values. Ask for
     * more than shown when curation blocked values, so that hiding them leaves the list full.
     */
    void top(Facet facet, int limit, boolean sideways) {
      JsonObject terms = terms(SolrDocuments.facetField(facet), limit, sideways, facet);
      terms.addProperty("numBuckets", true);
      json.add(facet.key(), terms);
      List<String> selected = filters.getOrDefault(facet, List.of());
      for (int i = 0; i < selected.size(); i++) {
        json.add(facet.key() + "_s" + i, count(facet, selected.get(i), "s" + i, sideways));
      }
    }

    /** The counts of each of {@code keys} (and of the selected values) in {@code facet}. */
    void counts(Facet facet, java.util.Collection<String> keys) {
      int i = 0;
      for (String key : keys) {
        json.add(facet.key() + "_c" + i, count(facet, key, "c" + i, true));
        i++;
      }
      List<String> selected = filters.getOrDefault(facet, List.of());
      for (int s = 0; s < selected.size(); s++) {
        json.add(facet.key() + "_s" + s, count(facet, selected.get(s), "s" + s, true));
      }
    }

    /** The aliases of {@code canonical}, most used first. */
    void aliases(EntityType type, String canonical, int max) {
      String field = SolrDocuments.aliasField(type);
      JsonObject terms = terms(field, max, false, null);
      terms.addProperty("prefix", canonical + IndexFields.KEY_SEPARATOR);
      json.add("aliases", terms);
    }

    /** The years and months of a date facet. */
    void histogram(Facet facet, boolean sideways) {
      boolean published = facet == Facet.PUBLISHED;
      String years = published ? SolrDocuments.PUBLISHED_YEAR : IndexFields.MENTIONED_YEAR;
      String months = published ? SolrDocuments.PUBLISHED_MONTH : IndexFields.MENTIONED_MONTH;
      json.add(facet.key() + "_y", terms(years, -1, sideways, facet));
      json.add(facet.key() + "_m", terms(months, -1, sideways, facet));
    }

    void send() {
      json.addProperty("processEmpty", true);
      q.set("json.facet", json.toString());
    }

    private JsonObject terms(String field, int limit, boolean sideways, Facet facet) {
      JsonObject terms = new JsonObject();
      terms.addProperty("type", "terms");
      terms.addProperty("field", field);
      terms.addProperty("limit", limit);
      // Each shard offers many more candidates than shown, so that the top values, ties broken
      // by key as the embedded index breaks them, are the collection's, not one shard's.
      if (limit >= 0) {
        terms.addProperty("overrequest", Math.max(OVERREQUEST, limit));
      }
      terms.addProperty("mincount", 1);
      terms.addProperty("refine", true);
      terms.addProperty("processEmpty", true);
      if (sideways && facet != null) {
        terms.add("domain", excluding(facet));
      }
      return terms;
    }

    private JsonObject count(Facet facet, String key, String name, boolean sideways) {
      String param = "k_" + facet.key() + "_" + name;
      q.set(param, key);
      JsonObject query = new JsonObject();
      query.addProperty("type", "query");
      query.addProperty("q", "{!term f=" + SolrDocuments.facetField(facet) + " v=$" + param + "}");
      query.addProperty("processEmpty", true);
      if (sideways) {
        query.add("domain", excluding(facet));
      }
      return query;
    }

    private static JsonObject excluding(Facet facet) {
      JsonObject domain = new JsonObject();
      JsonArray tags = new JsonArray();
      tags.add(facet.key());
      domain.add("excludeTags", tags);
      return domain;
    }

    /** The value keys the results of this request show, to be labelled in one request. */
    Map<Facet, Set<String>> shownKeys(NestableJsonFacet counted) {
      Map<Facet, Set<String>> keys = new EnumMap<>(Facet.class);
      filters.forEach((f, ks) -> keys.computeIfAbsent(f, x -> new LinkedHashSet<>()).addAll(ks));
      if (counted != null) {
        for (Facet facet : Facet.values()) {
          if (facet.isValueFacet()) {
            BucketBasedJsonFacet b = counted.getBucketBasedFacets(facet.key());
            if (b != null) {
              for (BucketJsonFacet bucket : b.getBuckets()) {
                keys.computeIfAbsent(facet, x -> new LinkedHashSet<>())
                    .add(bucket.getVal().toString());
              }
            }
          }
        }
      }
      return keys;
    }

    FacetResult topResult(NestableJsonFacet counted, Facet facet, int size, ValueNaming naming) {
      List<String> selected = filters.getOrDefault(facet, List.of());
      Listing top = listing(counted, facet, size, null, selected, naming);
      List<FacetValue> values = new ArrayList<>(top.values());
      // Selected values are always listed, even when they fall outside the top or count 0.
      for (int i = 0; i < selected.size(); i++) {
        String key = selected.get(i);
        if (!top.seen().contains(key) && !naming.hidden(facet, key)) {
          values.add(
              new FacetValue(
                  naming.label(facet, key), queryCount(counted, facet.key() + "_s" + i), true));
        }
      }
      return new FacetResult(facet, values, top.valueCount());
    }

    /** The values of one terms facet as listed: top first, hidden ones and {@code self} out. */
    private record Listing(List<FacetValue> values, Set<String> seen, int valueCount) {}

    private static Listing listing(
        NestableJsonFacet counted,
        Facet facet,
        int size,
        String self,
        List<String> selected,
        ValueNaming naming) {
      Set<String> seen = new LinkedHashSet<>();
      List<FacetValue> values = new ArrayList<>();
      int valueCount = 0;
      BucketBasedJsonFacet b = counted == null ? null : counted.getBucketBasedFacets(facet.key());
      if (b != null) {
        valueCount = (int) Math.max(0, b.getNumBuckets());
        for (BucketJsonFacet bucket : b.getBuckets()) {
          String key = bucket.getVal().toString();
          seen.add(key);
          if (key.equals(self) || naming.hidden(facet, key)) {
            valueCount--;
          } else if (values.size() < size) {
            values.add(
                new FacetValue(
                    naming.label(facet, key), bucket.getCount(), selected.contains(key)));
          }
        }
      }
      values.sort(FacetValue.BY_COUNT);
      return new Listing(values, seen, Math.max(0, valueCount));
    }

    FacetResult countsResult(
        NestableJsonFacet counted,
        Facet facet,
        Set<String> candidates,
        int size,
        ValueNaming naming) {
      List<String> selected = filters.getOrDefault(facet, List.of());
      List<FacetValue> values = new ArrayList<>();
      int i = 0;
      for (String key : candidates) {
        long count = queryCount(counted, facet.key() + "_c" + i++);
        if ((count > 0 || selected.contains(key)) && !naming.hidden(facet, key)) {
          values.add(new FacetValue(naming.label(facet, key), count, selected.contains(key)));
        }
      }
      values.sort(FacetValue.BY_COUNT);
      int matched = values.size();
      return new FacetResult(facet, values.subList(0, Math.min(size, values.size())), matched);
    }

    FacetResult relatedResult(
        NestableJsonFacet counted, Facet facet, String self, int size, ValueNaming naming) {
      Listing related = listing(counted, facet, size, self, List.of(), naming);
      return new FacetResult(facet, related.values(), related.valueCount());
    }

    static List<FacetValue> aliasesResult(NestableJsonFacet counted, String canonical) {
      List<FacetValue> aliases = new ArrayList<>();
      BucketBasedJsonFacet b = counted == null ? null : counted.getBucketBasedFacets("aliases");
      String prefix = canonical + IndexFields.KEY_SEPARATOR;
      if (b != null) {
        for (BucketJsonFacet bucket : b.getBuckets()) {
          String term = bucket.getVal().toString();
          if (term.startsWith(prefix)) {
            aliases.add(new FacetValue(term.substring(prefix.length()), bucket.getCount(), false));
          }
        }
      }
      return aliases;
    }

    static DateHistogram histogramResult(NestableJsonFacet counted, Facet facet) {
      java.util.TreeMap<Integer, Long> years = buckets(counted, facet.key() + "_y");
      java.util.TreeMap<Integer, Long> months = buckets(counted, facet.key() + "_m");
      List<FacetValue> y = new ArrayList<>();
      years.forEach(
          (year, n) -> {
            if (year >= SupportedDates.FIRST_YEAR && year <= SupportedDates.LAST_YEAR) {
              y.add(new FacetValue(Integer.toString(year), n, false));
            }
          });
      List<FacetValue> m = new ArrayList<>();
      months.forEach(
          (index, n) -> {
            int year = Math.floorDiv(index, 12);
            int month = Math.floorMod(index, 12) + 1;
            if (year >= SupportedDates.FIRST_YEAR && year <= SupportedDates.LAST_YEAR) {
              m.add(new FacetValue(year + (month < 10 ? "-0" : "-") + month, n, false));
            }
          });
      return new DateHistogram(facet, y, m);
    }

    private static java.util.TreeMap<Integer, Long> buckets(
        NestableJsonFacet counted, String name) {
      java.util.TreeMap<Integer, Long> counts = new java.util.TreeMap<>();
      BucketBasedJsonFacet b = counted == null ? null : counted.getBucketBasedFacets(name);
      if (b != null) {
        for (BucketJsonFacet bucket : b.getBuckets()) {
          counts.put(((Number) bucket.getVal()).intValue(), bucket.getCount());
        }
      }
      return counts;
    }

    static long queryCount(NestableJsonFacet counted, String name) {
      if (counted == null) {
        return 0;
      }
      NestableJsonFacet f = counted.getQueryFacet(name);
      return f == null ? 0 : f.getCount();
    }
  }
}
