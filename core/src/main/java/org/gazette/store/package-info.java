/**
 * The seam between a {@link org.gazette.NewsIndex} and where its articles are kept and searched:
 * {@link org.gazette.store.ArticleStore}. The embedded Lucene index is the default implementation;
 * a SolrCloud collection is the other (issue 17, being built in the {@code gazette-solr} module).
 * Cleaning, extraction, curation rules and the public API stay on the library's side.
 */
package org.gazette.store;
