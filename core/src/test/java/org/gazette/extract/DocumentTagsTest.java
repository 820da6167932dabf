package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the first stage made of each word and name of a document, as codes for the second stage
 * ({@link DocumentTags#codes}): the token's own tag; {@code 100 + 10 * kind + share} for each kind
 * (person 0, place 1, organisation 2, other 3, no name 4) with share 0 none, 1 under half, 2 half
 * or more, 3 all; {@code 200 + 10 * kind + share + 100 * min(mentions, 3)} for the kind the name
 * got most often.
 */
class DocumentTagsTest {
  private static Tokenizer tokenizer;

  @BeforeAll
  static void loadGazetteer() throws IOException {
    Gazetteer gazetteer = Gazetteer.loadDefault();
    Cues cues = gazetteer.cues();
    tokenizer = new Tokenizer(cues.abbreviations(), cues.particles(), gazetteer::isCommonWord);
  }

  @Test
  void aWordTaggedAsAPersonTwiceAndAsNoNameOnceGetsItsShares() {
    List<Token> tokens = tokens("Ask Lind now. Ask Lind again. Ask Lind later.");
    int[] tags = tags(tokens, "Lind", "U-PER", "U-PER", "O");
    DocumentTags doc = new DocumentTags();
    doc.add(tokens, tags, 0, tokens.size());

    // Person two of three (2), no place, organisation or other name (0), no name one of three (1).
    assertThat(doc.codes(tokens, tags, 1))
        .containsExactly(tag("U-PER"), 102, 110, 120, 130, 141, 200 + 3 + 200);
    assertThat(doc.codes(tokens, tags, 9)).containsExactly(0, 102, 110, 120, 130, 141);
  }

  @Test
  void theCodesStartWithTheTokensOwnTag() {
    List<Token> tokens = tokens("Ask Lind now. Ask Lind again. Ask Lind later.");
    int[] tags = tags(tokens, "Lind", "U-PER", "U-ORG", "O");
    DocumentTags doc = new DocumentTags();
    doc.add(tokens, tags, 0, tokens.size());

    assertThat(doc.codes(tokens, tags, 1)[0]).isEqualTo(tag("U-PER"));
    assertThat(doc.codes(tokens, tags, 5)[0]).isEqualTo(tag("U-ORG"));
    assertThat(doc.codes(tokens, tags, 9)[0]).isZero();
    // A word in lower case has only its own tag.
    assertThat(doc.codes(tokens, tags, 2)).containsExactly(0);
  }

  @Test
  void aNameTakesTheKindItWasTaggedWithMostOften() {
    List<Token> tokens =
        tokens("Ask Kestrel Valley now. Ask Kestrel Valley again. Ask Kestrel Valley later.");
    int[] tags = new int[tokens.size()];
    int[] starts = {1, 6, 11};
    String[] kinds = {"ORG", "ORG", "LOC"};
    for (int k = 0; k < 3; k++) {
      tags[starts[k]] = tag("B-" + kinds[k]);
      tags[starts[k] + 1] = tag("L-" + kinds[k]);
    }
    DocumentTags doc = new DocumentTags();
    doc.add(tokens, tags, 0, tokens.size());

    // Organisation two of three times (2), over three mentions (300).
    long name = 200 + 20 + 2 + 300;
    assertThat(doc.codes(tokens, tags, 1)).contains(name, 122L, 111L);
    assertThat(doc.codes(tokens, tags, 12)).contains(name, 122L, 111L);
    assertThat(doc.codes(tokens, tags, 12)[0]).isEqualTo(tag("L-LOC"));
  }

  @Test
  void onlyTheTokensAddedCount() {
    List<Token> tokens = tokens("Ask Lind now. Ask Lind again. Ask Lind later.");
    int[] tags = tags(tokens, "Lind", "U-PER", "U-ORG", "U-ORG");
    DocumentTags doc = new DocumentTags();
    doc.add(tokens, tags, 0, 4); // the first sentence

    assertThat(doc.codes(tokens, tags, 1))
        .containsExactly(tag("U-PER"), 103, 110, 120, 130, 140, 200 + 3 + 100);
  }

  private static List<Token> tokens(String text) {
    return tokenizer.tokenize(text, 0, text.length());
  }

  private static int tag(String name) {
    return Arrays.asList(NerModel.TAGS).indexOf(name);
  }

  /** O everywhere, and the given tags on the mentions of {@code word} in turn. */
  private static int[] tags(List<Token> tokens, String word, String... tags) {
    int[] out = new int[tokens.size()];
    int k = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(word)) {
        out[i] = tag(tags[k++]);
      }
    }
    assertThat(k).isEqualTo(tags.length);
    return out;
  }
}
