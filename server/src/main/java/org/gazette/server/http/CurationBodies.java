package org.gazette.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityType;

/**
 * Reads the body of {@code PUT /api/v1/entities/{type}/{name}} as a curation rule, as strictly as
 * document bodies are read: one JSON object (no comments, no single quotes, nothing after it), only
 * the fields {@code mergeInto} and {@code rename} (strings), {@code aliases} (an array of strings)
 * and {@code blocked} (a boolean), each of which may be {@code null} or left out. Anything else is
 * a 400 that names the field.
 */
final class CurationBodies {
  private static final Set<String> FIELDS = Set.of("mergeInto", "rename", "aliases", "blocked");

  private CurationBodies() {}

  /** The rule {@code body} states about the value {@code name} of {@code type}. */
  static CurationRule rule(EntityType type, String name, String body) {
    JsonObject object = parse(body);
    for (String field : object.keySet()) {
      if (!FIELDS.contains(field)) {
        throw ApiProblem.malformedBody(
            "unknown field '" + field + "'; a decision has mergeInto, rename, aliases, blocked");
      }
    }
    return new CurationRule(
        type,
        name,
        string(object, "mergeInto"),
        string(object, "rename"),
        aliases(object),
        blocked(object));
  }

  private static JsonObject parse(String body) {
    JsonElement element;
    try {
      JsonReader reader = new JsonReader(new StringReader(body));
      reader.setStrictness(Strictness.STRICT);
      element = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonParseException("more than one JSON value");
      }
    } catch (JsonParseException | IOException | IllegalStateException e) {
      throw ApiProblem.malformedBody(
          "the body must be one strict JSON object (double quotes, no comments) with mergeInto,"
              + " rename, aliases or blocked");
    }
    if (!element.isJsonObject()) {
      throw ApiProblem.malformedBody(
          "the body must be one JSON object with mergeInto, rename, aliases or blocked");
    }
    return element.getAsJsonObject();
  }

  private static String string(JsonObject body, String field) {
    JsonElement e = body.get(field);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e instanceof JsonPrimitive p && p.isString()) {
      return p.getAsString();
    }
    throw wrongType(field, "a string", e);
  }

  private static List<String> aliases(JsonObject body) {
    JsonElement e = body.get("aliases");
    List<String> aliases = new ArrayList<>();
    if (e == null || e.isJsonNull()) {
      return aliases;
    }
    if (!(e instanceof JsonArray array)) {
      throw wrongType("aliases", "an array of strings", e);
    }
    for (JsonElement a : array) {
      if (!(a instanceof JsonPrimitive p && p.isString())) {
        throw wrongType("aliases", "an array of strings", a);
      }
      aliases.add(p.getAsString());
    }
    return aliases;
  }

  private static boolean blocked(JsonObject body) {
    JsonElement e = body.get("blocked");
    if (e == null || e.isJsonNull()) {
      return false;
    }
    if (e instanceof JsonPrimitive p && p.isBoolean()) {
      return p.getAsBoolean();
    }
    throw wrongType("blocked", "true or false", e);
  }

  private static ApiProblem wrongType(String field, String expected, JsonElement found) {
    return ApiProblem.malformedBody(
        "'"
            + field
            + "' must be "
            + expected
            + ", got "
            + describe(found)
            + "; nothing was changed");
  }

  private static String describe(JsonElement e) {
    if (e.isJsonArray()) {
      return "an array";
    }
    if (e.isJsonObject()) {
      return "an object";
    }
    if (e.isJsonNull()) {
      return "null";
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    String text = p.getAsString();
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return p.isNumber()
        ? "the number " + shown
        : p.isBoolean() ? "the boolean " + shown : "the string \"" + shown + "\"";
  }
}
