package org.gazette.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void foldsCaseDiacriticsApostrophesAndHyphens() {
    assertThat(NameKey.of("Mohammed Shia’ Al-Sudani")).isEqualTo("mohammed shia al sudani");
    assertThat(NameKey.of("Abu Halil al-Fad'ani")).isEqualTo("abu halil al fadani");
    assertThat(NameKey.of("Diyālá")).isEqualTo("diyala");
  }

  @Test
  void dropsALeadingAlOrThe() {
    assertThat(NameKey.of("al-Sudani")).isEqualTo("sudani");
    assertThat(NameKey.of("Al Anbar")).isEqualTo("anbar");
    assertThat(NameKey.of("The Washington Post")).isEqualTo("washington post");
  }

  @Test
  void dottedAbbreviationsMeetTheirUndottedForm() {
    assertThat(NameKey.of("U.S.")).isEqualTo(NameKey.of("US"));
    assertThat(NameKey.of("U.A.E.")).isEqualTo("uae");
  }

  @Test
  void looseKeysMeetTransliterationVariants() {
    assertThat(NameKey.loose("shiaa")).isEqualTo(NameKey.loose("shia"));
    assertThat(NameKey.loose("rasoul")).isEqualTo(NameKey.loose("rasul"));
    assertThat(NameKey.loose("hawijah")).isEqualTo("hawija");
  }
}
