package org.gazette.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;
import org.gazette.model.MentionedDate;

/**
 * Finds the dates a text speaks of and normalises them: full dates ("January 27, 2024", "27 January
 * 2024", "Jan. 27, 2024", "2024-01-27"), months of a year ("September 2014"), years ("in 2014",
 * "mid-2020", "2019-2020"), and days without a year ("on 17 September"), whose year is taken from
 * the published date (the one that puts the day closest to it) and marked as inferred; without a
 * published date such days are left out.
 *
 * <p>Four-digit numbers count as years only from 1900 to 2099 and not as quantities ("$2000", "2000
 * km", "2,000") or parts of codes ("205570-01-08.jpg"). Works in one pass over the tokens.
 * Thread-safe.
 */
public final class DateExtractor {
  private final Tokenizer tokenizer =
      new Tokenizer(
          Set.of(
              "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
              "no"),
          Set.of(),
          w -> false);

  /** The dates of the title and the body of {@code article}, in text order. */
  public List<MentionedDate> extract(Article article) {
    List<MentionedDate> dates = new ArrayList<>();
    dates.addAll(extract(ArticleField.TITLE, article.title(), article.published()));
    dates.addAll(extract(ArticleField.BODY, article.body(), article.published()));
    return dates;
  }

  /**
   * The dates of {@code text}, one field of an article published on {@code published} (may be
   * {@code null}), with mentions into {@code text}.
   */
  public List<MentionedDate> extract(ArticleField field, String text, LocalDate published) {
    List<MentionedDate> out = new ArrayList<>();
    for (int[] block : TextBlocks.of(text)) {
      List<Token> t = tokenizer.tokenize(text, block[0], block[1]);
      DateScan scan = new DateScan(field, t, published, out);
      int i = 0;
      while (i < t.size()) {
        i = Math.max(i + 1, scan.at(i));
      }
    }
    return out;
  }
}
