package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.SearchQuery;
import org.gazette.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seam between the library and its store (issue 17): every read and write of a {@link
 * NewsIndex} goes through the configured {@link ArticleStore}, so that another back end given in
 * its place serves the whole API. The store here is the embedded one behind a proxy that records
 * each call.
 */
class StoreSeamTest {
  @TempDir Path dir;

  private final List<String> calls = new CopyOnWriteArrayList<>();

  private StoreOpener recording() {
    return (config, names) -> {
      ArticleStore inner = StoreOpener.LUCENE.open(config, names);
      InvocationHandler handler =
          (proxy, method, args) -> {
            calls.add(method.getName());
            try {
              return method.invoke(inner, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      return (ArticleStore)
          Proxy.newProxyInstance(
              ArticleStore.class.getClassLoader(), new Class<?>[] {ArticleStore.class}, handler);
    };
  }

  @Test
  void everyCallOfTheIndexReachesTheConfiguredStore() throws IOException {
    NewsIndexConfig config = NewsIndexConfig.defaults(dir).withStore(recording());
    try (NewsIndex index = NewsIndex.open(config)) {
      index.ingestJson(
          """
          {"id": "a1", "title": "Troops leave Anbar", "body": "CENTCOM said troops left Anbar."}
          {"id": "a2", "title": "Talks in Erbil", "body": "Officials met in Erbil on Monday."}
          """,
          "test");
      assertThat(calls).containsSubsequence("upsert", "upsert", "commit");

      calls.clear();
      assertThat(index.search(SearchQuery.builder().text("troops").build()).total()).isEqualTo(1);
      assertThat(index.get("a1")).isPresent();
      index.facetValues(Facet.PLACE, "anb", null, 5);
      index.entityProfile(EntityType.PLACE, "Anbar", null, 5);
      index.network(SearchQuery.builder().build(), 10);
      index.export(SearchQuery.builder().build(), false, article -> {});
      assertThat(index.stats().documents()).isEqualTo(2);
      assertThat(index.count()).isEqualTo(2);
      assertThat(calls)
          .containsSubsequence(
              "search", "get", "facetValues", "profile", "network", "export", "stats", "count");

      calls.clear();
      index.curate(new CurationRule(EntityType.PLACE, "Erbil", "Anbar", null, List.of(), false));
      assertThat(calls).containsSubsequence("idsWithExtractedKey", "commit");
      calls.clear();
      assertThat(index.delete("a2")).isTrue();
      assertThat(calls).containsSubsequence("get", "delete", "commit");
    }
    assertThat(calls).endsWith("close");
  }
}
