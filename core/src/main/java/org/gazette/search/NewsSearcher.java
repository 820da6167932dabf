package org.gazette.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.ConcurrentDrillSidewaysResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.gazette.index.DocumentMapper;
import org.gazette.index.EntityNames;
import org.gazette.index.IndexFields;
import org.gazette.index.IndexSchema;
import org.gazette.index.Indexer;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.IndexedArticle;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.model.SortOrder;

/**
 * Answers searches, facet value searches and lookups over the near-real-time view of an {@link
 * Indexer}.
 *
 * <p>NOTE: thread-safe. Changes become visible after {@link #refresh()}, which the owner calls
 * after each ingest; queries never refresh. Each call acquires one searcher and releases it before
 * returning, so one result is always computed from one point-in-time view.
 */
public final class NewsSearcher implements Closeable {
  private static final Set<String> HIT_FIELDS =
      java.util.stream.Stream.concat(
              IndexFields.HIT.stream(), java.util.stream.Stream.of(IndexFields.BODY))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final IndexSchema schema;
  private final EntityNames names;
  private final SearcherManager manager;
  private final QueryTextParser parser;
  private final Duration timeout;

  /** A searcher with the default time budget of a search (5 seconds). */
  public NewsSearcher(Indexer indexer, IndexSchema schema, EntityNames names) throws IOException {
    this(indexer, schema, names, Duration.ofSeconds(5));
  }

  /**
   * @param timeout the time budget of one search, facet value search or profile
   */
  public NewsSearcher(Indexer indexer, IndexSchema schema, EntityNames names, Duration timeout)
      throws IOException {
    this.schema = schema;
    this.names = names;
    this.timeout = timeout;
    this.manager =
        new SearcherManager(indexer.writer(), true, false, new StateSearcher.Factory(schema));
    this.parser = new QueryTextParser(schema.analyzer());
  }

  /**
   * Checks query text as every search parses it, whatever the store: the same limits and the same
   * errors, with their positions.
   *
   * @throws QuerySyntaxException when the text does not parse
   * @throws IllegalArgumentException when it breaks a limit (length, nesting, expanded terms)
   */
  public static void checkQueryText(String text) {
    CHECKER.parse(text);
  }

  private static final QueryTextParser CHECKER = new QueryTextParser(new IndexSchema().analyzer());

  /** Makes every change written so far visible; blocks while the new reader state is built. */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /**
   * One page of hits with facet counts.
   *
   * @throws QuerySyntaxException when the query text does not parse
   * @throws IllegalArgumentException for a bad cursor or an over-broad query
   * @throws SearchTimeoutException when the search runs past its time budget
   */
  public SearchResult search(SearchQuery query) throws IOException {
    long start = System.nanoTime();
    Budget budget = new Budget(timeout);
    StateSearcher searcher = (StateSearcher) manager.acquire();
    try {
      Query text = parser.parse(query.text());
      budget.check();
      Sort sort = sortOf(query.sort());
      FieldDoc after =
          query.cursor() == null ? null : CursorCodec.decode(query.cursor(), query.sort());
      int wanted = query.offset() + query.limit();
      // One hit more than the page, to know whether a next page exists.
      TopFieldCollectorManager hitsManager =
          new TopFieldCollectorManager(sort, wanted + 1, after, Integer.MAX_VALUE);
      ValueNaming naming = naming(searcher);
      Map<Facet, List<String>> filters = FilterResolver.resolve(searcher, naming, query.filters());
      ConcurrentDrillSidewaysResult<TopFieldDocs> result;
      try {
        result =
            new CountingDrillSideways(searcher, schema)
                .search(
                    DrillDowns.of(schema.facetsConfig(), text, filters, query),
                    budget.over(hitsManager));
      } catch (IndexSearcher.TooManyClauses e) {
        throw new IllegalArgumentException(
            "the query expands to too many terms (a short wildcard or fuzzy term?): narrow it");
      }
      budget.check();
      TopFieldDocs top = result.collectorResult;
      ScoreDoc[] page = pageOf(top, query);
      List<SearchHit> hits = hits(searcher, naming, text, page, query.sort());
      budget.check();
      FacetCounter counter = new FacetCounter(searcher.state, naming, query, filters, result);
      String next =
          page.length > 0 && top.scoreDocs.length > wanted
              ? CursorCodec.encode(query.sort(), (FieldDoc) page[page.length - 1])
              : null;
      SearchResult answer =
          new SearchResult(
              top.totalHits.value(),
              (System.nanoTime() - start) / 1_000_000,
              hits,
              counter.valueFacets(),
              counter.dateHistograms(),
              next);
      budget.check();
      return answer;
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * The values of {@code facet} whose name or a known alias has a word starting with {@code prefix}
   * (case and accents ignored), with their counts under {@code query}, most frequent first. The
   * counts ignore the query's own filter on {@code facet}, as the facet list does.
   */
  public FacetResult facetValues(Facet facet, String prefix, SearchQuery query, int size)
      throws IOException {
    FacetValueFinder.requireValueFacet(facet);
    Budget budget = new Budget(timeout);
    StateSearcher searcher = (StateSearcher) manager.acquire();
    try {
      Query text = parser.parse(query.text());
      budget.check();
      ValueNaming naming = naming(searcher);
      FacetCounter counter;
      if (query.text().isBlank()
          && query.filters().isEmpty()
          && query.published().isAll()
          && query.mentioned().isAll()) {
        // Over every article: the counts only change with the reader, which keeps them.
        counter = new FacetCounter(searcher, naming, query);
      } else {
        Map<Facet, List<String>> filters =
            FilterResolver.resolve(searcher, naming, query.filters());
        ConcurrentDrillSidewaysResult<TopFieldDocs> result =
            new CountingDrillSideways(searcher, schema)
                .search(
                    DrillDowns.of(schema.facetsConfig(), text, filters, query),
                    budget.over(new TopFieldCollectorManager(Sort.INDEXORDER, 1, null, 1)));
        counter = new FacetCounter(searcher.state, naming, query, filters, result);
      }
      budget.check();
      Set<String> found = FacetValueFinder.byWordPrefix(searcher.getIndexReader(), facet, prefix);
      if (found != null) {
        found.addAll(FacetValueFinder.curatedByWordPrefix(naming.curation(), facet, prefix));
        if (facet != Facet.SOURCE) {
          // A name the extractor knows as an alias, typed in full ("daesh").
          found.addAll(FilterResolver.keys(searcher, naming, facet, prefix));
        }
        if (facet != Facet.SOURCE) {
          Set<String> merged = new java.util.LinkedHashSet<>();
          found.forEach(k -> merged.add(naming.curation().resolve(ValueNaming.type(facet), k)));
          found = merged;
        }
      }
      FacetResult answer = counter.matching(facet, found, size);
      budget.check();
      return answer;
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * The profile of the entity {@code name} (its canonical value or an alias) of {@code type} over
   * the articles matching {@code query}, or empty when no article names it.
   */
  public Optional<EntityProfile> profile(EntityType type, String name, SearchQuery query, int size)
      throws IOException {
    Budget budget = new Budget(timeout);
    StateSearcher searcher = (StateSearcher) manager.acquire();
    try {
      Query text = parser.parse(query.text());
      budget.check();
      Optional<EntityProfile> answer =
          ProfileBuilder.build(
              searcher, naming(searcher), schema.facetsConfig(), text, query, type, name, size);
      budget.check();
      return answer;
    } finally {
      manager.release(searcher);
    }
  }

  /** The number of distinct values of each value facet over the whole index. */
  public Map<Facet, Integer> valueCounts() throws IOException {
    StateSearcher searcher = (StateSearcher) manager.acquire();
    try {
      Map<Facet, Integer> counts = new java.util.EnumMap<>(Facet.class);
      SearchQuery all = SearchQuery.builder().limit(0).facetSize(1).build();
      ConcurrentDrillSidewaysResult<TopFieldDocs> result =
          new CountingDrillSideways(searcher, schema)
              .search(
                  DrillDowns.of(schema.facetsConfig(), new MatchAllDocsQuery(), Map.of(), all),
                  new TopFieldCollectorManager(Sort.INDEXORDER, 1, null, 1));
      FacetCounter counter =
          new FacetCounter(searcher.state, naming(searcher), all, Map.of(), result);
      for (FacetResult f : counter.valueFacets()) {
        counts.put(f.facet(), f.valueCount());
      }
      return counts;
    } finally {
      manager.release(searcher);
    }
  }

  /** The article stored under {@code id}, if any. */
  public Optional<IndexedArticle> get(String id) throws IOException {
    return stored(id, null).map(DocumentMapper::fromStored);
  }

  /** The content hash stored with {@code id}, or empty when the index does not hold it. */
  public Optional<String> contentHash(String id) throws IOException {
    return stored(id, Set.of(IndexFields.CONTENT_HASH))
        .map(doc -> doc.get(IndexFields.CONTENT_HASH));
  }

  /** The stored fields ({@code null}: all) of the article with {@code id}, if any. */
  private Optional<Document> stored(String id, Set<String> fields) throws IOException {
    StateSearcher searcher = (StateSearcher) manager.acquire();
    try {
      // A seek per segment, not a query: ingest asks this for every article, and a TermQuery's
      // weight (term statistics over all segments) cost more than the look-up itself.
      BytesRef term = new BytesRef(id);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(IndexFields.ID);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(term)) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            StoredFields stored = leaf.reader().storedFields();
            return Optional.of(
                fields == null ? stored.document(doc) : stored.document(doc, fields));
          }
        }
      }
      return Optional.empty();
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * The ids of the articles that name a value whose extracted key (before merges) is {@code key}.
   */
  public List<String> idsWithExtractedKey(Facet facet, String key) throws IOException {
    StateSearcher searcher = (StateSearcher) manager.acquire();
    try {
      TermQuery query = new TermQuery(new Term(IndexFields.extractedKeys(facet), key));
      int n = searcher.count(query);
      List<String> ids = new ArrayList<>(n);
      if (n > 0) {
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(query, n).scoreDocs) {
          ids.add(stored.document(sd.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
        }
      }
      return ids;
    } finally {
      manager.release(searcher);
    }
  }

  /** The number of articles visible to searches. */
  public int count() throws IOException {
    StateSearcher searcher = (StateSearcher) manager.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }

  private static Sort sortOf(SortOrder order) {
    SortField id = new SortField(IndexFields.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
      case NEWEST -> new Sort(dateSort(true), id);
      case OLDEST -> new Sort(dateSort(false), id);
    };
  }

  private static SortField dateSort(boolean newestFirst) {
    SortField field = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, newestFirst);
    // Articles without a published date go last in both directions.
    field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return field;
  }

  private static ScoreDoc[] pageOf(TopFieldDocs top, SearchQuery query) {
    int from = Math.min(query.offset(), top.scoreDocs.length);
    int to = Math.min(query.offset() + query.limit(), top.scoreDocs.length);
    ScoreDoc[] page = new ScoreDoc[to - from];
    System.arraycopy(top.scoreDocs, from, page, 0, page.length);
    return page;
  }

  /** The label of a value key as answers show it now (curation included). */
  public String label(Facet facet, String key) throws IOException {
    StateSearcher searcher = (StateSearcher) manager.acquire();
    try {
      return naming(searcher).label(facet, key);
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * Every article matching {@code query} (its text, filters and date ranges; sort, paging and
   * facets are ignored), in index order, to {@code sink}: from one searcher, so the export is one
   * consistent view of the index whatever is written meanwhile, and one article at a time, so its
   * memory does not grow with the number of articles. No time budget applies.
   *
   * @return the number of articles exported
   */
  public long export(SearchQuery query, boolean withBody, org.gazette.model.ExportSink sink)
      throws IOException {
    StateSearcher searcher = (StateSearcher) manager.acquire();
    try {
      ValueNaming naming = naming(searcher);
      Set<String> fields = withBody ? EXPORT_FIELDS_WITH_BODY : EXPORT_FIELDS;
      long[] n = {0};
      forEachMatch(
          searcher,
          naming,
          query,
          (stored, doc) -> {
            sink.accept(HitMapper.toExported(stored.document(doc, fields), withBody, naming));
            n[0]++;
          });
      return n[0];
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * The co-occurrence network of the entities of the articles matching {@code query}: the {@code
   * maxNodes} values named by most articles (ties by type and name), and the pairs of them named
   * together. Counted in two passes over the matches of one searcher; memory grows with the number
   * of distinct values and of pairs of the kept values, not with the number of articles.
   */
  public org.gazette.model.EntityNetwork network(SearchQuery query, int maxNodes)
      throws IOException {
    StateSearcher searcher = (StateSearcher) manager.acquire();
    try {
      ValueNaming naming = naming(searcher);
      return NetworkBuilder.build(
          visitor ->
              forEachMatch(
                  searcher,
                  naming,
                  query,
                  (stored, doc) ->
                      visitor.visit(
                          DocumentMapper.valueKeys(stored.document(doc, VALUE_KEYS_ONLY)), naming)),
          maxNodes);
    } finally {
      manager.release(searcher);
    }
  }

  private interface MatchVisitor {
    void visit(StoredFields stored, int doc) throws IOException;
  }

  /** Visits every live article matching the text, filters and dates of {@code query}. */
  private void forEachMatch(
      StateSearcher searcher, ValueNaming naming, SearchQuery query, MatchVisitor visitor)
      throws IOException {
    Query text = parser.parse(query.text());
    Map<Facet, List<String>> filters = FilterResolver.resolve(searcher, naming, query.filters());
    Query q = searcher.rewrite(DrillDowns.of(schema.facetsConfig(), text, filters, query));
    org.apache.lucene.search.Weight weight =
        searcher.createWeight(q, org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live == null || live.get(doc)) {
          visitor.visit(stored, doc);
        }
      }
    }
  }

  private static final Set<String> EXPORT_FIELDS = Set.copyOf(IndexFields.EXPORTED);

  private static final Set<String> EXPORT_FIELDS_WITH_BODY =
      java.util.stream.Stream.concat(
              EXPORT_FIELDS.stream(), java.util.stream.Stream.of(IndexFields.BODY))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> VALUE_KEYS_ONLY = Set.of(IndexFields.VALUE_KEYS);

  private ValueNaming naming(StateSearcher searcher) {
    return new ValueNaming(searcher.labels, names);
  }

  private List<SearchHit> hits(
      StateSearcher searcher, ValueNaming naming, Query text, ScoreDoc[] page, SortOrder sort)
      throws IOException {
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    // Each hit's stored fields are read once, in doc id order (neighbours share a compressed
    // block), and its body is handed to the highlighter.
    int[] inOrder = docIds.clone();
    Arrays.sort(inOrder);
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> docs = new HashMap<>();
    for (int id : inOrder) {
      if (!docs.containsKey(id)) {
        docs.put(id, stored.document(id, HIT_FIELDS));
      }
    }
    String[] snippets = Snippets.of(searcher, schema.analyzer(), text, docIds, docs);
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = docs.get(docIds[i]);
      float score =
          sort == SortOrder.RELEVANCE ? (Float) ((FieldDoc) page[i]).fields[0] : Float.NaN;
      hits.add(HitMapper.toHit(doc, score, snippets[i], naming));
    }
    return hits;
  }

  /** Drill sideways that leaves the counting to {@link FacetCounter}. */
  private static final class CountingDrillSideways extends DrillSideways {
    CountingDrillSideways(StateSearcher searcher, IndexSchema schema) {
      super(searcher, schema.facetsConfig(), searcher.state);
    }

    @Override
    protected Facets buildFacetsResult(
        FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims) {
      return null;
    }
  }
}
