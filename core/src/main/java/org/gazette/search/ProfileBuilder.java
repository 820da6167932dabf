package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;
import org.gazette.index.IndexFields;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchQuery;

/**
 * Builds the profile of one entity over the articles that match the query, its filters and the
 * entity itself. Counts are taken over exactly those articles (no drill sideways: co-occurrence
 * means "named in the same articles").
 */
final class ProfileBuilder {
  /** Most aliases listed in a profile. */
  static final int MAX_ALIASES = EntityProfile.MAX_ALIASES;

  private static final char DELIM = FacetsConfig.DELIM_CHAR;

  private ProfileBuilder() {}

  /**
   * The profile, or empty when no article in the index names the entity at all.
   *
   * @param name the canonical value or any alias of it
   */
  static Optional<EntityProfile> build(
      StateSearcher searcher,
      ValueNaming naming,
      FacetsConfig config,
      Query text,
      SearchQuery query,
      EntityType type,
      String name,
      int size)
      throws IOException {
    Facet facet = Facet.of(type);
    Optional<String> canonical = canonical(searcher, naming, config, facet, name);
    if (canonical.isEmpty()) {
      return Optional.empty();
    }
    Map<Facet, List<String>> filters = FilterResolver.resolve(searcher, naming, query.filters());
    DrillDownQuery entity = new DrillDownQuery(config);
    entity.add(IndexFields.dimension(facet), canonical.get());
    // The entity is one more required clause, so a filter on its own type (another person in a
    // person's profile) still applies as the query's own OR group.
    Query articles =
        new BooleanQuery.Builder()
            .add(DrillDowns.of(config, text, filters, query), Occur.MUST)
            .add(entity, Occur.FILTER)
            .build();
    FacetsCollector hits = searcher.search(articles, new FacetsCollectorManager());
    long count = hits.getMatchingDocs().stream().mapToLong(MatchingDocs::totalHits).sum();
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(searcher.state, hits);
    List<FacetResult> related = new ArrayList<>();
    for (EntityType t : EntityType.values()) {
      related.add(related(counts, naming, Facet.of(t), t == type ? canonical.get() : null, size));
    }
    return Optional.of(
        new EntityProfile(
            type,
            naming.label(facet, canonical.get()),
            count,
            aliases(searcher, hits, type, canonical.get()),
            related,
            DateCounter.published(hits),
            DateCounter.mentioned(hits)));
  }

  /**
   * The indexed value {@code name} stands for; the one in most articles when an alias is shared.
   */
  private static Optional<String> canonical(
      StateSearcher searcher, ValueNaming naming, FacetsConfig config, Facet facet, String name)
      throws IOException {
    if (searcher.state == null) {
      return Optional.empty();
    }
    String dim = IndexFields.dimension(facet);
    String indexField = config.getDimConfig(dim).indexFieldName;
    String best = null;
    int bestCount = 0;
    for (String value : FilterResolver.keys(searcher, naming, facet, name)) {
      int n = searcher.getIndexReader().docFreq(DrillDownQuery.term(indexField, dim, value));
      if (n > bestCount) {
        best = value;
        bestCount = n;
      }
    }
    return Optional.ofNullable(best);
  }

  private static FacetResult related(
      SortedSetDocValuesFacetCounts counts, ValueNaming naming, Facet facet, String self, int size)
      throws IOException {
    List<FacetValue> values = new ArrayList<>();
    int valueCount = 0;
    int hidden = (int) naming.curation().rules().stream().filter(r -> r.blocked()).count();
    org.apache.lucene.facet.FacetResult r =
        topChildren(counts, size + 1 + hidden, IndexFields.dimension(facet));
    if (r != null) {
      valueCount = r.childCount;
      for (LabelAndValue lv : r.labelValues) {
        if (lv.label.equals(self) || naming.hidden(facet, lv.label)) {
          valueCount--;
        } else if (values.size() < size) {
          values.add(new FacetValue(naming.label(facet, lv.label), lv.value.longValue(), false));
        }
      }
    }
    values.sort(FacetCounter.BY_COUNT);
    return new FacetResult(facet, values, Math.max(0, valueCount));
  }

  /**
   * The aliases of {@code canonical} with the number of matching articles that use each, most used
   * first. Counted from the postings of the alias drill-down terms under the value, intersected
   * with the hits: decoding every alias of every hit from the doc values (all values of an article,
   * not only this one's) was a fifth of a profile at 100k articles, most of it for other values.
   */
  private static List<FacetValue> aliases(
      StateSearcher searcher, FacetsCollector hits, EntityType type, String canonical)
      throws IOException {
    String dim = IndexFields.aliasDimension(type);
    BytesRef prefix =
        new BytesRef(FacetsConfig.pathToString(dim, new String[] {canonical}) + DELIM);
    Map<BytesRef, Integer> counts = new HashMap<>();
    for (MatchingDocs md : hits.getMatchingDocs()) {
      if (md.totalHits() == 0 || md.bits() == null) {
        continue;
      }
      Terms terms = md.context().reader().terms(IndexFields.ALIAS_FACET_FIELD);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END
          || !StringHelper.startsWith(te.term(), prefix)) {
        continue; // no article of this segment names the value by an alias
      }
      FixedBitSet matching = new FixedBitSet(md.context().reader().maxDoc());
      matching.or(md.bits().iterator());
      PostingsEnum postings = null;
      for (BytesRef term = te.term();
          term != null && StringHelper.startsWith(term, prefix);
          term = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        int n = 0;
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (matching.get(doc)) {
            n++;
          }
        }
        if (n > 0) {
          counts.merge(BytesRef.deepCopyOf(term), n, Integer::sum);
        }
      }
    }
    // Most used first; equal counts in the order of the terms, as facet counts order them.
    List<Map.Entry<BytesRef, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(
        Map.Entry.<BytesRef, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<FacetValue> aliases = new ArrayList<>();
    for (Map.Entry<BytesRef, Integer> e : sorted.subList(0, Math.min(MAX_ALIASES, sorted.size()))) {
      String[] path = FacetsConfig.stringToPath(e.getKey().utf8ToString());
      aliases.add(new FacetValue(path[path.length - 1], e.getValue(), false));
    }
    return aliases;
  }

  /** The top children of a path, or {@code null} when the index holds no value under it. */
  private static org.apache.lucene.facet.FacetResult topChildren(
      SortedSetDocValuesFacetCounts counts, int n, String dim, String... path) throws IOException {
    try {
      return counts.getTopChildren(n, dim, path);
    } catch (IllegalArgumentException notIndexed) {
      // Lucene refuses a dimension or path that no document of this reader has.
      return null;
    }
  }
}
