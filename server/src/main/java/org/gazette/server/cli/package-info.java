/**
 * The command line of the server jar: {@code index}, {@code search}, {@code export}, {@code
 * extract}, {@code extract-body}, {@code serve} and {@code curate}, as {@link
 * org.gazette.cli.Commands} specifies them, with their terminal output and exit statuses. The
 * build-time commands ({@code build-gazetteer}, {@code build-devset}, {@code eval-devset}, {@code
 * train-ner}, {@code bench-extract}) live in the tools jar; this one only says so when asked for
 * them.
 *
 * <p>Depends on gazette-core's public API, gazette-cli and Gson; never imports {@code
 * org.apache.lucene}.
 */
package org.gazette.server.cli;
