package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotated corpora readers, the development set, and training and using the name tagger. */
class NerTaggerTest {
  @TempDir Path dir;

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
    List<NerCorpus.Document> docs = NerCorpus.conll("x/SEC-filings/CONLL-format/data/f.txt", conll);
    assertThat(docs).hasSize(2);
    NerCorpus.Document first = docs.get(0);
    assertThat(first.text())
        .isEqualTo("Maria Lopez visited Lagos for Acme Corp .\nThe Olympics ended");
    assertThat(first.spans().stream().map(first::text))
        .containsExactly("Maria Lopez", "Lagos", "Acme Corp");
    assertThat(first.spans().stream().map(NerCorpus.Span::type))
        .containsExactly(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION);
    // B- starts a new name even right after one of the same type.
    NerCorpus.Document second = docs.get(1);
    assertThat(second.spans().stream().map(second::text)).containsExactly("Oslo", "Bergen");
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
    assertThat(d.spans().stream().map(d::text)).containsExactly("Ministry of Energy", "Oslo");
  }

  @Test
  void aQuarterOfTheDocumentsIsHeldOutTheSameWayEveryTime() {
    int dev = 0;
    for (int i = 0; i < 400; i++) {
      NerCorpus.Document d = new NerCorpus.Document("doc-" + i, "c", "x", List.of());
      dev += d.isDev() ? 1 : 0;
      assertThat(d.isDev())
          .isEqualTo(new NerCorpus.Document("doc-" + i, "c", "y", List.of()).isDev());
    }
    assertThat(dev).isBetween(70, 130);
  }

  @Test
  void mentionsOfOneEntityBecomeOneGoldEntityWithAliases() {
    String text =
        "Barack Obama met the World Health Organization. Obama praised the WHO and mourners.";
    List<NerCorpus.Span> spans =
        List.of(
            span(text, "Barack Obama", EntityType.PERSON),
            span(text, "World Health Organization", EntityType.ORGANIZATION),
            span(text, "Obama praised", EntityType.PERSON, 5),
            span(text, "WHO", EntityType.ORGANIZATION),
            span(text, "mourners", EntityType.ORGANIZATION));
    NerCorpus.Document d = new NerCorpus.Document("d", "c", text, spans);
    var people = DevSetBuilder.groups(d, EntityType.PERSON);
    assertThat(people).hasSize(1);
    assertThat(people.get(0).name).isEqualTo("Barack Obama");
    assertThat(people.get(0).aliases).containsExactly("Obama");
    var orgs = DevSetBuilder.groups(d, EntityType.ORGANIZATION);
    assertThat(orgs).hasSize(2);
    assertThat(orgs.get(0).aliases).containsExactly("WHO");
    assertThat(orgs.get(1).name).isEqualTo("mourners");
    assertThat(orgs.get(1).required).isFalse();
  }

  @Test
  void pronounsAndGenericMentionsAreOptionalInTheGold() {
    assertThat(DevSetBuilder.isName("Tobias Ellwood")).isTrue();
    assertThat(DevSetBuilder.isName("the Syrian opposition")).isTrue();
    assertThat(DevSetBuilder.isName("We")).isFalse();
    assertThat(DevSetBuilder.isName("the people of Iraq")).isFalse();
    assertThat(DevSetBuilder.isName("mourners")).isFalse();
  }

  @Test
  void devSetHoldsOnlyHeldOutDocuments() throws Exception {
    List<NerCorpus.Document> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = "Nadia Farrow spoke in Lisbon.";
      docs.add(
          new NerCorpus.Document(
              "doc-" + i, "c", text, List.of(span(text, "Nadia Farrow", EntityType.PERSON))));
    }
    long held = docs.stream().filter(NerCorpus.Document::isDev).count();
    String summary = DevSetBuilder.write(docs, dir);
    assertThat(summary).startsWith(held + " documents");
    try (var files = Files.list(dir.resolve("docs"))) {
      assertThat(files.count()).isEqualTo(held);
    }
    String gold = Files.readString(dir.resolve("gold.json"));
    assertThat(gold).contains("\"person\"", "Nadia Farrow");
  }

  @Test
  void trainingLearnsNamesFromContextAndIsReproducible() throws Exception {
    List<NerCorpus.Document> docs = syntheticCorpus();
    Path first = dir.resolve("a.bin.gz");
    Path second = dir.resolve("b.bin.gz");
    List<String> progress = new ArrayList<>();
    String summary = NerTrainer.train(docs, 6, first, progress::add);
    NerTrainer.train(docs, 6, second, s -> {});
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(progress).anyMatch(p -> p.startsWith("pass 6:"));
    assertThat(summary).contains("held-out spans");

    RuleBasedEntityExtractor extractor = RuleBasedEntityExtractor.withDefaultResources();
    NerModel model;
    try (InputStream in = Files.newInputStream(first)) {
      model = NerModel.read(in, extractor.gazetteer());
    }
    // Unknown words, never seen in training: the contexts decide.
    List<Token> tokens =
        extractor
            .tokenBlocks("Yesterday Qorvatin Ellsmere told reporters about Zandovar Holdings.")
            .get(0);
    NerModel.Tagging tagging = model.tag(tokens);
    List<String> tagged = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      tagged.add(tokens.get(i).text() + "/" + NerModel.TAGS[tagging.tags()[i]]);
    }
    assertThat(tagged)
        .contains("Qorvatin/B-PER", "Ellsmere/I-PER", "Zandovar/B-ORG", "Holdings/I-ORG");
    assertThat(tagged).contains("reporters/O", "about/O");
  }

  @Test
  void readingSomethingElseFailsClearly() throws Exception {
    Path bogus = dir.resolve("bogus.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bogus))) {
      out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    RuleBasedEntityExtractor extractor = RuleBasedEntityExtractor.withDefaultResources();
    try (InputStream in = Files.newInputStream(bogus)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> NerModel.read(in, extractor.gazetteer()))
          .hasMessageContaining("not a Gazette name-tagger model");
    }
  }

  @Test
  void theTaggerDecidesWhereTheRulesAreUnsureButDoesNotOverruleThem() {
    KeyGroup unsure = new KeyGroup("zorvath");
    unsure.add(found("Zorvath", new Evidence(0.4, 0.3, 0), new Evidence(0, 0, 1.0)));
    assertThat(unsure.bestType()).isEqualTo(EntityType.ORGANIZATION);

    KeyGroup sure = new KeyGroup("basra");
    sure.add(found("Basra", new Evidence(0, 3.0, 0), new Evidence(1.0, 0, 0)));
    assertThat(sure.bestType()).isEqualTo(EntityType.PLACE);
  }

  private static Found found(String text, Evidence form, Evidence tagged) {
    return new Found(
        org.gazette.model.ArticleField.BODY,
        0,
        text.length(),
        text,
        text.toLowerCase(java.util.Locale.ROOT),
        form,
        Evidence.NONE,
        null,
        tagged,
        0);
  }

  /** Sentences where only the context says what an invented name is. */
  private static List<NerCorpus.Document> syntheticCorpus() {
    String[] first = {"Talvi", "Orsen", "Mirek", "Kasla", "Dumont", "Peral", "Vesko", "Anwen"};
    String[] last = {"Brack", "Holtz", "Vilmar", "Quist", "Ferrant", "Lodge", "Maddox", "Senna"};
    String[] org = {
      "Ravel", "Kestrel", "Norland", "Opaline", "Trident", "Velour", "Cobalt", "Ember"
    };
    List<NerCorpus.Document> docs = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      String person = first[i % 8] + " " + last[(i / 8) % 8];
      String company = org[(i * 3) % 8] + " Holdings";
      String text = "Yesterday " + person + " told reporters about " + company + ".";
      docs.add(
          new NerCorpus.Document(
              "synthetic-" + i,
              "synthetic",
              text,
              List.of(
                  span(text, person, EntityType.PERSON),
                  span(text, company, EntityType.ORGANIZATION))));
    }
    return docs;
  }

  private static NerCorpus.Span span(String text, String name, EntityType type) {
    return span(text, name, type, name.length());
  }

  private static NerCorpus.Span span(String text, String find, EntityType type, int length) {
    int at = text.indexOf(find);
    return new NerCorpus.Span(at, at + length, type);
  }
}
