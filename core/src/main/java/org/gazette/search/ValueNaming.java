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
public final class ValueNaming {
  /** The label the articles give a value key, or {@code null} when none names it. */
  public interface Labels {
    String label(Facet facet, String key);
  }

  private final Labels labels;
  private final EntityNames names;
  private final Curation curation;

  ValueNaming(LabelTable labels, EntityNames names) {
    this(labels::label, names);
  }

  /** Names values by the labels of any store under the curation of {@code names}. */
  public ValueNaming(Labels labels, EntityNames names) {
    this.labels = labels;
    this.names = names;
    this.curation = names.curation();
  }

  /** The canonical values the extractor gives to {@code name}. */
  public java.util.List<String> canonicalNames(EntityType type, String name) {
    return names.canonicalNames(type, name);
  }

  /** The label shown for {@code key}. */
  public String label(Facet facet, String key) {
    return curation.label(facet, key, () -> labels.label(facet, key));
  }

  /** Whether curation blocked {@code key}. */
  public boolean hidden(Facet facet, String key) {
    return facet != Facet.SOURCE && facet.isValueFacet() && curation.blocked(type(facet), key);
  }

  public Curation curation() {
    return curation;
  }

  public static EntityType type(Facet facet) {
    return EntityType.valueOf(facet.name());
  }
}
