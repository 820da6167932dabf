package org.gazette.server.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.model.SearchQuery;
import org.gazette.server.ExportFormats;

/**
 * {@code export ["QUERY"] [filters] --format F}: every matching article, or the network of their
 * entities, to a file or standard output, as {@code GET /api/v1/export} streams it.
 */
final class ExportCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Cli cli;

  ExportCommand(PrintStream out, PrintStream err, Cli cli) {
    this.out = out;
    this.err = err;
    this.cli = cli;
  }

  int run(List<String> argv) throws IOException {
    Arguments args = Commands.EXPORT.parse(argv);
    if (args.positional().size() > 1) {
      throw new Arguments.UsageException(
          "export takes one query; quote it: ./gazette export \""
              + String.join(" ", args.positional())
              + "\"");
    }
    String name = args.get("format", "jsonl");
    ExportFormats.Format format =
        ExportFormats.Format.of(name)
            .orElseThrow(
                () ->
                    new Arguments.UsageException(
                        "--format must be one of " + ExportFormats.NAMES + ", got '" + name + "'"));
    boolean body = args.flag("body");
    int nodes = args.getInt("nodes", 200, 1, 5000);
    SearchQuery query = SearchCommand.filtered(args).build();
    Path indexDir = cli.indexDirectory(args);
    NewsIndexConfig config = Cli.withBackEnd(NewsIndexConfig.defaults(indexDir), args);
    if (args.get("solr", null) == null && !Files.isDirectory(indexDir)) {
      err.println(
          "gazette: no index at " + indexDir + "; create one with ./gazette index PATH first");
      return Cli.FAILED;
    }
    String file = args.get("out", null);
    try (NewsIndex index = NewsIndex.open(config)) {
      OutputStream target = file == null ? out : Files.newOutputStream(cli.resolve(file));
      long written;
      try {
        Writer w =
            new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
        if (args.flag("bom")) {
          w.write('\uFEFF');
        }
        written =
            switch (format) {
              case JSONL -> index.export(query, body, a -> ExportFormats.jsonLine(w, a));
              case CSV -> {
                ExportFormats.csvHeader(w, body);
                yield index.export(query, body, a -> ExportFormats.csvRow(w, a, body));
              }
              case GEXF -> {
                var network = index.network(query, nodes);
                ExportFormats.gexf(w, network, LocalDate.now());
                yield network.articles();
              }
              case GRAPHML -> {
                var network = index.network(query, nodes);
                ExportFormats.graphml(w, network);
                yield network.articles();
              }
            };
        w.flush();
      } finally {
        if (file != null) {
          target.close();
        }
      }
      err.println(
          "gazette: exported "
              + written
              + (format.isNetwork() ? " articles' entities as a network" : " articles")
              + (file == null ? "" : " to " + file));
      return Cli.OK;
    }
  }
}
