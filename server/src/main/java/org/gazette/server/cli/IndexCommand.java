package org.gazette.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.gazette.IngestOptions;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.ingest.ArticleFileReader;
import org.gazette.model.IngestReport;
import org.gazette.server.JsonViews;

/** {@code index PATH...}: ingests files and directories and prints the report. */
final class IndexCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Cli cli;

  IndexCommand(PrintStream out, PrintStream err, Cli cli) {
    this.out = out;
    this.err = err;
    this.cli = cli;
  }

  int run(List<String> argv) throws IOException {
    Arguments args = Commands.INDEX.parse(argv);
    if (args.positional().isEmpty()) {
      throw new Arguments.UsageException("index needs at least one file or directory");
    }
    List<Path> paths = args.positional().stream().map(cli::resolve).toList();
    Path indexDir = cli.indexDirectory(args);
    NewsIndexConfig config =
        NewsIndexConfig.defaults(indexDir)
            .withMaxArticleBytes(
                args.getMegabytes("max-article-size", ArticleFileReader.DEFAULT_MAX_ARTICLE_BYTES));
    ProgressLine progress = new ProgressLine(err);
    long start = System.nanoTime();
    // The extractor loads while the index opens and the first files are read.
    ServeCommand.prepareInBackground(config);
    try (NewsIndex index = NewsIndex.open(Cli.withBackEnd(config, args))) {
      IngestOptions options = IngestOptions.DEFAULTS.withListener(progress);
      IngestReport report =
          index.ingest(paths, args.flag("skip-unchanged") ? options.skippingUnchanged() : options);
      progress.finish();
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (args.flag("json")) {
        out.println(JsonViews.ingestReport(report));
      } else {
        String where =
            args.get("solr", null) == null
                ? indexDir.toAbsolutePath().normalize().toString()
                : "SolrCloud collection "
                    + args.get("collection", "news")
                    + " at "
                    + args.get("solr", null);
        print(report, index.count(), where, millis);
      }
      return report.failed() > 0 ? Cli.PARTIAL : Cli.OK;
    }
  }

  private void print(IngestReport report, int documents, String where, long millis) {
    out.printf(
        "%s (%d documents in %s) in %.1f s%n", report.summary(), documents, where, millis / 1000.0);
    ProblemLines.print(out, report.problems());
  }

  /** Prints "indexed N articles (R/s)" to stderr at most once a second during long runs. */
  static final class ProgressLine implements IngestOptions.IngestListener {
    private final PrintStream err;
    private long lastPrint = System.nanoTime();
    private boolean printed;

    ProgressLine(PrintStream err) {
      this.err = err;
    }

    @Override
    public synchronized void progress(IngestOptions.Progress p) {
      long now = System.nanoTime();
      if (now - lastPrint < 1_000_000_000L) {
        return;
      }
      lastPrint = now;
      printed = true;
      double rate = p.processed() * 1000.0 / Math.max(1, p.elapsedMillis());
      err.printf(
          "gazette: %,d articles processed (%.0f/s), %,d failed%n",
          p.processed(), rate, p.failed());
    }

    synchronized void finish() {
      if (printed) {
        err.flush();
      }
    }
  }
}
