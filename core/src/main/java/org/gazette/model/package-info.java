/**
 * Immutable records shared by every stage: articles as read and as cleaned, entities with their
 * mentions, mentioned dates, ingest reports, and the search request and result shapes.
 *
 * <p>Depends on nothing but the JDK. No Lucene type and no JSON library appears here.
 */
package org.gazette.model;
