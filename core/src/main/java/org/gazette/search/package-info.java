/**
 * Searching: query parsing with positioned syntax errors, filters, drill-sideways facet counts,
 * date histograms, sorting, offset and cursor paging, highlighted snippets, facet value search and
 * lookup by id.
 *
 * <p>Internal to Gazette except {@link org.gazette.search.QuerySyntaxException}: use {@link
 * org.gazette.NewsIndex}. Depends on Lucene, {@code model} and {@code index}; never on ingest or
 * extract.
 */
package org.gazette.search;
