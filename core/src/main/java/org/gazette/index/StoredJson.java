package org.gazette.index;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.ArticleField;
import org.gazette.model.DatePrecision;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.Mention;
import org.gazette.model.MentionedDate;

/**
 * The compact JSON stored with each article for its entities and dates. Mentions are flat int
 * triples {@code [field, start, end, ...]} with field 0 for the title and 1 for the body, because
 * an article can hold thousands of them.
 */
final class StoredJson {
  private StoredJson() {}

  static String writeEntities(List<Entity> entities) {
    StringWriter out = new StringWriter();
    try (JsonWriter w = new JsonWriter(out)) {
      w.beginArray();
      for (Entity e : entities) {
        w.beginObject();
        w.name("t").value(e.type().key());
        w.name("n").value(e.name());
        w.name("a").beginArray();
        for (String alias : e.aliases()) {
          w.value(alias);
        }
        w.endArray();
        w.name("m");
        writeMentions(w, e.mentions());
        w.endObject();
      }
      w.endArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static List<Entity> readEntities(String json) {
    List<Entity> entities = new ArrayList<>();
    try (JsonReader r = new JsonReader(new StringReader(json))) {
      r.beginArray();
      while (r.hasNext()) {
        EntityType type = null;
        String name = null;
        List<String> aliases = new ArrayList<>();
        List<Mention> mentions = List.of();
        r.beginObject();
        while (r.hasNext()) {
          switch (r.nextName()) {
            case "t" -> type = EntityType.fromKey(r.nextString());
            case "n" -> name = r.nextString();
            case "a" -> {
              r.beginArray();
              while (r.hasNext()) {
                aliases.add(r.nextString());
              }
              r.endArray();
            }
            case "m" -> mentions = readMentions(r);
            default -> r.skipValue();
          }
        }
        r.endObject();
        entities.add(new Entity(type, name, aliases, mentions));
      }
      r.endArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entities;
  }

  static String writeDates(List<MentionedDate> dates) {
    StringWriter out = new StringWriter();
    try (JsonWriter w = new JsonWriter(out)) {
      w.beginArray();
      for (MentionedDate d : dates) {
        w.beginObject();
        w.name("d").value(d.date().toString());
        w.name("p").value(d.precision().name());
        w.name("i").value(d.yearInferred());
        w.name("m");
        writeMentions(w, List.of(d.mention()));
        w.endObject();
      }
      w.endArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static List<MentionedDate> readDates(String json) {
    List<MentionedDate> dates = new ArrayList<>();
    try (JsonReader r = new JsonReader(new StringReader(json))) {
      r.beginArray();
      while (r.hasNext()) {
        LocalDate date = null;
        DatePrecision precision = null;
        boolean inferred = false;
        List<Mention> mentions = List.of();
        r.beginObject();
        while (r.hasNext()) {
          switch (r.nextName()) {
            case "d" -> date = LocalDate.parse(r.nextString());
            case "p" -> precision = DatePrecision.valueOf(r.nextString());
            case "i" -> inferred = r.nextBoolean();
            case "m" -> mentions = readMentions(r);
            default -> r.skipValue();
          }
        }
        r.endObject();
        dates.add(new MentionedDate(date, precision, inferred, mentions.getFirst()));
      }
      r.endArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dates;
  }

  static String writeValueKeys(Map<Facet, Set<String>> keys) {
    StringWriter out = new StringWriter();
    try (JsonWriter w = new JsonWriter(out)) {
      w.beginObject();
      for (Map.Entry<Facet, Set<String>> e : keys.entrySet()) {
        w.name(e.getKey().key()).beginArray();
        for (String value : e.getValue()) {
          w.value(value);
        }
        w.endArray();
      }
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Map<Facet, List<String>> readValueKeys(String json) {
    Map<Facet, List<String>> keys = new EnumMap<>(Facet.class);
    try (JsonReader r = new JsonReader(new StringReader(json))) {
      r.beginObject();
      while (r.hasNext()) {
        Facet facet = Facet.fromKey(r.nextName());
        List<String> values = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
          values.add(r.nextString());
        }
        r.endArray();
        keys.put(facet, values);
      }
      r.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  private static void writeMentions(JsonWriter w, List<Mention> mentions) throws IOException {
    w.beginArray();
    for (Mention m : mentions) {
      w.value(m.field() == ArticleField.TITLE ? 0 : 1);
      w.value(m.start());
      w.value(m.end());
    }
    w.endArray();
  }

  private static List<Mention> readMentions(JsonReader r) throws IOException {
    List<Mention> mentions = new ArrayList<>();
    r.beginArray();
    while (r.peek() == JsonToken.NUMBER) {
      ArticleField field = r.nextInt() == 0 ? ArticleField.TITLE : ArticleField.BODY;
      mentions.add(new Mention(field, r.nextInt(), r.nextInt()));
    }
    r.endArray();
    return mentions;
  }
}
