package org.gazette.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A byline line: {@code "By Anas al-Bar |"}, {@code "By Jane Doe and John Smith"}, {@code "By Jane
 * Doe, Reuters"}.
 *
 * @param authors the people named, in order
 * @param affiliation the one-word organisation after a comma ({@code "Reuters"}), or {@code null}
 */
record Byline(List<String> authors, String affiliation) {
  private static final int MAX_WORDS = 16;

  /** What may follow the names: a pipe or a dash and then anything (a date, a role). */
  private static final Pattern TAIL = Pattern.compile("\\s*(?:\\||\\s[–—-]\\s).*$");

  private static final Pattern SEPARATORS = Pattern.compile(",\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+");

  /** Lower-case particles that names may contain: "Anas al-Bar", "Ursula von der Leyen". */
  private static final Set<String> PARTICLES =
      TextLines.wordSet(
          """
          al el ad an as ash at az bin bint ibn abu de da di du dos das del della der den van von
          la le ter y e
          """);

  Byline {
    authors = List.copyOf(authors);
  }

  /** The byline of {@code line}, or {@code null} when the line is not one. */
  static Byline parse(String line) {
    if (line.length() > 200 || !(line.startsWith("By ") || line.startsWith("BY "))) {
      return null;
    }
    String names = TAIL.matcher(line.substring(3)).replaceFirst("").strip();
    names = names.replaceAll("[\\s,;:]+$", "");
    if (names.isEmpty() || names.split("\\s+").length > MAX_WORDS) {
      return null;
    }
    List<String> authors = new ArrayList<>();
    String affiliation = null;
    String[] parts = SEPARATORS.split(names);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      String[] words = part.split("\\s+");
      if (!isName(words)) {
        return null;
      }
      if (words.length == 1) {
        // A single word after the names is the organisation ("By Jane Doe, Reuters").
        if (i == 0 || i != parts.length - 1) {
          return null;
        }
        affiliation = part;
      } else {
        authors.add(part);
      }
    }
    return authors.isEmpty() ? null : new Byline(authors, affiliation);
  }

  private static boolean isName(String[] words) {
    if (words.length > 6 || !capitalised(words[0])) {
      return false;
    }
    for (String w : words) {
      if (!capitalised(w) && !PARTICLES.contains(w) && !particlePrefixed(w)) {
        return false;
      }
    }
    return true;
  }

  /** "Jane", "O'Neill", "Al-Sudani", "B." (an initial). */
  private static boolean capitalised(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
        return false;
      }
    }
    return !w.endsWith(".") || w.length() <= 3;
  }

  /** "al-Bar", "el-Sisi", "d'Arcy". */
  private static boolean particlePrefixed(String w) {
    int cut = Math.max(w.indexOf('-'), w.indexOf('\''));
    return cut > 0
        && cut + 1 < w.length()
        && (PARTICLES.contains(w.substring(0, cut)) || w.substring(0, cut).equals("d"))
        && capitalised(w.substring(cut + 1));
  }
}
