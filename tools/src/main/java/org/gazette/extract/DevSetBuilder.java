package org.gazette.extract;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gazette.model.EntityType;

/**
 * Writes the development set of {@link NerCorpus} in the format of the seed gold: one JSON article
 * per document ({@code docs/ID.json}, the text as its body), {@code gold.json} with each document's
 * organisations, places and people as sets, and {@code gold-CORPUS.json} with the documents of one
 * corpus, for figures by genre.
 *
 * <p>The corpora annotate mentions, the gold lists entities, so the mentions of one type in one
 * document are grouped: spellings equal after the scorer's normalisation are one entity; a name
 * whose words appear, in order, inside a longer name of the same type is an alias of it ("Obama" of
 * "Barack Obama", "Ministry" of "Ministry of Defence"), and so is an acronym spelling the initials
 * of a longer name. A mention that is no name is optional: finding it is no error, missing it
 * neither. That is a pronoun ("We", which re3d marks as an organisation) or a mention whose first
 * word after an article is not capitalised ("mourners", "the people of Iraq").
 */
public final class DevSetBuilder {
  /** What each corpus is, for the gold files' {@code about}. */
  private static final Map<String, String> CORPORA =
      Map.of(
          "wikigold",
          "wikigold (Wikipedia articles; a quarter, by a checksum of the ids)",
          "sec-filings",
          "SEC filings (loan agreements; a quarter, by a checksum of the ids)",
          "re3d",
          "Dstl re3d open subset (government texts on Syria and Iraq; a quarter, by a"
              + " checksum of the ids)",
          "ewt",
          "UNER English-EWT (web text: weblogs, newsgroups, email, reviews, answers; its dev"
              + " file)",
          "redocred",
          "Re-DocRED (Wikipedia lead sections; a fifth, by a checksum of the ids)",
          "gum",
          "GUM (academic, biography, court and travel texts, named mentions only; its 8 dev"
              + " documents)");

  /** The documents and gold entities of one corpus in the development set. */
  public record CorpusCount(String corpus, int documents, int entities, int required) {}

  /** What {@link #write} wrote: where, and per corpus in reading order. */
  public record Summary(Path out, List<CorpusCount> corpora) {
    public Summary {
      corpora = List.copyOf(corpora);
    }

    /** Lines for the terminal: the totals, then one line per corpus. */
    public String describe() {
      int docs = corpora.stream().mapToInt(CorpusCount::documents).sum();
      int entities = corpora.stream().mapToInt(CorpusCount::entities).sum();
      int required = corpora.stream().mapToInt(CorpusCount::required).sum();
      StringBuilder s = new StringBuilder();
      s.append(
          String.format(
              Locale.ROOT,
              "%d documents, %d entities (%d required) -> %s\n",
              docs,
              entities,
              required,
              out));
      for (CorpusCount c : corpora) {
        s.append(
            String.format(
                Locale.ROOT,
                "  %-12s %5d documents %6d entities (%d required)\n",
                c.corpus(),
                c.documents(),
                c.entities(),
                c.required()));
      }
      return s.toString().stripTrailing();
    }
  }

  private DevSetBuilder() {}

  /**
   * Writes the development documents of {@code docs} under {@code out}: {@code docs/ID.json},
   * {@code gold.json} and one {@code gold-CORPUS.json} per corpus.
   *
   * @throws IllegalArgumentException when two documents would get the same file name
   */
  public static Summary write(List<NerCorpus.Document> docs, Path out) throws IOException {
    Path dir = out.resolve("docs");
    Files.createDirectories(dir);
    Map<String, List<DevSetScorer.GoldDocument>> byCorpus = new LinkedHashMap<>();
    Set<String> files = new HashSet<>();
    for (NerCorpus.Document d : docs) {
      if (!d.isDev()) {
        continue;
      }
      DevSetScorer.GoldDocument gold = gold(d);
      if (!files.add(gold.file())) {
        throw new IllegalArgumentException(
            "two development documents would both be written as "
                + gold.file()
                + ": ids must differ");
      }
      Files.writeString(dir.resolve(gold.file()), articleJson(d), StandardCharsets.UTF_8);
      byCorpus.computeIfAbsent(d.corpus(), k -> new ArrayList<>()).add(gold);
    }
    List<DevSetScorer.GoldDocument> all = new ArrayList<>();
    List<CorpusCount> counts = new ArrayList<>();
    for (Map.Entry<String, List<DevSetScorer.GoldDocument>> e : byCorpus.entrySet()) {
      writeGold(
          out.resolve("gold-" + NerCorpus.safeId(e.getKey()) + ".json"),
          List.of(e.getKey()),
          e.getValue());
      all.addAll(e.getValue());
      counts.add(count(e.getKey(), e.getValue()));
    }
    writeGold(out.resolve("gold.json"), List.copyOf(byCorpus.keySet()), all);
    return new Summary(out, counts);
  }

  /** The gold of the development documents of {@code docs}, in their order. */
  public static List<DevSetScorer.GoldDocument> gold(List<NerCorpus.Document> docs) {
    return docs.stream().filter(NerCorpus.Document::isDev).map(DevSetBuilder::gold).toList();
  }

  /** The gold entities of one document, under the name its article file gets. */
  static DevSetScorer.GoldDocument gold(NerCorpus.Document d) {
    Map<EntityType, List<DevSetScorer.GoldEntity>> entities = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      entities.put(
          type,
          groups(d, type).stream()
              .map(g -> new DevSetScorer.GoldEntity(g.name, g.aliases, g.required))
              .toList());
    }
    return new DevSetScorer.GoldDocument(fileName(d), entities);
  }

  /** The file name of a document's article: its id, safe in any file system, and {@code .json}. */
  static String fileName(NerCorpus.Document d) {
    return NerCorpus.safeId(d.id()) + ".json";
  }

  /** The JSON article written for a document: its text as the body, no title. */
  static String articleJson(NerCorpus.Document d) {
    JsonObject article = new JsonObject();
    // No title: the reader takes the first line, as it does for a scraped article.
    article.addProperty("body", d.text());
    return GSON.toJson(article);
  }

  private static final Gson GSON =
      new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

  private static void writeGold(
      Path file, List<String> corpora, List<DevSetScorer.GoldDocument> docs) throws IOException {
    JsonArray list = new JsonArray();
    for (DevSetScorer.GoldDocument d : docs) {
      JsonObject gold = new JsonObject();
      gold.addProperty("file", d.file());
      for (EntityType type : EntityType.values()) {
        JsonArray entities = new JsonArray();
        for (DevSetScorer.GoldEntity g : d.of(type)) {
          JsonObject e = new JsonObject();
          e.addProperty("name", g.name());
          JsonArray aliases = new JsonArray();
          g.aliases().forEach(aliases::add);
          e.add("aliases", aliases);
          e.addProperty("required", g.required());
          entities.add(e);
        }
        gold.add(type.key(), entities);
      }
      list.add(gold);
    }
    JsonObject root = new JsonObject();
    root.addProperty("about", about(corpora));
    root.add("documents", list);
    Files.writeString(file, GSON.toJson(root), StandardCharsets.UTF_8);
  }

  private static String about(List<String> corpora) {
    List<String> named = corpora.stream().map(c -> CORPORA.getOrDefault(c, c)).toList();
    return "Development set of Gazette, written by ./gazette build-devset from the held-out part of"
        + " the open NER corpora, never trained on: "
        + String.join("; ", named)
        + ". Mentions of one type are grouped into entities: equal normalised spellings, names"
        + " contained word for word in a longer name (a person's, or a place's or organisation's"
        + " whose longer name only adds words such as City or University), and acronyms of a"
        + " longer name are aliases of it. Pronouns and mentions whose first word after an article is not capitalised are"
        + " optional.";
  }

  private static CorpusCount count(String corpus, List<DevSetScorer.GoldDocument> docs) {
    int entities = 0;
    int required = 0;
    for (DevSetScorer.GoldDocument d : docs) {
      for (EntityType type : EntityType.values()) {
        entities += d.of(type).size();
        required += (int) d.of(type).stream().filter(DevSetScorer.GoldEntity::required).count();
      }
    }
    return new CorpusCount(corpus, docs.size(), entities, required);
  }

  static final class Group {
    String name;
    final List<String> aliases = new ArrayList<>();
    boolean required;

    Group(String name, boolean required) {
      this.name = name;
      this.required = required;
    }
  }

  /** The entities of one type of a document, longest names first. */
  static List<Group> groups(NerCorpus.Document d, EntityType type) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (NerCorpus.Span s : d.spans()) {
      if (s.type() == type) {
        String text = d.text(s).strip();
        String key = DevSetScorer.normalise(text);
        if (!key.isEmpty()) {
          byKey.merge(key, text, (a, b) -> a.length() >= b.length() ? a : b);
        }
      }
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    keys.sort((a, b) -> Integer.compare(b.split(" ").length, a.split(" ").length));
    Map<String, Group> owner = new LinkedHashMap<>();
    List<Group> out = new ArrayList<>();
    for (String key : keys) {
      String text = byKey.get(key);
      Group into = null;
      for (Map.Entry<String, Group> e : owner.entrySet()) {
        if (containsWords(e.getKey(), key) && sameEntity(type, e.getKey(), key)
            || isAcronymOf(text, e.getKey())) {
          into = e.getValue();
          break;
        }
      }
      boolean required = isName(text);
      if (into == null) {
        into = new Group(text, required);
        out.add(into);
      } else {
        into.aliases.add(text);
        into.required |= required;
      }
      owner.putIfAbsent(key, into);
    }
    return out;
  }

  private static final Set<String> PRONOUNS =
      Set.of(
          "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it",
          "its", "they", "them", "their");

  /**
   * Whether a mention is a name: not a pronoun ("We", which re3d marks), and its first word after
   * an article is capitalised ("the Syrian opposition" is, "the people of Iraq" is not).
   */
  static boolean isName(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length == 1 && PRONOUNS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    int first = 0;
    if (words.length > 1 && List.of("the", "a", "an").contains(words[0].toLowerCase(Locale.ROOT))) {
      first = 1;
    }
    char c = words[first].isEmpty() ? 'x' : words[first].charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static boolean sameEntity(EntityType type, String longer, String shorter) {
    try {
      return NameConvention.load().sameEntity(type, longer, shorter);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean containsWords(String longer, String shorter) {
    return !longer.equals(shorter) && (" " + longer + " ").contains(" " + shorter + " ");
  }

  private static boolean isAcronymOf(String text, String longerKey) {
    if (text.length() < 2 || !text.equals(text.toUpperCase(Locale.ROOT)) || text.contains(" ")) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : longerKey.split(" ")) {
      if (!w.isEmpty() && !List.of("of", "the", "and", "for").contains(w)) {
        initials.append(w.charAt(0));
      }
    }
    String letters = text.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    return initials.length() >= 2 && initials.toString().equals(letters);
  }
}
