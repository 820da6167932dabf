package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.gazette.index.IndexSchema;
import org.junit.jupiter.api.Test;

/**
 * Seeded random query text: the parser answers a query or throws {@link QuerySyntaxException} or
 * {@link IllegalArgumentException} (its documented failures), never anything else, and quickly. The
 * seed is in every failure message; {@code -Dgazette.fuzzSeed=N} replays a run.
 */
class QueryTextParserFuzzTest {
  static final long SEED = Long.getLong("gazette.fuzzSeed", 20261206L);
  static final int RUNS = Boolean.getBoolean("gazette.longTests") ? 200_000 : 20_000;

  static final List<String> TOKENS =
      List.of(
          "(",
          ")",
          "\"",
          ":",
          "*",
          "?",
          "~",
          "~2",
          "^",
          "^3",
          "[",
          "]",
          "{",
          "}",
          " TO ",
          "/",
          "\\",
          "+",
          "-",
          "!",
          "&&",
          "||",
          " AND ",
          " OR ",
          " NOT ",
          "title:",
          "body:",
          "place:",
          "troops",
          "al-Sudani",
          "Baghdad",
          "ab",
          "a",
          "1",
          "2024",
          ".*",
          "{1,9}",
          "(.*a)",
          "\u0000",
          "\uD800",
          "😀",
          "İ",
          " ",
          "  ",
          "\t",
          "\n",
          "*:*",
          "_exists_:",
          "abcdefghij");

  final QueryTextParser parser = new QueryTextParser(new IndexSchema().analyzer());

  @Test
  void randomQueriesParseOrFailWithTheDocumentedExceptionsOnly() {
    Random random = new Random(SEED);
    int parsed = 0;
    int refused = 0;
    for (int run = 0; run < RUNS; run++) {
      String text = query(random);
      long start = System.nanoTime();
      try {
        parser.parse(text);
        parsed++;
      } catch (IllegalArgumentException documented) { // QuerySyntaxException is one too
        assertThat(documented.getMessage()).as("seed %d run %d", SEED, run).isNotBlank();
        refused++;
      } catch (RuntimeException | Error e) {
        throw new AssertionError(
            "seed " + SEED + " run " + run + " threw " + e + " on: " + printable(text), e);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).as("seed %d run %d: %s", SEED, run, printable(text)).isLessThan(2_000);
    }
    assertThat(parsed).isPositive();
    assertThat(refused).isPositive();
    System.out.printf(
        "QueryTextParserFuzzTest: %d queries, %d parsed, %d refused%n", RUNS, parsed, refused);
  }

  static String query(Random random) {
    StringBuilder s = new StringBuilder();
    int tokens = random.nextInt(random.nextInt(100) == 0 ? 3000 : 30);
    for (int i = 0; i < tokens; i++) {
      if (random.nextInt(8) == 0) {
        s.append((char) random.nextInt(0x10000));
      } else {
        s.append(TOKENS.get(random.nextInt(TOKENS.size())));
      }
    }
    return s.length() > QueryTextParser.MAX_QUERY_LENGTH && random.nextBoolean()
        ? s.substring(0, QueryTextParser.MAX_QUERY_LENGTH)
        : s.toString();
  }

  private static String printable(String s) {
    String shown = s.length() > 200 ? s.substring(0, 200) + "..." : s;
    StringBuilder b = new StringBuilder();
    shown
        .chars()
        .forEach(c -> b.append(c < 0x20 || c > 0x7e ? "\\u%04x".formatted(c) : "" + (char) c));
    return b.toString();
  }
}
