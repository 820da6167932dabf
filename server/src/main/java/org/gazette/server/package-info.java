/**
 * The program: the {@link org.gazette.server.Main} entry point of {@code gazette.jar}, which hands
 * the command line to {@link org.gazette.server.cli.Cli}; the HTTP server is in {@link
 * org.gazette.server.http}, and the JSON shapes both share in {@link org.gazette.server.JsonViews}.
 *
 * <p>Depends on gazette-core's public API, Javalin and Gson; never imports {@code
 * org.apache.lucene}.
 */
package org.gazette.server;
