package org.gazette.extract;

/**
 * Finds the names of a span of tokens of a scan and adds them to it. {@link SpanTyper} is the one
 * there is; {@link HeadSplitter} and {@link KnownSplitter} hand it back the parts of a chunk they
 * do not name themselves, without depending on it.
 */
@FunctionalInterface
interface SpanAnalyser {
  /** Finds the names of tokens {@code [a, b)} of {@code s}, adding them to its found list. */
  void analyse(FieldScan s, int a, int b);
}
