package org.gazette.extract;

import static org.gazette.extract.ConllReader.commentKey;
import static org.gazette.extract.ConllReader.isNewpar;
import static org.gazette.extract.ConllReader.paragraphsMarked;
import static org.gazette.extract.ConllReader.value;
import static org.gazette.extract.NerCorpus.SENTENCES_PER_PARAGRAPH;
import static org.gazette.extract.NerCorpus.outermost;
import static org.gazette.extract.NerCorpus.safeId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.extract.NerCorpus.Document;
import org.gazette.extract.NerCorpus.Span;
import org.gazette.model.EntityType;

/**
 * GUM's CoNLL-U files: one document a file ({@code # newdoc id}), paragraphs at {@code # newpar},
 * each sentence's text in {@code # text}. Mentions are brackets in the {@code Entity=} of the last
 * column, {@code (ID-TYPE-...} on a mention's first token and {@code ID)} on its last, nested.
 * Every mention is annotated, pronouns and common nouns too; kept are the names among the person,
 * place and organization mentions (those whose head, or all whose content words, are proper nouns;
 * see {@link #nameRange}), the outermost where they nest, without a leading "the"; people named by
 * a plural ("Americans") are groups and left out.
 */
final class GumReader {
  /** The documents of GUM's dev split (its splits.md, listed in the archive's README). */
  static final Set<String> DEV =
      Set.of(
          "GUM_academic_exposure",
          "GUM_academic_librarians",
          "GUM_bio_byron",
          "GUM_bio_emperor",
          "GUM_court_loan",
          "GUM_court_negligence",
          "GUM_voyage_athens",
          "GUM_voyage_coron");

  private static final Map<String, EntityType> TYPES =
      Map.of(
          "person", EntityType.PERSON,
          "place", EntityType.PLACE,
          "organization", EntityType.ORGANIZATION);

  /** GUM's types of other things whose names count as other names (CoNLL's MISC). */
  private static final Set<String> OTHER_TYPES =
      Set.of("event", "object", "abstract", "substance", "animal", "plant");

  /** The kind number of other names in {@link #namedMentions}. */
  static final int OTHER = 3;

  /** Parts of speech that are no content words: "the Bank of England's" is named. */
  private static final Set<String> FUNCTION_WORDS = Set.of("DET", "PUNCT", "ADP", "PART", "CCONJ");

  /** Parts of speech that may join the parts of a name ("of", "the", "and", "'s"). */
  private static final Set<String> JOINING_WORDS = Set.of("DET", "ADP", "PART", "CCONJ");

  /** Punctuation that may join the parts of a name ("Rolls-Royce", "Marks & Spencer"). */
  private static final Set<String> JOINING_PUNCTUATION = Set.of("-", "&", ".", "/");

  /** An opening bracket {@code (ID-TYPE-...}, maybe closed at once, or a closing {@code ID)}. */
  private static final Pattern BRACKET =
      Pattern.compile("\\((\\d+)-([a-z]+)[^()]*(\\))?|(\\d+)\\)");

  private static final int ID = 0;
  private static final int FORM = 1;
  private static final int UPOS = 3;
  private static final int XPOS = 4;
  private static final int HEAD = 6;
  private static final int MISC = 9;

  private GumReader() {}

  /** The documents of one file. */
  static List<Document> read(String path, String content) {
    String file = path.substring(path.lastIndexOf('/') + 1);
    String docId = file.endsWith(".conllu") ? file.substring(0, file.length() - 7) : file;
    int every = paragraphsMarked(content) ? 0 : SENTENCES_PER_PARAGRAPH;
    List<Document> docs = new ArrayList<>();
    DocumentText text = new DocumentText(every);
    List<Span> spans = new ArrayList<>();
    String sentence = null;
    List<String[]> words = new ArrayList<>();
    for (String raw : content.split("\n", -1)) {
      String line = raw.strip();
      String key = commentKey(line);
      if (key.startsWith("newdoc")) {
        add(docs, docId, text, spans);
        docId = value(line);
        text = new DocumentText(every);
        spans = new ArrayList<>();
      } else if (isNewpar(key)) {
        text.paragraph();
      } else if (key.equals("text")) {
        sentence = value(line);
      } else if (line.isEmpty()) {
        sentence(text, sentence, words, spans);
        words = new ArrayList<>();
        sentence = null;
      } else if (!line.startsWith("#")) {
        String[] f = raw.split("\t");
        // Multi-word token ranges (1-2) and empty nodes (8.1) are no words of the sentence.
        if (f.length >= 10 && f[ID].chars().allMatch(Character::isDigit)) {
          words.add(f);
        }
      }
    }
    sentence(text, sentence, words, spans);
    add(docs, docId, text, spans);
    return docs;
  }

  private static void add(List<Document> docs, String id, DocumentText text, List<Span> spans) {
    if (!text.toString().isBlank()) {
      docs.add(new Document(safeId(id), "gum", text.toString(), spans, DEV.contains(id)));
    }
  }

  private static void sentence(
      DocumentText text, String sentence, List<String[]> words, List<Span> spans) {
    if (words.isEmpty()) {
      return;
    }
    List<String> forms = words.stream().map(w -> w[FORM]).toList();
    String s = sentence == null || sentence.isBlank() ? String.join(" ", forms) : sentence;
    int base = text.sentence(s);
    int[][] at = DocumentText.locate(s, forms);
    for (int[] m : namedMentions(words)) {
      int start = -1;
      int end = -1;
      for (int i = m[0]; i <= m[1]; i++) {
        if (at[0][i] >= 0) {
          start = start < 0 ? at[0][i] : start;
          end = at[1][i];
        }
      }
      if (start >= 0 && end > start) {
        spans.add(
            new Span(base + start, base + end, m[2] == OTHER ? null : EntityType.values()[m[2]]));
      }
    }
  }

  /**
   * The names among the person, place and organization mentions of a sentence, as {@code {first
   * word, last word, type ordinal}}, the outermost where they nest.
   */
  static List<int[]> namedMentions(List<String[]> words) {
    Map<String, List<int[]>> open = new HashMap<>();
    List<Span> names = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (String part : words.get(i)[MISC].split("\\|")) {
        if (!part.startsWith("Entity=")) {
          continue;
        }
        Matcher m = BRACKET.matcher(part.substring("Entity=".length()));
        while (m.find()) {
          if (m.group(1) != null) {
            EntityType type = TYPES.get(m.group(2));
            int kind =
                type != null ? type.ordinal() : OTHER_TYPES.contains(m.group(2)) ? OTHER : -1;
            if (m.group(3) != null) {
              addName(words, i, i, kind, names);
            } else {
              open.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new int[] {i, kind});
            }
          } else {
            List<int[]> stack = open.get(m.group(4));
            if (stack != null && !stack.isEmpty()) {
              int[] opened = stack.remove(stack.size() - 1);
              addName(words, opened[0], i, opened[1], names);
            }
          }
        }
      }
    }
    // Word ranges as spans, to keep the outermost the way re3d's nested spans are.
    return outermost(names).stream()
        .map(n -> new int[] {n.start(), n.end() - 1, n.isOther() ? OTHER : n.type().ordinal()})
        .toList();
  }

  private static void addName(
      List<String[]> words, int first, int last, int kind, List<Span> names) {
    int[] name = kind < 0 ? null : nameRange(words, first, last);
    // People named by a plural ("Americans", "Thais") are groups, which the gold leaves out.
    boolean group =
        name != null
            && kind == EntityType.PERSON.ordinal()
            && words.get(name[1])[XPOS].equals("NNPS");
    if (name != null && !group) {
      names.add(new Span(name[0], name[1] + 1, kind == OTHER ? null : EntityType.values()[kind]));
    }
  }

  /**
   * The words that name a mention, or null when it is no name. A mention whose content words are
   * all proper nouns is a name as it stands ("Trinity College, Cambridge"); one whose head (the
   * first word, punctuation aside, whose head lies outside the mention) is a proper noun is named
   * by the proper nouns around its head ("Mary Chaworth" of "Mary Chaworth, whom he met at
   * school"). Articles, prepositions, punctuation and "'s" at either end are left out ("the United
   * States", "Byron's").
   */
  static int[] nameRange(List<String[]> words, int first, int last) {
    boolean content = false;
    boolean allProper = true;
    int head = -1;
    int punctuationHead = -1;
    int lo = number(words.get(first)[ID]);
    int hi = number(words.get(last)[ID]);
    for (int i = first; i <= last; i++) {
      String[] w = words.get(i);
      if (!FUNCTION_WORDS.contains(w[UPOS])) {
        content = true;
        allProper &= isProper(w);
      }
      int h = number(w[HEAD]);
      if (h < lo || h > hi) {
        if (!w[UPOS].equals("PUNCT")) {
          head = head < 0 ? i : head;
        } else if (punctuationHead < 0) {
          punctuationHead = i;
        }
      }
    }
    head = head < 0 ? punctuationHead : head;
    int a;
    int b;
    if (content && allProper) {
      a = first;
      b = last;
    } else if (head >= 0 && isProper(words.get(head))) {
      a = head;
      b = head;
      for (int n = reach(words, a, first, -1); n != a; n = reach(words, a, first, -1)) {
        a = n;
      }
      for (int n = reach(words, b, last, 1); n != b; n = reach(words, b, last, 1)) {
        b = n;
      }
    } else {
      return null;
    }
    while (a <= b && FUNCTION_WORDS.contains(words.get(a)[UPOS])) {
      a++;
    }
    while (b >= a && FUNCTION_WORDS.contains(words.get(b)[UPOS])) {
      b--;
    }
    return a <= b ? new int[] {a, b} : null;
  }

  /**
   * The next proper noun from {@code from} towards {@code limit} (by {@code step}) over words that
   * may join the parts of a name ("Bank of England", "King's College"); {@code from} when there is
   * none.
   */
  private static int reach(List<String[]> words, int from, int limit, int step) {
    for (int i = from + step; step < 0 ? i >= limit : i <= limit; i += step) {
      String[] w = words.get(i);
      if (isProper(w)) {
        return i;
      }
      boolean joins =
          JOINING_WORDS.contains(w[UPOS])
              || (w[UPOS].equals("PUNCT") && JOINING_PUNCTUATION.contains(w[FORM]));
      if (!joins) {
        break;
      }
    }
    return from;
  }

  /** A proper noun by its universal or its Penn tag ("United" is VERB and NNP in GUM). */
  private static boolean isProper(String[] w) {
    return w[UPOS].equals("PROPN") || w[XPOS].equals("NNP") || w[XPOS].equals("NNPS");
  }

  private static int number(String s) {
    return s.isEmpty() || !s.chars().allMatch(Character::isDigit) ? 0 : Integer.parseInt(s);
  }
}
