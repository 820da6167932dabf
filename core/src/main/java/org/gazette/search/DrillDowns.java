package org.gazette.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.gazette.index.IndexFields;
import org.gazette.model.DateRange;
import org.gazette.model.Facet;
import org.gazette.model.SearchQuery;

/** Builds the drill-down query of a search: the text, the value filters and the date ranges. */
final class DrillDowns {
  private DrillDowns() {}

  /**
   * @param filters the value filters, already resolved to indexed values
   */
  static DrillDownQuery of(
      FacetsConfig config, Query text, Map<Facet, List<String>> filters, SearchQuery query) {
    DrillDownQuery ddq = new DrillDownQuery(config, text);
    for (Map.Entry<Facet, List<String>> filter : filters.entrySet()) {
      for (String value : filter.getValue()) {
        ddq.add(IndexFields.dimension(filter.getKey()), value);
      }
    }
    // Date ranges join the drill-down as dimensions of their own, so that drill sideways also
    // counts the histogram of a filtered date dimension without its own range (for brushing).
    DateRange published = query.published();
    if (!published.isAll()) {
      ddq.add(
          Facet.PUBLISHED.key(),
          LongPoint.newRangeQuery(IndexFields.PUBLISHED, lower(published), upper(published)));
    }
    DateRange mentioned = query.mentioned();
    if (!mentioned.isAll()) {
      ddq.add(
          Facet.MENTIONED.key(),
          LongRange.newIntersectsQuery(
              IndexFields.MENTIONED, new long[] {lower(mentioned)}, new long[] {upper(mentioned)}));
    }
    return ddq;
  }

  private static long lower(DateRange r) {
    return r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
  }

  private static long upper(DateRange r) {
    return r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
  }
}
