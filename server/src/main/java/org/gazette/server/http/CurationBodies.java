package org.gazette.server.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.model.CurationRule;
import org.gazette.model.EntityType;

/** Reads the body of {@code PUT /api/v1/entities/{type}/{name}} as a curation rule. */
final class CurationBodies {
  private static final Set<String> FIELDS = Set.of("mergeInto", "rename", "aliases", "blocked");

  private CurationBodies() {}

  static CurationRule rule(EntityType type, String name, JsonObject body) {
    for (String field : body.keySet()) {
      if (!FIELDS.contains(field)) {
        throw ApiProblem.malformedBody(
            "unknown field '" + field + "'; a decision has mergeInto, rename, aliases, blocked");
      }
    }
    List<String> aliases = new ArrayList<>();
    if (body.has("aliases") && !body.get("aliases").isJsonNull()) {
      for (JsonElement a : body.getAsJsonArray("aliases")) {
        aliases.add(a.getAsString());
      }
    }
    return new CurationRule(
        type,
        name,
        string(body, "mergeInto"),
        string(body, "rename"),
        aliases,
        body.has("blocked")
            && !body.get("blocked").isJsonNull()
            && body.get("blocked").getAsBoolean());
  }

  private static String string(JsonObject body, String field) {
    JsonElement e = body.get(field);
    return e == null || e.isJsonNull() ? null : e.getAsJsonPrimitive().getAsString();
  }
}
