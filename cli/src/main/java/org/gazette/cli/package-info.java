/**
 * The specification of every {@code ./gazette} command and the parser of its arguments: {@link
 * org.gazette.cli.Commands} lists the commands with their options and makes the help from them,
 * {@link org.gazette.cli.Arguments} checks a command line against them.
 *
 * <p>A module of its own, with no dependency, so that the server, the build tools and the benchmark
 * share one parser and one help text while the tools and the benchmark build without waiting for
 * the server.
 */
package org.gazette.cli;
