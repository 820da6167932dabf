package org.gazette.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.NewsIndexConfig;
import org.gazette.StoreOpener;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.search.QuerySyntaxException;

/**
 * Runs one command of the command line and returns its exit status: 0 done, 1 failed, 2 bad usage
 * or bad query syntax, 3 done but some inputs could not be indexed.
 */
public final class Cli {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int PARTIAL = 3;

  static final String HELP = Commands.help();

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Path workingDirectory;

  public Cli(PrintStream out, PrintStream err, Map<String, String> env, Path workingDirectory) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.workingDirectory = workingDirectory;
  }

  /** Runs the command named by {@code args[0]}; never throws. */
  public int run(String... args) {
    if (args.length == 0) {
      out.print(HELP);
      return USAGE;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      return switch (args[0]) {
        case "index" -> new IndexCommand(out, err, this).run(rest);
        case "search" -> new SearchCommand(out, err, this).run(rest);
        case "export" -> new ExportCommand(out, err, this).run(rest);
        case "extract" -> new ExtractCommand(out, err).run(rest);
        case "extract-body" -> new ExtractBodyCommand(out, err).run(rest);
        case "serve" -> new ServeCommand(out, err, this, env).run(rest);
        case "curate" -> new CurateCommand(out, this).run(rest);
        case "build-gazetteer", "build-devset", "eval-devset", "train-ner", "bench-extract" ->
            throw new Arguments.UsageException(
                args[0]
                    + " is a build tool, kept out of this jar: run it as ./gazette "
                    + args[0]
                    + " (tools/target/gazette-tools.jar)");
        case "help", "--help", "-h" -> {
          out.print(HELP);
          yield OK;
        }
        default -> throw new Arguments.UsageException("unknown command '" + args[0] + "'");
      };
    } catch (Arguments.UsageException e) {
      err.println("gazette: " + e.getMessage());
      err.println("Run ./gazette help for the commands and their options.");
      return USAGE;
    } catch (QuerySyntaxException e) {
      err.println("gazette: " + e.getMessage());
      if (e.position() > 0) {
        err.println("  " + e.query());
        err.println("  " + " ".repeat(e.position() - 1) + "^");
      }
      return USAGE;
    } catch (IllegalArgumentException e) {
      err.println("gazette: " + e.getMessage());
      return USAGE;
    } catch (IllegalStateException | IOException | UncheckedIOException e) {
      err.println("gazette: " + e.getMessage());
      return FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FAILED;
    }
  }

  /** The index directory: {@code --index}, else $GAZETTE_INDEX, else ./gazette-index. */
  Path indexDirectory(Arguments args) {
    String configured = args.get("index", env.get("GAZETTE_INDEX"));
    return workingDirectory.resolve(configured == null ? "gazette-index" : configured);
  }

  /**
   * {@code config} with the back end the arguments name: a SolrCloud collection with {@code --solr
   * ZKHOST[/CHROOT] --collection NAME} (which keeps the curation rules too), else the embedded
   * index.
   */
  static NewsIndexConfig withBackEnd(NewsIndexConfig config, Arguments args) {
    String zkHost = args.get("solr", null);
    if (zkHost == null) {
      for (String option : List.of("collection", "shards", "replicas")) {
        if (args.get(option, null) != null) {
          throw new Arguments.UsageException("--" + option + " goes with --solr ZKHOST");
        }
      }
      return config;
    }
    Map<String, String> settings = new HashMap<>();
    settings.put("zkHost", zkHost);
    for (String option : List.of("collection", "shards", "replicas")) {
      String value = args.get(option, null);
      if (value != null) {
        settings.put(option, value);
      }
    }
    return config.withStore(StoreOpener.named("solr", settings));
  }

  /** Resolves a path given on the command line against the working directory. */
  Path resolve(String path) {
    return workingDirectory.resolve(path);
  }
}
