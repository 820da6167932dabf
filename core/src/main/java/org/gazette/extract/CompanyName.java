package org.gazette.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns registered company names ("APPLE INC", "Meta Platforms, Inc.") into their short form. */
final class CompanyName {
  /** Legal-form words dropped from the end of a company name. */
  static final Set<String> LEGAL_SUFFIXES =
      Set.of(
          "inc",
          "incorporated",
          "corp",
          "corporation",
          "co",
          "company",
          "cos",
          "ltd",
          "limited",
          "llc",
          "lp",
          "plc",
          "sa",
          "ag",
          "nv",
          "se",
          "spa",
          "bv",
          "holdings",
          "holding",
          "group",
          "the",
          "&",
          "and",
          "de",
          "md",
          "new");

  private CompanyName() {}

  /** "APPLE INC" → "Apple", "Meta Platforms, Inc." → "Meta Platforms". */
  static String shortForm(String registered) {
    String s = registered.replaceAll("/[A-Za-z]{2,3}/?$", "").replace(",", " ").strip();
    List<String> words = new ArrayList<>(Arrays.asList(s.split("\\s+")));
    while (words.size() > 1 && LEGAL_SUFFIXES.contains(bare(words.get(words.size() - 1)))) {
      words.remove(words.size() - 1);
    }
    String joined = String.join(" ", words);
    return joined.chars().anyMatch(Character::isLowerCase) ? joined : titleCase(joined);
  }

  private static String bare(String word) {
    return word.replace(".", "").toLowerCase(Locale.ROOT);
  }

  private static String titleCase(String upper) {
    StringBuilder b = new StringBuilder(upper.length());
    boolean start = true;
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c) && c != '\'';
    }
    return b.toString();
  }
}
