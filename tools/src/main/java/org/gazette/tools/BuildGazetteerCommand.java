package org.gazette.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.extract.GazetteerBuilder;

/**
 * {@code build-gazetteer}: regenerates the committed gazetteer resources from the reference data
 * beside the project. Run it from the project's root.
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
    return ToolsCli.OK;
  }
}
