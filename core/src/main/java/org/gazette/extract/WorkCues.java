package org.gazette.extract;

import java.util.HashSet;
import java.util.Set;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;

/**
 * Reads the words around a name that say it is the title of a work or the name of a band: "the
 * comedy Sideways", "Vera Drake star Imelda Staunton", "the band Franz Ferdinand", "Franz Ferdinand
 * frontman Alex Kapranos". One such mention speaks for the whole article ({@link MentionResolver}):
 * a work is no entity, whatever its other mentions were tagged ("Sideways won five awards"), and a
 * band is an organisation, not the person or place its name sounds like.
 *
 * <p>Only the word right before the name (nothing but spaces between) and the word right after it
 * count: "a Tom Cruise film" names the star, and so does "the film's star, Tom Cruise".
 */
final class WorkCues {
  /** Words before the title of a work: "the comedy Sideways", "the novel Atonement". */
  private static final Set<String> WORK_BEFORE =
      Set.of(
          "film",
          "movie",
          "comedy",
          "drama",
          "thriller",
          "documentary",
          "biopic",
          "musical",
          "sitcom",
          "album",
          "single",
          "song",
          "novel",
          "book",
          "opera");

  /**
   * Words after the title of a work: "Vera Drake star Imelda Staunton", "Sideways director". Not
   * "stars", which is a verb as often ("Vince Vaughn stars in").
   */
  private static final Set<String> WORK_AFTER = Set.of("star", "co-star", "director");

  /** The word before a band's name: "the band Franz Ferdinand" (not "wedding bands"). */
  private static final Set<String> BAND_BEFORE = Set.of("band");

  /** Words after a band's name: "Franz Ferdinand frontman Alex Kapranos". */
  private static final Set<String> BAND_AFTER =
      Set.of("frontman", "frontwoman", "guitarist", "drummer", "bassist");

  /** The keys of the names an article's words call works, and those they call bands. */
  record Cued(Set<String> works, Set<String> bands) {}

  private WorkCues() {}

  static Cued of(Iterable<Found> found, Article article) {
    Set<String> works = new HashSet<>();
    Set<String> bands = new HashSet<>();
    for (Found f : found) {
      String text = f.field() == ArticleField.TITLE ? article.title() : article.body();
      if (text == null || f.end() > text.length()) {
        continue;
      }
      String before = wordBefore(text, f.start());
      String after = wordAfter(text, f.end());
      if (WORK_BEFORE.contains(before) || WORK_AFTER.contains(after)) {
        works.add(f.key());
      } else if (BAND_BEFORE.contains(before) || BAND_AFTER.contains(after)) {
        bands.add(f.key());
      }
    }
    bands.removeAll(works);
    return new Cued(works, bands);
  }

  /** The lower-case word that ends right before {@code start} with only spaces between, or "". */
  static String wordBefore(String text, int start) {
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == start) {
      return "";
    }
    int from = end;
    while (from > 0 && isWordChar(text.charAt(from - 1))) {
      from--;
    }
    return text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
  }

  /** The lower-case word that starts right after {@code end} with only spaces between, or "". */
  static String wordAfter(String text, int end) {
    int from = end;
    while (from < text.length() && text.charAt(from) == ' ') {
      from++;
    }
    if (from == end) {
      return "";
    }
    int to = from;
    while (to < text.length() && isWordChar(text.charAt(to))) {
      to++;
    }
    return text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }
}
