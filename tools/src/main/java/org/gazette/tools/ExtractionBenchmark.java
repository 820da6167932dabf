package org.gazette.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.gazette.extract.ExtractionSpeed;
import org.gazette.extract.RuleBasedEntityExtractor;
import org.gazette.model.Article;

/**
 * Measures extraction speed on one thread over a list of articles: the full extractor (rules,
 * gazetteer, name tagger, dates), the rules without the tagger, and as the baseline plain Lucene
 * tokenising the same text with its {@link StandardAnalyzer}. Each is measured as {@link
 * ExtractionSpeed} defines it (one warm-up pass, then {@code rounds} passes timed by the thread's
 * CPU time); the figures are text megabytes per CPU second and the ratio to Lucene's.
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {}

  /** Runs the benchmark and prints its report; returns the full extractor's MB/s. */
  public static double run(List<Article> articles, int rounds, PrintStream out) {
    long chars = 0;
    for (Article a : articles) {
      chars += a.title().length() + a.body().length();
    }
    double mb = chars / 1e6;
    out.printf(
        "%d articles, %.2f MB of text, %d timed passes each, one thread%n",
        articles.size(), mb, rounds);
    RuleBasedEntityExtractor full = RuleBasedEntityExtractor.withDefaultResources();
    RuleBasedEntityExtractor rules = full.withoutTagger();
    long[] sink = new long[1];
    Analyzer analyzer = new StandardAnalyzer();
    double lucene =
        ExtractionSpeed.mbPerCpuSecond(
            articles, rounds, a -> sink[0] += tokens(analyzer, a.title() + "\n" + a.body()));
    double rulesOnly =
        ExtractionSpeed.mbPerCpuSecond(
            articles, rounds, a -> sink[0] += rules.extract(a).entities().size());
    double extraction =
        ExtractionSpeed.mbPerCpuSecond(
            articles, rounds, a -> sink[0] += full.extract(a).entities().size());
    analyzer.close();
    out.printf("%-34s %8s %10s%n", "", "MB/s", "vs Lucene");
    out.printf("%-34s %8.2f %10s%n", "Lucene StandardAnalyzer tokens", lucene, "1.00");
    out.printf("%-34s %8.2f %10.3f%n", "extraction, rules only", rulesOnly, rulesOnly / lucene);
    out.printf(
        "%-34s %8.2f %10.3f%n",
        "extraction (rules + name tagger)", extraction, extraction / lucene);
    out.printf("(checksum %d)%n", sink[0]);
    return extraction;
  }

  private static long tokens(Analyzer analyzer, String text) {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
