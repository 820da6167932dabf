/**
 * The HTTP API: one Javalin app ({@link org.gazette.server.http.GazetteServer}) over a {@link
 * org.gazette.NewsIndex}, its routes, parameter parsing and the single mapping of exceptions to
 * {@code application/problem+json}.
 *
 * <p>Depends on gazette-core's public API, Javalin and Gson; never imports {@code
 * org.apache.lucene}.
 */
package org.gazette.server.http;
