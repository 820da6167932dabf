package org.gazette.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gazette.cli.Arguments;

/**
 * The build tools' command line: the commands that turn the reference data beside the project into
 * the resources committed with it (the gazetteer tables, the name tagger), write the development
 * set and score the extractor on it, and measure extraction speed. The launcher runs them ({@code
 * ./gazette train-ner}); they are not part of the runtime jar. Exit status as for the main command
 * line: 0 done, 1 failed, 2 bad usage.
 */
public final class ToolsCli {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  /** The commands of this jar, for the launcher and the help text. */
  public static final List<String> COMMANDS =
      List.of(
          "build-gazetteer",
          "compile-gazetteer",
          "build-devset",
          "eval-devset",
          "train-ner",
          "bench-extract");

  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDirectory;

  public ToolsCli(PrintStream out, PrintStream err, Path workingDirectory) {
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
  }

  /** Runs the command named by {@code args[0]}; never throws. */
  public int run(String... args) {
    if (args.length == 0 || !COMMANDS.contains(args[0])) {
      err.println(
          "gazette: the build tools run "
              + String.join(", ", COMMANDS)
              + (args.length == 0 ? "" : "; not '" + args[0] + "'"));
      return USAGE;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      return switch (args[0]) {
        case "build-gazetteer" -> new BuildGazetteerCommand(out, this).run(rest);
        case "compile-gazetteer" -> new BuildGazetteerCommand(out, this).compile(rest);
        case "build-devset" -> new NerDataCommand(out, this).buildDevset(rest);
        case "eval-devset" -> new NerDataCommand(out, this).evalDevset(rest);
        case "train-ner" -> new NerDataCommand(out, this).trainNer(rest);
        default -> new BenchExtractCommand(out, this).run(rest);
      };
    } catch (Arguments.UsageException | IllegalArgumentException e) {
      err.println("gazette: " + e.getMessage());
      err.println("Run ./gazette help for the commands and their options.");
      return USAGE;
    } catch (IllegalStateException | IOException | UncheckedIOException e) {
      err.println("gazette: " + e.getMessage());
      return FAILED;
    }
  }

  /** Resolves a path given on the command line against the working directory. */
  Path resolve(String path) {
    return workingDirectory.resolve(path);
  }
}
