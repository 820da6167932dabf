package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development set: its gold entities, the files it writes, and the scorer. */
class DevSetTest {
  @TempDir Path dir;

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
  void devSetHoldsOnlyHeldOutDocumentsWithAGoldFilePerCorpus() throws Exception {
    List<NerCorpus.Document> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = "Nadia Farrow spoke in Lisbon.";
      List<NerCorpus.Span> spans =
          List.of(
              span(text, "Nadia Farrow", EntityType.PERSON),
              span(text, "Lisbon", EntityType.PLACE));
      docs.add(new NerCorpus.Document("doc-" + i, i % 2 == 0 ? "even" : "odd", text, spans));
    }
    docs.add(
        new NerCorpus.Document(
            "ewt-weblog-a.com/b c",
            "ewt",
            "Visit Oslo.",
            List.of(new NerCorpus.Span(6, 10, EntityType.PLACE)),
            true));
    long held = docs.stream().filter(NerCorpus.Document::isDev).count();
    long evenHeld = docs.stream().filter(d -> d.isDev() && d.corpus().equals("even")).count();

    DevSetBuilder.Summary summary = DevSetBuilder.write(docs, dir);

    try (var files = Files.list(dir.resolve("docs"))) {
      assertThat(files.count()).isEqualTo(held);
    }
    assertThat(dir.resolve("docs/ewt-weblog-a.com_b_c.json")).exists();
    JsonObject gold =
        JsonParser.parseString(Files.readString(dir.resolve("gold.json"))).getAsJsonObject();
    assertThat(gold.getAsJsonArray("documents")).hasSize((int) held);
    assertThat(gold.get("about").getAsString()).contains("UNER English-EWT");
    JsonObject even =
        JsonParser.parseString(Files.readString(dir.resolve("gold-even.json"))).getAsJsonObject();
    assertThat(even.getAsJsonArray("documents")).hasSize((int) evenHeld);
    assertThat(Files.readString(dir.resolve("gold-ewt.json")))
        .contains("ewt-weblog-a.com_b_c.json", "Oslo");
    assertThat(summary.corpora())
        .contains(new DevSetBuilder.CorpusCount("ewt", 1, 1, 1))
        .contains(
            new DevSetBuilder.CorpusCount(
                "even", (int) evenHeld, 2 * (int) evenHeld, 2 * (int) evenHeld));
    assertThat(summary.describe()).startsWith(held + " documents").contains("ewt");
    // What is written is what the scorer gets in memory.
    assertThat(DevSetBuilder.gold(docs)).hasSize((int) held);
  }

  @Test
  void scorerCountsHitsDuplicatesWrongTypesAndEquivalentNames() {
    List<DevSetScorer.GoldDocument> gold =
        List.of(
            new DevSetScorer.GoldDocument(
                "a.json",
                Map.of(
                    EntityType.ORGANIZATION,
                    List.of(entity("World Health Organization", true, "WHO"), entity("Acme", true)),
                    EntityType.PLACE,
                    List.of(
                        entity("United States", true),
                        entity("Oslo", true),
                        entity("the region", false)),
                    EntityType.PERSON,
                    List.of(entity("Barack Obama", true, "Obama")))),
            new DevSetScorer.GoldDocument(
                "b.json",
                Map.of(
                    // Two gold entities with one key ("UK" is "Britain") are one, required.
                    EntityType.PLACE,
                    List.of(entity("Britain", false), entity("UK", true)),
                    EntityType.PERSON,
                    List.of(entity("Ida Berg", true)))));
    Map<String, Map<EntityType, List<String>>> predicted =
        Map.of(
            "a.json",
            Map.of(
                EntityType.ORGANIZATION,
                List.of("WHO", "World Health Organisation"),
                EntityType.PLACE,
                List.of("U.S.", "United States", "Oslo", "Obama", "Narvik", "the region"),
                EntityType.PERSON,
                List.of("Obama")));

    DevSetScorer.Score score = DevSetScorer.score(gold, predicted);

    // "U.S." hits "United States", which is then a duplicate; "Obama" is a person.
    assertThat(score.byType().get(EntityType.PLACE))
        .isEqualTo(new DevSetScorer.Counts(6, 3, 1, 1, 1, 3, 2));
    assertThat(score.byType().get(EntityType.ORGANIZATION))
        .isEqualTo(new DevSetScorer.Counts(2, 1, 0, 0, 1, 2, 1));
    assertThat(score.byType().get(EntityType.PERSON))
        .isEqualTo(new DevSetScorer.Counts(1, 1, 0, 0, 0, 2, 1));
    assertThat(score.overall()).isEqualTo(new DevSetScorer.Counts(9, 5, 1, 1, 2, 7, 4));
    // As score_entities.py prints the same gold and predictions.
    assertThat(score.table())
        .isEqualTo(
            """
            type               P      R     F1  pred  hit  dup wrong spurious  required
            organization   0.500  0.500  0.500     2    1    0     0        1  1/2
            place          0.500  0.667  0.571     6    3    1     1        1  2/3
            person         1.000  0.500  0.667     1    1    0     0        0  1/2
            overall        0.556  0.571  0.563     9    5    1     1        2  4/7
            """);
    assertThat(score.overallLine()).isEqualTo("overall F1 0.563");
  }

  @Test
  void scorerRoundsAsPythonFormatsFloats() {
    // Exact binary value, half to even: 0.0625 is a tie, 0.1235 lies just below one.
    assertThat(DevSetScorer.fixed(0.0625, 3)).isEqualTo("0.062");
    assertThat(DevSetScorer.fixed(0.1235, 3)).isEqualTo("0.123");
    assertThat(DevSetScorer.fixed(0.0, 3)).isEqualTo("0.000");
  }

  @Test
  void scorerNormalisesAsTheScript() {
    assertThat(DevSetScorer.normalise("  The Café  Zürich's ")).isEqualTo("cafe zurichs");
    assertThat(DevSetScorer.normalise("al-Anbar")).isEqualTo("anbar");
    assertThat(DevSetScorer.normalise("U.S.")).isEqualTo("u s");
  }

  private static DevSetScorer.GoldEntity entity(String name, boolean required, String... aliases) {
    return new DevSetScorer.GoldEntity(name, List.of(aliases), required);
  }

  private static NerCorpus.Span span(String text, String name, EntityType type) {
    return span(text, name, type, name.length());
  }

  private static NerCorpus.Span span(String text, String find, EntityType type, int length) {
    int at = text.indexOf(find);
    return new NerCorpus.Span(at, at + length, type);
  }
}
