package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gazette.model.Article;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.junit.jupiter.api.Test;

/** Rows of sports results: their names are teams; other tables and datelines are left alone. */
class ResultRowsTest {
  private final RuleBasedEntityExtractor extractor =
      RuleBasedEntityExtractor.withDefaultResources();

  private List<int[]> rows(String text) {
    return ResultRows.teams(
        extractor.tokenBlocks(text).get(0),
        extractor.gazetteer()::isCommonWord,
        (a, b) -> false,
        (a, b) -> false);
  }

  private List<String> names(String text, EntityType type) {
    Extraction x = extractor.extract(new Article("r", "", null, null, null, List.of(), text));
    return x.entities(type).stream().map(e -> e.name()).toList();
  }

  @Test
  void aKnownTownThatIsAlsoACommonWordAndARowWithANoteGiveTheirTeams() {
    String text =
        "SOCCER - ENGLISH PREMIER LEAGUE RESULTS.\nWimbledon 0 Derby 1\nColorado 6 ST LOUIS 5 (10"
            + " innings)\n";
    assertThat(names(text, EntityType.ORGANIZATION))
        .contains("Wimbledon", "Derby", "Colorado", "St Louis");
  }

  @Test
  void resultRowsGiveTheirTeams() {
    String text = "SOCCER - LEAGUE RESULTS.\nArsenal 2 Leeds 0\nSheffield Wednesday 1 Derby 1\n";
    assertThat(rows(text)).hasSize(4);
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Arsenal", "Sheffield Wednesday");
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Derby", "Leeds");
  }

  @Test
  void bothSidesOfAMatchAreTeams() {
    String text =
        "SOCCER - DUTCH FIRST DIVISION RESULTS.\nResults of Dutch first division matches on"
            + " Saturday:\nTwente Enschede 0 Roda JC Kerkrade 1\nAjax Amsterdam 3 Feyenoord"
            + " Rotterdam 1\n";
    assertThat(names(text, EntityType.ORGANIZATION))
        .contains("Twente Enschede", "Roda JC Kerkrade", "Feyenoord Rotterdam");
    assertThat(names(text, EntityType.PERSON)).isEmpty();
    // Rows of players keep them: one side, or a country in parentheses.
    String golf =
        "GOLF - LEADING SCORES.\nTiger Woods 70 68\nMichael Campbell (New Zealand) 71 69\n";
    assertThat(names(golf, EntityType.PERSON)).contains("Tiger Woods", "Michael Campbell");
  }

  @Test
  void datelinesProseAndCommonWordsAreNoRows() {
    assertThat(rows("LONDON 1996-08-24\n")).isEmpty();
    assertThat(rows("Arsenal beat Leeds 2 0 on Saturday\n")).isEmpty();
    assertThat(rows("REVS 1.2 BILLION VS 1.1 BILLION\n")).isEmpty();
    // A place and a date are no row, though the block speaks of football.
    assertThat(rows("Brussels, 3 May 2024\nThe football league met.\n")).isEmpty();
    assertThat(rows("Geneva, June 12, 2024\nThe football league met.\n")).isEmpty();
  }

  @Test
  void tablesOutsideSportKeepTheirPlaces() {
    String text = "Exports by country, in tonnes:\nJapan 1,234 1,100\nBrazil 2,345 2,100\n";
    assertThat(names(text, EntityType.PLACE)).contains("Japan", "Brazil");
    assertThat(names(text, EntityType.ORGANIZATION)).doesNotContain("Japan", "Brazil");
  }

  @Test
  void theHeaderOfATableIsNoName() {
    String text = "BASEBALL - STANDINGS.\nW L PCT GB\nBOSTON 66 67 .496 8\n";
    assertThat(names(text, EntityType.PERSON)).isEmpty();
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Boston").doesNotContain("BOSTON");
  }
}
