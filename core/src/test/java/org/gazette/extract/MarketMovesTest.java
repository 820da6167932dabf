package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.extract.Extracted.names;

import org.gazette.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A name whose shares a market report moves is a company's, though it sounds like a person or a
 * town, or the tagger passed it over; an index, a measure of money, a town's market and a
 * politician in the polls stay what they are.
 */
class MarketMovesTest {
  private static boolean follows(String text, String name, boolean marketReport) {
    int start = text.indexOf(name);
    return MarketMoves.follows(text, start, start + name.length(), marketReport);
  }

  @Test
  void aMoveByAnAmountOrToAPriceFollowsACompany() {
    assertThat(follows("In Milan, Fiat gained 1.5 percent on Monday.", "Fiat", false)).isTrue();
    assertThat(follows("Cadbury Schweppes dipped 4p to 512p.", "Cadbury Schweppes", false))
        .isTrue();
    assertThat(follows("Dresdner Bank gained 1.20 marks to 41.50.", "Dresdner Bank", false))
        .isTrue();
    assertThat(follows("Outboard was up 3-1/8 to 34-5/8.", "Outboard", false)).isTrue();
    assertThat(follows("Biogen fell $28.63 to $38.65.", "Biogen", false)).isTrue();
    assertThat(follows("Glaxo and Zeneca both rose 2%.", "Glaxo", false)).isTrue();
  }

  @Test
  void aMoveWithoutAnAmountCountsOnlyInAReportOnShares() {
    String text = "Bayer and Hoechst were little changed, and Elf Aquitaine eased.";

    assertThat(follows(text, "Bayer", true)).isTrue();
    assertThat(follows(text, "Elf Aquitaine", true)).isTrue();
    assertThat(follows(text, "Bayer", false)).isFalse();
  }

  @Test
  void noMoveOfSharesFollowsScoresPollsIndicesOrMoney() {
    assertThat(follows("Leeds lost 2-1 to Chelsea.", "Leeds", false)).isFalse();
    assertThat(follows("Smith added 10 points for the Bulls.", "Smith", false)).isFalse();
    assertThat(follows("Dole gained 3 percent in the polls.", "Dole", false)).isFalse();
    assertThat(follows("The Dow lost 5% of its value.", "Dow", false)).isFalse();
    assertThat(follows("Since then the Nikkei fell 2 percent.", "Nikkei", false)).isFalse();
    assertThat(follows("M3 rose 7.5 pct in March.", "M3", false)).isFalse();
    assertThat(follows("Rigs in the Gulf of Mexico declined by 0.7 pct.", "Gulf of Mexico", false))
        .isFalse();
  }

  @Test
  void companiesOfAMarketReportAreOrganisations() {
    String text =
        "European shares were mixed on Tuesday. In Paris, Alcatel Alsthom rose 2.1 percent and"
            + " Elf Aquitaine eased. In Milan, Fiat gained 1.5 percent and Olivetti fell 3 percent"
            + " after the group said losses would widen. Cadbury Schweppes dipped 4p to 512p, and"
            + " Tokyo fell 2 percent overnight.";

    assertThat(names(text, EntityType.ORGANIZATION))
        .contains("Alcatel Alsthom", "Elf Aquitaine", "Fiat", "Olivetti", "Cadbury Schweppes");
    assertThat(names(text, EntityType.PERSON)).isEmpty();
    assertThat(names(text, EntityType.PLACE)).contains("Paris", "Milan", "Tokyo");
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Olivetti");
  }

  @Test
  void aWordOfDescriptionThatOpensTheSentenceIsNoPartOfTheName() {
    String text =
        "Palantir shares jumped. Rival Snowflake fell 3% on Monday. Carmaker General Motors said"
            + " on Tuesday it would cut 5,000 jobs.";

    assertThat(names(text, EntityType.ORGANIZATION)).contains("Snowflake", "General Motors");
    assertThat(names(text, EntityType.ORGANIZATION))
        .doesNotContain("Rival Snowflake", "Carmaker General Motors");
  }

  @Test
  void anIndexOrAMeasureOfMoneyIsNoCompany() {
    String text =
        "Wall Street closed higher. The Dow lost 5% of its value in the three weeks after the"
            + " last election. In Frankfurt, M3 rose 7.5 pct in March, the Bundesbank said.";

    assertThat(names(text, EntityType.ORGANIZATION)).doesNotContain("Dow", "M3");
  }
}
