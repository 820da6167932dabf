package org.gazette.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import org.gazette.model.RawArticle;

/**
 * Turns JSON text into raw articles: one object, an array of objects, or JSON lines (one object a
 * line). Parsing is strict (RFC 8259): single quotes, comments and unquoted names are errors.
 *
 * <p>NOTE: stateless and thread-safe.
 */
final class JsonArticleParser {
  private static final String SHAPES = "a JSON object, an array of objects or JSON lines";

  private final long maxArticleBytes;

  JsonArticleParser(long maxArticleBytes) {
    this.maxArticleBytes = maxArticleBytes;
  }

  /**
   * Delivers the articles of {@code text} to {@code sink}. A single object gets {@code fallbackId};
   * objects of an array or of JSON lines get none (their content hash is used).
   */
  void parseDocument(String text, String origin, String fallbackId, ArticleSink sink) {
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ProblemLog log = new ProblemLog(sink, origin, 0);
    if (json.isBlank()) {
      log.skipped("empty input: expected " + SHAPES);
      return;
    }
    JsonElement whole;
    try {
      whole = parseStrict(json);
    } catch (JsonParseException e) {
      if (looksLikeJsonLines(json)) {
        parseLines(json, origin, sink);
      } else {
        log.failed("not valid JSON: " + message(e) + "; expected " + SHAPES);
      }
      return;
    }
    if (whole instanceof JsonObject object) {
      deliver(object, log, fallbackId, sink);
    } else if (whole instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        ProblemLog element = log.forElement(i + 1);
        if (array.get(i) instanceof JsonObject object) {
          deliver(object, element, null, sink);
        } else {
          element.failed("is " + ArticleMetadata.describe(array.get(i)) + ", expected an object");
        }
      }
    } else {
      log.failed("got " + ArticleMetadata.describe(whole) + ", expected " + SHAPES);
    }
  }

  /** Delivers the article of one JSON line (1-based {@code lineNumber}); blank lines give none. */
  void parseLine(String line, String origin, int lineNumber, ArticleSink sink) {
    if (line.isBlank()) {
      return;
    }
    ProblemLog log = new ProblemLog(sink, origin, lineNumber);
    long size = ArticleSizeLimit.utf8Length(line);
    if (size > maxArticleBytes) {
      log.failed(ArticleSizeLimit.overLimit("line", size, maxArticleBytes));
      return;
    }
    JsonElement element;
    try {
      element = parseStrict(line);
    } catch (JsonParseException e) {
      log.failed("not valid JSON: " + message(e) + "; the line is skipped");
      return;
    }
    if (element instanceof JsonObject object) {
      deliver(object, log, null, sink);
    } else {
      log.failed("the line is " + ArticleMetadata.describe(element) + ", expected a JSON object");
    }
  }

  private void parseLines(String json, String origin, ArticleSink sink) {
    int number = 0;
    int start = 0;
    while (start <= json.length()) {
      int end = json.indexOf('\n', start);
      if (end < 0) {
        end = json.length();
      }
      parseLine(json.substring(start, end), origin, ++number, sink);
      start = end + 1;
    }
  }

  private void deliver(JsonObject object, ProblemLog log, String fallbackId, ArticleSink sink) {
    ArticleMetadata meta = ArticleMetadata.fromJson(object, log);
    if (log.lost()) {
      return;
    }
    String text = text(object, log);
    if (text == null) {
      return;
    }
    long size = ArticleSizeLimit.utf8Length(text);
    if (size > maxArticleBytes) {
      log.failed(ArticleSizeLimit.overLimit("article text", size, maxArticleBytes));
      return;
    }
    sink.article(
        new RawArticle(
            log.origin(),
            log.line(),
            meta.id(),
            fallbackId,
            meta.title(),
            meta.source(),
            meta.url(),
            meta.published(),
            meta.authors(),
            TextDecoder.normaliseLineEnds(text),
            meta.title() == null,
            meta.publishedAt()));
  }

  /** The {@code body} (else {@code text}) of the object, or {@code null} after a SKIPPED. */
  private static String text(JsonObject object, ProblemLog log) {
    String field = object.has("body") && !object.get("body").isJsonNull() ? "body" : "text";
    JsonElement value = object.get(field);
    if (value == null || value.isJsonNull()) {
      log.skipped("no text: the object has neither a 'body' nor a 'text' field");
      return null;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      log.skipped(
          "no text: field '"
              + field
              + "' is "
              + ArticleMetadata.describe(value)
              + ", expected a non-empty string");
      return null;
    }
    String text = value.getAsString();
    if (text.isBlank()) {
      log.skipped("no text: field '" + field + "' is empty");
      return null;
    }
    return text;
  }

  /**
   * Whether text that is not one JSON document is JSON lines: several lines, one of which is a
   * whole JSON object by itself (no line of a pretty-printed object is).
   */
  private static boolean looksLikeJsonLines(String json) {
    int start = 0;
    int lines = 0;
    boolean objectLine = false;
    while (start < json.length()) {
      int end = json.indexOf('\n', start);
      end = end < 0 ? json.length() : end;
      String line = json.substring(start, end);
      if (!line.isBlank()) {
        lines++;
        objectLine = objectLine || isObject(line);
      }
      start = end + 1;
    }
    return lines > 1 && objectLine;
  }

  private static boolean isObject(String line) {
    try {
      return parseStrict(line).isJsonObject();
    } catch (JsonParseException e) {
      return false;
    }
  }

  /** One JSON value, strictly, with nothing but whitespace after it. */
  static JsonElement parseStrict(String s) {
    JsonReader reader = new JsonReader(new StringReader(s));
    reader.setStrictness(Strictness.STRICT);
    JsonElement element = JsonParser.parseReader(reader);
    try {
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonParseException("more than one JSON value; expected one");
      }
    } catch (IOException e) {
      throw new JsonParseException(message(e), e);
    }
    return element;
  }

  /** The parser's own message, without Gson's troubleshooting link. */
  static String message(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause().getMessage() != null) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    // Gson appends advice for programmers ("Use JsonReader.setStrictness...", "See https://...");
    // the user needs only what is wrong and where.
    m =
        m.replaceAll(
            "Use JsonReader\\.setStrictness\\([^)]*\\) to accept malformed JSON", "malformed JSON");
    for (String advice : new String[] {"\nSee ", " Use JsonReader", "\nUse JsonReader"}) {
      int at = m.indexOf(advice);
      if (at >= 0) {
        m = m.substring(0, at);
      }
    }
    return m.strip();
  }
}
