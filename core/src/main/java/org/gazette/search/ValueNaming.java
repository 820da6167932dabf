package org.gazette.search;

import org.gazette.index.Curation;
import org.gazette.index.EntityNames;
import org.gazette.index.LabelTable;
import org.gazette.model.EntityType;
import org.gazette.model.Facet;

/**
 * How value keys are shown in one answer: the user's name for the value when curation renamed it,
 * else the label chosen from the articles, else the name a merge into it gave; and whether curation
 * hides it.
 */
final class ValueNaming {
  private final LabelTable labels;
  private final EntityNames names;
  private final Curation curation;

  ValueNaming(LabelTable labels, EntityNames names) {
    this.labels = labels;
    this.names = names;
    this.curation = names.curation();
  }

  /** The canonical values the extractor gives to {@code name}. */
  java.util.List<String> canonicalNames(EntityType type, String name) {
    return names.canonicalNames(type, name);
  }

  String label(Facet facet, String key) {
    return curation.label(facet, key, () -> labels.label(facet, key));
  }

  boolean hidden(Facet facet, String key) {
    return facet != Facet.SOURCE && facet.isValueFacet() && curation.blocked(type(facet), key);
  }

  Curation curation() {
    return curation;
  }

  static EntityType type(Facet facet) {
    return EntityType.valueOf(facet.name());
  }
}
