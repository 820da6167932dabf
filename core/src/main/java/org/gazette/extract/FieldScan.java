package org.gazette.extract;

import java.util.List;
import java.util.Set;
import org.gazette.model.ArticleField;

/**
 * The state of scanning one stretch of a field: its tokens, the field text, the lower-case words of
 * the whole document, and where found names and acronym definitions go.
 *
 * @param tokens the tokens of the stretch, offsets into {@code text}
 * @param text the whole text of the field
 * @param field which field
 * @param documentLowerWords the words the document writes in lower case somewhere
 * @param found where names go
 * @param definitions where "Long Form (ACRONYM)" pairs go
 * @param tagging what the name tagger says of each token, or {@code null} without a model
 */
record FieldScan(
    List<Token> tokens,
    String text,
    ArticleField field,
    Set<String> documentLowerWords,
    List<Found> found,
    List<Definition> definitions,
    NerModel.Tagging tagging) {

  /** An acronym defined by the name before it in parentheses: "Counter-Terrorism Service (CTS)". */
  record Definition(String longKey, String acronymKey) {}

  Token token(int i) {
    return tokens.get(i);
  }

  /**
   * What the name tagger says of tokens {@code [a, b)}: per type, the share of the words it tags as
   * part of a name of that type; nothing without a model.
   */
  Evidence tagged(int a, int b) {
    if (tagging == null || a >= b) {
      return Evidence.NONE;
    }
    double[] share = new double[3];
    int words = 0;
    for (int k = a; k < b; k++) {
      if (tokens.get(k).isWord()) {
        words++;
        org.gazette.model.EntityType type = NerModel.Tagging.type(tagging.tags()[k]);
        if (type != null) {
          share[type.ordinal()]++;
        }
      }
    }
    if (words == 0) {
      return Evidence.NONE;
    }
    return new Evidence(share[2] / words, share[1] / words, share[0] / words);
  }

  /** The text from the start of token {@code a} to the end of token {@code b - 1}. */
  String surface(int a, int b) {
    return text.substring(tokens.get(a).start(), tokens.get(b - 1).end());
  }
}
