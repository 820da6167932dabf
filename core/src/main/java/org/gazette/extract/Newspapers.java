package org.gazette.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.extract.TaggedNames.Name;
import org.gazette.model.EntityType;

/**
 * Newspapers named after their town: "the Columbus Dispatch", "the Sacramento Bee", "the Cleveland
 * Plain Dealer", "the Atlanta Journal-Constitution". After "the", a sizeable place the gazetteer
 * knows and one to three capitalised words of which the last is a word that ends a newspaper's name
 * ({@link #HEADS}, or the part of it after a hyphen) make one organisation, whatever the tagger
 * made of them (it took "Cleveland" for the place and passed over "Sacramento Bee"); not a name the
 * gazetteer knows whole as a place, and not where a name of the tagger runs on beyond them.
 *
 * <p>NOTE: immutable and thread-safe.
 */
final class Newspapers {
  /**
   * Words that end a newspaper's name after its town. No "Republic" ("the Weimar Republic"), and no
   * plural ("the Phoenix Suns" are a team).
   */
  static final Set<String> HEADS =
      Set.of(
          "times",
          "post",
          "herald",
          "tribune",
          "journal",
          "gazette",
          "telegraph",
          "dispatch",
          "bee",
          "globe",
          "chronicle",
          "inquirer",
          "examiner",
          "courier",
          "observer",
          "star",
          "sun",
          "mirror",
          "express",
          "register",
          "bulletin",
          "enquirer",
          "mercury",
          "dealer",
          "constitution",
          "advertiser",
          "sentinel",
          "statesman",
          "picayune",
          "standard",
          "argus",
          "ledger");

  /** The most capitalised words after the place, the head included: "Plain Dealer". */
  private static final int PAPER_WORDS = 3;

  /** The most words of the place: "Salt Lake City", "Tampa Bay". */
  private static final int PLACE_WORDS = 3;

  private final MentionScorer scorer;

  Newspapers(MentionScorer scorer) {
    this.scorer = scorer;
  }

  /** {@code names} with the newspapers of {@code s} as organisations. */
  List<Name> names(FieldScan s, List<Name> names) {
    List<Name> out = null;
    int n = s.tokens().size();
    for (int k = 0; k + 2 < n; k++) {
      if (!s.token(k).lower().equals("the")) {
        continue;
      }
      int start = k + 1;
      int end = start;
      while (end < n && end - start < PLACE_WORDS + PAPER_WORDS && isCapital(s.token(end))) {
        end++;
      }
      int paper = paperEnd(s, start, end);
      if (paper < 0) {
        continue;
      }
      List<Name> current = out == null ? names : out;
      if (runsBeyond(current, start, paper)) {
        continue;
      }
      List<Name> next = new ArrayList<>(current.size() + 1);
      boolean added = false;
      for (Name x : current) {
        if (x.a() >= start && x.b() <= paper) {
          continue;
        }
        if (!added && x.a() >= paper) {
          next.add(newspaper(start, paper));
          added = true;
        }
        next.add(x);
      }
      if (!added) {
        next.add(newspaper(start, paper));
      }
      out = next;
      k = paper - 1;
    }
    return out == null ? names : out;
  }

  private static Name newspaper(int a, int b) {
    return new Name(a, b, EntityType.ORGANIZATION, TaggedMentions.only(EntityType.ORGANIZATION));
  }

  /**
   * The end of a newspaper's name that opens at {@code start} in the capitalised words up to {@code
   * end}, or -1: the longest that ends in a head word after a known place.
   */
  private int paperEnd(FieldScan s, int start, int end) {
    for (int h = end - 1; h > start; h--) {
      if (!HEADS.contains(lastPart(s.token(h).lower()))) {
        continue;
      }
      if (isKnownPlace(s, start, h + 1, false)) {
        return -1; // a place whose name ends so, known whole
      }
      for (int p = Math.max(start + 1, h + 1 - PAPER_WORDS); p <= h; p++) {
        if (p - start <= PLACE_WORDS && isKnownPlace(s, start, p, true)) {
          return h + 1;
        }
      }
    }
    return -1;
  }

  /**
   * Whether {@code [a, b)} is a place the gazetteer knows, and if {@code sizeable}, as a region, a
   * country or a sizeable town: a paper's town has readers ("the Golden Globe" is an award, Golden
   * a small town).
   */
  private boolean isKnownPlace(FieldScan s, int a, int b, boolean sizeable) {
    for (KnownName k : scorer.known(s, a, b)) {
      if (k.type() == EntityType.PLACE
          && (!sizeable
              || k.kind().isNation()
              || k.prior() >= GazetteerLoader.SIZEABLE_PLACE_PRIOR)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name of {@code names} overlaps {@code [a, b)} and runs on outside it. */
  private static boolean runsBeyond(List<Name> names, int a, int b) {
    for (Name x : names) {
      if (x.a() < b && a < x.b() && (x.a() < a || x.b() > b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapital(Token t) {
    return t.isWord() && t.isCap() && !t.is(Token.ALL_CAPS);
  }

  private static String lastPart(String lower) {
    return lower.substring(lower.lastIndexOf('-') + 1);
  }
}
