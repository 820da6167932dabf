package org.gazette.search;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.gazette.index.DocumentMapper;
import org.gazette.index.IndexFields;
import org.gazette.model.SearchHit;

/** Turns the stored fields of a hit into a {@link SearchHit}. */
final class HitMapper {
  private HitMapper() {}

  static SearchHit toHit(Document doc, float score, String snippet) {
    String published = doc.get(IndexFields.PUBLISHED);
    return new SearchHit(
        doc.get(IndexFields.ID),
        doc.get(IndexFields.TITLE),
        doc.get(IndexFields.SOURCE),
        published == null ? null : LocalDate.ofEpochDay(Long.parseLong(published)),
        doc.get(IndexFields.URL),
        score,
        snippet == null ? "" : snippet,
        DocumentMapper.entityNames(doc.get(IndexFields.ENTITIES)));
  }
}
