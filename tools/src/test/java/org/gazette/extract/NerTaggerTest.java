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

/** Training and using the name tagger (the corpora and the development set: NerCorpusTest). */
class NerTaggerTest {
  @TempDir Path dir;

  @Test
  void trainingLearnsNamesFromContextAndIsReproducible() throws Exception {
    List<NerCorpus.Document> docs = syntheticCorpus();
    Path first = dir.resolve("a.bin.gz");
    Path second = dir.resolve("b.bin.gz");
    List<String> progress = new ArrayList<>();
    String summary = NerTrainer.train(docs, 6, first, progress::add);
    NerTrainer.train(docs, 6, second, s -> {});
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    for (int run = 1; run <= Perceptron.RUNS; run++) {
      for (String stage : List.of("first", "second")) {
        String pass = stage + " stage (run " + run + " of " + Perceptron.RUNS + "), pass 6:";
        assertThat(progress).anyMatch(p -> p.startsWith(pass));
      }
    }
    assertThat(summary).contains("held-out spans");

    RuleBasedEntityExtractor extractor = RuleBasedEntityExtractor.withDefaultResources();
    NerModel model;
    try (InputStream in = Files.newInputStream(first)) {
      model = NerModelFile.read(in);
    }
    // Unknown words, never seen in training: the contexts decide.
    List<Token> tokens =
        extractor
            .tokenBlocks("Yesterday Qorvatin Ellsmere told reporters about Zandovar Holdings.")
            .get(0);
    NameTagger tagger = new NameTagger(new NerFeatures(extractor.gazetteer()), model);
    NerFeatures.Block block = tagger.block(tokens, DocumentWords.NONE, null);
    NameTagger.Tagging stage1 = tagger.first(block);
    NameTagger.Tagging tagging =
        tagger.hasSecondStage() ? tagger.last(block, new long[tokens.size()][]) : stage1;
    List<String> tagged = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      tagged.add(tokens.get(i).text() + "/" + NerModel.TAGS[tagging.tags()[i]]);
    }
    assertThat(tagged)
        .contains("Qorvatin/B-PER", "Ellsmere/L-PER", "Zandovar/B-ORG", "Holdings/L-ORG");
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
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> NerModelFile.read(in))
          .hasMessageContaining("not a Gazette name-tagger model");
    }
  }

  @Test
  void aNameTakesTheTypeItsTaggedMentionsFavour() {
    KeyGroup g = new KeyGroup("zorvath");
    g.add(found("Zorvath", new Evidence(0.6, 0.3, 0.1)));
    g.add(found("Zorvath", new Evidence(0.1, 0.1, 0.8)));
    g.add(found("Zorvath", new Evidence(0.1, 0.2, 0.7)));
    assertThat(g.bestType()).isEqualTo(EntityType.ORGANIZATION);
  }

  private static Found found(String text, Evidence shares) {
    return new Found(
        org.gazette.model.ArticleField.BODY,
        0,
        text.length(),
        text,
        text.toLowerCase(java.util.Locale.ROOT),
        shares,
        Evidence.NONE,
        null,
        Found.TAGGED);
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
