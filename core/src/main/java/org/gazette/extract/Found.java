package org.gazette.extract;

import org.gazette.model.ArticleField;
import org.gazette.model.EntityType;
import org.gazette.model.NameKey;

/**
 * One name found in the text, before the document-level decision: where it is, its key, and how
 * much its own form and context suggest each entity type (for a name the tagger found, see {@link
 * #TAGGED}).
 *
 * @param field the field it is in
 * @param start offset of its first character in the field's text
 * @param end offset after its last character
 * @param text the name as written
 * @param key its {@link NameKey}
 * @param form what the name itself suggests: the gazetteer, a first name, an acronym, a head noun;
 *     the same for every mention of the name, so a document counts it once
 * @param context what the words around this mention suggest, counted for every mention
 * @param known what the gazetteer knows under this name, or {@code null}
 * @param flags a combination of the constants of this record
 */
record Found(
    ArticleField field,
    int start,
    int end,
    String text,
    String key,
    Evidence form,
    Evidence context,
    KnownName known,
    int flags) {
  /** Written in capitals as an abbreviation ("CENTCOM", "PUK"). */
  static final int ACRONYM = 1;

  /** A known name that is also an English word or a common abbreviation ("IS"). */
  static final int AMBIGUOUS = 1 << 1;

  /** Written all in capitals on a line where capitals say little. */
  static final int SHOUTED = 1 << 2;

  /** Starts a sentence, or stands on a line where capitals say little. */
  static final int WEAK_CAPITAL = 1 << 3;

  /**
   * Found by the name tagger: {@code form} holds the tagger's shares of the three types for this
   * mention (they add up to one), {@code context} nothing.
   */
  static final int TAGGED = 1 << 4;

  /** All the evidence of this mention for {@code type}. */
  double score(EntityType type) {
    return form.of(type) + context.of(type);
  }

  boolean is(int flag) {
    return (flags & flag) != 0;
  }

  /** The number of words of the name. */
  int words() {
    return key.isEmpty() ? 0 : key.split(" ").length;
  }
}
