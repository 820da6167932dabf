/**
 * Gazette on SolrCloud: a {@link org.gazette.NewsIndex}'s articles kept and searched in a SolrCloud
 * collection through SolrJ, behind the same seam ({@link org.gazette.store.ArticleStore}) as the
 * embedded Lucene index, with the same answers. {@link org.gazette.solr.SolrCollectionSetup}
 * reaches the cluster and creates or checks the collection with Gazette's configset ({@link
 * org.gazette.solr.Configset}); {@link org.gazette.solr.SolrStore} writes, reads and searches it;
 * {@link org.gazette.solr.SolrStoreProvider} makes it the {@code solr} back end of the commands'
 * {@code --solr} option. The README's "Scaling out" section says what differs from the embedded
 * index.
 */
package org.gazette.solr;
