package org.gazette.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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

  static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds)
      throws IOException {
    if (docIds.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(MAX_HIGHLIGHT_LENGTH)
            .withMaxNoHighlightPassages(1)
            .build();
    int[] passages = new int[] {PASSAGES};
    Map<String, String[]> byField =
        highlighter.highlightFields(new String[] {IndexFields.BODY}, query, docIds, passages);
    return byField.get(IndexFields.BODY);
  }
}
