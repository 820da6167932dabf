package org.gazette.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments: positional values and {@code --name value} / {@code --name=value}
 * options, checked against the options a command accepts. Shared by the command lines of the server
 * jar, the build tools ({@code gazette-tools}) and the benchmark.
 */
public final class Arguments {
  private final List<String> positional = new ArrayList<>();
  private final Map<String, List<String>> options = new LinkedHashMap<>();

  /**
   * Parses {@code args}.
   *
   * @param valued options that take a value
   * @param flags options that take none
   * @throws UsageException naming an unknown option or a missing value
   */
  public Arguments(List<String> args, Set<String> valued, Set<String> flags) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        positional.addAll(args.subList(i + 1, args.size()));
        return;
      }
      if (!arg.startsWith("--") || arg.length() == 2) {
        positional.add(arg);
        continue;
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name) && value == null) {
        options.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = args.get(++i);
        }
        options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
  }

  /** The arguments that are no options, in order. */
  public List<String> positional() {
    return positional;
  }

  /** Whether the flag {@code --name} was given. */
  public boolean flag(String name) {
    return options.containsKey(name);
  }

  /** Every value given for a repeatable option, in order. */
  public List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }

  /** The last value given for an option, or {@code fallback}. */
  public String get(String name, String fallback) {
    List<String> values = all(name);
    return values.isEmpty() ? fallback : values.getLast();
  }

  /**
   * The whole number given for an option, or {@code fallback}.
   *
   * @throws UsageException when it is no whole number or outside {@code [min, max]}
   */
  public int getInt(String name, int fallback, int min, int max) {
    String value = get(name, null);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw new UsageException(
            "--" + name + " must be between " + min + " and " + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " needs a whole number, got '" + value + "'");
    }
  }

  /** A size given in megabytes (fractions allowed), as bytes; {@code fallback} when absent. */
  public long getMegabytes(String name, long fallback) {
    String value = get(name, null);
    if (value == null) {
      return fallback;
    }
    try {
      double megabytes = Double.parseDouble(value.strip());
      if (!(megabytes > 0 && megabytes <= 2048)) {
        throw new UsageException("--" + name + " must be between 0 and 2048 MB, got " + value);
      }
      return (long) (megabytes * 1024 * 1024);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " needs a number of megabytes, got '" + value + "'");
    }
  }

  /**
   * The date given for an option as {@code YYYY-MM-DD}, or null.
   *
   * @throws UsageException when it is no such date
   */
  public LocalDate getDate(String name) {
    String value = get(name, null);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException("--" + name + " needs a date like 2024-01-31, got '" + value + "'");
    }
  }

  /** Bad command-line usage: the message says what is wrong; the exit status is 2. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }
}
