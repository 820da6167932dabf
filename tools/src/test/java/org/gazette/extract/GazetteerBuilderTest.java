package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.model.NameKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {
  @TempDir Path out;

  private static Path fixture() throws URISyntaxException {
    return Path.of(GazetteerBuilderTest.class.getResource("shared-data").toURI());
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      TsvGzip.read(in, rows::add);
    }
    return rows;
  }

  private Map<String, PlaceRow> placesByName() throws Exception {
    GazetteerBuilder.build(fixture(), out);
    Map<String, PlaceRow> byName = new HashMap<>();
    for (String[] f : rows(out.resolve(GazetteerLoader.PLACES))) {
      PlaceRow row = PlaceRow.parse(f);
      byName.put(row.kind() + ":" + row.name(), row);
    }
    return byName;
  }

  @Test
  void buildingTwiceGivesByteIdenticalFiles() throws Exception {
    Path second = out.resolve("second");
    GazetteerBuilder.build(fixture(), out);
    GazetteerBuilder.build(fixture(), second);
    for (String name :
        List.of(
            GazetteerLoader.PLACES,
            GazetteerLoader.FIRST_NAMES,
            GazetteerLoader.COMPANIES,
            GazetteerLoader.INSTITUTIONS,
            GazetteerLoader.COMMON_WORDS)) {
      assertThat(Files.readAllBytes(second.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(out.resolve(name)));
    }
  }

  @Test
  void summaryGivesRowsAndBytesOfEveryTable() throws Exception {
    String summary = GazetteerBuilder.build(fixture(), out);
    assertThat(summary)
        .contains("places.tsv.gz: 9 rows")
        .contains("first-names.tsv.gz")
        .contains("companies.tsv.gz")
        .contains("institutions.tsv.gz: 10 rows")
        .contains("common-words.tsv.gz")
        .contains("bytes")
        .contains("MB in all");
  }

  @Test
  void citiesKeepLatinAlternateNamesButNotCodesOrRomanisations() throws Exception {
    PlaceRow erbil = placesByName().get("P:Erbil");
    assertThat(erbil.aliases()).contains("Arbil", "Hawler", "Irbil").doesNotContain("EBL", "arbl");
    assertThat(erbil.aliases()).noneMatch(a -> a.chars().anyMatch(c -> c > 0x24f));
    assertThat(erbil.country()).isEqualTo("IQ");
    assertThat(erbil.population()).isEqualTo(1_612_700);
    assertThat(erbil.lat()).isEqualTo("36.1833");
  }

  @Test
  void smallPlacesAreLeftOutUnlessTheyAreAdministrativeSeats() throws Exception {
    Map<String, PlaceRow> places = placesByName();
    assertThat(places).doesNotContainKey("P:Smallville");
    assertThat(places).containsKey("P:Al Hawijah");
  }

  @Test
  void countriesAndRegionsArePinnedToTheirCapitalOrSeat() throws Exception {
    Map<String, PlaceRow> places = placesByName();
    PlaceRow baghdad = places.get("P:Baghdad");
    PlaceRow iraq = places.get("C:Iraq");
    assertThat(iraq.lat()).isEqualTo(baghdad.lat());
    assertThat(iraq.lon()).isEqualTo(baghdad.lon());
    // Erbil is the seat (PPLA) of region IQ.11, which is named after it.
    PlaceRow region = places.get("A:Erbil");
    assertThat(region.lat()).isEqualTo(places.get("P:Erbil").lat());
    assertThat(region.lon()).isEqualTo(places.get("P:Erbil").lon());
  }

  @Test
  void countriesAndRegionsCarryTheirEnglishAliases() throws Exception {
    Map<String, PlaceRow> places = placesByName();
    assertThat(places.get("C:United States").aliases())
        .contains("USA", "United States of America", "US");
    assertThat(places.get("C:Iraq").aliases()).contains("Republic of Iraq");
    assertThat(places.get("A:Erbil").aliases()).contains("Arbil");
    // "Anbar" has the key of "Al Anbar" (a leading "al" is dropped), so it needs no alias row.
    assertThat(places.get("A:Al Anbar").aliases()).isEmpty();
    assertThat(NameKey.of("Anbar")).isEqualTo(NameKey.of(places.get("A:Al Anbar").name()));
  }

  @Test
  void companiesLoseLegalSuffixesAndFundsAreLeftOut() throws Exception {
    GazetteerBuilder.build(fixture(), out);
    List<String> names =
        rows(out.resolve(GazetteerLoader.COMPANIES)).stream().map(r -> r[0]).toList();
    assertThat(names).containsExactly("Apple", "Lockheed Martin", "Meta Platforms");
  }

  @Test
  void firstNamesAddUpBothSexesAndDropRareNames() throws Exception {
    GazetteerBuilder.build(fixture(), out);
    Map<String, String[]> names = new HashMap<>();
    for (String[] r : rows(out.resolve(GazetteerLoader.FIRST_NAMES))) {
      names.put(r[0], r);
    }
    assertThat(names.get("john")).containsExactly("john", "5195470", "S");
    assertThat(names.get("safa")).containsExactly("safa", "0", "S");
    assertThat(names).containsKey("mohammed").doesNotContainKey("rareone");
  }

  @Test
  void commonWordsAreThoseWrittenInLowerCase() throws Exception {
    GazetteerBuilder.build(fixture(), out);
    List<String> words =
        rows(out.resolve(GazetteerLoader.COMMON_WORDS)).stream().map(r -> r[0]).toList();
    assertThat(words).contains("ministry", "said", "the").doesNotContain("baghdad", "jordan");
  }

  @Test
  void commonWordsAreCountedOverTrainingDocumentsOnly() throws Exception {
    GazetteerBuilder.build(fixture(), out);
    List<String> words =
        rows(out.resolve(GazetteerLoader.COMMON_WORDS)).stream().map(r -> r[0]).toList();
    // "it" is written twice in training documents (re3d, EWT); "to" four times, but three of them
    // in documents of the development set (EWT dev, Re-DocRED, GUM).
    assertThat(words).contains("it").doesNotContain("to");
  }

  private Map<String, String[]> institutionsByName() throws Exception {
    GazetteerBuilder.build(fixture(), out);
    Map<String, String[]> byName = new HashMap<>();
    for (String[] r : rows(out.resolve(GazetteerLoader.INSTITUTIONS))) {
      byName.put(r[0], r);
    }
    return byName;
  }

  @Test
  void universitiesAreKeptWhenTheirNameIsUniqueToOneInstitution() throws Exception {
    Map<String, String[]> institutions = institutionsByName();
    assertThat(institutions.get("Northbridge University"))
        .containsExactly("Northbridge University", "U", "GB", "");
    assertThat(institutions.get("Universidad Técnica del Valle")[2]).isEqualTo("CO");
    // Listed twice with a domain in common: one university.
    assertThat(institutions).containsKey("Eastfield University");
    // One name for colleges in two countries, or for two colleges of one country: left out.
    assertThat(institutions).doesNotContainKeys("Lakeside College", "Westfield Community College");
    // A note in parentheses is no part of the name.
    assertThat(institutions).containsKey("Harbour Institute of Technology");
  }

  @Test
  void committeesCarryTheShortFormsNewsWrites() throws Exception {
    Map<String, String[]> institutions = institutionsByName();
    assertThat(institutions.get("House Committee on Orchards"))
        .containsExactly("House Committee on Orchards", "G", "US", "House Orchards Committee");
    assertThat(institutions.get("Senate Committee on Rivers, Lakes, and Canals")[3].split("\\|"))
        .containsExactly("Senate Rivers, Lakes, and Canals Committee", "Senate Rivers Committee");
    assertThat(institutions.get("Senate Select Committee on Lighthouses")[3])
        .isEqualTo("Senate Lighthouses Committee");
    assertThat(institutions.get("House Committee on House Gardens")[3])
        .isEqualTo("House Gardens Committee");
    assertThat(institutions.get("Joint Committee on Weather")[3]).isEmpty();
  }

  @Test
  void committeeNamesFoldedOverLinesAreJoinedAndSubcommitteesLeftOut() throws Exception {
    Map<String, String[]> institutions = institutionsByName();
    String folded =
        "House Select Committee on the Long Question Between the Northern Provinces and the"
            + " Southern Provinces";
    // A subject this long has no short form that news would write.
    assertThat(institutions.get(folded)).containsExactly(folded, "G", "US", "");
    assertThat(institutions)
        .doesNotContainKeys("Apples and Pears", "Stone Fruit, Nuts, and Related Agencies");
    assertThat(institutions).hasSize(10);
  }

  @Test
  void yamlReaderKeepsTopLevelScalarsAndUnquotes() {
    String yaml =
        """
        # a comment
        - type: joint
          thomas_id: '07'
          name: "Joint Committee on \\"Quotes\\""
          subcommittees:
          - name: Inner
            thomas_id: '01'
          jurisdiction: It's one
            line folded.
        - name: Second
        """;
    List<Map<String, String>> items = YamlListReader.read(yaml);
    assertThat(items).hasSize(2);
    assertThat(items.get(0))
        .containsEntry("type", "joint")
        .containsEntry("thomas_id", "07")
        .containsEntry("name", "Joint Committee on \"Quotes\"")
        .containsEntry("subcommittees", "")
        .containsEntry("jurisdiction", "It's one line folded.");
    assertThat(items.get(1)).containsExactly(Map.entry("name", "Second"));
  }

  @Test
  void rejectsADirectoryWithoutGazetteerData() {
    assertThatThrownBy(() -> GazetteerBuilder.build(out, out.resolve("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(out.toString())
        .hasMessageContaining("gazetteer/");
  }
}
