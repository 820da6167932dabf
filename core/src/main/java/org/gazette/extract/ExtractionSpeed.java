package org.gazette.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;
import org.gazette.model.Article;

/**
 * The one definition of extraction speed that every benchmark reports: megabytes (millions of
 * characters of title and body) handled per second of one thread's CPU time, after one untimed pass
 * over the same articles has warmed the JVM up. CPU time rather than the clock, so that other work
 * on the machine (other threads, the JIT compiler, the collector) does not count against it.
 */
public final class ExtractionSpeed {
  private ExtractionSpeed() {}

  /**
   * Runs {@code work} over {@code articles} once to warm up, then {@code rounds} times timed, on
   * the calling thread; returns megabytes per CPU second.
   */
  public static double mbPerCpuSecond(List<Article> articles, int rounds, Consumer<Article> work) {
    if (articles.isEmpty() || rounds < 1) {
      throw new IllegalArgumentException("need articles and at least one round");
    }
    long chars = 0;
    for (Article a : articles) {
      chars += a.title().length() + a.body().length();
    }
    articles.forEach(work);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      articles.forEach(work);
    }
    long nanos = (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
    return chars * (double) rounds / 1e6 / (Math.max(1, nanos) / 1e9);
  }
}
