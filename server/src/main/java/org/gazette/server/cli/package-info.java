/**
 * The command line: {@code index}, {@code search}, {@code extract}, {@code serve} and {@code
 * curate}, their argument parsing ({@link org.gazette.server.cli.Arguments}, shared with the tools
 * jar), terminal output and exit statuses. The build-time commands ({@code build-gazetteer}, {@code
 * build-devset}, {@code eval-devset}, {@code train-ner}, {@code bench-extract}) live in the tools
 * jar; this one only says so when asked for them.
 *
 * <p>Depends on gazette-core's public API and Gson; never imports {@code org.apache.lucene}.
 */
package org.gazette.server.cli;
