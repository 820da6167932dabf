package org.gazette.index;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityType;

/**
 * Reads and writes {@code curation.json} in the index directory:
 *
 * <pre>{@code
 * {"version": 1, "entities": [
 *   {"type": "person", "name": "Kadhimi", "mergeInto": "Mustafa al-Kadhimi"},
 *   {"type": "place", "name": "Al Anbar", "rename": "Anbar"},
 *   {"type": "organization", "name": "Islamic State", "aliases": ["Daesh"]},
 *   {"type": "organization", "name": "Special Forces", "blocked": true}]}
 * }</pre>
 *
 * <p>Writes are atomic (a temporary file moved into place), so a crash never leaves half a file.
 */
public final class CurationFile {
  /** The file name inside the index directory. */
  public static final String NAME = "curation.json";

  private CurationFile() {}

  /**
   * The rules in {@code indexDirectory}; none when the file does not exist.
   *
   * @throws IllegalStateException naming the file and the problem when it cannot be read as rules
   *     (the index is not opened rather than the user's decisions silently dropped)
   */
  public static Curation load(Path indexDirectory) throws IOException {
    Path file = indexDirectory.resolve(NAME);
    if (!Files.exists(file)) {
      return Curation.NONE;
    }
    return parse(Files.readString(file), "the curation file " + file);
  }

  /**
   * The rules in {@code json}, as {@link #toJson} writes them.
   *
   * @param where what holds them, for the error ("the curation file F")
   * @throws IllegalStateException naming {@code where} and the problem when they cannot be read
   */
  public static Curation parse(String json, String where) {
    try {
      JsonObject root = JsonParser.parseString(json).getAsJsonObject();
      List<CurationRule> rules = new ArrayList<>();
      for (JsonElement e : root.getAsJsonArray("entities")) {
        rules.add(rule(e.getAsJsonObject()));
      }
      return new Curation(rules);
    } catch (JsonParseException
        | IllegalStateException
        | IllegalArgumentException
        | NullPointerException
        | UnsupportedOperationException e) {
      throw new IllegalStateException(
          where + " cannot be read (" + e.getMessage() + "); fix or remove it", e);
    }
  }

  /** Writes {@code curation} into {@code indexDirectory}, replacing the file atomically. */
  public static void save(Path indexDirectory, Curation curation) throws IOException {
    String json = toJson(curation);
    // A store other than the embedded index leaves the directory to the curation rules alone.
    Files.createDirectories(indexDirectory);
    Path tmp = indexDirectory.resolve(NAME + ".tmp");
    Files.writeString(tmp, json, StandardCharsets.UTF_8);
    Files.move(
        tmp,
        indexDirectory.resolve(NAME),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** The rules as the file holds them. */
  public static String toJson(Curation curation) {
    JsonObject root = new JsonObject();
    root.addProperty("version", 1);
    JsonArray entities = new JsonArray();
    for (CurationRule rule : curation.rules()) {
      entities.add(json(rule));
    }
    root.add("entities", entities);
    return new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(root);
  }

  /** The JSON object of one rule, as the file and the HTTP API show it. */
  static JsonObject json(CurationRule rule) {
    JsonObject o = new JsonObject();
    o.addProperty("type", rule.type().key());
    o.addProperty("name", rule.name());
    if (rule.mergeInto() != null) {
      o.addProperty("mergeInto", rule.mergeInto());
    }
    if (rule.rename() != null) {
      o.addProperty("rename", rule.rename());
    }
    if (!rule.aliases().isEmpty()) {
      JsonArray aliases = new JsonArray();
      rule.aliases().forEach(aliases::add);
      o.add("aliases", aliases);
    }
    if (rule.blocked()) {
      o.addProperty("blocked", true);
    }
    return o;
  }

  private static CurationRule rule(JsonObject o) {
    List<String> aliases = new ArrayList<>();
    if (o.has("aliases")) {
      o.getAsJsonArray("aliases").forEach(a -> aliases.add(a.getAsString()));
    }
    return new CurationRule(
        EntityType.fromKey(o.get("type").getAsString()),
        o.get("name").getAsString(),
        o.has("mergeInto") ? o.get("mergeInto").getAsString() : null,
        o.has("rename") ? o.get("rename").getAsString() : null,
        aliases,
        o.has("blocked") && o.get("blocked").getAsBoolean());
  }
}
