package org.gazette.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline: what a careful user of plain Lucene would build for the same collection. Same
 * Lucene version, the same title and body text with {@link StandardAnalyzer}, the id, the published
 * date as a point and doc value, the same entity values and source as sorted-set facets, one {@link
 * IndexWriter} with a 256 MB buffer fed by the same number of threads, stored fields in the default
 * codec. The reader and its facet state are built once per reader.
 */
final class PlainLucene implements AutoCloseable {
  static final String[] DIMS = {"organization", "place", "person", "source"};

  private final FacetsConfig config = new FacetsConfig();
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final FSDirectory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private SortedSetDocValuesReaderState state;

  PlainLucene(Path dir) throws IOException {
    this.directory = FSDirectory.open(dir);
    for (String dim : DIMS) {
      config.setMultiValued(dim, true);
    }
  }

  /** Indexes the JSON-lines files with the entity values of each id; returns the count. */
  int index(List<Path> files, Map<String, String[][]> values, int threads) throws Exception {
    AtomicInteger count = new AtomicInteger();
    try (IndexWriter writer = new IndexWriter(directory, writerConfig())) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (Path file : files) {
          done.add(
              pool.submit(
                  () -> {
                    indexFile(writer, file, values, count);
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      writer.commit();
    }
    return count.get();
  }

  /** One writer with a large buffer, as a careful plain-Lucene user would configure it. */
  private IndexWriterConfig writerConfig() {
    IndexWriterConfig iwc = new IndexWriterConfig(analyzer);
    iwc.setRAMBufferSizeMB(256);
    return iwc;
  }

  private void indexFile(
      IndexWriter writer, Path file, Map<String, String[][]> values, AtomicInteger count)
      throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        String id = o.get("id").getAsString();
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new TextField("title", o.get("title").getAsString(), Field.Store.YES));
        doc.add(new TextField("body", o.get("body").getAsString(), Field.Store.YES));
        long day = LocalDate.parse(o.get("published").getAsString()).toEpochDay();
        doc.add(new LongPoint("published", day));
        doc.add(new NumericDocValuesField("published", day));
        doc.add(new StoredField("published", day));
        doc.add(new SortedSetDocValuesFacetField("source", o.get("source").getAsString()));
        String[][] v = values.get(id);
        if (v != null) {
          for (int d = 0; d < 3; d++) {
            for (String name : v[d]) {
              doc.add(new SortedSetDocValuesFacetField(DIMS[d], name));
            }
          }
        }
        writer.addDocument(config.build(doc));
        count.incrementAndGet();
      }
    }
  }

  /**
   * Opens the reader and its facet state, adds the articles of {@code files} and commits, then
   * returns the milliseconds it takes to reopen the reader and rebuild its facet state.
   */
  double addAndReopen(List<Path> files, Map<String, String[][]> values) throws Exception {
    open();
    try (IndexWriter writer = new IndexWriter(directory, writerConfig())) {
      AtomicInteger count = new AtomicInteger();
      for (Path file : files) {
        indexFile(writer, file, values, count);
      }
      writer.commit();
    }
    long start = System.nanoTime();
    DirectoryReader newer = DirectoryReader.openIfChanged(reader);
    if (newer == null) {
      throw new IllegalStateException("nothing was added to the plain index");
    }
    IndexSearcher newSearcher = new IndexSearcher(newer);
    SortedSetDocValuesReaderState newState =
        new DefaultSortedSetDocValuesReaderState(newer, config);
    double ms = (System.nanoTime() - start) / 1e6;
    reader.close();
    reader = newer;
    searcher = newSearcher;
    state = newState;
    return ms;
  }

  /** Opens the reader and builds its facet state, once. */
  void open() throws IOException {
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    state = new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  Query parse(String text) throws ParseException {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    return parser.parse(text);
  }

  /** Text only: the top ten and the exact total, as Gazette reports it. */
  TopDocs textOnly(Query q) throws IOException {
    return searcher.search(q, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
  }

  /**
   * Text with filters as drill-downs, every dimension counted by drill sideways (a filtered
   * dimension keeps the counts of its other values), the top ten values of each.
   */
  long faceted(Query q, Map<String, String> filters) throws IOException {
    DrillDownQuery ddq = new DrillDownQuery(config, q);
    filters.forEach(ddq::add);
    DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> r =
        new DrillSideways(searcher, config, state)
            .search(ddq, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
    long sum = r.collectorResult.totalHits.value();
    Facets facets = r.facets;
    for (String dim : DIMS) {
      var top = facets.getTopChildren(10, dim);
      if (top != null) {
        sum += top.childCount;
      }
    }
    return sum;
  }

  /** The most frequent value of a dimension over the whole index. */
  String topValue(String dim) throws IOException {
    var r =
        new DrillSideways(searcher, config, state)
            .search(
                new DrillDownQuery(config),
                new TopScoreDocCollectorManager(1, null, Integer.MAX_VALUE));
    var top = r.facets.getTopChildren(1, dim);
    if (top == null || top.labelValues.length == 0) {
      return null;
    }
    LabelAndValue lv = top.labelValues[0];
    return lv.label;
  }

  /** The hit at depth {@code depth} of a query, to page after it. */
  ScoreDoc hitAt(Query q, int depth) throws IOException {
    TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(depth, null, depth));
    return top.scoreDocs.length == 0 ? null : top.scoreDocs[top.scoreDocs.length - 1];
  }

  TopDocs pageAfter(Query q, ScoreDoc after) throws IOException {
    return searcher.search(q, new TopScoreDocCollectorManager(10, after, Integer.MAX_VALUE));
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    directory.close();
    analyzer.close();
  }
}
