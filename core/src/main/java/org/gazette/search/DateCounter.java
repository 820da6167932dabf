package org.gazette.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.gazette.index.IndexFields;
import org.gazette.model.DateHistogram;
import org.gazette.model.Facet;
import org.gazette.model.FacetValue;
import org.gazette.model.SupportedDates;

/** Counts matching articles by year and month from the date doc values, one pass over the hits. */
final class DateCounter {
  private DateCounter() {}

  /** Published dates: one epoch day per article. */
  static DateHistogram published(FacetsCollector hits) throws IOException {
    Map<Long, Long> years = new TreeMap<>();
    Map<Long, Long> months = new TreeMap<>();
    for (MatchingDocs md : hits.getMatchingDocs()) {
      DocIdSetIterator it = iterator(md);
      if (it == null) {
        continue;
      }
      NumericDocValues days = DocValues.getNumeric(md.context().reader(), IndexFields.PUBLISHED);
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        // An index written before dates were bounded may hold one outside: it makes no bucket.
        if (days.advanceExact(doc) && SupportedDates.containsEpochDay(days.longValue())) {
          LocalDate date = LocalDate.ofEpochDay(days.longValue());
          years.merge((long) date.getYear(), 1L, Long::sum);
          months.merge(date.getYear() * 12L + date.getMonthValue() - 1, 1L, Long::sum);
        }
      }
    }
    return histogram(Facet.PUBLISHED, years, months);
  }

  /** Mentioned dates: each article counts once per year and once per month it mentions. */
  static DateHistogram mentioned(FacetsCollector hits) throws IOException {
    Map<Long, Long> years = new TreeMap<>();
    Map<Long, Long> months = new TreeMap<>();
    for (MatchingDocs md : hits.getMatchingDocs()) {
      DocIdSetIterator it = iterator(md);
      if (it == null) {
        continue;
      }
      LeafReader reader = md.context().reader();
      SortedNumericDocValues y = DocValues.getSortedNumeric(reader, IndexFields.MENTIONED_YEAR);
      SortedNumericDocValues m = DocValues.getSortedNumeric(reader, IndexFields.MENTIONED_MONTH);
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        countAll(y, doc, years, DateCounter::supportedYear);
        countAll(m, doc, months, month -> supportedYear(Math.floorDiv(month, 12)));
      }
    }
    return histogram(Facet.MENTIONED, years, months);
  }

  private static boolean supportedYear(long year) {
    return year >= SupportedDates.FIRST_YEAR && year <= SupportedDates.LAST_YEAR;
  }

  private static DocIdSetIterator iterator(MatchingDocs md) throws IOException {
    return md.bits() == null ? null : md.bits().iterator();
  }

  /** Values are distinct per document (the mapper dedupes them), so each counts the doc once. */
  private static void countAll(
      SortedNumericDocValues values, int doc, Map<Long, Long> counts, LongPredicate inRange)
      throws IOException {
    if (values.advanceExact(doc)) {
      for (int i = 0; i < values.docValueCount(); i++) {
        long value = values.nextValue();
        if (inRange.test(value)) {
          counts.merge(value, 1L, Long::sum);
        }
      }
    }
  }

  private static DateHistogram histogram(
      Facet facet, Map<Long, Long> years, Map<Long, Long> months) {
    List<FacetValue> y = new ArrayList<>();
    years.forEach(
        (year, count) -> y.add(new FacetValue(String.format("%04d", year), count, false)));
    List<FacetValue> m = new ArrayList<>();
    months.forEach(
        (index, count) ->
            m.add(
                new FacetValue(
                    String.format("%04d-%02d", index / 12, index % 12 + 1), count, false)));
    return new DateHistogram(facet, y, m);
  }
}
