package org.gazette.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.model.ArticleId;
import org.gazette.model.SupportedDates;

/**
 * The metadata an input may give about an article: from a JSON object, a sidecar {@code .meta.json}
 * file or a front-matter block. Each field is {@code null} (authors: empty) when not given.
 */
record ArticleMetadata(
    String id,
    String title,
    String source,
    String url,
    LocalDate published,
    List<String> authors,
    Instant publishedAt) {
  static final ArticleMetadata NONE =
      new ArticleMetadata(null, null, null, null, null, List.of(), null);

  ArticleMetadata {
    authors = List.copyOf(authors);
  }

  /** This metadata with every field that {@code other} gives replaced by {@code other}'s. */
  ArticleMetadata overriddenBy(ArticleMetadata other) {
    return new ArticleMetadata(
        other.id != null ? other.id : id,
        other.title != null ? other.title : title,
        other.source != null ? other.source : source,
        other.url != null ? other.url : url,
        other.published != null ? other.published : published,
        other.authors.isEmpty() ? authors : other.authors,
        other.published != null ? other.publishedAt : publishedAt);
  }

  /**
   * The metadata fields of a JSON object; unknown fields are ignored, a field of the wrong type is
   * a warning and dropped, an invalid id fails the record (see {@link ProblemLog#lost}).
   */
  static ArticleMetadata fromJson(JsonObject object, ProblemLog log) {
    String id = string(object, "id", log);
    JsonElement authors = object.has("authors") ? object.get("authors") : object.get("author");
    String published = string(object, "published", log);
    LocalDate date = published(published, log);
    return new ArticleMetadata(
        id == null ? null : validId(id, log),
        blankToNull(string(object, "title", log)),
        blankToNull(string(object, "source", log)),
        blankToNull(string(object, "url", log)),
        date,
        authors(authors, log),
        date == null ? null : PublishedDateParser.instant(published).orElse(null));
  }

  /** The metadata of front-matter fields: a value list for each lower-case key. */
  static ArticleMetadata fromFields(Map<String, List<String>> fields, ProblemLog log) {
    String id = first(fields, "id");
    List<String> authors = fields.containsKey("authors") ? fields.get("authors") : List.of();
    if (authors.isEmpty() && fields.containsKey("author")) {
      authors = fields.get("author");
    }
    String published = first(fields, "published");
    LocalDate date = published(published, log);
    return new ArticleMetadata(
        id == null ? null : validId(id, log),
        blankToNull(first(fields, "title")),
        blankToNull(first(fields, "source")),
        blankToNull(first(fields, "url")),
        date,
        authors.stream().map(String::strip).filter(a -> !a.isEmpty()).toList(),
        date == null ? null : PublishedDateParser.instant(published).orElse(null));
  }

  /**
   * The string value of a field, or {@code null} when it is absent, JSON {@code null}, or of
   * another type (then with a warning).
   */
  static String string(JsonObject object, String name, ProblemLog log) {
    JsonElement value = object.get(name);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (value instanceof JsonPrimitive p && p.isString()) {
      return p.getAsString();
    }
    log.warning(
        "field '" + name + "' is " + describe(value) + ", expected a string; the field is dropped");
    return null;
  }

  /** {@code a number (42)}, {@code an array}... for messages. */
  static String describe(JsonElement value) {
    if (value.isJsonArray()) {
      return "an array";
    }
    if (value.isJsonObject()) {
      return "an object";
    }
    if (value.isJsonNull()) {
      return "null";
    }
    JsonPrimitive p = value.getAsJsonPrimitive();
    String kind = p.isNumber() ? "a number" : p.isBoolean() ? "a boolean" : "a string";
    return kind + " (" + ProblemLog.quote(p.getAsString()) + ")";
  }

  private static String validId(String id, ProblemLog log) {
    String problem = ArticleId.problem(id).orElse(null);
    if (problem != null) {
      log.failed(
          "id " + ProblemLog.quote(id) + " (length " + id.length() + ") is not valid: " + problem);
      return null;
    }
    return id;
  }

  private static LocalDate published(String value, ProblemLog log) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date = PublishedDateParser.parse(value).orElse(null);
    if (date == null) {
      log.warning(
          "published date "
              + ProblemLog.quote(value)
              + " is not understood, expected one of "
              + PublishedDateParser.ACCEPTED_FORMS
              + "; the article is indexed without a date");
    } else if (!SupportedDates.contains(date)) {
      log.warning(
          "published date "
              + ProblemLog.quote(value)
              + " is outside the supported dates "
              + SupportedDates.RANGE
              + "; the article is indexed without a date");
      return null;
    }
    return date;
  }

  private static List<String> authors(JsonElement value, ProblemLog log) {
    if (value == null || value.isJsonNull()) {
      return List.of();
    }
    if (value instanceof JsonPrimitive p && p.isString()) {
      return p.getAsString().isBlank() ? List.of() : List.of(p.getAsString().strip());
    }
    if (!(value instanceof JsonArray array)) {
      log.warning(
          "field 'authors' is "
              + describe(value)
              + ", expected an array of strings or a string; the field is dropped");
      return List.of();
    }
    List<String> authors = new ArrayList<>();
    for (JsonElement e : array) {
      if (e instanceof JsonPrimitive p && p.isString()) {
        if (!p.getAsString().isBlank()) {
          authors.add(p.getAsString().strip());
        }
      } else {
        log.warning("an author is " + describe(e) + ", expected a string; the author is dropped");
      }
    }
    return authors;
  }

  private static String first(Map<String, List<String>> fields, String key) {
    List<String> values = fields.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
