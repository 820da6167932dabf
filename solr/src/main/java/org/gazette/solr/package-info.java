/**
 * Gazette on SolrCloud (issue 17, being built): reaching a collection of a SolrCloud cluster with
 * SolrJ ({@link org.gazette.solr.SolrCollectionSetup}), its address ({@link
 * org.gazette.solr.SolrAddress}) and Gazette's configset ({@link org.gazette.solr.Configset}). The
 * search and storage work over Solr comes next, behind the same seam as the embedded Lucene index.
 */
package org.gazette.solr;
