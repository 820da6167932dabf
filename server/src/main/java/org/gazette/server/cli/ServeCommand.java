package org.gazette.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.gazette.IngestOptions;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.ingest.ArticleFileReader;
import org.gazette.model.IngestReport;
import org.gazette.server.http.GazetteServer;
import org.gazette.server.http.ServerConfig;

/**
 * {@code serve}: indexes the data directory (skipping articles already indexed unchanged), then
 * serves the API until the process is told to stop; on SIGTERM or Ctrl-C it stops taking requests,
 * commits and closes the index.
 */
final class ServeCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Cli cli;
  private final Map<String, String> env;

  ServeCommand(PrintStream out, PrintStream err, Cli cli, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.cli = cli;
    this.env = env;
  }

  /** A started server with its index; closing stops the server, then commits and closes. */
  record Running(GazetteServer server, NewsIndex index) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        server.close();
      } finally {
        index.close();
      }
    }
  }

  int run(List<String> argv) throws IOException, InterruptedException {
    Running running = start(argv);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> shutDown(running, stopped), "gazette-shutdown"));
    stopped.await();
    return Cli.OK;
  }

  /** Opens the index, ingests the data directory, starts the server; returns once it listens. */
  Running start(List<String> argv) throws IOException {
    Arguments args = Commands.SERVE.parse(argv);
    if (!args.positional().isEmpty()) {
      throw new Arguments.UsageException(
          "serve takes no arguments, got '" + args.positional().getFirst() + "'");
    }
    ServerConfig config =
        ServerConfig.defaults()
            .withEnvironment(env)
            .withHost(args.get("host", "127.0.0.1"))
            .withPort(args.getInt("port", 7070, 0, 65535))
            .withMaxBodyBytes(args.getMegabytes("max-body", ServerConfig.DEFAULT_MAX_BODY_BYTES));
    List<String> hosts =
        args.all("allowed-host").stream().flatMap(h -> ServerConfig.commaList(h).stream()).toList();
    config =
        config
            .withAllowedHosts(hosts.isEmpty() ? config.allowedHosts() : hosts)
            .withBodyDeadlineMillis(
                1000L
                    * args.getInt(
                        "body-deadline",
                        (int) (ServerConfig.DEFAULT_BODY_DEADLINE_MILLIS / 1000),
                        1,
                        3600))
            .withRequestLimits(
                args.getInt("max-requests", ServerConfig.DEFAULT_MAX_RUNNING, 1, 10_000),
                args.getInt("max-waiting", ServerConfig.DEFAULT_MAX_WAITING, 0, 100_000),
                config.maxWaitMillis());
    Path data = dataDirectory(args);
    NewsIndexConfig indexConfig =
        NewsIndexConfig.defaults(cli.indexDirectory(args))
            .withMaxArticleBytes(
                args.getMegabytes("max-article-size", ArticleFileReader.DEFAULT_MAX_ARTICLE_BYTES))
            .withQueryTimeout(
                Duration.ofMillis(
                    args.getInt(
                        "query-timeout",
                        NewsIndexConfig.DEFAULT_QUERY_TIMEOUT_SECONDS * 1000,
                        1,
                        600_000)));
    prepareInBackground(indexConfig);
    indexConfig = Cli.withBackEnd(indexConfig, args);
    NewsIndex index = NewsIndex.open(indexConfig);
    try {
      if (data != null) {
        ingest(index, data);
      }
      GazetteServer server = GazetteServer.start(index, config);
      out.printf(
          "Gazette is serving %,d documents on http://%s:%d/ (API at /api/v1, Ctrl-C to stop)%n",
          index.count(), config.host(), server.port());
      out.flush();
      return new Running(server, index);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /**
   * Loads the extractor on a thread of its own while the index opens and the server starts, so the
   * first write waits less. A failure is left for that first use to report.
   */
  static void prepareInBackground(NewsIndexConfig config) {
    Thread.ofPlatform()
        .daemon()
        .name("gazette-extractor-load")
        .start(
            () -> {
              try {
                config.extractor().prepare();
              } catch (RuntimeException e) {
                // Reported by the first write, which loads it again.
              }
            });
  }

  /** --data, else $GAZETTE_HOME/index-data, else ./index-data; "none" serves the index as is. */
  private Path dataDirectory(Arguments args) {
    String given = args.get("data", null);
    if ("none".equals(given)) {
      return null;
    }
    if (given != null) {
      return cli.resolve(given);
    }
    String home = env.get("GAZETTE_HOME");
    Path bundled = home == null ? null : Path.of(home, "index-data");
    return bundled != null && Files.isDirectory(bundled) ? bundled : cli.resolve("index-data");
  }

  private void ingest(NewsIndex index, Path data) throws IOException {
    IngestReport report =
        index.ingest(
            List.of(data),
            IngestOptions.DEFAULTS
                .skippingUnchanged()
                .withListener(new IndexCommand.ProgressLine(err)));
    err.printf(
        "gazette: indexed %s: %s (unchanged articles are skipped, not re-extracted)%n",
        data, report.summary());
    ProblemLines.print(err, report.problems());
  }

  private void shutDown(Running running, CountDownLatch stopped) {
    try {
      running.close();
      err.println("gazette: stopped; the index is committed and closed");
    } catch (IOException | RuntimeException e) {
      err.println("gazette: error while closing the index: " + e);
    } finally {
      stopped.countDown();
    }
  }
}
