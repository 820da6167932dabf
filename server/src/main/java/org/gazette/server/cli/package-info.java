/**
 * The command line: {@code index}, {@code search}, {@code extract} and {@code build-gazetteer},
 * their argument parsing, terminal output and exit statuses.
 *
 * <p>Depends on gazette-core's public API and Gson; never imports {@code org.apache.lucene}.
 */
package org.gazette.server.cli;
