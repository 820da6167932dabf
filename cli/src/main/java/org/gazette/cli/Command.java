package org.gazette.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One command of the command line as both its parser and its help read it: the arguments it takes,
 * the options it accepts (each with the placeholder of its value, none for a flag) and what it
 * does. An option a command parses is in its help because both come from here.
 *
 * @param name the command, as typed after {@code ./gazette}
 * @param arguments the positional arguments, as the synopsis shows them ({@code PATH...}), or empty
 * @param options the options, in the order the synopsis lists them
 * @param description what the command does, one paragraph (wrapped when printed)
 */
public record Command(String name, String arguments, List<Option> options, String description) {
  /** Width of the help text, in characters. */
  static final int WIDTH = 100;

  public Command {
    options = List.copyOf(options);
  }

  /**
   * One option: {@code --name VALUE}, or a flag ({@code --name}) when {@code value} is null.
   *
   * @param repeats whether it may be given more than once (shown as {@code ...})
   * @param alternative the option it is shown with as one choice ({@code [--block | --unblock]}),
   *     or null
   */
  public record Option(String name, String value, boolean repeats, String alternative) {
    /** {@code --name VALUE}, given once. */
    public static Option valued(String name, String value) {
      return new Option(name, value, false, null);
    }

    /** {@code --name VALUE}, which may be given more than once. */
    public static Option repeated(String name, String value) {
      return new Option(name, value, true, null);
    }

    /** {@code --name} without a value. */
    public static Option flag(String name) {
      return new Option(name, null, false, null);
    }

    /** This option shown as one choice with {@code other}: {@code [--this | --other]}. */
    public Option or(String other) {
      return new Option(name, value, repeats, other);
    }

    boolean isFlag() {
      return value == null;
    }

    String usage() {
      return "--" + name + (isFlag() ? "" : " " + value);
    }
  }

  /**
   * Parses the arguments of one run of this command.
   *
   * @throws Arguments.UsageException naming an option the command does not take, or a missing value
   */
  public Arguments parse(List<String> argv) {
    Set<String> valued = new LinkedHashSet<>();
    Set<String> flags = new LinkedHashSet<>();
    for (Option o : options) {
      (o.isFlag() ? flags : valued).add(o.name());
    }
    return new Arguments(argv, valued, flags);
  }

  /** The synopsis: {@code name ARGUMENTS [--option VALUE] [--flag]...}, one line. */
  public String synopsis() {
    return String.join(" ", synopsisParts());
  }

  /** The command's entry of the help: the synopsis, wrapped, then the description, indented. */
  String help() {
    StringBuilder b = new StringBuilder();
    List<String> parts = synopsisParts();
    String indent = " ".repeat(2 + name.length() + 1);
    StringBuilder line = new StringBuilder("  " + parts.getFirst());
    for (String part : parts.subList(1, parts.size())) {
      if (line.length() + 1 + part.length() > WIDTH) {
        b.append(line).append('\n');
        line = new StringBuilder(indent).append(part);
      } else {
        line.append(' ').append(part);
      }
    }
    b.append(line).append('\n');
    wrap(b, description, "      ");
    return b.toString();
  }

  private List<String> synopsisParts() {
    List<String> parts = new ArrayList<>();
    parts.add(name);
    if (!arguments.isEmpty()) {
      parts.add(arguments);
    }
    Set<String> shown = new LinkedHashSet<>();
    for (Option o : options) {
      if (!shown.add(o.name())) {
        continue;
      }
      if (o.alternative() != null) {
        Option other = option(o.alternative());
        shown.add(other.name());
        parts.add("[" + o.usage() + " | " + other.usage() + "]");
      } else {
        parts.add("[" + o.usage() + "]" + (o.repeats() ? "..." : ""));
      }
    }
    return parts;
  }

  private Option option(String name) {
    return options.stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(this.name + " has no option --" + name));
  }

  /** Appends {@code text} wrapped at {@link #WIDTH}, each line starting with {@code indent}. */
  static void wrap(StringBuilder b, String text, String indent) {
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        b.append(line).append('\n');
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    b.append(line).append('\n');
  }
}
