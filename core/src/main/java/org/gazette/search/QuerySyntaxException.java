package org.gazette.search;

/**
 * The query text is not valid query syntax. The message says what was found and what was expected;
 * {@link #position()} says where.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private final String query;
  private final int position;

  public QuerySyntaxException(String message, String query, int position) {
    super(message);
    this.query = query;
    this.position = position;
  }

  /** The query text that failed to parse. */
  public String query() {
    return query;
  }

  /** The 1-based character position of the problem in {@link #query()}, or -1 when unknown. */
  public int position() {
    return position;
  }
}
