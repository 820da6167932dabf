package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.index.EntityKeys;
import org.gazette.index.IndexFields;
import org.gazette.index.IndexSchema;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aliases of an entity profile, counted from the alias terms' postings, are exactly those that
 * counting the alias facet of the same articles gives, in the same order: over several segments,
 * with deleted and replaced articles.
 */
class ProfileAliasCountsTest {
  @TempDir Path dir;

  private static final SearchQuery ALL = SearchQuery.builder().build();

  @Test
  void profileAliasesEqualTheAliasFacetCountsOfTheSameArticles() throws IOException {
    Path indexDir = dir.resolve("index");
    try (NewsIndex index = NewsIndex.open(NewsIndexConfig.defaults(indexDir))) {
      index.ingest(Path.of("../index-data"));
      String[] forms = {"the United States", "the U.S.", "the US", "America", "the USA"};
      for (int batch = 0; batch < 3; batch++) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < 8; i++) {
          int n = batch * 8 + i;
          json.append(
              String.format(
                  "{\"id\": \"a%d\", \"title\": \"Talks %d\", \"body\": \"Officials of %s met"
                      + " Iraqi leaders in Baghdad, the Pentagon said. Later %s and Iraq agreed"
                      + " on Monday.\"}%n",
                  n, n, forms[n % forms.length], forms[(n * 3 + 1) % forms.length]));
        }
        index.ingestJson(json.toString(), "batch " + batch);
      }
      index.delete("a3");
      index.ingestJson(
          "{\"id\": \"a7\", \"title\": \"Talks again\", \"body\": \"America and Iraq met in"
              + " Baghdad on Tuesday.\"}",
          "replace");

      for (EntityType type : EntityType.values()) {
        for (FacetValue value : index.facetValues(Facet.of(type), null, ALL, 5).values()) {
          EntityProfile profile = index.entityProfile(type, value.value(), ALL, 10).orElseThrow();
          assertThat(profile.aliases())
              .as("aliases of %s %s", type, value.value())
              .isEqualTo(countedFromTheFacet(indexDir, type, EntityKeys.of(value.value())));
        }
      }
      EntityProfile us = index.entityProfile(EntityType.PLACE, "United States", ALL, 10).get();
      assertThat(us.aliases()).hasSizeGreaterThan(1);
    }
  }

  /** The aliases as the alias facet counts them over the articles that name the value. */
  private static List<FacetValue> countedFromTheFacet(Path indexDir, EntityType type, String key)
      throws IOException {
    IndexSchema schema = new IndexSchema();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      DrillDownQuery entity = new DrillDownQuery(schema.facetsConfig());
      entity.add(IndexFields.dimension(Facet.of(type)), key);
      FacetsCollector hits = searcher.search(entity, new FacetsCollectorManager());
      List<FacetValue> aliases = new ArrayList<>();
      if (reader.leaves().stream()
          .allMatch(
              l -> l.reader().getFieldInfos().fieldInfo(IndexFields.ALIAS_FACET_FIELD) == null)) {
        return aliases;
      }
      var state =
          new DefaultSortedSetDocValuesReaderState(
              reader, IndexFields.ALIAS_FACET_FIELD, schema.facetsConfig());
      FacetResult r;
      try {
        r =
            new SortedSetDocValuesFacetCounts(state, hits)
                .getTopChildren(ProfileBuilder.MAX_ALIASES, IndexFields.aliasDimension(type), key);
      } catch (IllegalArgumentException noSuchPath) {
        return aliases;
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          aliases.add(new FacetValue(lv.label, lv.value.longValue(), false));
        }
      }
      return aliases;
    }
  }
}
