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
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import org.gazette.model.EntityType;

/**
 * The openly licensed annotated corpora beside the project ({@code ner/} of the reference data) as
 * plain texts with typed character spans:
 *
 * <ul>
 *   <li>{@code wikigold} and {@code sec-filings}: CoNLL files, one token per line, documents split
 *       at {@code -DOCSTART-} ({@link ConllReader});
 *   <li>{@code re3d}: the open subset of Dstl re3d, JSON documents with character offsets;
 *   <li>{@code ewt}: UNER English-EWT (web text), IOB2 files with each sentence's original text
 *       ({@link ConllReader});
 *   <li>{@code redocred}: Re-DocRED (Wikipedia lead sections), two-column CoNLL ({@link
 *       ConllReader});
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
        .forEach((path, content) -> docs.addAll(ConllReader.conll(path, content)));
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
        .forEach((path, content) -> docs.addAll(ConllReader.ewt(path, content)));
    files(ner, "redocred-wikipedia", p -> p.contains("/CONLL-format/data/") && p.endsWith(".conll"))
        .forEach((path, content) -> docs.addAll(ConllReader.redocred(path, content)));
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

  /** {@code id} with every character but letters, digits, '.', '_' and '-' made '_'. */
  static String safeId(String id) {
    String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
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
}
