package org.gazette.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class FeedArticlesTest {
  private static final String FEED_URL = "https://courier.example/feeds/news.xml";

  private static final String PARAGRAPH_ONE =
      "The ferry between the island and the mainland will run every half hour this summer.";
  private static final String PARAGRAPH_TWO =
      "The operator said two new boats, built in the yard at Northport, will join the fleet.";

  private final RecordingPageSink sink = new RecordingPageSink();

  private FeedArticles.Summary read(String feed) {
    return read(feed.getBytes(StandardCharsets.UTF_8));
  }

  private FeedArticles.Summary read(byte[] feed) {
    return new FeedArticles(16 * 1024).read(feed, FEED_URL, sink);
  }

  /** An RSS 2.0 feed of the Coast Courier, in English, holding {@code items}. */
  private static String rss(String items) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:atom="http://www.w3.org/2005/Atom"
             xmlns:media="http://search.yahoo.com/mrss/">
          <channel>
            <title>Coast Courier</title>
            <link>https://courier.example/</link>
            <atom:link href="https://courier.example/feeds/news.xml" rel="self"/>
            <description>News from the coast</description>
            <language>en-gb</language>
        """
        + items
        + """
          </channel>
        </rss>
        """;
  }

  private static final String FERRY_ITEM =
      """
      <item>
        <title>Ferry to run every half hour</title>
        <link>https://courier.example/2025/06/ferry</link>
        <guid isPermaLink="false">ferry-2025</guid>
        <pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate>
        <dc:creator>Maria Lind</dc:creator>
        <description>The ferry will run more often.</description>
        <content:encoded><![CDATA[<p>%s</p><p>%s</p>]]></content:encoded>
      </item>
      """
          .formatted(PARAGRAPH_ONE, PARAGRAPH_TWO);

  /** An Atom feed of the Valley Times, in English, holding {@code entries}. */
  private static String atom(String entries) {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">
          <title type="text">Valley Times</title>
          <id>tag:valleytimes.example,2025:feed</id>
          <updated>2025-06-10T12:00:00Z</updated>
          <author><name>Valley Times Desk</name></author>
        """
        + entries
        + """
        </feed>
        """;
  }

  @Test
  void anRssItemWithFullContentIsAPageOfThatContent() {
    read(rss(FERRY_ITEM));

    WebPage page = sink.only();
    assertThat(page.title()).isEqualTo("Ferry to run every half hour");
    assertThat(page.url()).isEqualTo("https://courier.example/2025/06/ferry");
    assertThat(page.body()).isEqualTo(PARAGRAPH_ONE + "\n" + PARAGRAPH_TWO);
    assertThat(sink.warnings.get(1)).isNull();
  }

  @Test
  void anRssItemCarriesItsDateAuthorSourceAndLanguage() {
    read(rss(FERRY_ITEM));

    WebPage page = sink.only();
    assertThat(page.published()).isEqualTo(OffsetDateTime.parse("2025-06-10T04:00:00Z"));
    assertThat(page.publishedDate()).isEqualTo(LocalDate.of(2025, 6, 10));
    assertThat(page.authors()).containsExactly("Maria Lind");
    assertThat(page.source()).isEqualTo("Coast Courier");
    assertThat(page.language()).isEqualTo("en-gb");
  }

  @Test
  void anRfc822DateWithAnOffsetKeepsItAndItsOwnDay() {
    read(
        rss(
            """
            <item><title>Late news</title><link>https://courier.example/late</link>
              <pubDate>Wed, 01 Jan 2025 01:30:00 +0200</pubDate>
              <description>Something happened just after midnight.</description></item>
            """));

    WebPage page = sink.only();
    assertThat(page.published()).isEqualTo(OffsetDateTime.parse("2025-01-01T01:30:00+02:00"));
    assertThat(page.publishedDate()).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void anRfc822DateWithAWrongWeekdayAndANamedZoneIsRead() {
    read(
        rss(
            """
            <item><title>Storm</title><link>https://courier.example/storm</link>
              <pubDate>Mon, 3 Feb 2025 21:15 EST</pubDate>
              <description>A storm reached the coast in the evening.</description></item>
            """));

    assertThat(sink.only().published())
        .isEqualTo(OffsetDateTime.parse("2025-02-03T21:15:00-05:00"));
  }

  @Test
  void anRssItemWithOnlyADescriptionIsDeliveredWithAWarning() {
    read(
        rss(
            """
            <item><title>Harbour crane repaired</title>
              <link>https://courier.example/crane</link>
              <description>&lt;p&gt;The crane at Pier Four works again.&lt;/p&gt;&lt;p&gt;It cost more than planned.&lt;/p&gt;</description>
            </item>
            """));

    assertThat(sink.only().body())
        .isEqualTo("The crane at Pier Four works again.\nIt cost more than planned.");
    assertThat(sink.warnings.get(1)).isEqualTo(FeedArticles.SUMMARY_ONLY);
  }

  @Test
  void mediaRssElementsAreNotTakenForTheItemsOwn() {
    read(
        rss(
            """
            <item>
              <media:title>Boats at the start line</media:title>
              <media:description>Photo: the start line at dawn.</media:description>
              <media:content url="https://courier.example/regatta.jpg" medium="image">
                <media:title>The winner</media:title>
              </media:content>
              <title>Photos of the regatta</title>
              <link>https://courier.example/regatta</link>
              <description>Forty boats sailed in the regatta.</description>
            </item>
            """));

    assertThat(sink.only().title()).isEqualTo("Photos of the regatta");
    assertThat(sink.only().body()).isEqualTo("Forty boats sailed in the regatta.");
  }

  @Test
  void theNameInAnRssAuthorsAddressIsTheAuthor() {
    read(
        rss(
            """
            <item><title>Council meets</title><link>https://courier.example/council</link>
              <author>tom.reed@courier.example (Tom Reed)</author>
              <description>The council met on Tuesday.</description></item>
            """));

    assertThat(sink.only().authors()).containsExactly("Tom Reed");
  }

  @Test
  void anItemsOwnSourceNamesItsPublisher() {
    read(
        rss(
            """
            <item><title>Bridge opens</title><link>https://news.example/bridge</link>
              <source url="https://valleytimes.example/rss">Valley Times</source>
              <description>The new bridge opened on Sunday.</description></item>
            """));

    assertThat(sink.only().source()).isEqualTo("Valley Times");
  }

  @Test
  void aRelativeLinkResolvesAgainstTheFeedsAddress() {
    read(
        rss(
            """
            <item><title>Tides</title><link>/2025/06/tides</link>
              <description>High tide at noon.</description></item>
            """));

    assertThat(sink.only().url()).isEqualTo("https://courier.example/2025/06/tides");
  }

  @Test
  void anItemWithNeitherContentNorSummaryIsSkipped() {
    FeedArticles.Summary summary =
        read(
            rss(
                """
                <item><title>Empty</title><link>https://courier.example/empty</link></item>
                """
                    + FERRY_ITEM));

    assertThat(sink.skipped).containsOnlyKeys(1);
    assertThat(sink.skipped.get(1)).contains("neither content nor a summary");
    assertThat(summary).isEqualTo(new FeedArticles.Summary(2, 1, 1, 0));
  }

  @Test
  void anItemOverTheLimitFailsAndTheNextIsRead() {
    String big =
        """
        <item><title>Long</title><link>https://courier.example/long</link>
          <description>%s</description></item>
        """
            .formatted((PARAGRAPH_ONE + " ").repeat(300));

    read(rss(big + FERRY_ITEM));

    assertThat(sink.failed).containsOnlyKeys(1);
    assertThat(sink.failed.get(1)).contains("more than the limit");
    assertThat(sink.pages).containsOnlyKeys(2);
  }

  @Test
  void anEmptyChannelHoldsNoItem() {
    FeedArticles.Summary summary = read(rss(""));

    assertThat(summary).isEqualTo(new FeedArticles.Summary(0, 0, 0, 0));
    assertThat(sink.calls).isEmpty();
  }

  @Test
  void anAtomEntryWithHtmlContentIsAPageOfItsText() {
    read(
        atom(
            """
            <entry>
              <title>Ferry to run every half hour</title>
              <link rel="self" href="https://valleytimes.example/api/entries/7"/>
              <link rel="alternate" type="text/html" href="https://valleytimes.example/ferry"/>
              <id>tag:valleytimes.example,2025:7</id>
              <published>2025-06-10T08:00:00+02:00</published>
              <updated>2025-06-11T09:00:00+02:00</updated>
              <author><name>Tom Reed</name></author>
              <summary>Ferries more often.</summary>
              <content type="html">&lt;p&gt;%s&lt;/p&gt;&lt;p&gt;%s&lt;/p&gt;</content>
            </entry>
            """
                .formatted(PARAGRAPH_ONE, PARAGRAPH_TWO)));

    WebPage page = sink.only();
    assertThat(page.body()).isEqualTo(PARAGRAPH_ONE + "\n" + PARAGRAPH_TWO);
    assertThat(page.url()).isEqualTo("https://valleytimes.example/ferry");
    assertThat(sink.warnings.get(1)).isNull();
  }

  @Test
  void anAtomEntryCarriesItsPublishedDateAuthorSourceAndLanguage() {
    read(
        atom(
            """
            <entry>
              <title>Ferry</title>
              <link href="https://valleytimes.example/ferry"/>
              <published>2025-06-10T08:00:00+02:00</published>
              <updated>2025-06-11T09:00:00+02:00</updated>
              <author><name>Tom Reed</name></author>
              <content type="text">The ferry will run more often.</content>
            </entry>
            """));

    WebPage page = sink.only();
    assertThat(page.published()).isEqualTo(OffsetDateTime.parse("2025-06-10T08:00:00+02:00"));
    assertThat(page.authors()).containsExactly("Tom Reed");
    assertThat(page.source()).isEqualTo("Valley Times");
    assertThat(page.language()).isEqualTo("en-US");
  }

  @Test
  void anAtomEntryWithOnlyASummaryIsDeliveredWithAWarningAndItsUpdatedDate() {
    read(
        atom(
            """
            <entry>
              <title>Road works</title>
              <link href="https://valleytimes.example/roads"/>
              <updated>2025-06-11T23:30:00-05:00</updated>
              <summary>The main road closes for two weeks.</summary>
            </entry>
            """));

    WebPage page = sink.only();
    assertThat(page.body()).isEqualTo("The main road closes for two weeks.");
    assertThat(sink.warnings.get(1)).isEqualTo(FeedArticles.SUMMARY_ONLY);
    assertThat(page.published()).isEqualTo(OffsetDateTime.parse("2025-06-11T23:30:00-05:00"));
    assertThat(page.publishedDate()).isEqualTo(LocalDate.of(2025, 6, 11));
  }

  @Test
  void anAtomEntryWithoutAnAuthorHasTheFeedsAuthor() {
    read(
        atom(
            """
            <entry><title>Weather</title><link href="https://valleytimes.example/weather"/>
              <summary>Sun all week.</summary></entry>
            """));

    assertThat(sink.only().authors()).containsExactly("Valley Times Desk");
  }

  @Test
  void anAtomEntryWithXhtmlContentIsAPageOfItsText() {
    read(
        atom(
            """
            <entry><title>Market</title><link href="https://valleytimes.example/market"/>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
                <p>%s</p><p>%s</p></div></content></entry>
            """
                .formatted(PARAGRAPH_ONE, PARAGRAPH_TWO)));

    assertThat(sink.only().body()).isEqualTo(PARAGRAPH_ONE + "\n" + PARAGRAPH_TWO);
  }

  @Test
  void anRss10FeedHasItsItemsBesideTheChannel() {
    String rdf =
        """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://courier.example/rdf">
            <title>Coast Courier</title>
            <dc:language>en</dc:language>
          </channel>
          <item rdf:about="https://courier.example/ferry">
            <title>Ferry</title>
            <link>https://courier.example/ferry</link>
            <dc:date>2025-06-10T06:00:00+01:00</dc:date>
            <dc:creator>Maria Lind</dc:creator>
            <description>The ferry will run more often.</description>
          </item>
        </rdf:RDF>
        """;

    read(rdf);

    WebPage page = sink.only();
    assertThat(page.url()).isEqualTo("https://courier.example/ferry");
    assertThat(page.published()).isEqualTo(OffsetDateTime.parse("2025-06-10T06:00:00+01:00"));
    assertThat(page.authors()).containsExactly("Maria Lind");
    assertThat(page.language()).isEqualTo("en");
  }

  @Test
  void theEncodingOfTheXmlDeclarationDecodesTheFeed() {
    // 0xA4 is the euro sign in ISO-8859-15, a currency sign in windows-1252.
    String feed =
        rss("""
                <item><title>Prices</title><link>https://courier.example/prices</link>
                  <description>A coffee now costs 4 € at the harbour café.</description></item>
                """)
            .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-15\"");

    read(feed.getBytes(Charset.forName("ISO-8859-15")));

    assertThat(sink.only().body()).isEqualTo("A coffee now costs 4 € at the harbour café.");
  }

  @Test
  void aUtf16FeedWithAByteOrderMarkIsRead() {
    String feed = "\uFEFF" + rss(FERRY_ITEM).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");

    read(feed.getBytes(StandardCharsets.UTF_16LE));

    assertThat(sink.only().title()).isEqualTo("Ferry to run every half hour");
  }

  @Test
  void bytesThatAreNotXmlFailTheWholeFeedWithoutAnException() {
    FeedArticles.Summary[] summary = new FeedArticles.Summary[1];

    assertThatCode(() -> summary[0] = read("{\"items\": [1, 2, 3]}")).doesNotThrowAnyException();

    assertThat(summary[0]).isEqualTo(new FeedArticles.Summary(0, 0, 0, 1));
    assertThat(sink.failed).containsOnlyKeys(0);
    assertThat(sink.failed.get(0)).contains("not XML");
  }

  @Test
  void anHtmlPageIsNotAFeed() {
    read(TestArticles.harbour());

    assertThat(sink.failed).containsOnlyKeys(0);
    assertThat(sink.failed.get(0)).contains("HTML page");
    assertThat(sink.pages).isEmpty();
  }

  @Test
  void xmlWithAnotherRootIsNotAFeed() {
    read(
        """
        <?xml version="1.0"?>
        <urlset><url><loc>https://courier.example/ferry</loc></url></urlset>
        """);

    assertThat(sink.failed.get(0)).contains("<urlset>");
  }
}
