/**
 * Reading and cleaning: turns files ({@code .txt} with optional sidecar {@code .meta.json} or front
 * matter, {@code .json}, {@code .jsonl}/{@code .ndjson}) and JSON strings into {@link
 * org.gazette.model.RawArticle}s ({@link org.gazette.ingest.ArticleFileReader}), and raw scraped
 * text into clean {@link org.gazette.model.Article}s ({@link org.gazette.ingest.ArticleCleaner}:
 * boilerplate dropped, repeats collapsed, title, source and byline found, glued words split).
 *
 * <p>Only the reader, the cleaner and {@link org.gazette.ingest.ArticleSink} are public; the parts
 * they are made of (decoding, bounded reads, the boilerplate catalogue, repeat detection, byline
 * and source finding) are package-private.
 *
 * <p>Depends on {@code model} and Gson only: never on Lucene, extraction or indexing. One bad file
 * or line is reported to the {@link org.gazette.ingest.ArticleSink} and never stops a batch.
 */
package org.gazette.ingest;
