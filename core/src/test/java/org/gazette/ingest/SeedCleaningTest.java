package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gazette.model.Article;
import org.gazette.model.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cleaner over the five real scraped articles of {@code index-data/}. */
class SeedCleaningTest {
  static final String S000 = "000_8dbc307f593ab463";
  static final String S001 = "001_3f0e4b3936e483c8";
  static final String S002 = "002_6e6b109cc528a883";
  static final String S003 = "003_5024296e89da2637";
  static final String S004 = "004_8342cd79d5b7a5de";

  static List<RawArticle> raws;
  static Map<String, Article> seeds;

  @BeforeAll
  static void cleanTheSeeds() {
    RecordingSink sink = new RecordingSink();
    new ArticleFileReader().read(Path.of("../index-data"), sink);
    assertThat(sink.problems).isEmpty();
    raws = sink.articles;
    ArticleCleaner cleaner = new ArticleCleaner();
    seeds =
        raws.stream()
            .map(cleaner::clean)
            .collect(Collectors.toMap(Article::id, Function.identity()));
  }

  @Test
  void findsTheRealHeadlineOfEverySeed() {
    assertThat(seeds.get(S000).title())
        .isEqualTo("Joint US-Iraqi operation raises concerns about role of US troops");
    assertThat(seeds.get(S001).title())
        .isEqualTo("US-led coalition warns “ISIS” has fallen, but still in Iraq");
    assertThat(seeds.get(S002).title())
        .isEqualTo(
            "As IS attacks continue, pressure on the Iraqi government to order all foreign forces"
                + " out increases");
    assertThat(seeds.get(S003).title())
        .isEqualTo(
            "As joint US-Iraqi commission reviews partnership, experts point to its successes");
    assertThat(seeds.get(S004).title())
        .isEqualTo(
            "US, Iraqi officials to announce US military transition to advisory role in Iraq by"
                + " year-end");
  }

  @Test
  void findsTheSourceFromASignatureOrAHeadlinePrefixAndNoneElsewhere() {
    assertThat(seeds.get(S000).source()).isNull();
    assertThat(seeds.get(S001).source()).isEqualTo("Arab Observer");
    assertThat(seeds.get(S002).source()).isNull();
    assertThat(seeds.get(S003).source()).isNull();
    assertThat(seeds.get(S004).source()).isEqualTo("Politico");
  }

  @Test
  void takesTheAuthorFromTheBylineOfSeed003AndRemovesIt() {
    assertThat(seeds.get(S003).authors()).containsExactly("Anas al-Bar");
    assertThat(seeds.get(S003).body()).doesNotContain("By Anas al-Bar");
    assertThat(List.of(S000, S001, S002, S004))
        .allSatisfy(id -> assertThat(seeds.get(id).authors()).isEmpty());
  }

  @Test
  void usesTheFileNamesAsIds() {
    assertThat(seeds).containsOnlyKeys(S000, S001, S002, S003, S004);
  }

  @Test
  void leavesNoBoilerplateLineInAnyBody() {
    List<String> furniture =
        List.of(
            "close",
            "Back to top button",
            "Related Articles",
            "Source link",
            "Do you like this article?",
            "Captcha *",
            "Outstanding",
            "Important",
            "Shutterstock",
            "Security",
            "Arab Observer");
    for (Article a : seeds.values()) {
      assertThat(paragraphs(a)).doesNotContainAnyElementsOf(furniture);
      assertThat(a.body())
          .doesNotContain("Back to top", "Related Articles", "Captcha", "Source link")
          .doesNotContain("Local Caption", ".jpg", "(Getty)", "Shutterstock");
    }
  }

  @Test
  void removesTheHeadlineAndItsRepeatsFromTheBody() {
    for (Article a : seeds.values()) {
      assertThat(paragraphs(a)).doesNotContain(a.title());
    }
    assertThat(seeds.get(S004).body()).doesNotContain("politico");
  }

  @Test
  void keepsEveryRepeatedParagraphOnce() {
    for (Article a : seeds.values()) {
      List<String> paragraphs = paragraphs(a);
      assertThat(paragraphs).doesNotHaveDuplicates();
    }
    assertThat(count(S003, "Iraqi Prime Minister Mohammed Shiaa al-Sudani presides")).isOne();
    assertThat(count(S003, "A truckload of supplies is seen here")).isOne();
    assertThat(count(S002, "IS cells remain active in Iraq")).isOne();
  }

  @Test
  void keepsTheStandfirstOfSeed002OnceThoughItIsPrintedThreeTimes() {
    assertThat(count(S002, "While some say a US presence in Iraq is vital to stability")).isOne();
    assertThat(paragraphs(seeds.get(S002)).get(0))
        .startsWith("While some say a US presence in Iraq is vital to stability");
  }

  @Test
  void dropsTheCaptionOfSeed000ThatRepeatsTheStartOfALaterParagraph() {
    assertThat(count(S000, "The operation has raised doubts")).isOne();
    assertThat(seeds.get(S000).body())
        .contains("The operation has raised doubts about the Iraqi government’s negotiations")
        .contains("following recent attacks on the Ain Al-Asad base");
  }

  @Test
  void dropsImageResidueButKeepsTheCaptionSentenceOfSeed001() {
    assertThat(seeds.get(S001).body())
        .contains(
            "two weeks before the scheduled American pullout from the country's urban centres.\n\n")
        .doesNotContain("AFP PHOTO")
        .doesNotContain("205570-01-08");
  }

  @Test
  void splitsTheWordsGluedInSeed000() {
    assertThat(seeds.get(S000).body())
        .contains("According to ABC News Five U.S. personnel were injured")
        .contains("He said Al-Arabi Al-Jadeed According to reporters in Baghdad")
        .doesNotContain("NewsFive")
        .doesNotContain("JadeedAccording");
  }

  @Test
  void keepsNamesWithInnerCapitalsWhole() {
    assertThat(seeds.get(S003).body()).contains("Gen. Matthew MacFarlane said");
  }

  @Test
  void keepsShortSubheadingsInTheMiddleOfTheText() {
    assertThat(paragraphs(seeds.get(S001)))
        .contains("Clandestine presence", "‘Change in messaging’");
    assertThat(paragraphs(seeds.get(S002))).contains("Attacks continue", "Need for intel");
    assertThat(paragraphs(seeds.get(S001)).get(paragraphs(seeds.get(S001)).size() - 1))
        .isEqualTo(
            "In recent months, it has made numerous announcements highlighting its change of mission.");
  }

  @Test
  void separatesParagraphsByOneBlankLineAndNormalisesSpaces() {
    for (Article a : seeds.values()) {
      assertThat(a.body()).doesNotContain("\n\n\n").doesNotContain("  ").doesNotContain("\u00A0");
      assertThat(a.body()).doesNotStartWith("\n").doesNotEndWith("\n");
      assertThat(paragraphs(a))
          .allSatisfy(p -> assertThat(p).isEqualTo(p.strip()).doesNotContain("\n"));
    }
    assertThat(seeds.get(S001).body()).contains("about 2,500 American troops stationed");
  }

  @Test
  void keepsQuotesDashesAndDiacriticsExactly() {
    assertThat(seeds.get(S002).body())
        .contains("presumed dead — a standard practice the militants are aware of — and then")
        .contains("he urged a “clear timeline\" for how long");
    assertThat(seeds.get(S000).body()).contains("Mohammed Shia’ Al-Sudani");
  }

  @Test
  void cleansTheSameInputToTheSameArticle() {
    ArticleCleaner cleaner = new ArticleCleaner();
    for (RawArticle raw : raws) {
      assertThat(cleaner.clean(raw)).isEqualTo(cleaner.clean(raw));
    }
  }

  static List<String> paragraphs(Article a) {
    return Arrays.asList(a.body().split("\n\n"));
  }

  static long count(String id, String start) {
    return paragraphs(seeds.get(id)).stream().filter(p -> p.contains(start)).count();
  }
}
