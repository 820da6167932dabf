package org.gazette.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.gazette.ingest.web.TestArticles.HARBOUR_FIRST;
import static org.gazette.ingest.web.TestArticles.HARBOUR_SECOND;
import static org.gazette.ingest.web.TestArticles.HARBOUR_TITLE;
import static org.gazette.ingest.web.TestArticles.LIBRARY_TITLE;
import static org.gazette.ingest.web.WarcBytes.chunked;
import static org.gazette.ingest.web.WarcBytes.deflate;
import static org.gazette.ingest.web.WarcBytes.gzip;
import static org.gazette.ingest.web.WarcBytes.html;
import static org.gazette.ingest.web.WarcBytes.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticlesTest {
  private static final long LIMIT = 64 * 1024;

  private static final String HARBOUR_URL = "https://courier.example/2025/03/harbour-crane";
  private static final String LIBRARY_URL = "https://valleytimes.example/news/library-hours";

  private final RecordingPageSink sink = new RecordingPageSink();

  /** warcinfo, request, HTML response, PNG response, 404 response, HTML response. */
  private static WarcBytes mixed(WarcBytes warc) {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
    byte[] notFound =
        "<html><head><title>Not found</title></head><body>No such page</body></html>"
            .getBytes(StandardCharsets.UTF_8);
    return warc.warcinfo()
        .request(HARBOUR_URL)
        .response(HARBOUR_URL, html(TestArticles.harbour()))
        .response(
            "https://courier.example/logo.png",
            http(200, "OK", png, "Content-Type: image/png", "Content-Length: " + png.length))
        .response(
            "https://courier.example/missing",
            http(404, "Not Found", notFound, "Content-Type: text/html; charset=utf-8"))
        .response(LIBRARY_URL, html(TestArticles.library()));
  }

  private WarcArticles.Summary read(byte[] warc) {
    return new WarcArticles(LIMIT).read(new ByteArrayInputStream(warc), sink);
  }

  /** A plain WARC file holding a single response with {@code http} for the harbour URL. */
  private static byte[] single(byte[] http) {
    return WarcBytes.plain().response(HARBOUR_URL, http).bytes();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theHtmlResponsesOfAFileArePagesNumberedByRecord() {
    read(mixed(WarcBytes.plain()).bytes());

    assertThat(sink.pages.keySet()).containsExactly(3, 6);
    assertThat(sink.pages.get(3).url()).isEqualTo(HARBOUR_URL);
    assertThat(sink.pages.get(3).title()).isEqualTo(HARBOUR_TITLE);
    assertThat(sink.pages.get(6).url()).isEqualTo(LIBRARY_URL);
    assertThat(sink.pages.get(6).title()).isEqualTo(LIBRARY_TITLE);
  }

  @Test
  void aPageHasTheArticleTextOneParagraphALineWithoutTheNavigation() {
    read(mixed(WarcBytes.plain()).bytes());

    assertThat(sink.pages.get(3).body().lines())
        .contains(HARBOUR_FIRST, HARBOUR_SECOND)
        .noneMatch(line -> line.contains("Home") || line.contains("Contact us"));
    assertThat(sink.warnings.get(3)).isNull();
  }

  @Test
  void aPageCarriesWhatItSaysAboutItself() {
    read(mixed(WarcBytes.plain()).bytes());

    WebPage page = sink.pages.get(3);
    assertThat(page.published()).isEqualTo(OffsetDateTime.parse("2025-03-01T09:30:00+01:00"));
    assertThat(page.publishedDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(page.source()).isEqualTo("Coast Courier");
    assertThat(page.authors()).containsExactly("Maria Lind");
    assertThat(page.language()).isEqualTo("en");
  }

  @Test
  void theOtherRecordsAreSkippedWithReasonsNamingWhatTheyAre() {
    read(mixed(WarcBytes.plain()).bytes());

    assertThat(sink.skipped.keySet()).containsExactly(1, 2, 4, 5);
    assertThat(sink.skipped.get(1)).contains("warcinfo");
    assertThat(sink.skipped.get(2)).contains("request");
    assertThat(sink.skipped.get(4)).contains("image/png");
    assertThat(sink.skipped.get(5)).contains("404");
    assertThat(sink.failed).isEmpty();
  }

  @Test
  void theSummaryCountsEveryRecordOnce() {
    WarcArticles.Summary summary = read(mixed(WarcBytes.plain()).bytes());

    assertThat(summary).isEqualTo(new WarcArticles.Summary(6, 2, 4, 0));
    assertThat(sink.calls).hasSize(6);
  }

  @Test
  void aFileGzippedRecordByRecordReadsAsThePlainOne() {
    read(mixed(WarcBytes.gzipped()).bytes());
    List<String> gzipped = List.copyOf(sink.calls);
    sink.calls.clear();

    read(mixed(WarcBytes.plain()).bytes());

    assertThat(gzipped).isEqualTo(sink.calls).contains("page 3", "page 6");
  }

  @Test
  void aFileWrittenByJwarcIsRead() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      HttpResponse http =
          new HttpResponse.Builder(200, "OK")
              .body(MediaType.HTML_UTF8, utf8(TestArticles.library()))
              .build();
      writer.write(new WarcResponse.Builder(LIBRARY_URL).body(http).build());
    }

    read(out.toByteArray());

    assertThat(sink.only().title()).isEqualTo(LIBRARY_TITLE);
  }

  @Test
  void aChunkedBodyIsJoined() {
    byte[] body = utf8(TestArticles.harbour());
    read(
        single(
            http(
                200,
                "OK",
                chunked(body, 100),
                "Content-Type: text/html; charset=utf-8",
                "Transfer-Encoding: chunked")));

    assertThat(sink.only().body()).contains(HARBOUR_FIRST, HARBOUR_SECOND);
  }

  @Test
  void aGzipEncodedBodyIsDecoded() {
    byte[] body = gzip(utf8(TestArticles.harbour()));
    read(
        single(
            http(
                200,
                "OK",
                body,
                "Content-Type: text/html; charset=utf-8",
                "Content-Encoding: gzip",
                "Content-Length: " + body.length)));

    assertThat(sink.only().body()).contains(HARBOUR_FIRST);
  }

  @Test
  void aGzipEncodedChunkedBodyIsJoinedThenDecoded() {
    byte[] body = chunked(gzip(utf8(TestArticles.harbour())), 64);
    read(
        single(
            http(
                200,
                "OK",
                body,
                "Content-Type: text/html",
                "Transfer-Encoding: chunked",
                "Content-Encoding: gzip")));

    assertThat(sink.only().body()).contains(HARBOUR_FIRST);
  }

  @Test
  void aDeflateEncodedBodyIsDecodedZlibWrappedAsHttpSays() {
    read(
        single(
            http(
                200,
                "OK",
                deflate(utf8(TestArticles.harbour()), true),
                "Content-Type: text/html",
                "Content-Encoding: deflate")));

    assertThat(sink.only().body()).contains(HARBOUR_FIRST);
  }

  @Test
  void aDeflateEncodedBodyIsDecodedRawAsSomeServersSendIt() {
    read(
        single(
            http(
                200,
                "OK",
                deflate(utf8(TestArticles.harbour()), false),
                "Content-Type: text/html",
                "Content-Encoding: deflate")));

    assertThat(sink.only().body()).contains(HARBOUR_FIRST);
  }

  @Test
  void aBodyStoredDecodedUnderAGzipHeaderIsTakenAsItIs() {
    read(
        single(
            http(
                200,
                "OK",
                utf8(TestArticles.harbour()),
                "Content-Type: text/html",
                "Content-Encoding: gzip")));

    assertThat(sink.only().body()).contains(HARBOUR_FIRST);
  }

  @Test
  void aCorruptGzipBodyFailsTheRecordAndTheNextIsRead() {
    byte[] corrupt = gzip(utf8(TestArticles.harbour()));
    Arrays.fill(corrupt, 10, corrupt.length - 8, (byte) 0xFF);
    byte[] warc =
        WarcBytes.plain()
            .response(
                HARBOUR_URL,
                http(200, "OK", corrupt, "Content-Type: text/html", "Content-Encoding: gzip"))
            .response(LIBRARY_URL, html(TestArticles.library()))
            .bytes();

    read(warc);

    assertThat(sink.failed).containsOnlyKeys(1);
    assertThat(sink.failed.get(1)).contains("cannot be decoded");
    assertThat(sink.pages).containsOnlyKeys(2);
  }

  @Test
  void theCharsetOfTheHttpHeaderDecodesThePage() {
    // The page's own <meta> is wrong (Greek); the HTTP header, which wins, is right.
    String page =
        TestArticles.article(
                "Café on the square opens again",
                "Coast Courier",
                "Maria Lind",
                "2025-03-01",
                "The Café Lindqvist on the market square opened again on Friday after the fire"
                    + " that closed it last autumn, and the queue reached the fountain by nine.")
            .replace("<meta charset=\"utf-8\">", "<meta charset=\"iso-8859-7\">");
    read(
        single(
            http(
                200,
                "OK",
                page.getBytes(Charset.forName("windows-1252")),
                "Content-Type: text/html; charset=windows-1252")));

    assertThat(sink.only().body()).contains("The Café Lindqvist");
  }

  @Test
  void aResponseWithoutContentTypeIsAPageWhenItLooksLikeHtml() {
    read(single(http(200, "OK", utf8(TestArticles.harbour()))));

    assertThat(sink.only().title()).isEqualTo(HARBOUR_TITLE);
  }

  @Test
  void aResponseWithoutContentTypeThatIsNotHtmlIsSkipped() {
    read(single(http(200, "OK", utf8("{\"title\": \"not a page\"}"))));

    assertThat(sink.skipped).containsOnlyKeys(1);
    assertThat(sink.skipped.get(1)).contains("does not look like HTML");
  }

  @Test
  void anHtmlPageWithoutAnArticleIsSkippedWithTheReaderReason() {
    read(single(html("<html><head><title>Sections</title></head><body><p>News</p></body></html>")));

    assertThat(sink.skipped).containsOnlyKeys(1);
    assertThat(sink.skipped.get(1)).contains("no article text");
  }

  @Test
  void aRevisitRecordIsSkipped() {
    byte[] warc =
        WarcBytes.plain()
            .record(
                "revisit",
                HARBOUR_URL,
                "application/http;msgtype=response",
                utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"))
            .bytes();

    read(warc);

    assertThat(sink.skipped.get(1)).contains("revisit");
  }

  @Test
  void aRecordOverTheLimitFailsAndTheNextIsRead() {
    String big =
        TestArticles.article(
            "A very long report",
            "Coast Courier",
            "Maria Lind",
            "2025-03-01",
            (HARBOUR_FIRST + " ").repeat(500));
    byte[] warc =
        WarcBytes.plain()
            .response(HARBOUR_URL, html(big))
            .response(LIBRARY_URL, html(TestArticles.library()))
            .bytes();

    read(warc);

    assertThat(sink.failed).containsOnlyKeys(1);
    assertThat(sink.failed.get(1)).contains("more than the limit of " + LIMIT);
    assertThat(sink.pages.get(2).title()).isEqualTo(LIBRARY_TITLE);
  }

  @Test
  void aBodyThatDecodesBeyondTheLimitFails() {
    String big =
        TestArticles.article(
            "A very long report",
            "Coast Courier",
            "Maria Lind",
            "2025-03-01",
            (HARBOUR_FIRST + " ").repeat(500));
    byte[] body = gzip(utf8(big)); // small on disk, large decoded
    assertThat(body.length).isLessThan((int) LIMIT);

    read(single(http(200, "OK", body, "Content-Type: text/html", "Content-Encoding: gzip")));

    assertThat(sink.failed.get(1)).contains("decoded body holds more than the limit");
  }

  @Test
  void aRecordTheCrawlerCutShortIsAPageWithAWarning() {
    byte[] warc =
        WarcBytes.plain()
            .response(HARBOUR_URL, html(TestArticles.harbour()), "WARC-Truncated: length")
            .bytes();

    read(warc);

    assertThat(sink.warnings.get(1)).contains("cut this record short");
  }

  @Test
  void aFileThatEndsInsideItsLastRecordFailsItAndKeepsTheEarlierPages() {
    WarcBytes warc =
        WarcBytes.plain()
            .response(HARBOUR_URL, html(TestArticles.harbour()))
            .response(LIBRARY_URL, html(TestArticles.library()));

    WarcArticles.Summary summary = read(warc.bytesCut(300));

    assertThat(sink.pages).containsOnlyKeys(1);
    assertThat(sink.failed).containsOnlyKeys(2);
    assertThat(sink.failed.get(2)).contains("truncated");
    assertThat(summary).isEqualTo(new WarcArticles.Summary(2, 1, 0, 1));
  }

  @Test
  void aFileThatEndsInsideASkippedRecordFailsIt() {
    byte[] png = new byte[2000];
    WarcBytes warc =
        WarcBytes.plain()
            .response(HARBOUR_URL, html(TestArticles.harbour()))
            .response(
                "https://courier.example/logo.png",
                http(200, "OK", png, "Content-Type: image/png"));

    read(warc.bytesCut(1000));

    assertThat(sink.calls).hasSize(2).startsWith("page 1");
    assertThat(sink.failed.get(2)).contains("truncated");
  }

  @Test
  void aFileThatEndsInsideAGzipMemberFailsItAndKeepsTheEarlierPages() {
    WarcBytes warc =
        WarcBytes.gzipped()
            .response(HARBOUR_URL, html(TestArticles.harbour()))
            .response(LIBRARY_URL, html(TestArticles.library()));

    WarcArticles.Summary summary = read(warc.bytesCut(200));

    assertThat(sink.pages).containsOnlyKeys(1);
    assertThat(sink.failed.get(2)).contains("truncated");
    assertThat(summary).isEqualTo(new WarcArticles.Summary(2, 1, 0, 1));
  }

  @Test
  void aCorruptGzipMemberFailsAndReadingStops() {
    byte[] bytes =
        WarcBytes.gzipped()
            .response(HARBOUR_URL, html(TestArticles.harbour()))
            .response(LIBRARY_URL, html(TestArticles.library()))
            .response(LIBRARY_URL + "-2", html(TestArticles.library()))
            .bytes();
    int second =
        WarcBytes.gzipped().response(HARBOUR_URL, html(TestArticles.harbour())).bytes().length;
    // The first record gzipped alone is as long; break the deflate data of the second member.
    Arrays.fill(bytes, second + 10, second + 60, (byte) 0xFF);

    WarcArticles.Summary summary = read(bytes);

    assertThat(sink.pages).containsOnlyKeys(1);
    assertThat(sink.failed.get(2)).contains("truncated or corrupt gzip");
    assertThat(summary.records()).isEqualTo(2);
  }

  @Test
  void garbageFailsWithoutAnException() {
    byte[] garbage = utf8("This is a text file, not a web archive.\nNothing to see here.\n");

    WarcArticles.Summary[] summary = new WarcArticles.Summary[1];
    assertThatCode(() -> summary[0] = read(garbage)).doesNotThrowAnyException();

    assertThat(summary[0]).isEqualTo(new WarcArticles.Summary(1, 0, 0, 1));
    assertThat(sink.failed.get(1)).contains("not a WARC record");
  }

  @Test
  void garbageAfterTheRecordsFailsAfterThePages() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(mixed(WarcBytes.plain()).bytes());
    bytes.writeBytes(utf8("\u0000\u0001 trailing junk"));

    WarcArticles.Summary summary = read(bytes.toByteArray());

    assertThat(summary).isEqualTo(new WarcArticles.Summary(7, 2, 4, 1));
    assertThat(sink.failed).containsOnlyKeys(7);
  }

  @Test
  void anEmptyStreamHoldsNoRecord() {
    assertThat(read(new byte[0])).isEqualTo(new WarcArticles.Summary(0, 0, 0, 0));
    assertThat(sink.calls).isEmpty();
  }
}
