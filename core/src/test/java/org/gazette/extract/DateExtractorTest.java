package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;
import org.gazette.model.DatePrecision;
import org.gazette.model.Extraction;
import org.gazette.model.MentionedDate;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
  private final DateExtractor dates = new DateExtractor();

  private List<MentionedDate> find(String text, LocalDate published) {
    return dates.extract(ArticleField.BODY, text, published);
  }

  private List<String> iso(String text, LocalDate published) {
    return find(text, published).stream().map(MentionedDate::iso).toList();
  }

  @Test
  void fullDatesInEveryWrittenForm() {
    assertThat(
            iso(
                "It began on January 27, 2024, or 27 January 2024, or Jan. 27, 2024, "
                    + "or 2024-01-27, or Jan 27 2024.",
                null))
        .containsExactly("2024-01-27", "2024-01-27", "2024-01-27", "2024-01-27", "2024-01-27");
    assertThat(find("on January 27, 2024", null).get(0).precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void monthOfAYearKeepsMonthPrecision() {
    List<MentionedDate> found = find("It was formed in September 2014 and in Dec. 2017.", null);
    assertThat(found).extracting(MentionedDate::iso).containsExactly("2014-09", "2017-12");
    assertThat(found.get(0).precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void yearsAloneWithPrefixesAndRanges() {
    assertThat(iso("ISIS seized areas in 2004; since mid-2020 and in 2019-2020 too.", null))
        .containsExactly("2004", "2020", "2019", "2020");
  }

  @Test
  void dayWithoutYearTakesThePublishedYear() {
    List<MentionedDate> found = find("On 17 September, officials met.", LocalDate.of(2023, 10, 2));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).date()).isEqualTo(LocalDate.of(2023, 9, 17));
    assertThat(found.get(0).yearInferred()).isTrue();
  }

  @Test
  void dayWithoutYearTakesTheYearClosestToPublication() {
    assertThat(iso("a December 31 deadline", LocalDate.of(2024, 1, 5)))
        .containsExactly("2023-12-31");
  }

  @Test
  void dayWithoutYearIsDroppedWithoutAPublishedDate() {
    assertThat(find("On 17 September and on January 27, officials met.", null)).isEmpty();
  }

  @Test
  void inferredYearsAreNotExplicitYears() {
    Article article =
        new Article("t", "", null, null, null, List.of(), "On 17 September, in 2014.");
    Extraction x =
        new Extraction(List.of(), dates.extract(withPublished(article, LocalDate.of(2023, 10, 2))));
    assertThat(x.years()).containsExactly(2014);
  }

  private static Article withPublished(Article a, LocalDate published) {
    return new Article(a.id(), a.title(), a.source(), a.url(), published, a.authors(), a.body());
  }

  @Test
  void wordsAfterMidAreNotYears() {
    assertThat(find("a mid-size car and a late-model van from mid-20th century", null)).isEmpty();
  }

  @Test
  void digitsOfAFileNameAreNotAYear() {
    assertThat(find("*** Local Caption *** 205570-01-08.jpg and photo 2014.jpg", null)).isEmpty();
  }

  @Test
  void quantitiesAreNotYears() {
    assertThat(
            find(
                "It cost $2000, covered 2000 km, with 2,000 men, 2,500 troops and 2024 soldiers.",
                null))
        .isEmpty();
  }

  @Test
  void yearsOutsideTheTwentiethAndTwentyFirstCenturiesAreIgnored() {
    assertThat(find("In 1850 and 2150 and 1066.", null)).isEmpty();
  }

  @Test
  void mayAndMarchNeedANumber() {
    assertThat(find("They may March on the capital in May.", LocalDate.of(2024, 1, 1))).isEmpty();
    assertThat(iso("In May 2019.", null)).containsExactly("2019-05");
  }

  @Test
  void mentionsPointAtTheDateText() {
    String text = "Talks began on January 27, 2024 in Baghdad.";
    MentionedDate d = find(text, null).get(0);
    assertThat(text.substring(d.mention().start(), d.mention().end()))
        .isEqualTo("January 27, 2024");
    assertThat(d.mention().field()).isEqualTo(ArticleField.BODY);
  }

  @Test
  void invalidDaysAreSkipped() {
    assertThat(find("On February 30, 2023 nothing happened.", null)).isEmpty();
  }
}
