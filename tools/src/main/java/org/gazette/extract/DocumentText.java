package org.gazette.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gazette.extract.NerCorpus.Span;
import org.gazette.model.EntityType;

/**
 * The text of one document as it is built, sentence by sentence, with the offsets of its tokens.
 * Tokenised text is joined the way it was written: no space before <code>, . ; : ! ? %</code>,
 * closing brackets and quotes, and clitics ({@code 's n't 're 've 'll 'd 'm}); none after opening
 * brackets and quotes and currency signs ({@code $}); straight double quotes open and close in turn
 * within a sentence; {@code -LRB-} and the like become brackets, {@code ``} and {@code ''} straight
 * quotes.
 *
 * <p>NOTE: not thread-safe; one per document.
 */
final class DocumentText {
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(
          ", . ; : ! ? % ) ] } 's n't 're 've 'll 'd 'm \u2019s n\u2019t \u201d \u2019 ... \u2026"
              .split(" "));
  private static final Set<String> NO_SPACE_AFTER =
      Set.of("(", "[", "{", "$", "\u00a3", "\u20ac", "\u201c", "\u2018");
  private static final Map<String, String> BRACKETS =
      Map.of(
          "-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}", "``",
          "\"", "''", "\"");

  private final StringBuilder text = new StringBuilder();
  private final int sentencesPerParagraph;
  private int inParagraph;
  private boolean paragraphPending;
  private boolean joinHyphens;

  /**
   * @param sentencesPerParagraph a paragraph break after this many sentences; 0 for breaks only
   *     where {@link #paragraph()} asks
   */
  DocumentText(int sentencesPerParagraph) {
    this.sentencesPerParagraph = sentencesPerParagraph;
  }

  /** Joins a hyphen token to the words on both sides, for corpora that cut hyphenated words. */
  void joinHyphens() {
    joinHyphens = true;
  }

  /** Starts a new paragraph with the next sentence. */
  void paragraph() {
    paragraphPending = true;
  }

  /**
   * Appends a sentence of {@code {token, tag}} pairs, joined as they were written, and adds the
   * spans their IOB tags mark.
   */
  void tokens(List<String[]> tokens, List<Span> spans) {
    startSentence();
    int[] starts = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    boolean noSpace = true;
    boolean quoteOpen = false;
    boolean singleOpen = false;
    String previous = "";
    for (int i = 0; i < tokens.size(); i++) {
      String raw = tokens.get(i)[0];
      String word = BRACKETS.getOrDefault(raw, raw);
      boolean attachLeft = NO_SPACE_BEFORE.contains(word.toLowerCase(Locale.ROOT));
      boolean attachRight = NO_SPACE_AFTER.contains(word);
      if (joinHyphens && word.equals("-") && i > 0 && i + 1 < tokens.size()) {
        attachLeft = true;
        attachRight = true;
      } else if (word.equals("\"")) {
        attachLeft = quoteOpen;
        attachRight = !quoteOpen;
        quoteOpen = !quoteOpen;
      } else if (word.equals("'")) {
        // After a plural ("the players' union") it is a possessive; otherwise a quote.
        boolean possessive = !singleOpen && previous.matches(".*[sSzZ]");
        attachLeft = possessive || singleOpen;
        attachRight = !possessive && !singleOpen;
        singleOpen = !possessive && !singleOpen;
      }
      if (!noSpace && !attachLeft) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(word);
      ends[i] = text.length();
      noSpace = attachRight;
      previous = word;
    }
    addSpans(tokens, starts, ends, spans);
  }

  /**
   * Appends an untokenised sentence and adds the spans the IOB tags of its {@code {token, tag}}
   * pairs mark, finding each token in the text in turn. A token not found is passed over (a name
   * then covers the tokens that were found); a sentence without text is joined from its tokens.
   */
  void sentence(String sentence, List<String[]> tokens, List<Span> spans) {
    if (sentence == null || sentence.isBlank()) {
      tokens(tokens, spans);
      return;
    }
    int base = sentence(sentence);
    int[][] at = locate(sentence, tokens.stream().map(t -> t[0]).toList());
    for (int i = 0; i < tokens.size(); i++) {
      if (at[0][i] >= 0) {
        at[0][i] += base;
        at[1][i] += base;
      }
    }
    addSpans(tokens, at[0], at[1], spans);
  }

  /** Appends an untokenised sentence and returns its offset in the document. */
  int sentence(String sentence) {
    startSentence();
    int base = text.length();
    text.append(sentence);
    return base;
  }

  /** Where each token is in {@code sentence}, searched in turn; -1 for one not found. */
  static int[][] locate(String sentence, List<String> tokens) {
    int[] starts = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      int at = from;
      while (at < sentence.length() && Character.isWhitespace(sentence.charAt(at))) {
        at++;
      }
      if (token.isEmpty() || !sentence.startsWith(token, at)) {
        at = token.isEmpty() ? -1 : sentence.indexOf(token, from);
      }
      starts[i] = at;
      ends[i] = at < 0 ? -1 : at + token.length();
      from = at < 0 ? from : ends[i];
    }
    return new int[][] {starts, ends};
  }

  private void startSentence() {
    if (!text.isEmpty()) {
      boolean full = sentencesPerParagraph > 0 && inParagraph >= sentencesPerParagraph;
      if (paragraphPending || full) {
        text.append("\n\n");
        inParagraph = 0;
      } else if (endsSentence()) {
        text.append(' ');
      } else {
        // A sentence without a closing mark (a greeting, a signature, a heading, a list item)
        // stood on a line of its own: joined by a space it would run into the next one.
        text.append('\n');
      }
    }
    paragraphPending = false;
    inParagraph++;
  }

  private boolean endsSentence() {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (".!?:;\u2026".indexOf(c) >= 0) {
        return true;
      }
      if ("\"')]\u201d\u2019".indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The spans of IOB2 (or IOB1) tags; a name covers those of its tokens that have offsets. */
  private static void addSpans(List<String[]> tokens, int[] starts, int[] ends, List<Span> out) {
    String open = null;
    int start = -1;
    int end = -1;
    for (int i = 0; i <= tokens.size(); i++) {
      String tag = i < tokens.size() ? tokens.get(i)[1] : "O";
      String label = label(tag);
      if (open != null && (label == null || tag.startsWith("B-") || !label.equals(open))) {
        if (start >= 0 && end > start) {
          out.add(new Span(start, end, conllType(open)));
        }
        open = null;
      }
      if (label != null) {
        if (open == null) {
          open = label;
          start = -1;
        }
        if (starts[i] >= 0) {
          start = start < 0 ? starts[i] : start;
          end = ends[i];
        }
      }
    }
  }

  /** PER, LOC, ORG, or MISC for other names (CoNLL's MISC, UNER's OTH); null outside names. */
  private static String label(String tag) {
    String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
    return switch (t) {
      case "PER", "LOC", "ORG" -> t;
      case "MISC", "OTH" -> "MISC";
      default -> null;
    };
  }

  /** The type of a CoNLL tag ({@code B-PER}, {@code I-LOC}, {@code ORG}), or null for others. */
  static EntityType conllType(String tag) {
    String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
    return switch (t) {
      case "PER" -> EntityType.PERSON;
      case "LOC" -> EntityType.PLACE;
      case "ORG" -> EntityType.ORGANIZATION;
      default -> null;
    };
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
