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

  /** Most terms, phrases and other leaf queries one query may hold. */
  static final int MAX_LEAF_QUERIES = 256;

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
    int leaves = countLeaves(query);
    if (leaves > MAX_LEAF_QUERIES) {
      throw new IllegalArgumentException(
          "the query has "
              + leaves
              + " terms and phrases; at most "
              + MAX_LEAF_QUERIES
              + " are allowed");
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
    FieldCheckingParser(Analyzer analyzer) {
      super(FIELDS, analyzer, BOOSTS);
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
      check(field);
      return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      check(field);
      return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      check(field);
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      check(field);
      checkWildcard(termStr);
      return super.getWildcardQuery(field, termStr);
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
      check(field);
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
      return super.getRegexpQuery(field, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      check(field);
      checkWildcard(termStr + "*");
      return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      check(field);
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }
  }
}
