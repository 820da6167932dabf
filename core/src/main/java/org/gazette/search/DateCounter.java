package org.gazette.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/**
 * Counts matching articles by year and month from the date doc values, one pass over the hits.
 * Counts go into arrays over the supported years (an entity profile counts tens of thousands of
 * articles: boxed counts in tree maps were a third of its time at 100k articles).
 */
final class DateCounter {
  private static final int YEARS = SupportedDates.LAST_YEAR - SupportedDates.FIRST_YEAR + 1;
  private static final long FIRST_MONTH = SupportedDates.FIRST_YEAR * 12L;

  /** Days remembered by {@link Months}; a collection's articles share far fewer days. */
  private static final int DAY_CACHE = 4096;

  private DateCounter() {}

  /** Published dates: one epoch day per article. */
  static DateHistogram published(FacetsCollector hits) throws IOException {
    int[] years = new int[YEARS];
    int[] months = new int[YEARS * 12];
    Months monthOf = new Months();
    for (MatchingDocs md : hits.getMatchingDocs()) {
      DocIdSetIterator it = iterator(md);
      if (it == null) {
        continue;
      }
      NumericDocValues days = DocValues.getNumeric(md.context().reader(), IndexFields.PUBLISHED);
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        // An index written before dates were bounded may hold one outside: it makes no bucket.
        if (days.advanceExact(doc) && SupportedDates.containsEpochDay(days.longValue())) {
          int month = monthOf.of(days.longValue());
          years[month / 12]++;
          months[month]++;
        }
      }
    }
    return histogram(Facet.PUBLISHED, years, months);
  }

  /** Mentioned dates: each article counts once per year and once per month it mentions. */
  static DateHistogram mentioned(FacetsCollector hits) throws IOException {
    int[] years = new int[YEARS];
    int[] months = new int[YEARS * 12];
    for (MatchingDocs md : hits.getMatchingDocs()) {
      DocIdSetIterator it = iterator(md);
      if (it == null) {
        continue;
      }
      LeafReader reader = md.context().reader();
      SortedNumericDocValues y = DocValues.getSortedNumeric(reader, IndexFields.MENTIONED_YEAR);
      SortedNumericDocValues m = DocValues.getSortedNumeric(reader, IndexFields.MENTIONED_MONTH);
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        countAll(y, doc, years, SupportedDates.FIRST_YEAR);
        countAll(m, doc, months, FIRST_MONTH);
      }
    }
    return histogram(Facet.MENTIONED, years, months);
  }

  private static DocIdSetIterator iterator(MatchingDocs md) throws IOException {
    return md.bits() == null ? null : md.bits().iterator();
  }

  /**
   * Counts each value of the document in {@code counts[value - first]}, skipping values outside the
   * supported years. Values are distinct per document (the mapper dedupes them), so each counts the
   * doc once.
   */
  private static void countAll(SortedNumericDocValues values, int doc, int[] counts, long first)
      throws IOException {
    if (values.advanceExact(doc)) {
      for (int i = 0; i < values.docValueCount(); i++) {
        long at = values.nextValue() - first;
        if (at >= 0 && at < counts.length) {
          counts[(int) at]++;
        }
      }
    }
  }

  private static DateHistogram histogram(Facet facet, int[] years, int[] months) {
    List<FacetValue> y = new ArrayList<>();
    for (int i = 0; i < years.length; i++) {
      if (years[i] > 0) {
        y.add(new FacetValue(Integer.toString(SupportedDates.FIRST_YEAR + i), years[i], false));
      }
    }
    List<FacetValue> m = new ArrayList<>();
    for (int i = 0; i < months.length; i++) {
      if (months[i] > 0) {
        int year = SupportedDates.FIRST_YEAR + i / 12;
        int month = i % 12 + 1;
        m.add(new FacetValue(year + (month < 10 ? "-0" : "-") + month, months[i], false));
      }
    }
    return new DateHistogram(facet, y, m);
  }

  /**
   * The month of an epoch day as an index from January of the first supported year, remembering
   * recent days so that most articles need no calendar arithmetic.
   */
  private static final class Months {
    private final long[] days = new long[DAY_CACHE];
    private final int[] months = new int[DAY_CACHE];

    Months() {
      Arrays.fill(days, Long.MIN_VALUE);
    }

    int of(long epochDay) {
      int slot = (int) (epochDay & (DAY_CACHE - 1));
      if (days[slot] != epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        days[slot] = epochDay;
        months[slot] = (int) (date.getYear() * 12L + date.getMonthValue() - 1 - FIRST_MONTH);
      }
      return months[slot];
    }
  }
}
