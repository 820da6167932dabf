package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.gazette.index.IndexFields;

/**
 * Highlighted body snippets: the best passages with matches in {@code <mark>}, the text
 * HTML-escaped; the opening of the body when nothing matches (for example for a filter-only
 * search).
 */
final class Snippets {
  private static final int PASSAGES = 2;

  /** Bodies are highlighted in full up to this length; news articles are far shorter. */
  private static final int MAX_HIGHLIGHT_LENGTH = 1_000_000;

  private Snippets() {}

  /**
   * The snippets of {@code docIds}, whose stored fields the caller has already read ({@code read},
   * by doc id, with the body among them): the highlighter would otherwise read and decompress each
   * hit's stored fields a second time (JFR at 100k: stored-field decompression was 11 % of a
   * search, half of it the highlighter's own read).
   */
  static String[] of(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query query,
      int[] docIds,
      Map<Integer, Document> read)
      throws IOException {
    if (docIds.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(MAX_HIGHLIGHT_LENGTH)
            .withMaxNoHighlightPassages(PASSAGES);
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(builder) {
          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = docs.nextDoc()) {
              Document stored = read.get(doc);
              String body = stored == null ? null : stored.get(IndexFields.BODY);
              if (body == null) {
                body = "";
              } else if (body.length() > MAX_HIGHLIGHT_LENGTH) {
                body = body.substring(0, MAX_HIGHLIGHT_LENGTH);
              }
              values.add(new CharSequence[] {body});
            }
            return values;
          }
        };
    int[] passages = new int[] {PASSAGES};
    Map<String, String[]> byField =
        highlighter.highlightFields(new String[] {IndexFields.BODY}, query, docIds, passages);
    return byField.get(IndexFields.BODY);
  }
}
