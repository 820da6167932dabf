package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.model.IngestProblem.Kind.FAILED;
import static org.gazette.model.IngestProblem.Kind.SKIPPED;
import static org.gazette.model.IngestProblem.Kind.WARNING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonArticleReadingTest {
  static final String ORIGIN = "POST /api/v1/documents";

  @TempDir Path dir;
  final RecordingSink sink = new RecordingSink();
  final ArticleFileReader reader = new ArticleFileReader();

  @Test
  void readsEveryFieldOfAJsonFileAndUsesItsNameAsFallbackId() throws IOException {
    reader.read(
        write(
            "article-9.json",
            """
            {"id": "a-9", "title": "Coalition ends combat mission", "body": "Text.",
             "source": "Arab Observer", "url": "https://example.org/9",
             "published": "2021-12-09", "authors": ["Jane Doe"]}
            """),
        sink);

    RawArticle a = sink.only();
    assertThat(sink.problems).isEmpty();
    assertThat(a.origin()).endsWith("article-9.json");
    assertThat(a.line()).isZero();
    assertThat(a.id()).isEqualTo("a-9");
    assertThat(a.fallbackId()).isEqualTo("article-9");
    assertThat(a.title()).isEqualTo("Coalition ends combat mission");
    assertThat(a.text()).isEqualTo("Text.");
    assertThat(a.source()).isEqualTo("Arab Observer");
    assertThat(a.url()).isEqualTo("https://example.org/9");
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 12, 9));
    assertThat(a.authors()).containsExactly("Jane Doe");
    assertThat(a.scraped()).isFalse();
  }

  @Test
  void givesObjectsOfAnArrayInAJsonFileNoFallbackId() throws IOException {
    reader.read(write("batch.json", "[{\"body\": \"one\"}, {\"body\": \"two\"}]"), sink);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("one", "two");
    assertThat(sink.articles).extracting(RawArticle::fallbackId).containsOnlyNulls();
  }

  @Test
  void treatsJsonWithoutATitleAsScrapedText() {
    reader.readJson("{\"text\": \"Headline\\n\\nBody.\"}", ORIGIN, sink);

    RawArticle a = sink.only();
    assertThat(a.scraped()).isTrue();
    assertThat(a.text()).isEqualTo("Headline\n\nBody.");
    assertThat(a.fallbackId()).isNull();
  }

  @Test
  void readsJsonLinesWithTheirLineNumbersIgnoringBlankLines() throws IOException {
    reader.read(write("feed.jsonl", "{\"body\": \"one\"}\n\n   \n{\"body\": \"two\"}\n"), sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("one", "two");
    assertThat(sink.articles).extracting(RawArticle::line).containsExactly(1, 4);
    assertThat(sink.articles).extracting(RawArticle::fallbackId).containsOnlyNulls();
  }

  @Test
  void losesOnlyTheMalformedLineInTheMiddleOfJsonLines() throws IOException {
    reader.read(
        write("feed.ndjson", "{\"body\": \"one\"}\n{\"body\": \"two\",}\n{\"body\": \"three\"}\n"),
        sink);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("one", "three");
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.reason()).startsWith("not valid JSON: ").contains("line 1 column");
            });
  }

  @Test
  void parsesStrictlyRejectingSingleQuotesAndTrailingGarbage() {
    reader.readJson(
        "{'body': 'lenient'}\n{\"body\": \"x\"} tail\n{\"body\": \"ok\"}", ORIGIN, sink);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("ok");
    assertThat(sink.problems(FAILED)).extracting(p -> p.line()).containsExactly(1, 2);
  }

  @Test
  void readsAJsonArrayOfObjectsAndFailsItsOtherElements() {
    reader.readJson("[{\"body\": \"one\"}, 42, {\"body\": \"three\"}]", ORIGIN, sink);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("one", "three");
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.source()).isEqualTo(ORIGIN);
              assertThat(p.reason()).isEqualTo("element 2: is a number ('42'), expected an object");
            });
  }

  @Test
  void readsJsonLinesFromAString() {
    reader.readJson("{\"body\": \"one\"}\r\n{\"body\": \"two\"}\r\n", ORIGIN, sink);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("one", "two");
    assertThat(sink.articles).extracting(RawArticle::line).containsExactly(1, 2);
  }

  @Test
  void failsAMalformedDocumentOnceWithTheParsersMessage() {
    reader.readJson("{\n  \"title\": \"T\",\n  \"body\": \n}", ORIGIN, sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.reason())
                  .startsWith("not valid JSON: ")
                  .contains("line 4")
                  .doesNotContain("See https");
            });
  }

  @Test
  void failsJsonThatIsNeitherAnObjectNorAnArray() {
    reader.readJson("\"just a string\"", ORIGIN, sink);

    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> assertThat(p.reason()).contains("a string").contains("expected a JSON object"));
  }

  @Test
  void ignoresUnknownFields() {
    reader.readJson("{\"body\": \"b\", \"tags\": [1, 2], \"nested\": {\"x\": null}}", ORIGIN, sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.only().text()).isEqualTo("b");
  }

  @Test
  void dropsAFieldOfTheWrongTypeWithAWarning() {
    reader.readJson(
        "{\"title\": 42, \"source\": [\"x\"], \"id\": 7, \"body\": \"b\"}", ORIGIN, sink);

    RawArticle a = sink.only();
    assertThat(a.title()).isNull();
    assertThat(a.source()).isNull();
    assertThat(a.id()).isNull();
    assertThat(sink.problems).extracting(p -> p.kind()).containsOnly(WARNING);
    assertThat(sink.problems)
        .extracting(p -> p.reason())
        .containsExactlyInAnyOrder(
            "field 'id' is a number ('7'), expected a string; the field is dropped",
            "field 'title' is a number ('42'), expected a string; the field is dropped",
            "field 'source' is an array, expected a string; the field is dropped");
  }

  @Test
  void dropsAuthorsThatAreNotStringsWithAWarning() {
    reader.readJson("{\"body\": \"b\", \"authors\": [\"Jane Doe\", 3, \" \"]}", ORIGIN, sink);

    assertThat(sink.only().authors()).containsExactly("Jane Doe");
    assertThat(sink.problems(WARNING))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("'3'"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"title\": \"T\"}",
        "{\"title\": \"T\", \"body\": \"\"}",
        "{\"body\": \"  \\n \"}",
        "{\"body\": null, \"text\": null}"
      })
  void skipsAnObjectWithoutText(String json) {
    reader.readJson(json, ORIGIN, sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(SKIPPED);
              assertThat(p.reason()).startsWith("no text");
            });
  }

  @Test
  void skipsAnObjectWhoseBodyIsNotAString() {
    reader.readJson("{\"body\": 12}", ORIGIN, sink);

    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(SKIPPED);
              assertThat(p.reason())
                  .isEqualTo(
                      "no text: field 'body' is a number ('12'), expected a non-empty string");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-27",
        "2024-01-27T10:15:00Z",
        "2024-01-27T10:15:00+03:00",
        "2024-01-27T23:30:00-05:00",
        "2024-01-27 10:15:00",
        "2024-01-27T10:15:00",
        "2024-01-27T10:15:00.250Z",
        "Sat, 27 Jan 2024 10:15:00 GMT"
      })
  void acceptsEveryDocumentedFormOfPublished(String published) {
    reader.readJson("{\"body\": \"b\", \"published\": \"" + published + "\"}", ORIGIN, sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.only().published()).isEqualTo(LocalDate.of(2024, 1, 27));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "2024-01-27T10:15:00Z, 2024-01-27T10:15:00Z",
    "2024-01-27T10:15:00+03:00, 2024-01-27T07:15:00Z",
    "2024-01-27T23:30:00-05:00, 2024-01-28T04:30:00Z",
    "'Sat, 27 Jan 2024 10:15:00 GMT', 2024-01-27T10:15:00Z"
  })
  void aPublishedTimeWithItsZoneIsKeptAsAnInstantBesideThePublishersDate(
      String published, String instant) {
    reader.readJson("{\"body\": \"b\", \"published\": \"" + published + "\"}", ORIGIN, sink);

    assertThat(sink.only().published()).isEqualTo(LocalDate.of(2024, 1, 27));
    assertThat(sink.only().publishedAt()).isEqualTo(java.time.Instant.parse(instant));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-27", "2024-01-27 10:15:00", "2024-01-27T10:15:00"})
  void aDateOrATimeWithoutZoneGivesNoInstant(String published) {
    reader.readJson("{\"body\": \"b\", \"published\": \"" + published + "\"}", ORIGIN, sink);

    assertThat(sink.only().publishedAt()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "27/01/2024",
        "yesterday",
        "2024-13-01",
        "2024-02-30",
        "Fri, 27 Jan 2024 10:15:00 GMT"
      })
  void indexesAnArticleWithAnUnknownDateFormWithoutADateAndWarns(String published) {
    reader.readJson("{\"body\": \"b\", \"published\": \"" + published + "\"}", ORIGIN, sink);

    assertThat(sink.only().published()).isNull();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(WARNING);
              assertThat(p.reason())
                  .contains("'" + published + "'")
                  .contains(PublishedDateParser.ACCEPTED_FORMS);
            });
  }

  @Test
  void acceptsAnIdOf512Characters() {
    reader.readJson("{\"body\": \"b\", \"id\": \"" + "i".repeat(512) + "\"}", ORIGIN, sink);

    assertThat(sink.only().id()).hasSize(512);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "\"tab\\tinside\"", "\"new\\nline\""})
  void failsAnIdThatIsEmptyOrHasControlCharacters(String id) {
    reader.readJson("{\"body\": \"b\", \"id\": " + id + "}", ORIGIN, sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(FAILED);
              assertThat(p.reason()).contains("1 to 512 characters without control characters");
            });
  }

  @Test
  void failsAnIdLongerThan512CharactersNamingItsLength() {
    reader.readJson("{\"body\": \"b\", \"id\": \"" + "i".repeat(513) + "\"}", ORIGIN, sink);

    assertThat(sink.problems(FAILED))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("length 513"));
  }

  @Test
  void failsAStringArticleOverTheLimit() {
    new ArticleFileReader(100).readJson("{\"body\": \"" + "z".repeat(101) + "\"}", ORIGIN, sink);

    assertThat(sink.problems(FAILED))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("101 bytes").contains("100 bytes"));
  }

  @Test
  void skipsBlankJsonInput() {
    reader.readJson(" \n ", ORIGIN, sink);

    assertThat(sink.problems(SKIPPED)).hasSize(1);
  }

  Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
