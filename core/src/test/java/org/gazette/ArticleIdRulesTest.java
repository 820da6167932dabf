package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.gazette.model.ArticleId;
import org.gazette.model.IngestProblem;
import org.gazette.model.IngestReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule for article ids, whether the id comes in a body, a path or a library call. */
class ArticleIdRulesTest {
  @TempDir Path dir;
  private NewsIndex index;

  @BeforeEach
  void open() throws IOException {
    index =
        NewsIndex.open(
            NewsIndexConfig.defaults(dir.resolve("index")).withExtractor(new MarkupExtractor()));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\u00a0", " a", "a ", "a\nb", "a\u0085b", "\ud800x", "x\udc00"})
  void theGrammarRefusesBlankPaddedControlAndBrokenIds(String id) {
    assertThat(ArticleId.problem(id)).isPresent();
    assertThatThrownBy(() -> ArticleId.require(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 512 characters");
  }

  @Test
  void theGrammarAcceptsOrdinaryIdsUpTo512Characters() {
    assertThat(ArticleId.problem("bbc-2024/01 é 😀")).isEmpty();
    assertThat(ArticleId.problem("i".repeat(512))).isEmpty();
    assertThat(ArticleId.problem("i".repeat(513)))
        .hasValueSatisfying(p -> assertThat(p).contains("513"));
    assertThat(ArticleId.problem("")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\" \"", "\"\\u00a0\"", "\" a\"", "\"a \"", "\"\\ud800x\""})
  void anIngestedArticleWithABadIdIsRefusedAndReported(String json) throws IOException {
    IngestReport report = index.ingestJson("{\"id\": " + json + ", \"body\": \"Troops.\"}", "t");

    assertThat(report.indexed()).isZero();
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(IngestProblem.Kind.FAILED);
              assertThat(p.reason()).contains("1 to 512 characters");
            });
    assertThat(index.count()).isZero();
  }

  @Test
  void libraryCallsRefuseIdsTheGrammarRefuses() {
    for (String id : new String[] {" ", "a\nb", "\ud800", "i".repeat(513)}) {
      assertThatThrownBy(() -> index.putJson(id, "{\"body\": \"Troops.\"}", "t"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1 to 512 characters");
      assertThatThrownBy(() -> index.get(id)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> index.delete(id)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anIdWithInnerSpacesAndNonLatinLettersRoundTrips() throws IOException {
    String id = "bbc 2024/قبل";
    index.putJson(id, "{\"body\": \"Troops.\"}", "t");

    assertThat(index.get(id)).isPresent();
    assertThat(index.delete(id)).isTrue();
  }
}
