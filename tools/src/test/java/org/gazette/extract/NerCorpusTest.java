package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gazette.model.EntityType;
import org.junit.jupiter.api.Test;

/** The readers of the annotated corpora, the text they build, and the development split. */
class NerCorpusTest {
  /** Small archives of invented sentences in the layout of the real ones. */
  private static final Path TEST_DATA =
      Path.of("src/test/resources/org/gazette/extract/shared-data").toAbsolutePath();

  @Test
  void conllDocumentsBecomeTextsWithTypedSpans() {
    String conll =
        """
        -DOCSTART- -X- O O

        Maria NNP - B-PER
        Lopez NNP - I-PER
        visited VBD - O
        Lagos NNP - B-LOC
        for IN - O
        Acme NNP - B-ORG
        Corp NNP - I-ORG
        . . - O

        The DT - O
        Olympics NNPS - B-MISC
        ended VBD - O
        -DOCSTART- -X- O O

        Oslo I-LOC
        Bergen B-LOC
        """;
    List<NerCorpus.Document> docs =
        ConllReader.conll("x/SEC-filings/CONLL-format/data/f.txt", conll);
    assertThat(docs).hasSize(2);
    NerCorpus.Document first = docs.get(0);
    assertThat(first.id()).isEqualTo("sec-filings-f_txt-1");
    assertThat(first.corpus()).isEqualTo("sec-filings");
    assertThat(first.text())
        .isEqualTo("Maria Lopez visited Lagos for Acme Corp. The Olympics ended");
    assertThat(texts(first))
        .containsExactly(
            "PERSON Maria Lopez", "PLACE Lagos", "ORGANIZATION Acme Corp", "null Olympics");
    // B- starts a new name even right after one of the same type.
    NerCorpus.Document second = docs.get(1);
    assertThat(texts(second)).containsExactly("PLACE Oslo", "PLACE Bergen");
  }

  @Test
  void tokensAreJoinedAsWrittenWithExactOffsets() {
    List<String[]> tokens =
        tagged(
            "The/O",
            "``/O",
            "Blue/B-ORG",
            "Lions/I-ORG",
            "''/O",
            "-LRB-/O",
            "est./O",
            "-RRB-/O",
            "won/O",
            "$/O",
            "5/O",
            "million/O",
            ",/O",
            "50/O",
            "%/O",
            "of/O",
            "Norrland/B-LOC",
            "'s/O",
            "prize/O",
            ";/O",
            "\"/O",
            "Tor/B-PER",
            "Berg/I-PER",
            "\"/O",
            "did/O",
            "n't/O",
            "mind/O",
            "the/O",
            "players/O",
            "'/O",
            "fee/O",
            "!/O");
    DocumentText text = new DocumentText(0);
    List<NerCorpus.Span> spans = new ArrayList<>();
    text.tokens(tokens, spans);
    String s = text.toString();
    assertThat(s)
        .isEqualTo(
            "The \"Blue Lions\" (est.) won $5 million, 50% of Norrland's prize; \"Tor Berg\""
                + " didn't mind the players' fee!");
    assertThat(spans.stream().map(sp -> s.substring(sp.start(), sp.end())))
        .containsExactly("Blue Lions", "Norrland", "Tor Berg");
  }

  @Test
  void sentencesMakeParagraphsOfFourWhereTheCorpusMarksNone() {
    DocumentText text = new DocumentText(4);
    List<NerCorpus.Span> spans = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      text.tokens(tagged("Line/O", i + "/O", "./O"), spans);
    }
    assertThat(text.toString()).isEqualTo("Line 1. Line 2. Line 3. Line 4.\n\nLine 5. Line 6.");

    DocumentText marked = new DocumentText(0);
    marked.paragraph();
    marked.sentence("Heading");
    marked.paragraph();
    marked.sentence("One.");
    marked.sentence("Two.");
    assertThat(marked.toString()).isEqualTo("Heading\n\nOne. Two.");
  }

  @Test
  void tokensAreFoundInTheOriginalSentenceAndAMissingOneIsPassedOver() {
    DocumentText text = new DocumentText(0);
    List<NerCorpus.Span> spans = new ArrayList<>();
    text.sentence("Intro.", tagged("Intro/O", "./O"), spans);
    // "Sankt" is not in the text as written: the name covers the token that is.
    text.sentence(
        "I can't visit  St. Olav's Church.",
        tagged(
            "I/O",
            "ca/O",
            "n't/O",
            "visit/O",
            "Sankt/B-ORG",
            "Olav/I-ORG",
            "'s/I-ORG",
            "Church/I-ORG",
            "./O"),
        spans);
    text.sentence("", tagged("Ask/O", "Ida/B-PER", "./O"), spans);
    String s = text.toString();
    assertThat(s).isEqualTo("Intro. I can't visit  St. Olav's Church. Ask Ida.");
    assertThat(spans.stream().map(sp -> s.substring(sp.start(), sp.end())))
        .containsExactly("Olav's Church", "Ida");
  }

  @Test
  void ewtDocumentsComeFromTheirOriginalTextWithOtherNamesUntyped() {
    String iob2 =
        String.join(
            "\n",
            "# sent_id = reviews-0001-0001",
            "# text = Fine tea from Ceylon, sold by Indian traders.",
            "1\tFine\tO\t-\t-",
            "2\ttea\tO\t-\t-",
            "3\tfrom\tO\t-\t-",
            "4\tCeylon\tB-LOC\t-\tann",
            "5\t,\tO\t-\t-",
            "6\tsold\tO\t-\t-",
            "7\tby\tO\t-\t-",
            "8\tIndian\tB-OTH\t-\tann",
            "9\ttraders\tO\t-\t-",
            "10\t.\tO\t-\t-",
            "",
            "# sent_id = reviews-0001-0002",
            "# text = Ask Ravi.",
            "1\tAsk\tO\t-\t-",
            "2\tRavi\tB-PER\t-\tann",
            "3\t.\tO\t-\t-",
            "",
            "# sent_id = reviews-0002-0001",
            "# text = Closed.",
            "1\tClosed\tO\t-\t-",
            "2\t.\tO\t-\t-",
            "");
    // No newdoc lines: documents are the sent_ids before their last '-'.
    List<NerCorpus.Document> docs =
        ConllReader.ewt("data/UNER_English-EWT/CONLL-format/data/dev/en_ewt-ud-dev.iob2", iob2);
    assertThat(docs)
        .extracting(NerCorpus.Document::id)
        .containsExactly("ewt-reviews-0001", "ewt-reviews-0002");
    NerCorpus.Document first = docs.get(0);
    assertThat(first.text()).isEqualTo("Fine tea from Ceylon, sold by Indian traders. Ask Ravi.");
    // UNER's OTH ("Indian") is kept as another name, without a type.
    assertThat(texts(first)).containsExactly("PLACE Ceylon", "null Indian", "PERSON Ravi");
    assertThat(docs).allMatch(NerCorpus.Document::isDev);
    assertThat(ConllReader.ewt("x/train/en_ewt-ud-train.iob2", iob2))
        .noneMatch(NerCorpus.Document::isDev);
  }

  @Test
  void gumKeepsTheOutermostNamedMentionsWithoutALeadingThe() throws Exception {
    Map<String, NerCorpus.Document> gum = byId(read("gum"));
    assertThat(gum.keySet()).containsExactlyInAnyOrder("GUM_bio_byron", "GUM_voyage_test");
    NerCorpus.Document byron = gum.get("GUM_bio_byron");
    assertThat(byron.text())
        .isEqualTo(
            "Early years\n\nEdrin Valk studied at Velmora Grammar School, the old school of his"
                + " town. He didn't return to the Orvane Institute.");
    // "Velmora" (a place inside the school) nests; "the old school", "his town", "He" are no
    // names.
    assertThat(texts(byron))
        .containsExactly(
            "PERSON Edrin Valk",
            "ORGANIZATION Velmora Grammar School",
            "ORGANIZATION Orvane Institute");
    assertThat(byron.isDev()).isTrue();
    assertThat(gum.get("GUM_voyage_test").isDev()).isFalse();
    assertThat(texts(gum.get("GUM_voyage_test"))).containsExactly("PLACE Korsa Bay");
  }

  @Test
  void redocredDocumentsAreDetokenisedWithStableIds() throws Exception {
    Map<String, NerCorpus.Document> docs = byId(read("redocred"));
    assertThat(docs.keySet())
        .containsExactly("redocred-dev-1", "redocred-dev-2", "redocred-dev-3", "redocred-test-1");
    NerCorpus.Document first = docs.get("redocred-dev-1");
    assertThat(first.text())
        .isEqualTo(
            "Annika \"Ann\" Solberg (born 1950 in Tavrik) is a painter. She joined the Lund Art"
                + " Society in 1971.");
    assertThat(texts(first))
        .containsExactly(
            "PERSON Annika \"Ann\" Solberg", "PLACE Tavrik", "ORGANIZATION Lund Art Society");
    // One in five by the checksum of the id: of these, only redocred-dev-3.
    assertThat(docs.values().stream().filter(NerCorpus.Document::isDev).map(NerCorpus.Document::id))
        .containsExactly("redocred-dev-3");
  }

  @Test
  void readGivesEveryCorpusItsNameAndItsSplit() throws Exception {
    List<NerCorpus.Document> docs = NerCorpus.read(TEST_DATA);
    assertThat(docs.stream().map(NerCorpus.Document::corpus).distinct())
        .containsExactly("wikigold", "re3d", "ewt", "redocred", "gum");
    Map<String, NerCorpus.Document> ewt = byId(read("ewt"));
    assertThat(ewt.keySet())
        .containsExactlyInAnyOrder(
            "ewt-email-test_0002", "ewt-weblog-test.example_0001", "ewt-reviews-test_0003");
    assertThat(ewt.get("ewt-email-test_0002").isDev()).isTrue();
    assertThat(ewt.get("ewt-weblog-test.example_0001").isDev()).isFalse();
    assertThat(ewt.get("ewt-reviews-test_0003").isDev()).isFalse();
    // OTH ("American") is no name here.
    assertThat(texts(ewt.get("ewt-weblog-test.example_0001")))
        .containsExactly(
            "PERSON Marta Quell", "PLACE Velmora", "ORGANIZATION Harbin Trust", "null American");
    assertThat(texts(ewt.get("ewt-reviews-test_0003")))
        .containsExactly("ORGANIZATION Lindqvist's", "PLACE Narvik");
  }

  @Test
  void re3dKeepsOrganisationsPlacesAndPeopleWithoutOverlaps() {
    String documents =
        "{\"_id\":\"D1\",\"title\":\"t\",\"text\":\"The Ministry of Energy in Oslo.\"}\n";
    String entities =
        String.join(
            "\n",
            "{\"documentId\":\"D1\",\"begin\":4,\"end\":22,\"type\":\"Organisation\"}",
            "{\"documentId\":\"D1\",\"begin\":16,\"end\":22,\"type\":\"Location\"}",
            "{\"documentId\":\"D1\",\"begin\":26,\"end\":30,\"type\":\"Location\"}",
            "{\"documentId\":\"D1\",\"begin\":0,\"end\":3,\"type\":\"Temporal\"}",
            "{\"documentId\":\"D1\",\"begin\":20,\"end\":99,\"type\":\"Person\"}");
    List<NerCorpus.Document> docs = NerCorpus.re3d(documents, entities);
    NerCorpus.Document d = docs.get(0);
    assertThat(d.id()).isEqualTo("re3d-D1");
    assertThat(d.spans().stream().map(d::text)).containsExactly("Ministry of Energy", "Oslo");
  }

  @Test
  void aQuarterOfTheOtherDocumentsIsHeldOutTheSameWayEveryTime() {
    int dev = 0;
    for (int i = 0; i < 400; i++) {
      NerCorpus.Document d = new NerCorpus.Document("doc-" + i, "c", "x", List.of());
      dev += d.isDev() ? 1 : 0;
      assertThat(d.isDev())
          .isEqualTo(new NerCorpus.Document("doc-" + i, "c", "y", List.of()).isDev());
    }
    assertThat(dev).isBetween(70, 130);
    // The ids of the first reader keep their split: CRC32 modulo 4.
    assertThat(
            new NerCorpus.Document("wikigold-wikigold_conll_txt-1", "wikigold", "x", List.of())
                .isDev())
        .isEqualTo(NerCorpus.oneIn("wikigold-wikigold_conll_txt-1", 4));
  }

  @Test
  void aSpanOutsideTheTextIsRefused() {
    assertThatThrownBy(
            () ->
                new NerCorpus.Document(
                    "d", "c", "Oslo", List.of(new NerCorpus.Span(2, 9, EntityType.PLACE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("span")
        .hasMessageContaining("[0, 4)");
  }

  @Test
  void idsBecomeSafeFileNames() {
    assertThat(NerCorpus.safeId("weblog-a.com/x y:z")).isEqualTo("weblog-a.com_x_y_z");
    assertThat(NerCorpus.safeId(".hidden")).isEqualTo("_hidden");
  }

  private static List<NerCorpus.Document> read(String corpus) throws Exception {
    return NerCorpus.read(TEST_DATA).stream().filter(d -> d.corpus().equals(corpus)).toList();
  }

  private static Map<String, NerCorpus.Document> byId(List<NerCorpus.Document> docs) {
    return docs.stream()
        .collect(
            Collectors.toMap(
                NerCorpus.Document::id,
                Function.identity(),
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  /** "TYPE text" of each span, in order. */
  private static List<String> texts(NerCorpus.Document d) {
    return d.spans().stream().map(s -> s.type() + " " + d.text(s)).toList();
  }

  /** {@code {token, tag}} pairs from "token/TAG" strings (split at the last '/'). */
  private static List<String[]> tagged(String... pairs) {
    List<String[]> out = new ArrayList<>();
    for (String p : pairs) {
      int slash = p.lastIndexOf('/');
      out.add(new String[] {p.substring(0, slash), p.substring(slash + 1)});
    }
    return out;
  }
}
