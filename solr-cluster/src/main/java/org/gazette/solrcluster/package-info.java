/**
 * A local SolrCloud for development and tests ({@code ./gazette solr-cluster}): {@link
 * org.gazette.solrcluster.SolrCluster} runs an embedded ZooKeeper and starts {@link
 * org.gazette.solrcluster.SolrNode}s, each a JVM of its own. Runs on Solr's class path (Lucene 9),
 * never on Gazette's.
 */
package org.gazette.solrcluster;
