package org.gazette.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.extract.GazetteerBuilder;
import org.gazette.extract.GazetteerCompiler;

/**
 * {@code build-gazetteer}: regenerates the committed gazetteer resources from the reference data
 * beside the project, and {@code compile-gazetteer}: compiles them with the lexicon into the tables
 * the extractor reads at start. Run them from the project's root.
 */
final class BuildGazetteerCommand {
  static final String DEFAULT_OUT = "core/src/main/resources/org/gazette/extract";

  private final PrintStream out;
  private final ToolsCli cli;

  BuildGazetteerCommand(PrintStream out, ToolsCli cli) {
    this.out = out;
    this.cli = cli;
  }

  int run(List<String> argv) throws IOException {
    Arguments args = Commands.BUILD_GAZETTEER.parse(argv);
    Path data = cli.resolve(args.get("data", "../shared/data"));
    Path target = cli.resolve(args.get("out", DEFAULT_OUT));
    if (!Files.isDirectory(data.resolve("gazetteer"))) {
      throw new Arguments.UsageException(
          "no reference data at "
              + data
              + " (expected a gazetteer/ folder there); pass --data DIR");
    }
    if (!Files.isDirectory(target)) {
      throw new Arguments.UsageException(
          "output folder "
              + target
              + " does not exist; run from the project root or pass --out DIR");
    }
    out.println(GazetteerBuilder.build(data, target));
    out.println(GazetteerCompiler.compile(target));
    return ToolsCli.OK;
  }

  /** {@code compile-gazetteer}: compiles the sources in a folder into the tables read at start. */
  int compile(List<String> argv) throws IOException {
    Arguments args = Commands.COMPILE_GAZETTEER.parse(argv);
    Path dir = cli.resolve(args.get("dir", DEFAULT_OUT));
    if (!Files.isRegularFile(dir.resolve("lexicon.txt"))) {
      throw new Arguments.UsageException(
          "no gazetteer sources at "
              + dir
              + " (expected lexicon.txt there); run from the project root or pass --dir DIR");
    }
    out.println(GazetteerCompiler.compile(dir));
    return ToolsCli.OK;
  }
}
