package org.gazette.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.NameKey;

/**
 * The hand-written word lists of {@code lexicon.txt}: titles, head nouns, cue words, well-known
 * organisations and regions. Immutable once loaded.
 */
final class Lexicon {
  /** One line of an alias section: a canonical name and its other names. */
  record AliasGroup(String canonical, List<Alias> aliases) {
    AliasGroup {
      aliases = List.copyOf(aliases);
    }
  }

  /** One name of an alias group; an ambiguous one counts only with support in the document. */
  record Alias(String form, boolean ambiguous) {}

  private final Map<String, List<String>> sections;

  private Lexicon(Map<String, List<String>> sections) {
    this.sections = sections;
  }

  /** Loads {@code lexicon.txt} from beside this class. */
  static Lexicon load() throws IOException {
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
      if (in == null) {
        throw new IOException("resource org/gazette/extract/lexicon.txt is not on the class path");
      }
      return parse(in);
    }
  }

  static Lexicon parse(InputStream in) throws IOException {
    Map<String, List<String>> sections = new HashMap<>();
    List<String> current = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (s.startsWith("[") && s.endsWith("]")) {
          current =
              sections.computeIfAbsent(s.substring(1, s.length() - 1), k -> new ArrayList<>());
        } else if (current == null) {
          throw new IOException(
              "lexicon.txt line " + n + ": entry '" + s + "' before any [section]");
        } else {
          current.add(s);
        }
      }
    }
    return new Lexicon(sections);
  }

  /** The entries of a word section, lower-cased. */
  Set<String> words(String section) {
    Set<String> words = new HashSet<>();
    for (String entry : entries(section)) {
      words.add(NameKey.lower(entry));
    }
    return Set.copyOf(words);
  }

  /** The entries of an alias section. */
  List<AliasGroup> aliasGroups(String section) {
    List<AliasGroup> groups = new ArrayList<>();
    for (String entry : entries(section)) {
      List<Alias> aliases = new ArrayList<>();
      String[] names = entry.split("\\|");
      for (String name : names) {
        boolean ambiguous = name.endsWith("*");
        aliases.add(new Alias(ambiguous ? name.substring(0, name.length() - 1) : name, ambiguous));
      }
      groups.add(new AliasGroup(aliases.get(0).form(), aliases));
    }
    return groups;
  }

  private List<String> entries(String section) {
    List<String> entries = sections.get(section);
    if (entries == null) {
      throw new IllegalArgumentException("lexicon.txt has no section [" + section + "]");
    }
    return entries;
  }
}
