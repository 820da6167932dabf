/**
 * The Lucene schema and the writer: field names, the one {@code FacetsConfig} and analyzer shared
 * by indexing and searching, the mapping between an {@link org.gazette.model.IndexedArticle} and a
 * Lucene document, and the single {@code IndexWriter}.
 *
 * <p>Internal to Gazette: use {@link org.gazette.NewsIndex}. Depends on Lucene, Gson and {@code
 * model}; never on ingest, extract or search.
 */
package org.gazette.index;
