package org.gazette.solr;

import static org.gazette.solr.SolrCalls.call;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.gazette.index.EntityNames;
import org.gazette.index.IndexFields;
import org.gazette.index.LabelTable;
import org.gazette.model.Facet;
import org.gazette.search.ValueNaming;

/**
 * The labels of value keys in a collection: the names its articles gave each value ({@code form.*}
 * terms under the key) counted by Solr and chosen as the embedded index chooses ({@link
 * LabelTable#best}). An answer asks for the labels of all the keys it shows in one request; labels
 * are kept until this store commits or for {@link #KEPT_NANOS} (another process may have written).
 *
 * <p>NOTE: thread-safe.
 */
final class SolrLabels {
  /** How long a label is kept when no commit of this store says it changed. */
  static final long KEPT_NANOS = 30_000_000_000L;

  /** Keys asked for per request. */
  private static final int BATCH = 200;

  private final CloudSolrClient client;
  private volatile Map<Facet, Map<String, Optional<String>>> labels = empty();
  private volatile long since = System.nanoTime();

  SolrLabels(CloudSolrClient client) {
    this.client = client;
  }

  /** Forgets every label: the articles changed. */
  void clear() {
    labels = empty();
    since = System.nanoTime();
  }

  /** A naming whose labels are these (fetched one by one for keys not loaded before). */
  ValueNaming naming(EntityNames names) {
    if (System.nanoTime() - since > KEPT_NANOS) {
      clear();
    }
    Map<Facet, Map<String, Optional<String>>> table = labels;
    return new ValueNaming(
        (facet, key) -> {
          Optional<String> label = table.get(facet).get(key);
          if (label == null) {
            try {
              load(table, Map.of(facet, Set.of(key)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            label = table.get(facet).get(key);
          }
          return label.orElse(null);
        },
        names);
  }

  /** Loads the labels of {@code keys} not loaded yet, in as few requests as it takes. */
  void load(Map<Facet, ? extends Iterable<String>> keys) throws IOException {
    load(labels, keys);
  }

  private void load(
      Map<Facet, Map<String, Optional<String>>> table, Map<Facet, ? extends Iterable<String>> keys)
      throws IOException {
    List<Map.Entry<Facet, String>> missing = new ArrayList<>();
    keys.forEach(
        (facet, ks) -> {
          for (String k : ks) {
            if (!table.get(facet).containsKey(k)) {
              missing.add(Map.entry(facet, k));
            }
          }
        });
    for (int from = 0; from < missing.size(); from += BATCH) {
      List<Map.Entry<Facet, String>> batch =
          missing.subList(from, Math.min(missing.size(), from + BATCH));
      SolrQuery q = new SolrQuery("*:*").setRows(0);
      JsonObject facets = new JsonObject();
      for (int i = 0; i < batch.size(); i++) {
        Facet facet = batch.get(i).getKey();
        String prefix = batch.get(i).getValue() + IndexFields.KEY_SEPARATOR;
        String field = IndexFields.forms(facet);
        q.set("lp" + i, prefix);
        JsonObject domain = new JsonObject();
        domain.addProperty("filter", "{!prefix f=" + field + " v=$lp" + i + "}");
        JsonObject terms = new JsonObject();
        terms.addProperty("type", "terms");
        terms.addProperty("field", field);
        terms.addProperty("prefix", prefix);
        terms.addProperty("limit", -1);
        terms.addProperty("refine", true);
        terms.add("domain", domain);
        facets.add("l" + i, terms);
      }
      q.set("json.facet", facets.toString());
      NestableJsonFacet answer =
          call(() -> client.query(q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST))
              .getJsonFacetingResponse();
      for (int i = 0; i < batch.size(); i++) {
        Map<String, Integer> counts = new HashMap<>();
        BucketBasedJsonFacet forms = answer == null ? null : answer.getBucketBasedFacets("l" + i);
        if (forms != null) {
          String prefix = batch.get(i).getValue() + IndexFields.KEY_SEPARATOR;
          for (BucketJsonFacet b : forms.getBuckets()) {
            String form = b.getVal().toString();
            if (form.startsWith(prefix)) {
              counts.put(form.substring(prefix.length()), Math.toIntExact(b.getCount()));
            }
          }
        }
        table
            .get(batch.get(i).getKey())
            .put(batch.get(i).getValue(), Optional.ofNullable(LabelTable.best(counts)));
      }
    }
  }

  private static Map<Facet, Map<String, Optional<String>>> empty() {
    Map<Facet, Map<String, Optional<String>>> m = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      m.put(f, new ConcurrentHashMap<>());
    }
    return m;
  }
}
