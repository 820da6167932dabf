package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.extract.Extracted.names;

import org.gazette.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A newspaper named after its town is an organisation, whatever the tagger made of the town; an
 * award named after a small town's word is none.
 */
class NewspapersTest {
  @Test
  void aSizeableTownAndTheWordsOfAPaperAfterTheAreANewspaper() {
    String text =
        "The mayor told the Columbus Dispatch on Friday that the city would not raise taxes."
            + " Critics writing in the Sacramento Bee said the plan relied on federal money, as"
            + " has the editorial board of the Cleveland Plain Dealer.";

    assertThat(names(text, EntityType.ORGANIZATION))
        .contains("Columbus Dispatch", "Sacramento Bee", "Cleveland Plain Dealer");
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Cleveland", "Columbus");
  }

  @Test
  void anAwardAfterASmallTownsWordIsNoNewspaper() {
    String text = "She won the Golden Globe for best actress in January, her agent said.";

    assertThat(names(text, EntityType.ORGANIZATION)).doesNotContain("Golden Globe");
  }
}
