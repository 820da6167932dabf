package org.gazette.model;

/** The text field of a cleaned {@link Article} that a {@link Mention} points into. */
public enum ArticleField {
  TITLE,
  BODY;

  /** The lower-case name used in JSON and on the command line. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
