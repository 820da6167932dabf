/**
 * Entity and date extraction: finds the organisations, places and people an {@link
 * org.gazette.model.Article} names, with one canonical value per entity and every mention, and the
 * dates it speaks of.
 *
 * <p>Depends on {@code model} only (and its own resources on the class path): never on Lucene,
 * ingest or the network. Extractors are thread-safe and need no model download.
 */
package org.gazette.extract;
