package org.gazette.model;

import java.util.Optional;

/**
 * The one grammar of article ids, whatever they come from (a JSON body, an HTTP path, a
 * front-matter block, a library call): 1 to {@value #MAX_LENGTH} characters of valid Unicode, not
 * blank, no white space at either end, no control characters and no line or paragraph separators.
 *
 * <p>NOTE: an id is compared as written: no case folding, no normalisation. White space inside an
 * id ("bbc 2024") is allowed.
 */
public final class ArticleId {
  /** The longest id, in UTF-16 characters (as Java counts a string's length). */
  public static final int MAX_LENGTH = 512;

  /** The rule, as messages state it. */
  public static final String RULE =
      "an id must be 1 to "
          + MAX_LENGTH
          + " characters without control characters, not blank, with no white space at either end"
          + " and no unpaired surrogate";

  private ArticleId() {}

  /** What is wrong with {@code id} (the rule and the offence), or empty when it is a valid id. */
  public static Optional<String> problem(String id) {
    if (id == null) {
      return Optional.of("no id was given: " + RULE);
    }
    String offence = offence(id);
    return offence == null ? Optional.empty() : Optional.of(offence + ": " + RULE);
  }

  /**
   * Returns {@code id} when it is valid.
   *
   * @throws IllegalArgumentException naming the rule and what breaks it
   */
  public static String require(String id) {
    Optional<String> problem = problem(id);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return id;
  }

  private static String offence(String id) {
    if (id.isEmpty()) {
      return "the id is empty";
    }
    if (id.length() > MAX_LENGTH) {
      return "the id is too long (length " + id.length() + ")";
    }
    if (id.isBlank() || isSpace(id.codePointAt(0)) || isSpace(id.codePointBefore(id.length()))) {
      return "the id is blank or has white space at one end";
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < id.length()
          && Character.isLowSurrogate(id.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "the id holds an unpaired surrogate at index " + i;
      } else if (Character.isISOControl(c)
          || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
        return String.format("the id holds the control character U+%04X at index %d", (int) c, i);
      }
    }
    return null;
  }

  // White space as Character.isWhitespace sees it, plus the no-break spaces it leaves out.
  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
