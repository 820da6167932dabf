package org.gazette.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

  static final String HELP =
      """
      Gazette: search news articles by text, organisation, place, person, source and date.

      Usage: ./gazette COMMAND [ARGUMENTS]

        index PATH... [--index DIR] [--skip-unchanged] [--max-article-size MB] [--json]
            Read .txt, .json and .jsonl files (directories recursively), clean them, find their
            entities and dates, and index them. Re-indexing an id replaces it. Prints the report.

        serve [--data DIR|none] [--index DIR] [--host 127.0.0.1] [--port 7070] [--max-body MB]
              [--max-article-size MB] [--max-requests 32] [--max-waiting 256]
              [--query-timeout 5000] [--body-deadline SECONDS] [--allowed-host NAME[,NAME]]...
            Index the data directory (default: the sample corpus index-data/; articles already
            indexed unchanged are skipped), then serve the REST API until stopped. Writes need
            $GAZETTE_API_KEY when it is set; $GAZETTE_CORS_ORIGINS lists browser origins allowed.
            A search running past --query-timeout milliseconds is stopped with a 503. A request
            body must arrive within --body-deadline (30 s). On loopback the server answers only
            to loopback host names and --allowed-host ($GAZETTE_ALLOWED_HOSTS).

        search "QUERY" [--index DIR] [--organization X] [--place Y] [--person Z] [--source S]
               [--from DATE] [--to DATE] [--mentioned-from DATE] [--mentioned-to DATE]
               [--sort relevance|newest|oldest] [--size N] [--page N] [--cursor C]
               [--facets LIST] [--facet-size N] [--json]
            Search title and body with Lucene query syntax ("a phrase", AND OR NOT, title:word,
            fuzzy~). Filters repeat: OR within a dimension, AND across. Dates are YYYY-MM-DD.
            Prints hits with highlighted snippets, then the facet counts.

        extract FILE... [--max-article-size MB]
            Print the entities of each article as one JSON line (nothing is indexed).

        curate [TYPE NAME] [--merge-into X | --rename X] [--alias A]... [--block | --unblock]
               [--clear] [--list] [--index DIR]
            Decide how one organization, place or person value is counted and shown: merge it into
            another, rename it, add names to find it by, or hide it. Applies at once (a merge
            re-maps only the articles concerned) and lasts; with no arguments, lists the decisions.
            Stop a running server first (the index is open there), or use PUT /api/v1/entities.

        build-gazetteer [--data ../shared/data] [--out core/src/main/resources/org/gazette/extract]
            Regenerate the compact gazetteer resources from the reference data.

        build-devset [--data ../shared/data] [--out target/devset]
            Write the held-out part of the open NER corpora (wikigold, SEC filings, Dstl re3d,
            UNER English-EWT, Re-DocRED, GUM) as articles and gold files for score_entities.py.

        eval-devset [--data ../shared/data] [--model FILE] [--rules-only]
            Score the extractor on that development set: one table per corpus, then overall
            (with the model of FILE instead of the committed one, or with the rules alone).

        train-ner [--data ../shared/data] [--epochs N] [--stages 1|2] [--corpora LIST]
                  [--out core/src/main/resources/org/gazette/extract/ner-model.bin.gz]
            Retrain the two-stage name tagger on the rest of those corpora (about two minutes);
            the same data gives the same bytes. --corpora trains on some of them only.

        bench-extract [--corpus ../shared/data/corpus/reuters21578.jsonl.gz] [--docs 5000]
                      [--rounds 3]
            Measure extraction speed on one thread against Lucene tokenising the same text.

        bench [--docs N] [--out FILE] [--compact-stored-fields] [--keep]
            Benchmark against plain Lucene on a generated collection (see the README, Performance).

        test [MAVEN ARGS]    run the whole test suite
        help                 show this text

      The index directory defaults to $GAZETTE_INDEX, else ./gazette-index, and is created on
      first use. Exit status: 0 done, 1 failed, 2 bad usage or query syntax, 3 some inputs failed.
      """;

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
        case "extract" -> new ExtractCommand(out, err).run(rest);
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

  /** Resolves a path given on the command line against the working directory. */
  Path resolve(String path) {
    return workingDirectory.resolve(path);
  }
}
