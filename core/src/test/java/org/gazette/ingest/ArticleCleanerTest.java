package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gazette.model.Article;
import org.gazette.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleCleanerTest {
  final ArticleCleaner cleaner = new ArticleCleaner();

  static RawArticle scraped(String text) {
    return new RawArticle("test.txt", 0, null, "test", null, null, null, null, null, text, true);
  }

  static RawArticle json(String title, String text) {
    return new RawArticle("feed.jsonl", 3, null, null, title, null, null, null, null, text, false);
  }

  @Test
  void takesTheFirstRealLineAsTitleSkippingFurnitureLabelsCreditsAndDates() {
    Article a =
        cleaner.clean(
            scraped(
                """
                close
                Menu
                World
                (Getty)
                Saturday 27 January 2024, 10:15 GMT
                Coalition talks open in Baghdad

                The talks began on Saturday.
                """));

    assertThat(a.title()).isEqualTo("Coalition talks open in Baghdad");
    assertThat(a.body()).isEqualTo("The talks began on Saturday.");
  }

  @Test
  void letsTheMetadataTitleWinAndStillRemovesTheHeadlineLine() {
    RawArticle raw =
        new RawArticle(
            "x.txt",
            0,
            "given-id",
            "x",
            "Given title",
            "Given source",
            "https://e.org/x",
            LocalDate.of(2024, 1, 27),
            List.of("Jane Doe"),
            "Headline on the page\n\nText.",
            true);

    Article a = cleaner.clean(raw);

    assertThat(a.id()).isEqualTo("given-id");
    assertThat(a.title()).isEqualTo("Given title");
    assertThat(a.source()).isEqualTo("Given source");
    assertThat(a.url()).isEqualTo("https://e.org/x");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 27));
    assertThat(a.authors()).containsExactly("Jane Doe");
    assertThat(a.body()).isEqualTo("Text.");
  }

  @Test
  void takesNoTitleFromAFirstLineThatIsAWholeParagraph() {
    String paragraph = "The coalition said on Thursday that it would stay. ".repeat(8).strip();
    Article a = cleaner.clean(scraped(paragraph + "\n\nMore text."));

    assertThat(a.title()).isEmpty();
    assertThat(a.body()).startsWith("The coalition said");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "politico – US, Iraqi officials meet at the Pentagon | Politico | US, Iraqi officials meet at the Pentagon",
        "BBC - Coalition ends combat mission in Iraq | BBC | Coalition ends combat mission in Iraq",
        "al jazeera — Iraq asks coalition to leave | Al Jazeera | Iraq asks coalition to leave"
      })
  void takesTheSourceFromAPrefixOrPipeSuffixOfTheHeadline(
      String headline, String source, String title) {
    Article a = cleaner.clean(scraped(headline + "\n\nText of the article."));

    assertThat(a.source()).isEqualTo(source);
    assertThat(a.title()).isEqualTo(title);
  }

  @Test
  void takesThePipeSuffixOfTheHeadlineAsSource() {
    Article a = cleaner.clean(scraped("Coalition ends combat mission in Iraq | BBC News\n\nText."));

    assertThat(a.source()).isEqualTo("BBC News");
    assertThat(a.title()).isEqualTo("Coalition ends combat mission in Iraq");
  }

  @Test
  void doesNotTakeACapitalisedHeadlineStartForASource() {
    Article a = cleaner.clean(scraped("Iraq – the long goodbye of the coalition\n\nText."));

    assertThat(a.source()).isNull();
    assertThat(a.title()).isEqualTo("Iraq – the long goodbye of the coalition");
  }

  @Test
  void doesNotTakeADatelineOpeningASentenceForASource() {
    Article a =
        cleaner.clean(
            scraped("BAGHDAD - Coalition forces struck targets near Mosul on Tuesday.\n\nText."));

    assertThat(a.source()).isNull();
    assertThat(a.title()).startsWith("BAGHDAD - Coalition forces");
  }

  @Test
  void takesAClosingProperNameLineAsSignatureAndSource() {
    Article a =
        cleaner.clean(
            scraped(
                "Headline here\n\nFirst paragraph.\n\nSecond paragraph.\n\nThe New Arab\n\nRelated Articles"));

    assertThat(a.source()).isEqualTo("The New Arab");
    assertThat(a.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
  }

  @Test
  void neverTakesASubheadingInTheMiddleForASignature() {
    Article a =
        cleaner.clean(
            scraped(
                "Headline here\n\nFirst paragraph.\n\nClandestine Presence\n\nLast paragraph ends here."));

    assertThat(a.source()).isNull();
    assertThat(a.body()).contains("Clandestine Presence");
  }

  @Test
  void keepsAClosingLineThatIsNotAProperName() {
    Article a = cleaner.clean(scraped("Headline here\n\nFirst paragraph.\n\nAttacks continue"));

    assertThat(a.source()).isNull();
    assertThat(a.body()).endsWith("Attacks continue");
  }

  @Test
  void removesASignatureThatRepeatsTheMetadataSource() {
    RawArticle raw =
        new RawArticle(
            "x.txt",
            0,
            null,
            "x",
            null,
            "Arab Observer",
            null,
            null,
            null,
            "Headline here\n\nFirst.\n\nSecond.\n\nArab Observer",
            true);

    assertThat(cleaner.clean(raw).body()).isEqualTo("First.\n\nSecond.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "By Anas al-Bar | # # Anas al-Bar",
        "By Jane Doe and John Smith # # Jane Doe;John Smith",
        "By Jane Doe, Reuters # Reuters # Jane Doe",
        "By Jane Doe, John Smith and Ann Lee # # Jane Doe;John Smith;Ann Lee",
        "BY JANE DOE | Published 27 January 2024 # # JANE DOE"
      })
  void takesTheAuthorsFromTheBylineAndRemovesIt(String byline, String source, String authors) {
    Article a = cleaner.clean(scraped("Headline here\n\n" + byline + "\n\nThe text."));

    assertThat(a.authors()).containsExactly(authors.split(";"));
    assertThat(a.source()).isEqualTo(source);
    assertThat(a.body()).isEqualTo("The text.");
  }

  @Test
  void keepsASentenceThatStartsWithBy() {
    Article a =
        cleaner.clean(scraped("Headline here\n\nBy the end of the year, troops will leave."));

    assertThat(a.authors()).isEmpty();
    assertThat(a.body()).isEqualTo("By the end of the year, troops will leave.");
  }

  @Test
  void letsMetadataAuthorsWinButStillRemovesTheByline() {
    RawArticle raw =
        new RawArticle(
            "x.txt",
            0,
            null,
            "x",
            null,
            null,
            null,
            null,
            List.of("Given Author"),
            "Headline here\n\nBy Anas al-Bar |\n\nText.",
            true);

    Article a = cleaner.clean(raw);

    assertThat(a.authors()).containsExactly("Given Author");
    assertThat(a.body()).isEqualTo("Text.");
  }

  @Test
  void dropsPollOptionsAfterACaptcha() {
    Article a =
        cleaner.clean(
            scraped(
                "Headline here\n\nThe text.\n\nDo you like this article?\n\n\nCaptcha *\n\nOutstanding\nImportant"));

    assertThat(a.body()).isEqualTo("The text.");
  }

  @Test
  void collapsesRepeatedLinesIgnoringCaseSpacingAndPunctuation() {
    Article a =
        cleaner.clean(
            scraped(
                "Headline here\n\nHEADLINE HERE.\n\nA caption line.\nA  caption line\n\nText."));

    assertThat(a.body()).isEqualTo("A caption line.\n\nText.");
  }

  @Test
  void normalisesSpacesAndInvisibleCharactersButKeepsTheRest() {
    Article a =
        cleaner.clean(
            scraped(
                "Headline\u00A0here\r\n\r\n\tAbout\u00A02,500 troops\u200B – “stationed” in Ḥalab.  \r\n"));

    assertThat(a.title()).isEqualTo("Headline here");
    assertThat(a.body()).isEqualTo("About 2,500 troops – “stationed” in Ḥalab.");
  }

  @Test
  void joinsASentenceThatAHardWrapCut() {
    Article a =
        cleaner.clean(
            scraped(
                "Headline here\n\nThe coalition said on Thursday that its\ntroops would stay.\n\nNext."));

    assertThat(a.body())
        .isEqualTo("The coalition said on Thursday that its troops would stay.\n\nNext.");
  }

  @Test
  void cleansJsonWithATitleOnlyLightly() {
    Article a =
        cleaner.clean(
            json(
                "  Coalition  talks ",
                "Coalition talks\n\nBy Jane Doe\n\nABC NewsFive said.\n\nShare this article\n\nABC NewsFive said.\n\nArab Observer"));

    assertThat(a.title()).isEqualTo("Coalition talks");
    assertThat(a.source()).isNull();
    assertThat(a.authors()).isEmpty();
    assertThat(a.body()).isEqualTo("By Jane Doe\n\nABC NewsFive said.\n\nArab Observer");
  }

  @Test
  void identifiesByMetadataIdThenFallbackIdThenContentHash() {
    RawArticle noIds = json("Title", "Body text.");
    String hash = cleaner.clean(noIds).id();

    assertThat(hash).matches("[0-9a-f]{16}");
    assertThat(cleaner.clean(json("Title", "Body text.")).id()).isEqualTo(hash);
    assertThat(cleaner.clean(json("Title", "Other body text.")).id()).isNotEqualTo(hash);
    assertThat(cleaner.clean(json("Title", "Body  text.\n\nBody text.")).id()).isEqualTo(hash);
    assertThat(cleaner.clean(scraped("Title\n\nBody text.")).id()).isEqualTo("test");
  }

  @Test
  void cleansAMultiMegabyteTextInLinearTime() {
    // A guard against quadratic work, not a speed goal: quadratic cleaning of 8 MB would take
    // hours already. 50 MB with -Dgazette.longTests=true.
    int size = Boolean.getBoolean("gazette.longTests") ? 50_000_000 : 8_000_000;
    StringBuilder text = new StringBuilder("Huge headline here\n\n");
    String[] words =
        "the coalition met in Baghdad on Thursday and officials said troops NewsFive stay"
            .split(" ");
    long seed = 42;
    while (text.length() < size) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      int n = 5 + (int) ((seed >>> 33) % 60);
      for (int i = 0; i < n; i++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        text.append(words[(int) ((seed >>> 33) % words.length)]).append(' ');
      }
      text.append(".\n\n");
    }

    Article a =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofMinutes(2), () -> cleaner.clean(scraped(text.toString())));

    assertThat(a.title()).isEqualTo("Huge headline here");
    assertThat(a.body().length()).isGreaterThan(size * 4 / 5);
  }

  @Test
  void joinsTheLinesOfNewswireWrappedAtAFixedWidthButKeepsIndentedParagraphs() {
    String body =
        """
        Finance ministers of the group, led by Treasury chief Ellen
        Marrow and central bank governor Tobias Klee, agreed on Monday
        to steady their currencies against sharp moves in the coming
        weeks, a spokesman for the meeting said in a short statement.
            In a separate comment, committee chairman Rupert
        Vance said the accord would be reviewed in the spring.
        """;
    Article a = cleaner.clean(json("Ministers agree", body));
    assertThat(a.body().split("\n\n"))
        .containsExactly(
            "Finance ministers of the group, led by Treasury chief Ellen Marrow and central bank"
                + " governor Tobias Klee, agreed on Monday to steady their currencies against sharp"
                + " moves in the coming weeks, a spokesman for the meeting said in a short"
                + " statement.",
            "In a separate comment, committee chairman Rupert Vance said the accord would be"
                + " reviewed in the spring.");
  }

  @Test
  void keepsShortLinesApartWhenTheTextIsNotWrapped() {
    Article a = cleaner.clean(json("Results", "Home team\nAway team\nReferee Tom Hale\nVenue"));
    assertThat(a.body().split("\n\n"))
        .containsExactly("Home team", "Away team", "Referee Tom Hale", "Venue");
  }
}
