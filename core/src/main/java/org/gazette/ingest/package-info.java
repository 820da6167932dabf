/**
 * Reading and cleaning: turns files ({@code .txt} with optional sidecar {@code .meta.json}, {@code
 * .json}, {@code .jsonl}) into {@link org.gazette.model.RawArticle}s, and raw scraped text into
 * clean {@link org.gazette.model.Article}s (boilerplate dropped, repeats collapsed, title, source
 * and byline found, glued words split).
 *
 * <p>Depends on {@code model} and Gson only: never on Lucene, extraction or indexing. One bad file
 * or line is reported to the {@link org.gazette.ingest.ArticleSink} and never stops a batch.
 */
package org.gazette.ingest;
