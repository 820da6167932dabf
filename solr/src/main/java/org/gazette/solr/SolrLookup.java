package org.gazette.solr;

import static org.gazette.solr.SolrCalls.call;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.gazette.index.EntityKeys;
import org.gazette.index.IndexFields;
import org.gazette.model.Facet;
import org.gazette.model.NameKey;
import org.gazette.search.FilterResolver;

/**
 * What the collection holds of each value, asked of Solr: whether a key is indexed, and the keys
 * behind an alias or a word prefix, read from the term dictionary ({@code /terms}) as the embedded
 * index reads its own.
 */
final class SolrLookup implements FilterResolver.Lookup {
  /** Terms examined per prefix scan, as the embedded index's value search examines. */
  static final int MAX_CANDIDATES = 5000;

  private final CloudSolrClient client;

  SolrLookup(CloudSolrClient client) {
    this.client = client;
  }

  @Override
  public boolean isIndexed(Facet facet, String key) throws IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    q.addFilterQuery("{!term f=" + SolrDocuments.facetField(facet) + " v=$key}");
    q.set("key", key);
    return call(() -> client.query(q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST))
            .getResults()
            .getNumFound()
        > 0;
  }

  @Override
  public Set<String> byAlias(Facet facet, String name) throws IOException {
    String key = EntityKeys.of(name);
    if (key.isEmpty()) {
      return Set.of();
    }
    return scan(IndexFields.aliasKeys(facet), key + IndexFields.KEY_SEPARATOR);
  }

  /**
   * The keys of the values with a name or alias that has a word starting with {@code prefix}, or
   * {@code null} when the prefix folds to nothing, which restricts nothing.
   */
  Set<String> byWordPrefix(Facet facet, String prefix) throws IOException {
    String folded = NameKey.fold(prefix == null ? "" : prefix);
    if (folded.isEmpty()) {
      return null;
    }
    return scan(IndexFields.facetKeys(facet), folded);
  }

  /** The value keys (after the separator) of the terms of {@code field} starting with prefix. */
  private Set<String> scan(String field, String prefix) throws IOException {
    SolrQuery q = new SolrQuery();
    q.setRequestHandler("/terms");
    q.setTerms(true);
    q.addTermsField(field);
    q.setTermsPrefix(prefix);
    q.setTermsLimit(MAX_CANDIDATES);
    q.setTermsMinCount(1);
    q.setTermsSortString("index");
    TermsResponse terms =
        call(() -> client.query(q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST))
            .getTermsResponse();
    Set<String> keys = new LinkedHashSet<>();
    if (terms != null && terms.getTerms(field) != null) {
      for (TermsResponse.Term t : terms.getTerms(field)) {
        String term = t.getTerm();
        keys.add(term.substring(term.indexOf(IndexFields.KEY_SEPARATOR) + 1));
      }
    }
    return keys;
  }
}
