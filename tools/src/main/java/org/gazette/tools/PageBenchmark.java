package org.gazette.tools;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.gazette.ingest.web.WebPageReader;
import org.jsoup.Jsoup;

/**
 * Measures how fast web pages are read on one thread: the whole of {@link WebPageReader} (decoding,
 * parsing, metadata, main text) against the baseline of jsoup parsing the same pages alone, each
 * after one untimed pass, timed by the thread's CPU time as {@link
 * org.gazette.extract.ExtractionSpeed} times extraction.
 */
final class PageBenchmark {
  private PageBenchmark() {}

  /** Runs the benchmark over {@code pages} and prints its report; returns pages per CPU second. */
  static double run(List<byte[]> pages, int rounds, PrintStream out) {
    long bytes = 0;
    for (byte[] p : pages) {
      bytes += p.length;
    }
    out.printf(
        "%d web pages, %.1f MB of HTML, %d timed passes each, one thread%n",
        pages.size(), bytes / 1e6, rounds);
    WebPageReader reader = new WebPageReader();
    long[] sink = new long[1];
    double parse =
        pagesPerCpuSecond(
            pages,
            rounds,
            p -> sink[0] += Jsoup.parse(new String(p, StandardCharsets.UTF_8)).childNodeSize());
    double read =
        pagesPerCpuSecond(
            pages, rounds, p -> sink[0] += reader.read(p, null, null).body().length());
    out.printf("%-34s %8s %8s %10s%n", "", "pages/s", "MB/s", "vs parse");
    out.printf(
        "%-34s %8.0f %8.2f %10s%n",
        "jsoup parse alone", parse, parse * bytes / pages.size() / 1e6, "1.00");
    out.printf(
        "%-34s %8.0f %8.2f %10.3f%n",
        "page reading (metadata + main text)",
        read,
        read * bytes / pages.size() / 1e6,
        read / parse);
    out.printf("(checksum %d)%n", sink[0]);
    return read;
  }

  private static double pagesPerCpuSecond(List<byte[]> pages, int rounds, Consumer<byte[]> work) {
    pages.forEach(work);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      pages.forEach(work);
    }
    long nanos = (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
    return pages.size() * (double) rounds / (Math.max(1, nanos) / 1e9);
  }
}
