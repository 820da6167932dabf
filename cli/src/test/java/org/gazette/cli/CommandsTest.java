package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one specification of each command drives its parser, the help and the README's synopsis: an
 * option parsed is an option listed, in both places.
 */
class CommandsTest {
  private static final Path README = Path.of("../README.md");

  @Test
  void everyOptionACommandParsesIsInTheHelpUnderThatCommand() {
    String help = Commands.help();
    for (Command c : Commands.ALL) {
      int at = help.indexOf("\n  " + c.name() + " ");
      int next = help.indexOf("\n\n", at);
      assertThat(at).as("%s in the help", c.name()).isPositive();
      String entry = help.substring(at, next);
      for (Command.Option o : c.options()) {
        assertThat(entry).as("the help of %s", c.name()).contains("--" + o.name());
        List<String> argv =
            o.value() == null ? List.of("--" + o.name()) : List.of("--" + o.name(), "v");
        assertThat(c.parse(argv).flag(o.name())).as("%s --%s", c.name(), o.name()).isTrue();
      }
    }
  }

  @Test
  void anOptionOfAnotherCommandIsRefusedByName() {
    assertThatThrownBy(() -> Commands.INDEX.parse(List.of("--port", "7070")))
        .isInstanceOf(Arguments.UsageException.class)
        .hasMessage("unknown option --port");
  }

  @Test
  void theHelpFitsItsWidth() {
    for (String line : Commands.help().split("\n")) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(Command.WIDTH);
    }
  }

  @Test
  void theReadmeGivesEachCommandTheSynopsisItsParserHas() throws IOException {
    Map<String, String> readme = readmeSynopses();
    for (Command c : Commands.ALL) {
      assertThat(readme).as("README, Command line").containsKey(c.name());
      assertThat(readme.get(c.name())).as("README synopsis of " + c.name()).isEqualTo(c.synopsis());
    }
    assertThat(readme.keySet())
        .as("commands the README lists")
        .containsExactlyInAnyOrderElementsOf(names());
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>(Commands.ALL.stream().map(Command::name).toList());
    names.add("test");
    names.add("help");
    return names;
  }

  /** The first code block after "## Command line": each command's lines joined into one. */
  private static Map<String, String> readmeSynopses() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int start = lines.indexOf("## Command line");
    int open = lines.subList(start, lines.size()).indexOf("```") + start;
    Map<String, String> synopses = new LinkedHashMap<>();
    String name = null;
    for (String line : lines.subList(open + 1, lines.size())) {
      if (line.equals("```")) {
        break;
      }
      if (line.startsWith("./gazette ")) {
        String synopsis = line.substring("./gazette ".length()).strip();
        name = synopsis.split(" ")[0];
        synopses.put(name, synopsis);
      } else if (name != null) {
        synopses.merge(name, line.strip(), (a, b) -> a + " " + b);
      }
    }
    // "test [MAVEN ARGS]" and "help" are the launcher's own, not parsed here.
    return synopses;
  }
}
