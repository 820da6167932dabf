package org.gazette.search;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.gazette.index.IndexFields;

/**
 * Parses Lucene query syntax over title and body, turning every failure into a {@link
 * QuerySyntaxException} that says where and what.
 *
 * <p>Terms without a field search title (boosted) and body; all terms are required unless joined by
 * OR. Only {@code title:} and {@code body:} may be named. Thread-safe: a parser is made per query.
 */
final class QueryTextParser {
  /** Longer query text is refused: it is never a real query and costs parsing time. */
  static final int MAX_QUERY_LENGTH = 4096;

  private static final String[] FIELDS = {IndexFields.TITLE, IndexFields.BODY};
  private static final Map<String, Float> BOOSTS =
      Map.of(IndexFields.TITLE, 2.0f, IndexFields.BODY, 1.0f);
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  /**
   * Most terms, phrases and other clauses one query may hold, counted as the user typed them (a
   * plain word is one, though it searches both title and body).
   */
  static final int MAX_LEAF_QUERIES = 256;

  /**
   * Longest term a fuzzy search ({@code word~}) may have: the cost of its edit-distance automaton
   * grows with the term, and a real word is far shorter.
   */
  static final int MAX_FUZZY_TERM_LENGTH = 32;

  /**
   * Most fuzzy, wildcard, prefix, regular expression and range terms one query may hold: each is
   * expanded against the term dictionary of title and body before the search starts, which the time
   * budget of a search cannot interrupt.
   */
  static final int MAX_EXPANDED_TERMS = 32;

  /** Largest repeat count a regular expression may give ({@code {1,100}}). */
  static final int MAX_REGEX_REPEAT = 100;

  private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)(?:,(\\d*))?\\}");

  /** Deepest nesting of parentheses a query may have; real queries need two or three levels. */
  static final int MAX_NESTING = 32;

  /** Letters a wildcard or prefix term needs before its first * or ?, so it cannot scan all. */
  static final int MIN_WILDCARD_PREFIX = 2;

  private final Analyzer analyzer;

  QueryTextParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query for {@code text}; blank text matches every article. */
  Query parse(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "the query is " + text.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
    int nesting = nesting(text);
    if (nesting > MAX_NESTING) {
      throw new IllegalArgumentException(
          "the query nests parentheses "
              + nesting
              + " deep; at most "
              + MAX_NESTING
              + " levels are allowed");
    }
    FieldCheckingParser parser = new FieldCheckingParser(analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    Query query;
    try {
      query = parser.parse(text);
    } catch (ParseException e) {
      throw translate(text, e);
    } catch (TooComplexToDeterminizeException e) {
      throw new IllegalArgumentException(
          "a regular expression in the query is too complex to run: simplify it");
    } catch (StackOverflowError e) {
      // The parser recurses once per nested clause; past the nesting check this is the last line.
      throw new IllegalArgumentException("the query is nested too deeply to parse: simplify it");
    }
    if (parser.expanded > MAX_EXPANDED_TERMS) {
      throw new IllegalArgumentException(
          "the query has "
              + parser.expanded
              + " fuzzy, wildcard, regular expression and range terms; at most "
              + MAX_EXPANDED_TERMS
              + " are allowed");
    }
    if (parser.typed > MAX_LEAF_QUERIES) {
      throw new IllegalArgumentException(
          "the query has "
              + parser.typed
              + " terms and phrases; at most "
              + MAX_LEAF_QUERIES
              + " are allowed");
    }
    // A backstop for words the analyzer splits into many terms: what runs, not what was typed.
    int leaves = countLeaves(query);
    if (leaves > IndexSearcher.getMaxClauseCount()) {
      throw new IllegalArgumentException(
          "the query expands to more than "
              + IndexSearcher.getMaxClauseCount()
              + " term searches (each word searches title and body): shorten it");
    }
    return query;
  }

  /** The deepest nesting of parentheses outside quoted phrases, escapes skipped. */
  static int nesting(String text) {
    int depth = 0;
    int deepest = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (!quoted && c == ')' && depth > 0) {
        depth--;
      }
    }
    return deepest;
  }

  private static int countLeaves(Query query) {
    int[] leaves = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            leaves[0]++;
          }

          @Override
          public void visitLeaf(Query q) {
            leaves[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return leaves[0];
  }

  private static IllegalArgumentException translate(String text, ParseException e) {
    Throwable cause = e.getCause();
    if (cause instanceof IndexSearcher.TooManyClauses) {
      return new IllegalArgumentException(
          "the query has too many clauses (at most " + IndexSearcher.getMaxClauseCount() + ")");
    }
    if (cause instanceof ParseException structured && structured.currentToken != null) {
      return fromParser(text, structured);
    }
    if (cause instanceof TokenMgrError lexical) {
      return fromLexer(text, lexical);
    }
    String message = e.getMessage();
    int colon = message.indexOf("': ");
    return new QuerySyntaxException(
        "query syntax error: " + (colon >= 0 ? message.substring(colon + 3) : message), text, -1);
  }

  private static QuerySyntaxException fromParser(String text, ParseException e) {
    Token offending = e.currentToken.next == null ? e.currentToken : e.currentToken.next;
    boolean atEnd = offending.kind == 0;
    // The parser's columns are 0-based; positions reported to users are 1-based.
    int position = atEnd ? text.length() + 1 : offending.beginColumn + 1;
    Set<String> expected = new LinkedHashSet<>();
    for (int[] sequence : e.expectedTokenSequences) {
      if (sequence.length > 0) {
        expected.add(e.tokenImage[sequence[0]].replace("\"", "").replace("<", "").replace(">", ""));
      }
    }
    String found = atEnd ? "the query ended" : "found '" + offending.image + "'";
    String want;
    if (expected.contains(")") && atEnd) {
      want = "a closing ')' is missing";
    } else if (expected.contains("]") || expected.contains("}")) {
      want = "a range needs the form [from TO to]";
    } else if (expected.size() <= 4) {
      want = "expected " + String.join(" or ", expected);
    } else {
      want = "expected a term, a phrase or '('";
    }
    return new QuerySyntaxException(
        "query syntax error at position " + position + ": " + found + "; " + want, text, position);
  }

  private static QuerySyntaxException fromLexer(String text, TokenMgrError e) {
    // The lexer's columns are 1-based already.
    Matcher m = COLUMN.matcher(e.getMessage());
    int position = m.find() ? Integer.parseInt(m.group(1)) : -1;
    boolean openQuote = text.chars().filter(c -> c == '"').count() % 2 == 1;
    String reason;
    if (e.getMessage().contains("<EOF>") && openQuote) {
      reason = "the quoted phrase opened here is not closed";
      position = text.lastIndexOf('"') + 1;
    } else if (e.getMessage().contains("<EOF>")) {
      reason = "the query ends inside an escape (a trailing backslash?)";
    } else {
      reason = "a character is not allowed here";
    }
    return new QuerySyntaxException(
        "query syntax error at position " + position + ": " + reason, text, position);
  }

  /** Refuses field names other than title and body, so a typo is an error, not zero hits. */
  private static final class FieldCheckingParser extends MultiFieldQueryParser {
    /** The clauses the user typed: calls from the grammar, not the per-field calls they make. */
    int typed;

    /** Of those, the fuzzy, wildcard, prefix, regular expression and range terms. */
    int expanded;

    private int depth;

    FieldCheckingParser(Analyzer analyzer) {
      super(FIELDS, analyzer, BOOSTS);
    }

    /** Counts a clause when the grammar asks for it, not when one field query asks another. */
    private void enter() {
      if (depth++ == 0) {
        typed++;
      }
    }

    /** {@link #enter()} for a term that is expanded against the term dictionary. */
    private void enterExpanded() {
      if (depth == 0) {
        expanded++;
      }
      enter();
    }

    private void leave() {
      depth--;
    }

    private static void check(String field) throws ParseException {
      if (field != null && !field.equals(IndexFields.TITLE) && !field.equals(IndexFields.BODY)) {
        throw new ParseException(
            "unknown field '"
                + field
                + "': only title: and body: can be searched by name (filter entities and sources"
                + " with the facet filters)");
      }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      enter();
      try {
        check(field);
        return super.getFieldQuery(field, queryText, quoted);
      } finally {
        leave();
      }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      enter();
      try {
        check(field);
        return super.getFieldQuery(field, queryText, slop);
      } finally {
        leave();
      }
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      enterExpanded();
      try {
        check(field);
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
      } finally {
        leave();
      }
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      if ("*".equals(field) && "*".equals(termStr)) {
        enter(); // Lucene's match-all, *:*: one plain clause that expands nothing
        leave();
        return new MatchAllDocsQuery();
      }
      enterExpanded();
      try {
        check(field);
        checkWildcard(termStr);
        return super.getWildcardQuery(field, termStr);
      } finally {
        leave();
      }
    }

    private static void checkWildcard(String term) throws ParseException {
      int firstWildcard = term.length();
      for (int i = 0; i < term.length(); i++) {
        char c = term.charAt(i);
        if (c == '*' || c == '?') {
          firstWildcard = i;
          break;
        }
      }
      if (firstWildcard < MIN_WILDCARD_PREFIX) {
        throw new ParseException(
            "the wildcard term '"
                + term
                + "' needs at least "
                + MIN_WILDCARD_PREFIX
                + " letters before its first * or ?");
      }
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      enterExpanded();
      try {
        check(field);
        checkRegexp(termStr);
        return super.getRegexpQuery(field, termStr);
      } finally {
        leave();
      }
    }

    private static void checkRegexp(String termStr) throws ParseException {
      for (int i = 0; i < MIN_WILDCARD_PREFIX; i++) {
        if (i >= termStr.length() || !Character.isLetterOrDigit(termStr.charAt(i))) {
          throw new ParseException(
              "the regular expression /"
                  + termStr
                  + "/ must start with at least "
                  + MIN_WILDCARD_PREFIX
                  + " plain letters or digits");
        }
      }
      Matcher repeat = REPEAT.matcher(termStr);
      while (repeat.find()) {
        for (int g = 1; g <= 2; g++) {
          String n = repeat.group(g);
          if (n != null
              && !n.isEmpty()
              && (n.length() > 9 || Integer.parseInt(n) > MAX_REGEX_REPEAT)) {
            throw new IllegalArgumentException(
                "the regular expression /"
                    + termStr
                    + "/ repeats up to "
                    + n
                    + " times; a repeat count is at most "
                    + MAX_REGEX_REPEAT);
          }
        }
      }
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      enterExpanded();
      try {
        check(field);
        checkWildcard(termStr + "*");
        return super.getPrefixQuery(field, termStr);
      } finally {
        leave();
      }
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      enterExpanded();
      try {
        check(field);
        if (termStr.length() > MAX_FUZZY_TERM_LENGTH) {
          throw new IllegalArgumentException(
              "the fuzzy term '"
                  + termStr.substring(0, 20)
                  + "...' is "
                  + termStr.length()
                  + " characters long; a fuzzy term (word~) has at most "
                  + MAX_FUZZY_TERM_LENGTH);
        }
        return super.getFuzzyQuery(field, termStr, minSimilarity);
      } finally {
        leave();
      }
    }
  }
}
