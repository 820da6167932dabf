package org.gazette;

import java.io.IOException;
import org.gazette.index.EntityNames;
import org.gazette.store.ArticleStore;

/**
 * Opens the {@link ArticleStore} a {@link NewsIndex} keeps its articles in: the embedded Lucene
 * index in {@link NewsIndexConfig#indexDirectory()} unless configured otherwise.
 */
@FunctionalInterface
public interface StoreOpener {
  /** The embedded Lucene index, the default. */
  StoreOpener LUCENE = LuceneStore::open;

  /**
   * Opens the store.
   *
   * @param names the curation rules and canonical names the store maps entities with; the index
   *     changes the rules in place when it is curated
   */
  ArticleStore open(NewsIndexConfig config, EntityNames names) throws IOException;
}
