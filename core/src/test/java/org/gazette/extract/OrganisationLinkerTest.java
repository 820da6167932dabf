package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.extract.Extracted.extract;
import static org.gazette.extract.Extracted.names;

import java.util.List;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.junit.jupiter.api.Test;

/** Shortened organisation names join the full name the same article gives. */
class OrganisationLinkerTest {
  private static List<String> organisations(String text) {
    return names(text, EntityType.ORGANIZATION);
  }

  @Test
  void theLastWordOfATeamJoinsTheOneTeamThatEndsWithIt() {
    List<String> orgs =
        organisations(
            "Shares in Manchester United rose. The supporters' group Shareholders United objected,"
                + " and a previous approach to the United board failed.");
    assertThat(orgs).contains("Manchester United", "Shareholders United").doesNotContain("United");
  }

  @Test
  void withTwoTeamsThatEndWithItTheWordStaysApart() {
    Extraction x =
        extract(
            "Manchester United beat Newcastle United 2-0 at Old Trafford, and United now lead"
                + " the table.");
    assertThat(x.entities(EntityType.ORGANIZATION).stream().map(e -> e.name()))
        .contains("Manchester United", "Newcastle United", "United");
    assertThat(x.entities(EntityType.ORGANIZATION))
        .allSatisfy(e -> assertThat(e.aliases()).doesNotContain("United"));
  }

  @Test
  void initialsJoinTheCompanyWhoseNameBeforeItsLegalFormTheyAbbreviate() {
    assertThat(
            organisations(
                "Quorvane Textile Corp said profits rose. QT said it would hire 200 workers in"
                    + " Ohio."))
        .contains("Quorvane Textile Corp")
        .doesNotContain("QT");
    // Two companies with those initials: the letters stay apart.
    assertThat(
            organisations(
                "Quorvane Textile Corp and Quintal Tooling Inc said they would merge. QT said the"
                    + " plan was sound."))
        .contains("Quorvane Textile Corp", "Quintal Tooling Inc", "QT");
  }

  @Test
  void aCompanyShortenedToItsFirstWordJoinsItsFullName() {
    List<String> orgs =
        organisations("Cairn Energy found oil in Rajasthan. Cairn said the field was large.");
    assertThat(orgs).contains("Cairn Energy").doesNotContain("Cairn");
  }

  @Test
  void anOrganisationWrittenAsItsFirstWordJoinsTheNameOfThatWordAndAHeadNoun() {
    List<String> orgs =
        organisations(
            "Shares in Dresdner Bank and Commerzbank rose on Tuesday after the weekly magazine Der"
                + " Spiegel reported merger talks. Dresdner said it did not comment on rumours.");
    assertThat(orgs).contains("Dresdner Bank", "Commerzbank").doesNotContain("Dresdner");
  }

  @Test
  void aNameShortenedToItsLastWordJoinsTheFullName() {
    Extraction x =
        extract(
            "Malaysia raises rates.",
            "Bank Negara raised its key rate on Tuesday, and a Negara official said inflation was"
                + " rising.");
    assertThat(names(x, EntityType.ORGANIZATION)).contains("Bank Negara");
    assertThat(names(x, EntityType.PLACE)).contains("Malaysia").doesNotContain("Negara");
  }

  @Test
  void aBodyOfAStateWrittenAloneJoinsTheOneNameThatEndsWithIt() {
    Extraction x =
        extract(
            "The U.S. Navy has ordered two frigates from Bath Iron Works. The Navy said the ships"
                + " would be delivered in 1990.");
    assertThat(names(x, EntityType.ORGANIZATION)).contains("US Navy").doesNotContain("Navy");
    assertThat(x.entities(EntityType.ORGANIZATION))
        .filteredOn(e -> e.name().equals("US Navy"))
        .singleElement()
        .satisfies(e -> assertThat(e.aliases()).contains("Navy"));
  }

  @Test
  void anOrganisationJoinsItsNameWithLegalWords() {
    List<String> orgs =
        organisations(
            "Quarrow Data Systems Inc said on Monday it had filed with the Securities and Exchange"
                + " Commission for an offering of notes. Quarrow Data Systems said proceeds would"
                + " repay debt, and Halvern Freight Corp, its lender, agreed.");
    assertThat(orgs)
        .contains("Quarrow Data Systems Inc", "Halvern Freight Corp")
        .doesNotContain("Quarrow Data Systems");
  }
}
