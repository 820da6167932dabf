package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.gazette.model.Article;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.junit.jupiter.api.Test;

class LargeTextExtractionTest {
  private static final String[] SENTENCES = {
    "Iraqi Prime Minister Mohammed Shia al-Sudani met Gen. Kevin Leahy in Baghdad on Sunday.",
    "The Patriotic Union of Kurdistan (PUK) said 2,500 US troops remain in Iraq since 2014.",
    "According to ABC News, five U.S. personnel were injured in the Anbar Desert.",
    "Al-Sudani told Reuters the coalition would leave by September 2025.",
    "ISIS militants attacked Erbil, east of Mosul, on 17 September.",
    "Analyst Nicholas Heras of the Newlines Institute in Washington said the change was cosmetic.",
    "the quick brown fox jumps over the lazy dog and keeps running through the long grass",
    "In 2019, officials from France, Britain and Italy visited the Green Zone.",
  };

  /** A text of about {@code size} characters: the sentences above, shuffled, in paragraphs. */
  private static String generated(int size, long seed) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder(size + 200);
    while (b.length() < size) {
      b.append(SENTENCES[random.nextInt(SENTENCES.length)]);
      b.append(random.nextInt(5) == 0 ? "\n\n" : " ");
    }
    return b.toString();
  }

  /** One megabyte in the normal run, four with -Dgazette.longTests=true. */
  private static final int LARGE_TEXT_CHARS =
      (Boolean.getBoolean("gazette.longTests") ? 4 : 1) * 1_000_000;

  @Test
  void extractsAMegabyteOrMoreOfGeneratedText() {
    String body = generated(LARGE_TEXT_CHARS, 42);
    Article article =
        new Article("big", "A long day in Baghdad", null, null, null, List.of(), body);
    Extraction x = RuleBasedEntityExtractor.withDefaultResources().extract(article);
    assertThat(x.entities(EntityType.PLACE).stream().map(e -> e.name()))
        .contains("Baghdad", "Iraq", "United States", "Al Anbar", "Erbil");
    assertThat(x.entities(EntityType.PERSON).stream().map(e -> e.name()))
        .contains("Mohammed Shia al-Sudani", "Kevin Leahy", "Nicholas Heras");
    assertThat(x.years()).contains(2014, 2019, 2025);
    // About one mention per 40 characters of this text: every block was read.
    assertThat(x.entities().stream().mapToInt(e -> e.mentions().size()).sum())
        .isGreaterThan(LARGE_TEXT_CHARS / 50);
  }

  @Test
  void textWithoutLineBreaksOrSpacesIsProcessedInBlocks() {
    String body = "x".repeat(200_000) + " Baghdad " + "Iraq-".repeat(20_000);
    Extraction x =
        RuleBasedEntityExtractor.withDefaultResources()
            .extract(new Article("odd", "", null, null, null, List.of(), body));
    assertThat(x.entities(EntityType.PLACE).stream().map(e -> e.name())).contains("Baghdad");
  }
}
