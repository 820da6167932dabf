package org.gazette.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gazette.model.ArticleField;

/**
 * Development aid: prints every candidate name of a text file with its form and context evidence,
 * to see why the extractor typed it as it did. Argument: a text file.
 */
public final class ExplainExtractionMain {
  private ExplainExtractionMain() {}

  /** Prints the candidate names of the file {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[0]));
    Gazetteer g = RuleBasedEntityExtractor.withDefaultResources().gazetteer();
    Tokenizer tokenizer =
        new Tokenizer(g.cues().abbreviations(), g.cues().particles(), g::isCommonWord);
    ChunkFinder chunks = new ChunkFinder(g);
    SpanTyper typer = new SpanTyper(g);
    Set<String> lower = new HashSet<>();
    for (Token t : tokenizer.tokenize(text, 0, text.length())) {
      if (t.isWord() && !t.isCap()) {
        lower.add(t.lower());
      }
    }
    List<Found> found = new ArrayList<>();
    List<Token> tokens = chunks.splitHyphenated(tokenizer.tokenize(text, 0, text.length()));
    FieldScan scan =
        new FieldScan(tokens, text, ArticleField.BODY, lower, found, new ArrayList<>());
    for (ChunkFinder.Chunk c : chunks.chunks(tokens)) {
      typer.analyse(scan, c.from(), c.to());
    }
    for (Found f : found) {
      System.out.printf(
          "%-35s form=%s ctx=%s known=%s%n",
          f.text(),
          f.form(),
          f.context(),
          f.known() == null ? "-" : f.known().canonical() + "/" + f.known().kind());
    }
  }
}
