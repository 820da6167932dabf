/**
 * The HTTP API: one Javalin app ({@link org.gazette.server.http.GazetteServer}) over a {@link
 * org.gazette.NewsIndex}, its routes, parameter parsing and the single mapping of exceptions to
 * {@code application/problem+json}, and the search page: static files under {@code
 * org/gazette/server/web/} on the classpath (HTML, CSS, JavaScript modules), served at {@code /},
 * which talk to the server through the public API only.
 *
 * <p>Depends on gazette-core's public API, Javalin and Gson; never imports {@code
 * org.apache.lucene}.
 */
package org.gazette.server.http;
