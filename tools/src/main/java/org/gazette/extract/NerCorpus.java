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
import java.util.zip.CRC32;
import org.gazette.model.EntityType;

/**
 * The openly licensed annotated corpora beside the project ({@code ner/} of the reference data) as
 * plain texts with typed character spans: wikigold and the SEC filings (CoNLL files, one token per
 * line, documents split at {@code -DOCSTART-}) and the open subset of Dstl re3d (JSON documents
 * with character offsets). Tweets (Broad Twitter Corpus, WNUT-17) are left out: their case and
 * spelling are unlike news.
 *
 * <p>Only organisations, places and people are kept (re3d {@code Organisation}, {@code Location},
 * {@code Person}; CoNLL {@code ORG}, {@code LOC}, {@code PER}); miscellaneous names, nationalities
 * and the rest are plain text here. A fixed quarter of the documents, chosen by a checksum of their
 * ids, is the development set: {@code train-ner} never trains on it and {@code build-devset} writes
 * only it.
 */
public final class NerCorpus {
  /** One in this many documents is held out for development. */
  static final int DEV_SHARE = 4;

  /** One annotated text. */
  public record Document(String id, String corpus, String text, List<Span> spans) {
    public Document {
      spans = List.copyOf(spans);
    }

    /** Whether the document belongs to the held-out development set. */
    public boolean isDev() {
      CRC32 crc = new CRC32();
      crc.update(id.getBytes(StandardCharsets.UTF_8));
      return crc.getValue() % DEV_SHARE == 0;
    }

    /** The text of a span. */
    public String text(Span s) {
      return text.substring(s.start(), s.end());
    }
  }

  /** A typed name at {@code [start, end)} of the text. */
  public record Span(int start, int end, EntityType type) {}

  private NerCorpus() {}

  /**
   * Reads the corpora of {@code dataDir/ner}, in a fixed order.
   *
   * @throws IOException when an archive is missing or unreadable
   */
  public static List<Document> read(Path dataDir) throws IOException {
    Path ner = dataDir.resolve("ner");
    List<Document> docs = new ArrayList<>();
    Map<String, byte[]> conll =
        new TreeMap<>(
            TarGzReader.read(
                DataFiles.find(ner, "open-ner-conll", ".tar.gz"),
                p ->
                    p.contains("/CONLL-format/data/")
                        && (p.contains("wikigold") || p.contains("SEC-filings"))));
    conll.forEach(
        (path, bytes) -> docs.addAll(conll(path, new String(bytes, StandardCharsets.UTF_8))));
    Map<String, byte[]> re3d =
        new TreeMap<>(
            TarGzReader.read(
                DataFiles.find(ner, "re3d", ".tar.gz"),
                p -> p.endsWith("/documents.json") || p.endsWith("/entities.json")));
    for (Map.Entry<String, byte[]> e : re3d.entrySet()) {
      if (e.getKey().endsWith("/documents.json")) {
        String folder = e.getKey().substring(0, e.getKey().length() - "documents.json".length());
        byte[] entities = re3d.get(folder + "entities.json");
        if (entities != null) {
          docs.addAll(
              re3d(
                  new String(e.getValue(), StandardCharsets.UTF_8),
                  new String(entities, StandardCharsets.UTF_8)));
        }
      }
    }
    return docs;
  }

  /** Documents of one CoNLL file: sentences become lines, tokens are joined by spaces. */
  static List<Document> conll(String path, String content) {
    String corpus = path.contains("wikigold") ? "wikigold" : "sec-filings";
    String file = path.substring(path.lastIndexOf('/') + 1);
    List<Document> docs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    int[] open = {-1, -1};
    EntityType[] openType = {null};
    boolean lineStart = true;
    for (String line : content.split("\n", -1)) {
      String[] f = line.strip().split("\\s+");
      if (f[0].equals("-DOCSTART-")) {
        close(open, openType, spans);
        addConllDoc(docs, corpus, file, text, spans);
        text.setLength(0);
        spans = new ArrayList<>();
        lineStart = true;
        continue;
      }
      if (f.length < 2) {
        close(open, openType, spans);
        if (!lineStart) {
          text.append('\n');
          lineStart = true;
        }
        continue;
      }
      String word = f[0];
      String tag = f[f.length - 1];
      EntityType type = conllType(tag);
      boolean begins = tag.startsWith("B-") || type != openType[0];
      if (openType[0] != null && (type == null || begins)) {
        close(open, openType, spans);
      }
      if (!lineStart) {
        text.append(' ');
      }
      lineStart = false;
      int start = text.length();
      text.append(word);
      if (type != null) {
        if (openType[0] == null) {
          open[0] = start;
          openType[0] = type;
        }
        open[1] = text.length();
      }
    }
    close(open, openType, spans);
    addConllDoc(docs, corpus, file, text, spans);
    return docs;
  }

  private static void addConllDoc(
      List<Document> docs, String corpus, String file, StringBuilder text, List<Span> spans) {
    if (text.toString().isBlank()) {
      return;
    }
    String id = corpus + "-" + file.replaceAll("\\W+", "_") + "-" + (docs.size() + 1);
    docs.add(new Document(id, corpus, text.toString().strip(), spans));
  }

  private static void close(int[] open, EntityType[] openType, List<Span> spans) {
    if (openType[0] != null) {
      spans.add(new Span(open[0], open[1], openType[0]));
      openType[0] = null;
    }
  }

  private static EntityType conllType(String tag) {
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
      EntityType type =
          switch (e.get("type").getAsString()) {
            case "Organisation" -> EntityType.ORGANIZATION;
            case "Location" -> EntityType.PLACE;
            case "Person" -> EntityType.PERSON;
            default -> null;
          };
      if (type != null) {
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
      own.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
      docs.add(new Document("re3d-" + id, "re3d", text, withoutOverlaps(own)));
    }
    return docs;
  }

  /** Keeps the first (longest) of overlapping spans; re3d nests some. */
  private static List<Span> withoutOverlaps(List<Span> sorted) {
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
