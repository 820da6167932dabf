package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.extract.Extracted.names;

import org.gazette.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * The names of one list are of one kind: those the gazetteer does not know as what the tagger made
 * of them take the type of the list's other names; a list of two kinds is left as it is.
 */
class NameListsTest {
  @Test
  void unknownNamesOfAListOfCompaniesAreCompanies() {
    String text =
        "Consumer electronics companies such as Nokia, Sagem, Sony and Thomson are gearing up for"
            + " the launch.";
    assertThat(names(text, EntityType.ORGANIZATION)).contains("Nokia", "Sagem", "Sony", "Thomson");
    assertThat(names(text, EntityType.PERSON)).doesNotContain("Sagem", "Thomson");
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Sagem", "Thomson");
  }

  @Test
  void aListOfTwoKindsKeepsEachNamesType() {
    String text =
        "Tony Blair met Gordon Brown in London. Nokia, Sony and France backed the plan, and"
            + " Gordon Brown, Tony Blair and Paris were named.";
    assertThat(names(text, EntityType.PLACE)).contains("France", "Paris", "London");
    assertThat(names(text, EntityType.PERSON)).contains("Tony Blair", "Gordon Brown");
  }

  @Test
  void namesBetweenCommasWithoutAnAndAreNoList() {
    String text =
        "Francis Stafford Pipe-Wolferstan was an English cricketer. Born at Statfold,"
            + " Staffordshire, Pipe-Wolferstan was educated at Eton.";
    assertThat(names(text, EntityType.PLACE)).doesNotContain("Pipe-Wolferstan");
  }
}
