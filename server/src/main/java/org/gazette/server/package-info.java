/**
 * The program: the {@link org.gazette.server.Main} entry point and (later) the HTTP server over
 * {@link org.gazette.NewsIndex}.
 *
 * <p>Depends on gazette-core's public API and Gson; never imports {@code org.apache.lucene}.
 */
package org.gazette.server;
