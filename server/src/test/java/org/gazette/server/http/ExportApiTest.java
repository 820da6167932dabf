package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code GET /api/v1/export} on a real server over the sample corpus. */
class ExportApiTest {
  @TempDir Path dir;
  private RunningServer api;

  @BeforeEach
  void start() throws IOException {
    api = RunningServer.withSamples(dir);
  }

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private HttpResponse<byte[]> bytes(String pathAndQuery) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(api.uri(pathAndQuery)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesHoldEveryMatchingArticleAndTheHeaderCountsThem() {
    HttpResponse<byte[]> r = bytes("/api/v1/export?format=jsonl&place=Al%20Anbar");
    JsonObject search =
        JsonParser.parseString(api.get("/api/v1/search?size=0&place=Al%20Anbar").body())
            .getAsJsonObject();

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
    List<String> lines = text(r).lines().toList();
    assertThat(lines).hasSize(search.get("total").getAsInt());
    assertThat(r.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(lines.size()));
    JsonObject first = JsonParser.parseString(lines.getFirst()).getAsJsonObject();
    assertThat(first.keySet())
        .containsExactly(
            "id", "title", "source", "published", "publishedAt", "url", "authors", "entities");
    assertThat(first.getAsJsonObject("entities").getAsJsonArray("place").toString())
        .contains("Al Anbar");
  }

  @Test
  void csvFollowsRfc4180AndRoundTripsQuotesCommasAndLineBreaks() {
    String title = "Talks, \"again\", in Erbil";
    String body = "First line, with a comma.\n\nSecond \"quoted\" line.";
    JsonObject article = new JsonObject();
    article.addProperty("id", "tricky");
    article.addProperty("title", title);
    article.addProperty("body", body);
    assertThat(api.post("/api/v1/documents", article.toString()).statusCode()).isEqualTo(201);

    HttpResponse<byte[]> r = bytes("/api/v1/export?format=csv&body=true");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()[0]).as("no byte-order mark unless asked").isEqualTo((byte) 'i');
    List<List<String>> records = Rfc4180.parse(text(r));
    assertThat(records.getFirst())
        .containsExactly(
            "id",
            "title",
            "source",
            "published",
            "published_at",
            "url",
            "authors",
            "organizations",
            "places",
            "persons",
            "body");
    assertThat(records).hasSize(7).allSatisfy(rec -> assertThat(rec).hasSize(11));
    List<String> tricky =
        records.stream().filter(rec -> rec.getFirst().equals("tricky")).findFirst().orElseThrow();
    assertThat(tricky.get(1)).isEqualTo(title);
    assertThat(tricky.get(10)).isEqualTo(body);
    assertThat(text(r)).contains("\r\n").doesNotContain("\"\r\n\r\n");
  }

  @Test
  void aByteOrderMarkComesOnlyWhenAsked() {
    byte[] withBom = bytes("/api/v1/export?format=csv&bom=true").body();

    assertThat(withBom).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd'});
  }

  @Test
  void theGexfNetworkIsValidAgainstTheGexf13Schema() throws Exception {
    HttpResponse<byte[]> r = bytes("/api/v1/export?format=gexf&nodes=25");

    assertThat(r.statusCode()).isEqualTo(200);
    URL xsd = getClass().getResource("gexf-1.3/gexf.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory
        .newSchema(xsd)
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(r.body())));
    Document doc = xml(r.body());
    assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(25);
    assertThat(doc.getElementsByTagName("edge").getLength()).isPositive();
  }

  @Test
  void graphMlIsWellFormedWithTheSameNetwork() throws Exception {
    Document gexf = xml(bytes("/api/v1/export?format=gexf&nodes=10").body());
    Document graphml = xml(bytes("/api/v1/export?format=graphml&nodes=10").body());

    assertThat(graphml.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://graphml.graphdrawing.org/xmlns");
    assertThat(graphml.getElementsByTagName("node").getLength()).isEqualTo(10);
    assertThat(graphml.getElementsByTagName("edge").getLength())
        .isEqualTo(gexf.getElementsByTagName("edge").getLength());
  }

  @Test
  void badParametersGetTheProblemAnswersOfSearch() {
    HttpResponse<String> badQuery = api.get("/api/v1/export?q=title%3A(troops");
    HttpResponse<String> searchBadQuery = api.get("/api/v1/search?q=title%3A(troops");
    HttpResponse<String> badFormat = api.get("/api/v1/export?format=pdf");
    HttpResponse<String> badFlag = api.get("/api/v1/export?body=maybe");
    HttpResponse<String> unknown = api.get("/api/v1/export?size=10");

    assertThat(badQuery.statusCode()).isEqualTo(400);
    assertThat(badQuery.body()).isEqualTo(searchBadQuery.body());
    assertThat(badFormat.statusCode()).isEqualTo(400);
    assertThat(badFormat.body()).contains("jsonl, csv, gexf, graphml");
    assertThat(badFlag.statusCode()).isEqualTo(400);
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  private static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  /** A strict RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
  static final class Rfc4180 {
    static List<List<String>> parse(String csv) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int i = 0;
      while (i < csv.length()) {
        char c = csv.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
          i++;
        } else if (c == '"') {
          assertThat(field).as("a quote opens a field only at its start").isEmpty();
          quoted = true;
          i++;
        } else if (c == ',') {
          record.add(field.toString());
          field.setLength(0);
          i++;
        } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          record.add(field.toString());
          field.setLength(0);
          records.add(record);
          record = new ArrayList<>();
          i += 2;
        } else {
          assertThat(c).as("a bare line break outside quotes").isNotIn('\r', '\n');
          field.append(c);
          i++;
        }
      }
      assertThat(quoted).as("the last quoted field is closed").isFalse();
      assertThat(record).as("the last record ends with CRLF").isEmpty();
      return records;
    }
  }
}
