package org.gazette.extract;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazette.model.EntityType;

/**
 * Writes the held-out quarter of {@link NerCorpus} as a development set in the format of the seed
 * gold: one JSON article per document ({@code docs/ID.json}, the text as its body) and {@code
 * gold.json} with each document's organisations, places and people as sets.
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
  private DevSetBuilder() {}

  /**
   * Writes the development documents of {@code docs} under {@code out} and returns a one-line
   * summary.
   */
  public static String write(List<NerCorpus.Document> docs, Path out) throws IOException {
    Path dir = out.resolve("docs");
    Files.createDirectories(dir);
    JsonArray goldDocs = new JsonArray();
    Map<String, Integer> perCorpus = new LinkedHashMap<>();
    int entities = 0;
    var gson = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();
    for (NerCorpus.Document d : docs) {
      if (!d.isDev()) {
        continue;
      }
      String file = d.id() + ".json";
      JsonObject article = new JsonObject();
      // No title: the reader takes the first line, as it does for a scraped article.
      article.addProperty("body", d.text());
      Files.writeString(dir.resolve(file), gson.toJson(article), StandardCharsets.UTF_8);
      JsonObject gold = new JsonObject();
      gold.addProperty("file", file);
      for (EntityType type : EntityType.values()) {
        JsonArray list = new JsonArray();
        for (Group g : groups(d, type)) {
          JsonObject e = new JsonObject();
          e.addProperty("name", g.name);
          JsonArray aliases = new JsonArray();
          g.aliases.forEach(aliases::add);
          e.add("aliases", aliases);
          e.addProperty("required", g.required);
          list.add(e);
          entities++;
        }
        gold.add(type.key(), list);
      }
      goldDocs.add(gold);
      perCorpus.merge(d.corpus(), 1, Integer::sum);
    }
    JsonObject root = new JsonObject();
    root.addProperty(
        "about",
        "Development set of Gazette, written by ./gazette build-devset from the held-out quarter of"
            + " the open NER corpora (wikigold, SEC filings, Dstl re3d open subset). Mentions of"
            + " one type are grouped into entities: equal normalised spellings, names contained"
            + " word for word in a longer name, and acronyms of a longer name are aliases of it."
            + " Pronouns and mentions whose first word after an article is not capitalised are"
            + " optional.");
    root.add("documents", goldDocs);
    Files.writeString(out.resolve("gold.json"), gson.toJson(root), StandardCharsets.UTF_8);
    return goldDocs.size() + " documents " + perCorpus + ", " + entities + " entities -> " + out;
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
        String key = normalise(text);
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
        if (containsWords(e.getKey(), key) || isAcronymOf(text, e.getKey())) {
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

  private static final java.util.Set<String> PRONOUNS =
      java.util.Set.of(
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

  /** The scorer's normalisation: no diacritics or apostrophes, lower case, no leading al/the. */
  static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("['\u2019\u2018\u02bc\u02bb`\u00b4]", "");
    s = s.replaceAll("[^\\p{L}\\p{N}_]+", " ").strip();
    return s.replaceFirst("^(al|the) ", "");
  }
}
