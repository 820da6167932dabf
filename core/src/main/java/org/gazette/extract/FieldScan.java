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
 */
record FieldScan(
    List<Token> tokens,
    String text,
    ArticleField field,
    Set<String> documentLowerWords,
    List<Found> found,
    List<Definition> definitions) {

  /** An acronym defined by the name before it in parentheses: "Counter-Terrorism Service (CTS)". */
  record Definition(String longKey, String acronymKey) {}

  Token token(int i) {
    return tokens.get(i);
  }

  /** The text from the start of token {@code a} to the end of token {@code b - 1}. */
  String surface(int a, int b) {
    return text.substring(tokens.get(a).start(), tokens.get(b - 1).end());
  }
}
