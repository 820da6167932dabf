package org.gazette.server.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;

/**
 * Javalin's JSON through Gson. The API writes Gson trees, so the mapper needs no adapters; nulls
 * are written, so every response of a route has the same keys.
 */
final class GsonJsonMapper implements JsonMapper {
  private final Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  @Override
  public String toJsonString(Object obj, Type type) {
    return gson.toJson(obj, type);
  }

  @Override
  public <T> T fromJsonString(String json, Type targetType) {
    return gson.fromJson(json, targetType);
  }
}
