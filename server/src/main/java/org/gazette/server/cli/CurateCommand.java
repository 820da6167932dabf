package org.gazette.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gazette.NewsIndex;
import org.gazette.NewsIndexConfig;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityType;
import org.gazette.server.JsonViews;

/**
 * {@code curate}: shows or changes the curation decisions of an index. Changes add to the decision
 * already made about the value ({@code --alias} adds an alias); {@code --clear} removes it.
 */
final class CurateCommand {
  private final PrintStream out;
  private final Cli cli;

  CurateCommand(PrintStream out, Cli cli) {
    this.out = out;
    this.cli = cli;
  }

  int run(List<String> argv) throws IOException {
    Arguments args = Commands.CURATE.parse(argv);
    try (NewsIndex index =
        NewsIndex.open(Cli.withBackEnd(NewsIndexConfig.defaults(cli.indexDirectory(args)), args))) {
      if (args.flag("list") || args.positional().isEmpty()) {
        for (CurationRule rule : index.curation()) {
          out.println(JsonViews.curationRule(rule));
        }
        return Cli.OK;
      }
      if (args.positional().size() != 2) {
        throw new Arguments.UsageException(
            "curate takes TYPE NAME, for example: curate person \"Kadhimi\" --merge-into"
                + " \"Mustafa al-Kadhimi\"");
      }
      EntityType type = EntityType.fromKey(args.positional().get(0));
      String name = args.positional().get(1);
      CurationRule rule =
          args.flag("clear") ? cleared(type, name) : changed(index, type, name, args);
      int remapped = index.curate(rule);
      out.println(
          (rule.isEmpty() ? "removed the decision about " : "curated ")
              + type.key()
              + " '"
              + name
              + "'"
              + (rule.isEmpty() ? "" : ": " + JsonViews.curationRule(rule))
              + "; "
              + remapped
              + " articles re-mapped");
      return Cli.OK;
    }
  }

  private static CurationRule cleared(EntityType type, String name) {
    return new CurationRule(type, name, null, null, List.of(), false);
  }

  private static CurationRule changed(
      NewsIndex index, EntityType type, String name, Arguments args) {
    if (args.flag("block") && args.flag("unblock")) {
      throw new Arguments.UsageException("use --block or --unblock, not both");
    }
    Optional<CurationRule> before =
        index.curation().stream().filter(r -> r.isAbout(type, name)).findFirst();
    String mergeInto = args.get("merge-into", before.map(CurationRule::mergeInto).orElse(null));
    String rename = args.get("rename", before.map(CurationRule::rename).orElse(null));
    if (args.get("merge-into", null) != null) {
      rename = null;
    } else if (args.get("rename", null) != null) {
      mergeInto = null;
    }
    List<String> aliases = new ArrayList<>(before.map(CurationRule::aliases).orElse(List.of()));
    aliases.addAll(args.all("alias"));
    boolean blocked =
        args.flag("block")
            || (!args.flag("unblock") && before.map(CurationRule::blocked).orElse(false));
    return new CurationRule(type, name, mergeInto, rename, aliases, blocked);
  }
}
