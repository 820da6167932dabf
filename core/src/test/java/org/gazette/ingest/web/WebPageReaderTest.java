package org.gazette.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Main text and metadata of saved pages made for these tests (resources beside this class). */
class WebPageReaderTest {
  private final WebPageReader reader = new WebPageReader();

  static byte[] page(String name) throws IOException {
    try (InputStream in = WebPageReaderTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theMainTextKeepsHeadingsParagraphsListsTablesAndQuotesInOrder() throws IOException {
    String body = reader.read(page("news-article.html"), null, null).body();

    assertThat(body.lines().toList())
        .containsSubsequence(
            "The new flood barrier on the river Wend opened on Tuesday, three years after the"
                + " winter floods that reached the market square of Lowmere.",
            "What the barrier protects",
            "About 4,200 homes in Lowmere and Eastford",
            "The rail line between Lowmere and the coast",
            "2021 4.8 metres",
            "\"We will not see the market square under water again,\" said the mayor, Ilse"
                + " Varga.",
            "The project cost 41 million euros, shared by the regional government and the"
                + " European Investment Bank, and ends with the planting of willows along both"
                + " banks this spring.");
  }

  @Test
  void navigationSharingRelatedLinksCommentsCookiesAndFootersAreLeftOut() throws IOException {
    String body = reader.read(page("news-article.html"), null, null).body();

    assertThat(body)
        .doesNotContain("Accept all cookies")
        .doesNotContain("Sport")
        .doesNotContain("Business")
        .doesNotContain("Share on Facebook")
        .doesNotContain("Storm closes ferry port")
        .doesNotContain("Reader42")
        .doesNotContain("Ten places to eat")
        .doesNotContain("All rights reserved")
        .doesNotContain("By Mara Quill");
  }

  @Test
  void captionsAreKeptApartFromTheBody() throws IOException {
    WebPage page = reader.read(page("news-article.html"), null, null);

    assertThat(page.captions()).containsExactly("The barrier seen from the east bank at dawn.");
    assertThat(page.body()).doesNotContain("east bank at dawn");
  }

  @Test
  void jsonLdGivesTheHeadlineTheTimeWithItsZoneTheAuthorsAndThePublisher() throws IOException {
    WebPage page = reader.read(page("news-article.html"), "https://courier.example/x?y=1", null);

    assertThat(page.title()).isEqualTo("Flood barrier opens on the river Wend");
    assertThat(page.published()).isEqualTo(OffsetDateTime.parse("2024-03-05T23:30:00-05:00"));
    assertThat(page.publishedDate()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(page.authors()).containsExactly("Mara Quill", "Tobias Renk");
    assertThat(page.source()).isEqualTo("The Harbour Courier");
    assertThat(page.url()).isEqualTo("https://courier.example/news/2024/flood-barrier");
    assertThat(page.language()).isEqualTo("en-GB");
    assertThat(page.isArticle()).isTrue();
  }

  @Test
  void withoutJsonLdTheOpenGraphAndMetaTagsSpeak() {
    String html =
        """
        <html lang="de"><head>
        <meta property="og:site_name" content="Lowmere Bote">
        <meta property="og:title" content="Neue Fähre ab Mai">
        <meta property="article:published_time" content="2023-11-02T07:15:00+01:00">
        <meta name="author" content="Jana Brook">
        <title>Neue Fähre ab Mai - Lowmere Bote</title></head>
        <body><div class="content"><p>Die neue Fähre zwischen Lowmere und Eastford fährt ab
        Mai jede halbe Stunde, teilte der Betreiber am Donnerstag mit.</p>
        <p>Fahrkarten gibt es am Hafen und im Netz, Kinder fahren kostenlos mit.</p></div></body>
        </html>
        """;
    WebPage page = reader.read(html, "https://bote.example/faehre");

    assertThat(page.title()).isEqualTo("Neue Fähre ab Mai");
    assertThat(page.source()).isEqualTo("Lowmere Bote");
    assertThat(page.published()).isEqualTo(OffsetDateTime.parse("2023-11-02T07:15:00+01:00"));
    assertThat(page.authors()).containsExactly("Jana Brook");
    assertThat(page.url()).isEqualTo("https://bote.example/faehre");
    assertThat(page.language()).isEqualTo("de");
  }

  @Test
  void aPageThatNamesNoSiteHasItsHostWithoutWwwForSource() {
    String html =
        "<html><head><title>Harbour works begin</title></head><body><p>Work on the harbour wall"
            + " began on Monday and will last until the end of the summer season, the port said."
            + "</p></body></html>";

    WebPage page = reader.read(html, "https://www.harbour-news.example/works");

    assertThat(page.source()).isEqualTo("harbour-news.example");
  }

  @Test
  void aDateShownInThePageIsTakenWhenTheMetadataGivesNone() {
    String html =
        "<html><head><title>Harbour works begin</title></head><body><article>"
            + "<span class=\"post-date\">Posted on March 12, 2019</span><p>Work on the harbour"
            + " wall began on Monday and will last until the end of the summer season, the port"
            + " said.</p></article></body></html>";

    WebPage page = reader.read(html, null);

    assertThat(page.publishedDate()).isEqualTo(LocalDate.of(2019, 3, 12));
    assertThat(page.published()).isNull();
    assertThat(page.body()).doesNotContain("Posted on");
  }

  @Test
  void aPageOfLinksIsNoArticleAndSaysWhy() throws IOException {
    WebPage page = reader.read(page("link-index.html"), null, null);

    assertThat(page.isArticle()).isFalse();
    assertThat(page.body()).isEmpty();
    assertThat(page.skipReason()).startsWith("no article text found");
  }

  @Test
  void anErrorPageIsNoArticleAndSaysSo() throws IOException {
    WebPage page = reader.read(page("not-found.html"), null, null);

    assertThat(page.isArticle()).isFalse();
    assertThat(page.skipReason()).contains("error page").contains("Not Found");
  }

  @Test
  void anIso88591PageIsDecodedByItsMetaDeclaration() throws IOException {
    WebPage page = reader.read(page("latin1-page.html"), null, null);

    assertThat(page.title()).isEqualTo("Café owners meet in Lowmere");
    assertThat(page.body()).contains("Owners of every café in Lowmere");
  }

  @Test
  void theTransportsCharsetWinsOverTheMetaDeclaration() {
    byte[] bytes =
        ("<html><head><meta charset=\"iso-8859-1\"><title>Café</title></head><body><p>A café"
                + " by the harbour opened on Monday with twenty tables, a view of the boats and a"
                + " terrace for the summer.</p>"
                + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);

    WebPage page = reader.read(bytes, null, "UTF-8");

    assertThat(page.body()).contains("A café by the harbour");
  }

  @Test
  void undeclaredBytesAreUtf8WhenValidAndWindows1252Otherwise() {
    String html =
        "<html><body><p>Smörgåsbord at the harbour festival drew crowds all weekend, the"
            + " organisers said on Sunday evening, and it will return next year.</p></body></html>";

    WebPage utf8 = reader.read(html.getBytes(StandardCharsets.UTF_8), null, null);
    WebPage latin = reader.read(html.getBytes(StandardCharsets.ISO_8859_1), null, null);

    assertThat(utf8.body()).startsWith("Smörgåsbord");
    assertThat(latin.body()).startsWith("Smörgåsbord");
  }

  @Test
  void aByteOrderMarkDecidesTheEncoding() {
    String html =
        "<html><body><p>Zoë and Chloé opened a bakery by the harbour on Saturday morning, with"
            + " bread from an old family recipe.</p></body></html>";
    byte[] text = html.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);

    assertThat(reader.read(bytes, null, "windows-1252").body()).startsWith("Zoë and Chloé");
  }

  @Test
  void brokenMarkupStillGivesItsText() {
    String html =
        "<html><body><div class=content><p>The harbour master <b>resigned on Friday after"
            + " twelve years in the post, the council said<p>A successor will be chosen by the"
            + " end of the month from three candidates</div></span></table>";

    String body = reader.read(html, null).body();

    assertThat(body.lines().toList())
        .containsExactly(
            "The harbour master resigned on Friday after twelve years in the post, the council"
                + " said",
            "A successor will be chosen by the end of the month from three candidates");
  }

  @Test
  void anArticleInsideAContainerNamedLikeFurnitureIsStillFound() {
    StringBuilder html = new StringBuilder("<html><body><div class=\"social-sticky-wrap\">");
    for (int i = 0; i < 6; i++) {
      html.append("<p>Paragraph ")
          .append(i)
          .append(" of the report on the harbour, with enough words to read as prose, and a")
          .append(" comma or two, like real text.</p>");
    }
    html.append("</div><div class=\"teaser\"><a href=\"/a\">Other story</a></div></body></html>");

    String body = reader.read(html.toString(), null).body();

    assertThat(body).contains("Paragraph 0 of the report").contains("Paragraph 5 of the report");
    assertThat(body).doesNotContain("Other story");
  }

  @Test
  void theTextOfAFragmentIsAllKept() {
    assertThat(
            reader.fragmentText(
                "<p>First <a href=\"/x\">linked words</a> here.</p><ul><li>One</li><li>Two</li>"
                    + "</ul>"))
        .isEqualTo("First linked words here.\nOne\nTwo");
  }

  @Test
  void softHyphensAndZeroWidthMarksAreNotText() {
    String html =
        "<html><body><p>The Bundes&shy;regierung met the harbour\u200Bmaster on Monday to talk"
            + " about the new pier, the ferry timetable and the winter storms.</p></body></html>";

    assertThat(reader.read(html, null).body())
        .contains("Bundesregierung")
        .contains("harbourmaster")
        .doesNotContain("\u00AD");
  }

  @Test
  void shortLinesAfterTheLastParagraphGoButASignOffThatIsASentenceStays() {
    String paragraph =
        "<p>The harbour wall was repaired over the winter, and the ferry runs again from Monday,"
            + " the council said in a statement on Friday.</p>";
    String credited =
        "<html><body><article>"
            + paragraph
            + "<p>Photo: Harbour Office</p></article></body></html>";
    String signed =
        "<html><body><article>" + paragraph + "<p>See you at the pier.</p></article></body></html>";

    assertThat(reader.read(credited, null).body()).doesNotContain("Photo: Harbour Office");
    assertThat(reader.read(signed, null).body()).endsWith("See you at the pier.");
  }

  @Test
  void aBoxOfLinksWithALineOfTextEachIsLeftOutWhateverItIsCalled() {
    StringBuilder html = new StringBuilder("<html><body><article>");
    for (int i = 0; i < 4; i++) {
      html.append("<p>The harbour report, part ")
          .append(i)
          .append(", with enough words to read as prose, and a comma or two.</p>");
    }
    html.append("<div class=\"box\">");
    for (int i = 0; i < 3; i++) {
      html.append("<p><a href=\"/s")
          .append(i)
          .append("\">Other harbour story number ")
          .append(i)
          .append("</a> A line about it, with a few more words to say.</p>");
    }
    html.append("</div></article></body></html>");

    String body = reader.read(html.toString(), null).body();

    assertThat(body).contains("The harbour report, part 3").doesNotContain("Other harbour story");
  }
}
