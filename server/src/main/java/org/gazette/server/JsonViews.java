package org.gazette.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gazette.model.Article;
import org.gazette.model.CurationRule;
import org.gazette.model.DateHistogram;
import org.gazette.model.Entity;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.FacetValue;
import org.gazette.model.GeoPlace;
import org.gazette.model.IndexStats;
import org.gazette.model.IndexedArticle;
import org.gazette.model.IngestProblem;
import org.gazette.model.IngestReport;
import org.gazette.model.Mention;
import org.gazette.model.MentionedDate;
import org.gazette.model.SearchHit;
import org.gazette.model.SearchResult;

/**
 * The JSON shapes of results, shared by the command line and the HTTP API, so both print the same
 * thing. Keys are the lower-case dimension names; absent values are {@code null}.
 */
public final class JsonViews {
  private JsonViews() {}

  /** The result without place points (the command line). */
  public static JsonObject searchResult(SearchResult r) {
    return searchResult(r, name -> Optional.empty());
  }

  /**
   * {@code {total, tookMs, hits, facets: {dim: [...]}, dates: {dim: {years, months}}, nextCursor}};
   * place values carry {@code geo} when {@code places} knows them.
   */
  public static JsonObject searchResult(
      SearchResult r, Function<String, Optional<GeoPlace>> places) {
    JsonObject o = new JsonObject();
    o.addProperty("total", r.total());
    o.addProperty("tookMs", r.tookMs());
    JsonArray hits = new JsonArray();
    r.hits().forEach(h -> hits.add(hit(h)));
    o.add("hits", hits);
    JsonObject facets = new JsonObject();
    r.facets().forEach(f -> facets.add(f.facet().key(), facetValues(f, places)));
    o.add("facets", facets);
    JsonObject dates = new JsonObject();
    r.dates().forEach(d -> dates.add(d.facet().key(), histogram(d)));
    o.add("dates", dates);
    o.add("nextCursor", string(r.nextCursor()));
    return o;
  }

  /** One hit: id, title, source, published, url, authors, score, snippet, entities by type. */
  public static JsonObject hit(SearchHit h) {
    JsonObject o = new JsonObject();
    o.addProperty("id", h.id());
    o.addProperty("title", h.title());
    o.add("source", string(h.source()));
    o.add("published", date(h.published()));
    o.add("url", string(h.url()));
    o.add("authors", strings(h.authors()));
    o.add("score", Float.isNaN(h.score()) ? JsonNull.INSTANCE : new JsonPrimitive(h.score()));
    o.addProperty("snippet", h.snippet());
    JsonObject entities = new JsonObject();
    for (EntityType type : EntityType.values()) {
      entities.add(type.key(), strings(h.entities().getOrDefault(type, List.of())));
    }
    o.add("entities", entities);
    return o;
  }

  /** A facet result: {@code {dimension, values: [...], valueCount}}. */
  public static JsonObject facetResult(FacetResult f, Function<String, Optional<GeoPlace>> places) {
    JsonObject o = new JsonObject();
    o.addProperty("dimension", f.facet().key());
    o.add("values", facetValues(f, places));
    o.addProperty("valueCount", f.valueCount());
    return o;
  }

  /** An article with its entities (aliases, mentions, place points) and mentioned dates. */
  public static JsonObject document(
      IndexedArticle indexed, Function<String, Optional<GeoPlace>> places) {
    Article a = indexed.article();
    JsonObject o = new JsonObject();
    o.addProperty("id", a.id());
    o.addProperty("title", a.title());
    o.add("source", string(a.source()));
    o.add("published", date(a.published()));
    o.add("publishedAt", string(a.publishedAt() == null ? null : a.publishedAt().toString()));
    o.add("url", string(a.url()));
    o.add("authors", strings(a.authors()));
    o.addProperty("body", a.body());
    JsonObject entities = new JsonObject();
    for (EntityType type : EntityType.values()) {
      JsonArray list = new JsonArray();
      for (Entity e : indexed.extraction().entities(type)) {
        JsonObject eo = new JsonObject();
        eo.addProperty("name", e.name());
        if (type == EntityType.PLACE) {
          places.apply(e.name()).ifPresent(g -> eo.add("geo", geo(g)));
        }
        eo.add("aliases", strings(e.aliases()));
        JsonArray mentions = new JsonArray();
        e.mentions().forEach(m -> mentions.add(mention(m)));
        eo.add("mentions", mentions);
        list.add(eo);
      }
      entities.add(type.key(), list);
    }
    o.add("entities", entities);
    JsonArray dates = new JsonArray();
    for (MentionedDate d : indexed.extraction().dates()) {
      JsonObject dobj = new JsonObject();
      dobj.addProperty("date", d.iso());
      dobj.addProperty("precision", d.precision().name().toLowerCase(java.util.Locale.ROOT));
      dobj.addProperty("yearInferred", d.yearInferred());
      dobj.add("mention", mention(d.mention()));
      dates.add(dobj);
    }
    o.add("dates", dates);
    return o;
  }

  /**
   * {@code {ids, added, replaced, skipped, failed, problems: [{source, line, kind, reason}]}}; ids
   * only when the ingest collected them.
   */
  public static JsonObject ingestReport(IngestReport r) {
    JsonObject o = new JsonObject();
    o.add("ids", strings(r.ids()));
    o.addProperty("added", r.added());
    o.addProperty("replaced", r.replaced());
    o.addProperty("skipped", r.skipped());
    o.addProperty("failed", r.failed());
    JsonArray problems = new JsonArray();
    for (IngestProblem p : r.problems()) {
      JsonObject po = new JsonObject();
      po.addProperty("source", p.source());
      if (p.line() > 0) {
        po.addProperty("line", p.line());
      }
      po.addProperty("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
      po.addProperty("reason", p.reason());
      problems.add(po);
    }
    o.add("problems", problems);
    return o;
  }

  /** The canonical names of an extraction by type, as the extract command prints them. */
  public static JsonObject entityNames(Map<EntityType, List<String>> names) {
    JsonObject o = new JsonObject();
    for (EntityType type : EntityType.values()) {
      o.add(type.key(), strings(names.getOrDefault(type, List.of())));
    }
    return o;
  }

  /**
   * {@code {type, name, documentCount, aliases: [{value, count}], related: {organization: [...],
   * place: [...], person: [...]}, timeline: {published: {years, months}, mentioned: {...}}}}.
   */
  public static JsonObject entityProfile(
      Function<String, Optional<GeoPlace>> places, EntityProfile p) {
    JsonObject o = new JsonObject();
    o.addProperty("type", p.type().key());
    o.addProperty("name", p.name());
    if (p.type() == EntityType.PLACE) {
      places.apply(p.name()).ifPresent(g -> o.add("geo", geo(g)));
    }
    o.addProperty("documentCount", p.documentCount());
    o.add("aliases", facetValues(p.aliases()));
    JsonObject related = new JsonObject();
    p.related().forEach(r -> related.add(r.facet().key(), facetValues(r, places)));
    o.add("related", related);
    JsonObject timeline = new JsonObject();
    timeline.add("published", histogram(p.published()));
    timeline.add("mentioned", histogram(p.mentioned()));
    o.add("timeline", timeline);
    return o;
  }

  /** {@code {documents, sizeBytes, valueCounts: {organization: n, ...}, lastCommit}}. */
  public static JsonObject stats(IndexStats s) {
    JsonObject o = new JsonObject();
    o.addProperty("documents", s.documents());
    o.addProperty("sizeBytes", s.sizeBytes());
    JsonObject counts = new JsonObject();
    s.valueCounts().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> counts.addProperty(e.getKey().key(), e.getValue()));
    o.add("valueCounts", counts);
    o.add(
        "lastCommit",
        s.lastCommit() == null ? JsonNull.INSTANCE : new JsonPrimitive(s.lastCommit().toString()));
    return o;
  }

  private static JsonObject histogram(DateHistogram d) {
    JsonObject o = new JsonObject();
    o.add("years", facetValues(d.years()));
    o.add("months", facetValues(d.months()));
    return o;
  }

  private static JsonArray facetValues(FacetResult f, Function<String, Optional<GeoPlace>> places) {
    JsonArray a = facetValues(f.values());
    if (f.facet() == Facet.PLACE) {
      for (JsonElement v : a) {
        JsonObject value = v.getAsJsonObject();
        places.apply(value.get("value").getAsString()).ifPresent(g -> value.add("geo", geo(g)));
      }
    }
    return a;
  }

  /**
   * The places of a result for a map: {@code {total, places: [{value, count, selected?, geonameId,
   * countryCode, latitude, longitude}], withoutCoordinates: {values, mentions}, valueCount}};
   * places the gazetteer did not resolve are counted in {@code withoutCoordinates} (their article
   * counts summed as mentions: an article naming two of them counts twice).
   */
  public static JsonObject places(
      SearchResult result, Function<String, Optional<GeoPlace>> places) {
    JsonObject o = new JsonObject();
    o.addProperty("total", result.total());
    JsonArray mapped = new JsonArray();
    int unmappedValues = 0;
    long unmappedMentions = 0;
    FacetResult facet = result.facet(Facet.PLACE).orElse(null);
    if (facet != null) {
      for (FacetValue v : facet.values()) {
        if (v.count() == 0 && !v.selected()) {
          continue;
        }
        Optional<GeoPlace> geo = places.apply(v.value());
        if (geo.isEmpty()) {
          unmappedValues++;
          unmappedMentions += v.count();
          continue;
        }
        JsonObject p = new JsonObject();
        p.addProperty("value", v.value());
        p.addProperty("count", v.count());
        if (v.selected()) {
          p.addProperty("selected", true);
        }
        GeoPlace g = geo.get();
        p.addProperty("geonameId", g.geonameId());
        p.addProperty("countryCode", g.countryCode());
        p.addProperty("latitude", g.latitude());
        p.addProperty("longitude", g.longitude());
        mapped.add(p);
      }
    }
    o.add("places", mapped);
    JsonObject without = new JsonObject();
    without.addProperty("values", unmappedValues);
    without.addProperty("mentions", unmappedMentions);
    o.add("withoutCoordinates", without);
    o.addProperty("valueCount", facet == null ? 0 : facet.valueCount());
    return o;
  }

  /** {@code {geonameId, countryCode, latitude, longitude}}. */
  private static JsonObject geo(GeoPlace g) {
    JsonObject o = new JsonObject();
    o.addProperty("geonameId", g.geonameId());
    o.addProperty("countryCode", g.countryCode());
    o.addProperty("latitude", g.latitude());
    o.addProperty("longitude", g.longitude());
    return o;
  }

  private static JsonArray facetValues(List<FacetValue> values) {
    JsonArray a = new JsonArray();
    for (FacetValue v : values) {
      JsonObject o = new JsonObject();
      o.addProperty("value", v.value());
      o.addProperty("count", v.count());
      if (v.selected()) {
        o.addProperty("selected", true);
      }
      a.add(o);
    }
    return a;
  }

  private static JsonObject mention(Mention m) {
    JsonObject o = new JsonObject();
    o.addProperty("field", m.field().key());
    o.addProperty("start", m.start());
    o.addProperty("end", m.end());
    return o;
  }

  private static JsonArray strings(Collection<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }

  private static com.google.gson.JsonElement string(String s) {
    return s == null ? JsonNull.INSTANCE : new JsonPrimitive(s);
  }

  private static com.google.gson.JsonElement date(LocalDate d) {
    return d == null ? JsonNull.INSTANCE : new JsonPrimitive(d.toString());
  }

  /**
   * One curation decision as the API shows it: {@code type}, {@code name}, and only the fields that
   * decide something ({@code mergeInto}, {@code rename}, {@code aliases}, {@code blocked}).
   */
  public static JsonObject curationRule(CurationRule rule) {
    JsonObject o = new JsonObject();
    o.addProperty("type", rule.type().key());
    o.addProperty("name", rule.name());
    Optional.ofNullable(rule.mergeInto()).ifPresent(v -> o.addProperty("mergeInto", v));
    Optional.ofNullable(rule.rename()).ifPresent(v -> o.addProperty("rename", v));
    if (!rule.aliases().isEmpty()) {
      o.add("aliases", strings(rule.aliases()));
    }
    if (rule.blocked()) {
      o.addProperty("blocked", true);
    }
    return o;
  }
}
