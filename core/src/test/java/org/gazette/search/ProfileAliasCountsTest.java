package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.index.DocumentMapper;
import org.gazette.index.EntityKeys;
import org.gazette.model.Entity;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.FacetValue;
import org.gazette.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aliases of an entity profile, counted from the alias terms' postings, are exactly those the
 * stored extractions of the same articles give, in the same order: over several segments, with
 * deleted and replaced articles.
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
              .isEqualTo(countedFromStoredEntities(indexDir, type, EntityKeys.of(value.value())));
        }
      }
      EntityProfile us = index.entityProfile(EntityType.PLACE, "United States", ALL, 10).get();
      assertThat(us.aliases()).hasSizeGreaterThan(1);
    }
  }

  /**
   * The aliases of the value as the stored extractions give them, counted here without the index's
   * alias terms: each live article that has the value counts once for each alias its entities of
   * that value were found by (other than the name itself), most used first, then in byte order.
   */
  private static List<FacetValue> countedFromStoredEntities(
      Path indexDir, EntityType type, String key) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          Document doc = stored.document(d);
          if (!DocumentMapper.valueKeys(doc)
              .getOrDefault(Facet.of(type), List.of())
              .contains(key)) {
            continue;
          }
          Set<String> aliases = new TreeSet<>();
          for (Entity e : DocumentMapper.fromStored(doc).extraction().entities()) {
            String name = e.name().strip();
            if (e.type() == type && EntityKeys.of(name).equals(key)) {
              for (String alias : e.aliases()) {
                String al = alias.strip();
                if (!al.isEmpty() && !al.equals(name)) {
                  aliases.add(al);
                }
              }
            }
          }
          aliases.forEach(a -> counts.merge(a, 1, Integer::sum));
        }
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(
        Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .reversed()
            .thenComparing(e -> new BytesRef(e.getKey())));
    List<FacetValue> aliases = new ArrayList<>();
    for (Map.Entry<String, Integer> e :
        sorted.subList(0, Math.min(ProfileBuilder.MAX_ALIASES, sorted.size()))) {
      aliases.add(new FacetValue(e.getKey(), e.getValue(), false));
    }
    return aliases;
  }
}
