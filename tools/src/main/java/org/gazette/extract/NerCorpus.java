package org.gazette.extract;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.gazette.model.EntityType;

/**
 * The openly licensed annotated corpora beside the project ({@code ner/} of the reference data) as
 * plain texts with typed character spans:
 *
 * <ul>
 *   <li>{@code wikigold} and {@code sec-filings}: CoNLL files, one token per line, documents split
 *       at {@code -DOCSTART-};
 *   <li>{@code re3d}: the open subset of Dstl re3d, JSON documents with character offsets;
 *   <li>{@code ewt}: UNER English-EWT (web text), IOB2 files with each sentence's original text;
 *   <li>{@code redocred}: Re-DocRED (Wikipedia lead sections), two-column CoNLL;
 *   <li>{@code gum}: GUM's academic, bio, court and voyage documents, CoNLL-U with every mention
 *       annotated, of which the named people, places and organisations are kept ({@link
 *       GumReader}).
 * </ul>
 *
 * Tweets (Broad Twitter Corpus, WNUT-17) are left out: their case and spelling are unlike news.
 *
 * <p>Texts are made to look like written articles: where the corpus keeps each sentence's original
 * text (EWT, GUM) it is used; otherwise tokens are joined as they were written ({@link
 * DocumentText}: "Acme Corp.", not "Acme Corp ."). Sentences of a paragraph are joined by a space,
 * paragraphs by a blank line; a corpus that marks no paragraphs gets a break every {@value
 * #SENTENCES_PER_PARAGRAPH} sentences, so that no document is one enormous line.
 *
 * <p>Organisations, places and people are kept (re3d {@code Organisation}, {@code Location}, {@code
 * Person}; CoNLL {@code ORG}, {@code LOC}, {@code PER}), and as other names (spans without a type,
 * {@link Span#isOther}) CoNLL's {@code MISC}, UNER's {@code OTH}, re3d's nationalities and GUM's
 * named events, objects and abstractions: the tagger learns them so as not to take them for the
 * others; the development gold leaves them out.
 *
 * <p>The development set is fixed: the documents of the EWT dev file, the eight documents GUM's
 * splits list as dev, one Re-DocRED document in {@value #REDOCRED_DEV_SHARE} and one wikigold, SEC
 * or re3d document in {@value #DEV_SHARE}, both chosen by a checksum of their ids. {@code
 * train-ner} never trains on it and {@code build-devset} writes only it.
 */
public final class NerCorpus {
  /** One wikigold, SEC or re3d document in this many is held out for development. */
  static final int DEV_SHARE = 4;

  /** One Re-DocRED document in this many is held out for development. */
  static final int REDOCRED_DEV_SHARE = 5;

  /** Sentences per paragraph where a corpus marks no paragraphs. */
  static final int SENTENCES_PER_PARAGRAPH = 4;

  /**
   * One annotated text.
   *
   * @param id a stable id, usable as a file name
   * @param corpus {@code wikigold}, {@code sec-filings}, {@code re3d}, {@code ewt}, {@code
   *     redocred} or {@code gum}
   * @param dev whether the document belongs to the held-out development set
   */
  public record Document(String id, String corpus, String text, List<Span> spans, boolean dev) {
    /**
     * @throws IllegalArgumentException when a span is empty or lies outside the text (the readers
     *     never make one)
     */
    public Document {
      spans = List.copyOf(spans);
      for (Span s : spans) {
        if (s.start() < 0 || s.start() >= s.end() || s.end() > text.length()) {
          throw new IllegalArgumentException(
              "span " + s + " of document " + id + " must lie in [0, " + text.length() + ")");
        }
      }
    }

    /** A document held out as wikigold's are: when the CRC32 of its id is a multiple of four. */
    public Document(String id, String corpus, String text, List<Span> spans) {
      this(id, corpus, text, spans, oneIn(id, DEV_SHARE));
    }

    /** Whether the document belongs to the held-out development set. */
    public boolean isDev() {
      return dev;
    }

    /** The text of a span. */
    public String text(Span s) {
      return text.substring(s.start(), s.end());
    }
  }

  /** A typed name at {@code [start, end)} of the text. */
  public record Span(int start, int end, EntityType type) {
    /**
     * Whether this names something else than a person, place or organisation (a work, an event).
     */
    public boolean isOther() {
      return type == null;
    }
  }

  private NerCorpus() {}

  /** Whether the CRC32 of {@code id} falls in one of {@code share} equal parts. */
  static boolean oneIn(String id, int share) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % share == 0;
  }

  /**
   * Reads the corpora of {@code dataDir/ner}, in a fixed order.
   *
   * @throws IOException when an archive is missing or unreadable
   */
  public static List<Document> read(Path dataDir) throws IOException {
    Path ner = dataDir.resolve("ner");
    List<Document> docs = new ArrayList<>();
    files(
            ner,
            "open-ner-conll",
            p ->
                p.contains("/CONLL-format/data/")
                    && (p.contains("wikigold") || p.contains("SEC-filings")))
        .forEach((path, content) -> docs.addAll(conll(path, content)));
    Map<String, String> re3d =
        files(ner, "re3d", p -> p.endsWith("/documents.json") || p.endsWith("/entities.json"));
    re3d.forEach(
        (path, content) -> {
          if (path.endsWith("/documents.json")) {
            String folder = path.substring(0, path.length() - "documents.json".length());
            String entities = re3d.get(folder + "entities.json");
            if (entities != null) {
              docs.addAll(re3d(content, entities));
            }
          }
        });
    files(ner, "uner-english-ewt", p -> p.endsWith(".iob2"))
        .forEach((path, content) -> docs.addAll(ewt(path, content)));
    files(ner, "redocred-wikipedia", p -> p.contains("/CONLL-format/data/") && p.endsWith(".conll"))
        .forEach((path, content) -> docs.addAll(redocred(path, content)));
    files(ner, "gum-non-news", p -> p.contains("/dep/") && p.endsWith(".conllu"))
        .forEach((path, content) -> docs.addAll(GumReader.read(path, content)));
    NameConvention convention = NameConvention.load();
    docs.replaceAll(convention::apply);
    return docs;
  }

  /** The texts of the wanted files of the archive {@code dir/prefix*.tar.gz}, by path. */
  private static Map<String, String> files(Path dir, String prefix, Predicate<String> wanted)
      throws IOException {
    Map<String, String> texts = new TreeMap<>();
    TarGzReader.read(DataFiles.find(dir, prefix, ".tar.gz"), wanted)
        .forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
    return texts;
  }

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
   * document), with ids {@code redocred-SPLIT-N}; one in {@link #REDOCRED_DEV_SHARE} is held out.
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

  /** {@code id} with every character but letters, digits, '.', '_' and '-' made '_'. */
  static String safeId(String id) {
    String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
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

  /** The documents of one re3d folder with their Organisation, Location and Person spans. */
  static List<Document> re3d(String documents, String entities) {
    Map<String, List<Span>> spans = new HashMap<>();
    for (String line : entities.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject e = JsonParser.parseString(line).getAsJsonObject();
      String kind = e.get("type").getAsString();
      EntityType type =
          switch (kind) {
            case "Organisation" -> EntityType.ORGANIZATION;
            case "Location" -> EntityType.PLACE;
            case "Person" -> EntityType.PERSON;
            default -> null;
          };
      // Nationalities ("Syrian", "Iraqis") are other names, as CoNLL's MISC.
      if (type != null || kind.equals("Nationality")) {
        spans
            .computeIfAbsent(e.get("documentId").getAsString(), k -> new ArrayList<>())
            .add(new Span(e.get("begin").getAsInt(), e.get("end").getAsInt(), type));
      }
    }
    List<Document> docs = new ArrayList<>();
    for (String line : documents.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject d = JsonParser.parseString(line).getAsJsonObject();
      String id = d.get("_id").getAsString();
      String text = d.get("text").getAsString();
      List<Span> own = new ArrayList<>(spans.getOrDefault(id, List.of()));
      own.removeIf(s -> s.start() < 0 || s.end() > text.length() || s.start() >= s.end());
      docs.add(new Document("re3d-" + id, "re3d", text, outermost(own)));
    }
    return docs;
  }

  /** Keeps the first and longest of overlapping spans (re3d and GUM nest some), in text order. */
  static List<Span> outermost(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
    List<Span> out = new ArrayList<>();
    int end = -1;
    for (Span s : sorted) {
      if (s.start() >= end) {
        out.add(s);
        end = s.end();
      }
    }
    return out;
  }

  /**
   * GUM's CoNLL-U files: one document a file ({@code # newdoc id}), paragraphs at {@code # newpar},
   * each sentence's text in {@code # text}. Mentions are brackets in the {@code Entity=} of the
   * last column, {@code (ID-TYPE-...} on a mention's first token and {@code ID)} on its last,
   * nested. Every mention is annotated, pronouns and common nouns too; kept are the names among the
   * person, place and organization mentions (those whose head, or all whose content words, are
   * proper nouns; see {@link #nameRange}), the outermost where they nest, without a leading "the";
   * people named by a plural ("Americans") are groups and left out.
   */
  static final class GumReader {
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
    private static final Set<String> FUNCTION_WORDS =
        Set.of("DET", "PUNCT", "ADP", "PART", "CCONJ");

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
     * school"). Articles, prepositions, punctuation and "'s" at either end are left out ("the
     * United States", "Byron's").
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
     * The next proper noun from {@code from} towards {@code limit} (by {@code step}) over words
     * that may join the parts of a name ("Bank of England", "King's College"); {@code from} when
     * there is none.
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

  /**
   * The text of one document as it is built, sentence by sentence, with the offsets of its tokens.
   * Tokenised text is joined the way it was written: no space before <code>, . ; : ! ? %</code>,
   * closing brackets and quotes, and clitics ({@code 's n't 're 've 'll 'd 'm}); none after opening
   * brackets and quotes and currency signs ({@code $}); straight double quotes open and close in
   * turn within a sentence; {@code -LRB-} and the like become brackets, {@code ``} and {@code ''}
   * straight quotes.
   *
   * <p>NOTE: not thread-safe; one per document.
   */
  static final class DocumentText {
    private static final Set<String> NO_SPACE_BEFORE =
        Set.of(
            ", . ; : ! ? % ) ] } 's n't 're 've 'll 'd 'm \u2019s n\u2019t \u201d \u2019 ... \u2026"
                .split(" "));
    private static final Set<String> NO_SPACE_AFTER =
        Set.of("(", "[", "{", "$", "\u00a3", "\u20ac", "\u201c", "\u2018");
    private static final Map<String, String> BRACKETS =
        Map.of(
            "-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}",
            "``", "\"", "''", "\"");

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

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
