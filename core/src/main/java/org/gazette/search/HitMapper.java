package org.gazette.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.gazette.index.DocumentMapper;
import org.gazette.index.IndexFields;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;
import org.gazette.model.SearchHit;

/** Turns the stored fields of a hit into a {@link SearchHit}, values named as facets name them. */
public final class HitMapper {
  private HitMapper() {}

  /** The article of an export: the fields of a hit, and the body when {@code withBody}. */
  static org.gazette.model.ExportedArticle toExported(
      Document doc, boolean withBody, ValueNaming naming) {
    String published = doc.get(IndexFields.PUBLISHED);
    String publishedAt = doc.get(IndexFields.PUBLISHED_AT);
    return new org.gazette.model.ExportedArticle(
        doc.get(IndexFields.ID),
        doc.get(IndexFields.TITLE),
        doc.get(IndexFields.SOURCE),
        published == null ? null : LocalDate.ofEpochDay(Long.parseLong(published)),
        publishedAt == null ? null : java.time.Instant.ofEpochMilli(Long.parseLong(publishedAt)),
        doc.get(IndexFields.URL),
        List.of(doc.getValues(IndexFields.AUTHORS)),
        entities(doc, naming),
        withBody ? doc.get(IndexFields.BODY) : null);
  }

  /** The entity values of a stored article by type, named and hidden as the facets do. */
  static Map<EntityType, List<String>> entities(Document doc, ValueNaming naming) {
    return entities(DocumentMapper.valueKeys(doc), naming);
  }

  /** The entity values of an article's value keys by type, named and hidden as the facets do. */
  public static Map<EntityType, List<String>> entities(
      Map<Facet, List<String>> valueKeys, ValueNaming naming) {
    Map<EntityType, List<String>> entities = new EnumMap<>(EntityType.class);
    for (Map.Entry<Facet, List<String>> e : valueKeys.entrySet()) {
      if (e.getKey() == Facet.SOURCE) {
        continue;
      }
      List<String> labels = new ArrayList<>();
      for (String key : e.getValue()) {
        if (!naming.hidden(e.getKey(), key)) {
          labels.add(naming.label(e.getKey(), key));
        }
      }
      entities.put(ValueNaming.type(e.getKey()), labels);
    }
    return entities;
  }

  static SearchHit toHit(Document doc, float score, String snippet, ValueNaming naming) {
    String published = doc.get(IndexFields.PUBLISHED);
    return new SearchHit(
        doc.get(IndexFields.ID),
        doc.get(IndexFields.TITLE),
        doc.get(IndexFields.SOURCE),
        published == null ? null : LocalDate.ofEpochDay(Long.parseLong(published)),
        doc.get(IndexFields.URL),
        List.of(doc.getValues(IndexFields.AUTHORS)),
        score,
        snippet == null ? "" : snippet,
        entities(doc, naming));
  }
}
