package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.gazette.index.IndexFields;
import org.gazette.model.DateHistogram;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchQuery;

/**
 * Turns the collectors of one drill-sideways search into facet results: a filtered dimension is
 * counted over the hits of every other filter (so a selected place still shows the counts of the
 * other places), an unfiltered one over the full result.
 */
final class FacetCounter {
  /** Most frequent first; ties by label, so equal counts read alphabetically. */
  static final Comparator<FacetValue> BY_COUNT = FacetValue.BY_COUNT;

  private final SortedSetDocValuesReaderState state;
  private final ValueNaming naming;
  private final SearchQuery query;
  private final Map<Facet, List<String>> filters;
  private final FacetsCollector drillDown;
  private final Map<String, FacetsCollector> sideways = new java.util.HashMap<>();
  private final Map<FacetsCollector, SortedSetDocValuesFacetCounts> counts =
      new IdentityHashMap<>();

  /** The counts of every article kept with the reader, when those are the ones wanted. */
  private final StateSearcher.AllCounts all;

  /**
   * @param filters the query's filters resolved to facet values, whose values are the selected ones
   */
  FacetCounter(
      SortedSetDocValuesReaderState state,
      ValueNaming naming,
      SearchQuery query,
      Map<Facet, List<String>> filters,
      DrillSidewaysResult r) {
    this.state = state;
    this.naming = naming;
    this.query = query;
    this.filters = filters;
    this.drillDown = r.drillDownFacetsCollector;
    this.all = null;
    if (r.drillSidewaysDims != null) {
      for (int i = 0; i < r.drillSidewaysDims.length; i++) {
        sideways.put(r.drillSidewaysDims[i], r.drillSidewaysFacetsCollector[i]);
      }
    }
  }

  /**
   * A counter over counts made beforehand for every value facet, as those of every article ({@link
   * StateSearcher#allCounts()}) for a query without text or filters; it has no date histograms.
   */
  FacetCounter(StateSearcher searcher, ValueNaming naming, SearchQuery query) throws IOException {
    this.state = searcher.state;
    this.naming = naming;
    this.query = query;
    this.filters = Map.of();
    this.drillDown = null;
    this.all = searcher.allCounts();
  }

  /** The requested value facets, each with its top values and its selected values. */
  List<FacetResult> valueFacets() throws IOException {
    List<FacetResult> results = new ArrayList<>();
    for (Facet facet : query.facets()) {
      if (facet.isValueFacet()) {
        results.add(top(facet, query.facetSize()));
      }
    }
    return results;
  }

  /** The requested date histograms. */
  List<DateHistogram> dateHistograms() throws IOException {
    List<DateHistogram> results = new ArrayList<>();
    for (Facet facet : query.facets()) {
      if (facet == Facet.PUBLISHED) {
        results.add(DateCounter.published(collectorFor(facet)));
      } else if (facet == Facet.MENTIONED) {
        results.add(DateCounter.mentioned(collectorFor(facet)));
      }
    }
    return results;
  }

  /**
   * The values among the keys {@code candidates} with a count above zero (and the selected ones),
   * most frequent first; {@code null} candidates means every value.
   */
  FacetResult matching(Facet facet, Set<String> candidates, int size) throws IOException {
    if (candidates == null) {
      return top(facet, size);
    }
    SortedSetDocValuesFacetCounts c = countsFor(facet);
    List<String> selected = filters.getOrDefault(facet, List.of());
    List<FacetValue> values = new ArrayList<>();
    for (String key : candidates) {
      long count = count(c, facet, key);
      if ((count > 0 || selected.contains(key)) && !naming.hidden(facet, key)) {
        values.add(new FacetValue(naming.label(facet, key), count, selected.contains(key)));
      }
    }
    values.sort(BY_COUNT);
    int matched = values.size();
    return new FacetResult(facet, values.subList(0, Math.min(size, values.size())), matched);
  }

  private FacetResult top(Facet facet, int size) throws IOException {
    SortedSetDocValuesFacetCounts c = countsFor(facet);
    List<String> selected = filters.getOrDefault(facet, List.of());
    Set<String> seen = new LinkedHashSet<>();
    List<FacetValue> values = new ArrayList<>();
    int valueCount = 0;
    if (c != null && state.getOrdRange(dim(facet)) != null) {
      // Ask for more than shown: values hidden by curation must not leave the list short.
      int hidden = facet == Facet.SOURCE ? 0 : blockedCount(facet);
      org.apache.lucene.facet.FacetResult r = c.getTopChildren(size + hidden, dim(facet));
      if (r != null) {
        valueCount = r.childCount;
        for (LabelAndValue lv : r.labelValues) {
          seen.add(lv.label);
          if (naming.hidden(facet, lv.label)) {
            valueCount--;
          } else if (values.size() < size) {
            values.add(
                new FacetValue(
                    naming.label(facet, lv.label),
                    lv.value.longValue(),
                    selected.contains(lv.label)));
          }
        }
      }
    }
    values.sort(BY_COUNT);
    // Selected values are always listed, even when they fall outside the top or count 0.
    for (String key : selected) {
      if (seen.add(key) && !naming.hidden(facet, key)) {
        values.add(new FacetValue(naming.label(facet, key), count(c, facet, key), true));
      }
    }
    return new FacetResult(facet, values, Math.max(0, valueCount));
  }

  private int blockedCount(Facet facet) {
    return (int)
        naming.curation().rules().stream()
            .filter(r -> r.blocked() && Facet.of(r.type()) == facet)
            .count();
  }

  private long count(SortedSetDocValuesFacetCounts c, Facet facet, String key) throws IOException {
    if (all != null) {
      return all.of(dim(facet), key);
    }
    return c == null ? 0 : Math.max(0, c.getSpecificValue(dim(facet), key).longValue());
  }

  private FacetsCollector collectorFor(Facet facet) {
    return sideways.getOrDefault(facet.key(), drillDown);
  }

  private SortedSetDocValuesFacetCounts countsFor(Facet facet) throws IOException {
    if (state == null || all != null) {
      return all == null ? null : all.counts();
    }
    FacetsCollector fc = collectorFor(facet);
    SortedSetDocValuesFacetCounts c = counts.get(fc);
    if (c == null) {
      c = new SortedSetDocValuesFacetCounts(state, fc);
      counts.put(fc, c);
    }
    return c;
  }

  private static String dim(Facet facet) {
    return IndexFields.dimension(facet);
  }
}
