package org.gazette.cli;

import static org.gazette.cli.Command.Option.flag;
import static org.gazette.cli.Command.Option.repeated;
import static org.gazette.cli.Command.Option.valued;

import java.util.List;

/**
 * Every command of {@code ./gazette}: those of the server jar, the build tools and the benchmark,
 * each of which parses its options with these specifications. {@link #help()} is made from them, so
 * the help lists exactly the options each command takes.
 */
public final class Commands {
  private Commands() {}

  /**
   * Where the articles are kept when not in the embedded index: a SolrCloud collection (created
   * with the given shards and replicas when missing).
   */
  private static List<Command.Option> withBackEnd(Command.Option... options) {
    List<Command.Option> all = new java.util.ArrayList<>(List.of(options));
    all.add(valued("solr", "ZKHOST[/CHROOT]"));
    all.add(valued("collection", "NAME"));
    all.add(valued("shards", "N"));
    all.add(valued("replicas", "N"));
    return List.copyOf(all);
  }

  public static final Command INDEX =
      new Command(
          "index",
          "PATH...",
          withBackEnd(
              valued("index", "DIR"),
              flag("skip-unchanged"),
              valued("max-article-size", "MB"),
              flag("json")),
          """
          Read .txt, .json and .jsonl files (.jsonl also gzipped), saved web pages (.html, .htm,
          also gzipped), web archives (.warc, .warc.gz) and feeds (.rss, .atom, .xml), directories
          recursively; clean them, find their entities and dates, and index them. Re-indexing an id
          replaces it; with --skip-unchanged an article indexed before with the same content is
          skipped. Prints the report (--json: as JSON).
          """);

  public static final Command SERVE =
      new Command(
          "serve",
          "",
          withBackEnd(
              valued("data", "DIR|none"),
              valued("index", "DIR"),
              valued("host", "127.0.0.1"),
              valued("port", "7070"),
              valued("max-body", "MB"),
              valued("max-article-size", "MB"),
              valued("max-requests", "32"),
              valued("max-waiting", "256"),
              valued("query-timeout", "5000"),
              valued("body-deadline", "SECONDS"),
              repeated("allowed-host", "NAME[,NAME]")),
          """
          Index the data directory (default: the sample corpus index-data/; articles already
          indexed unchanged are skipped), then serve the REST API until stopped. Writes need
          $GAZETTE_API_KEY when it is set; $GAZETTE_CORS_ORIGINS lists browser origins allowed. A
          search running past --query-timeout milliseconds is stopped with a 503. A request body
          must arrive within --body-deadline (30 s). On loopback the server answers only to
          loopback host names and --allowed-host ($GAZETTE_ALLOWED_HOSTS).
          """);

  /** The index and the filters of a query, shared by search and export. */
  private static List<Command.Option> indexAndFilters(Command.Option... more) {
    List<Command.Option> options =
        new java.util.ArrayList<>(
            List.of(
                valued("index", "DIR"),
                repeated("organization", "X"),
                repeated("place", "Y"),
                repeated("person", "Z"),
                repeated("source", "S"),
                valued("from", "DATE"),
                valued("to", "DATE"),
                valued("mentioned-from", "DATE"),
                valued("mentioned-to", "DATE")));
    options.addAll(List.of(more));
    return withBackEnd(options.toArray(Command.Option[]::new));
  }

  public static final Command SEARCH =
      new Command(
          "search",
          "\"QUERY\"",
          indexAndFilters(
              valued("sort", "relevance|newest|oldest"),
              valued("size", "N"),
              valued("page", "N"),
              valued("cursor", "C"),
              valued("facets", "LIST"),
              valued("facet-size", "N"),
              flag("json")),
          """
          Search title and body with Lucene query syntax ("a phrase", AND OR NOT, title:word,
          fuzzy~). Filters repeat: OR within a dimension, AND across. Dates are YYYY-MM-DD. Prints
          hits with highlighted snippets, then the facet counts.
          """);

  public static final Command EXPORT =
      new Command(
          "export",
          "[\"QUERY\"]",
          indexAndFilters(
              valued("format", "jsonl|csv|gexf|graphml"),
              flag("body"),
              flag("bom"),
              valued("nodes", "N"),
              valued("out", "FILE")),
          """
          Write every article matching the query and filters, with no limit, as JSON lines or CSV
          (--body adds the text, --bom a UTF-8 byte-order mark), or the network of their entities
          as GEXF or GraphML (the --nodes most named values, default 200), to FILE or standard
          output. Prints the count to stderr.
          """);

  public static final Command EXTRACT =
      new Command(
          "extract",
          "FILE...",
          List.of(valued("max-article-size", "MB")),
          "Print the entities of each article as one JSON line (nothing is indexed).");

  public static final Command EXTRACT_BODY =
      new Command(
          "extract-body",
          "FILE...",
          List.of(valued("url", "URL"), valued("max-article-size", "MB")),
          """
          Read saved web pages (.html, .htm, also gzipped), web archives (.warc, .warc.gz) and feeds
          (.rss, .atom, .xml), directories recursively, and print for each page or item its main
          text and what it says about itself as one JSON line: file (FILE#N within an archive or
          feed), title, body, published, source, authors, url, language, captions (and skipped,
          with the reason, for a page that holds no article). --url gives the address the pages
          were fetched from.
          """);

  public static final Command CURATE =
      new Command(
          "curate",
          "[TYPE NAME]",
          withBackEnd(
              valued("merge-into", "X").or("rename"),
              valued("rename", "X"),
              repeated("alias", "A"),
              flag("block").or("unblock"),
              flag("unblock"),
              flag("clear"),
              flag("list"),
              valued("index", "DIR")),
          """
          Decide how one organization, place or person value is counted and shown: merge it into
          another, rename it, add names to find it by, or hide it. Applies at once (a merge
          re-maps only the articles concerned) and lasts; with no arguments, lists the decisions.
          Stop a running server first (the index is open there), or use PUT /api/v1/entities.
          """);

  public static final Command BUILD_GAZETTEER =
      new Command(
          "build-gazetteer",
          "",
          List.of(
              valued("data", "../shared/data"),
              valued("out", "core/src/main/resources/org/gazette/extract")),
          "Regenerate the compact gazetteer resources from the reference data, and compile them.");

  public static final Command COMPILE_GAZETTEER =
      new Command(
          "compile-gazetteer",
          "",
          List.of(valued("dir", "core/src/main/resources/org/gazette/extract")),
          """
          Compile the gazetteer tables and the lexicon into the file the extractor reads at start
          (gazetteer.bin.gz); run it after editing lexicon.txt. No reference data needed.
          """);

  public static final Command BUILD_DEVSET =
      new Command(
          "build-devset",
          "",
          List.of(valued("data", "../shared/data"), valued("out", "target/devset")),
          """
          Write the held-out part of the open NER corpora (wikigold, SEC filings, Dstl re3d, UNER
          English-EWT, Re-DocRED, GUM) as articles and gold files for score_entities.py.
          """);

  public static final Command EVAL_DEVSET =
      new Command(
          "eval-devset",
          "",
          List.of(valued("data", "../shared/data"), valued("model", "FILE"), flag("rules-only")),
          """
          Score the extractor on that development set: one table per corpus, then overall (with
          the model of FILE instead of the committed one, or with the rules alone).
          """);

  public static final Command TRAIN_NER =
      new Command(
          "train-ner",
          "",
          List.of(
              valued("data", "../shared/data"),
              valued("epochs", "N"),
              valued("stages", "1|2"),
              valued("corpora", "LIST"),
              valued("seed", "N"),
              valued("out", "FILE")),
          """
          Retrain the two-stage name tagger on the rest of those corpora (about two minutes) into
          core/src/main/resources/org/gazette/extract/ner-model.bin.gz, or FILE; the same data
          gives the same bytes. --corpora trains on some of them only; --seed orders the passes
          otherwise than the committed model's (2), to see how much a figure owes to the order.
          """);

  public static final Command BENCH_EXTRACT =
      new Command(
          "bench-extract",
          "",
          List.of(
              valued("corpus", "FILE.jsonl.gz"),
              valued("docs", "N"),
              valued("rounds", "N"),
              valued("pages", "DIR|FILE.tar.gz")),
          """
          Measure extraction speed on one thread against Lucene tokenising the same text (default:
          5,000 Reuters articles of ../shared/data/corpus, 3 rounds), then web page reading
          against jsoup parsing the same pages (default: the pages of ../shared/data/html).
          """);

  public static final Command BENCH =
      new Command(
          "bench",
          "",
          List.of(
              valued("docs", "N"),
              valued("out", "FILE"),
              valued("corpus", "reuters.jsonl.gz|DIR"),
              valued("work", "DIR"),
              valued("threads", "N"),
              valued("query-seconds", "S"),
              valued("http-seconds", "S"),
              valued("solr", "ZKHOST[/CHROOT]"),
              valued("collection", "NAME"),
              valued("shards", "N"),
              valued("replicas", "N"),
              flag("compact-stored-fields"),
              flag("keep")),
          """
          Benchmark against plain Lucene on a generated collection of N articles (default 20,000;
          see the README, Performance); --keep leaves the indexes in the work directory. With
          --solr, the SolrCloud back end against the embedded index instead: ingest, query
          classes and HTTP, as ratios (a new collection each run, kept).
          """);

  public static final Command SOLR_CLUSTER =
      new Command(
          "solr-cluster",
          "",
          List.of(valued("dir", "DIR"), valued("nodes", "3"), valued("heap", "512m")),
          """
          Start a local SolrCloud for development and tests: an embedded ZooKeeper and N Solr
          nodes, each its own JVM with at most --heap of memory. DIR keeps ZooKeeper's data, the
          nodes' homes and the ports, so starting again on DIR brings the collections back.
          Prints zkHost=HOST:PORT/solr; Ctrl-C stops it. Reads commands on standard input: kill
          K, stop K, start K, nodes, quit.
          """);

  /** Every command, in the order the help lists them. */
  public static final List<Command> ALL =
      List.of(
          INDEX,
          SERVE,
          SEARCH,
          EXPORT,
          EXTRACT,
          EXTRACT_BODY,
          CURATE,
          BUILD_GAZETTEER,
          COMPILE_GAZETTEER,
          BUILD_DEVSET,
          EVAL_DEVSET,
          TRAIN_NER,
          BENCH_EXTRACT,
          BENCH,
          SOLR_CLUSTER);

  /** The text of {@code ./gazette help}. */
  public static String help() {
    StringBuilder b = new StringBuilder();
    b.append("Gazette: search news articles by text, organisation, place, person, source and date.")
        .append("\n\nUsage: ./gazette COMMAND [ARGUMENTS]\n\n");
    for (Command c : ALL) {
      b.append(c.help()).append('\n');
    }
    b.append("  test [MAVEN ARGS]    run the whole test suite\n");
    b.append("  help                 show this text\n\n");
    Command.wrap(
        b,
        """
        The index directory defaults to $GAZETTE_INDEX, else ./gazette-index, and is created on
        first use. Exit status: 0 done, 1 failed, 2 bad usage or query syntax, 3 some inputs
        failed.
        """,
        "");
    return b.toString();
  }
}
