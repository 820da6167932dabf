package org.gazette.extract;

import static org.gazette.extract.NerCorpus.REDOCRED_DEV_SHARE;
import static org.gazette.extract.NerCorpus.SENTENCES_PER_PARAGRAPH;
import static org.gazette.extract.NerCorpus.oneIn;
import static org.gazette.extract.NerCorpus.safeId;

import java.util.ArrayList;
import java.util.List;
import org.gazette.extract.NerCorpus.Document;
import org.gazette.extract.NerCorpus.Span;

/**
 * The readers of the corpora of {@link NerCorpus} that come in columns, one token a line: wikigold
 * and SEC filings (CoNLL), Re-DocRED (two-column CoNLL) and UNER English-EWT (IOB2 with each
 * sentence's text in a comment), and the comment lines ({@code # key = value}) that EWT and GUM
 * ({@link GumReader}) share. The texts are built by {@link DocumentText}.
 */
final class ConllReader {
  private ConllReader() {}

  /** Documents of one wikigold or SEC CoNLL file, the tokens joined as they were written. */
  static List<Document> conll(String path, String content) {
    String corpus = path.contains("wikigold") ? "wikigold" : "sec-filings";
    String file = path.substring(path.lastIndexOf('/') + 1);
    List<Document> docs = new ArrayList<>();
    for (List<List<String[]>> doc : tokenDocuments(content)) {
      DocumentText text = new DocumentText(SENTENCES_PER_PARAGRAPH);
      List<Span> spans = new ArrayList<>();
      for (List<String[]> sentence : doc) {
        text.tokens(sentence, spans);
      }
      if (!text.toString().isBlank()) {
        // The ids of the first version of this reader, so the same documents stay held out.
        String id = corpus + "-" + file.replaceAll("\\W+", "_") + "-" + (docs.size() + 1);
        docs.add(new Document(id, corpus, text.toString(), spans));
      }
    }
    return docs;
  }

  /**
   * Documents of one Re-DocRED file ({@code TOKEN TAG} lines, {@code -DOCSTART-} before each
   * document), with ids {@code redocred-SPLIT-N}; one in {@link NerCorpus#REDOCRED_DEV_SHARE} is
   * held out.
   */
  static List<Document> redocred(String path, String content) {
    String file = path.substring(path.lastIndexOf('/') + 1);
    String split = file.split("[_.]", 2)[0].replaceAll("\\W+", "_");
    List<Document> docs = new ArrayList<>();
    for (List<List<String[]>> doc : tokenDocuments(content)) {
      DocumentText text = new DocumentText(SENTENCES_PER_PARAGRAPH);
      // DocRED cuts hyphenated words apart ("Oscar - nominated", "Chan - o - cha").
      text.joinHyphens();
      List<Span> spans = new ArrayList<>();
      for (List<String[]> sentence : doc) {
        text.tokens(sentence, spans);
      }
      if (!text.toString().isBlank()) {
        String id = "redocred-" + split + "-" + (docs.size() + 1);
        docs.add(
            new Document(id, "redocred", text.toString(), spans, oneIn(id, REDOCRED_DEV_SHARE)));
      }
    }
    return docs;
  }

  /**
   * The documents of a CoNLL file as lists of sentences of {@code {token, tag}} pairs (first and
   * last column), split at {@code -DOCSTART-}; a blank line ends a sentence.
   */
  private static List<List<List<String[]>>> tokenDocuments(String content) {
    List<List<List<String[]>>> docs = new ArrayList<>();
    List<List<String[]>> doc = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    for (String line : content.split("\n", -1)) {
      String[] f = line.strip().split("\\s+");
      boolean docStart = f[0].equals("-DOCSTART-");
      if (docStart || f.length < 2) {
        if (!sentence.isEmpty()) {
          doc.add(sentence);
          sentence = new ArrayList<>();
        }
        if (docStart) {
          docs.add(doc);
          doc = new ArrayList<>();
        }
        continue;
      }
      sentence.add(new String[] {f[0], f[f.length - 1]});
    }
    if (!sentence.isEmpty()) {
      doc.add(sentence);
    }
    docs.add(doc);
    return docs;
  }

  /**
   * Documents of one UNER English-EWT file: {@code ID TOKEN TAG - ANNOTATOR} lines, documents at
   * {@code # newdoc id} (else by the {@code # sent_id} before its last '-'), the text from {@code #
   * text} lines. The documents of the dev file are the development set's.
   */
  static List<Document> ewt(String path, String content) {
    boolean devFile = path.contains("/dev/") || path.endsWith("-dev.iob2");
    boolean newdocs = content.contains("\n# newdoc") || content.startsWith("# newdoc");
    int every = paragraphsMarked(content) ? 0 : SENTENCES_PER_PARAGRAPH;
    List<Document> docs = new ArrayList<>();
    String docId = null;
    DocumentText text = new DocumentText(every);
    List<Span> spans = new ArrayList<>();
    String sentenceText = null;
    List<String[]> tokens = new ArrayList<>();
    for (String raw : content.split("\n", -1)) {
      String line = raw.strip();
      String key = commentKey(line);
      String next = null;
      if (key.startsWith("newdoc")) {
        next = value(line);
      } else if (!newdocs && key.equals("sent_id")) {
        String sentId = value(line);
        next = sentId.contains("-") ? sentId.substring(0, sentId.lastIndexOf('-')) : sentId;
        next = next.equals(docId) ? null : next;
      }
      if (next != null) {
        addEwt(docs, docId, text, spans, devFile);
        docId = next;
        text = new DocumentText(every);
        spans = new ArrayList<>();
      }
      if (isNewpar(key)) {
        text.paragraph();
      } else if (key.equals("text")) {
        sentenceText = value(line);
      } else if (line.isEmpty()) {
        if (!tokens.isEmpty()) {
          text.sentence(sentenceText, tokens, spans);
        }
        tokens = new ArrayList<>();
        sentenceText = null;
      } else if (!line.startsWith("#")) {
        String[] f = line.split("\t");
        if (f.length >= 3) {
          tokens.add(new String[] {f[1], f[2]});
        }
      }
    }
    if (!tokens.isEmpty()) {
      text.sentence(sentenceText, tokens, spans);
    }
    addEwt(docs, docId, text, spans, devFile);
    return docs;
  }

  private static void addEwt(
      List<Document> docs, String docId, DocumentText text, List<Span> spans, boolean dev) {
    if (!text.toString().isBlank()) {
      String id = "ewt-" + safeId(docId == null ? "doc-" + (docs.size() + 1) : docId);
      docs.add(new Document(id, "ewt", text.toString(), spans, dev));
    }
  }

  /** The key of a {@code # key = value} comment line ({@code "newdoc id"}), or "" for others. */
  static String commentKey(String line) {
    if (!line.startsWith("#")) {
      return "";
    }
    int eq = line.indexOf('=');
    return line.substring(1, eq < 0 ? line.length() : eq).strip();
  }

  /**
   * Whether a comment key is {@code newpar}, which starts a paragraph ({@code newpar_block} not).
   */
  static boolean isNewpar(String key) {
    return key.equals("newpar") || key.startsWith("newpar ");
  }

  /** Whether a CoNLL-U-style file marks paragraphs with {@code # newpar} lines. */
  static boolean paragraphsMarked(String content) {
    return content.startsWith("# newpar") || content.contains("\n# newpar");
  }

  /** The value of a {@code # key = value} comment line. */
  static String value(String comment) {
    int eq = comment.indexOf('=');
    return eq < 0 ? "" : comment.substring(eq + 1).strip();
  }
}
