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

  /**
   * A back end that a module adds to the class path (registered as a {@link
   * java.util.ServiceLoader} service), so that commands reach it by name without depending on it.
   */
  interface Provider {
    /** The name commands give it ("solr"). */
    String name();

    /**
     * The opener for {@code settings} (the back end's own, such as an address).
     *
     * @throws IllegalArgumentException when a setting is missing or malformed
     */
    StoreOpener opener(java.util.Map<String, String> settings);
  }

  /**
   * The opener of the back end {@code name} found on the class path.
   *
   * @throws IllegalStateException when no module on the class path provides it
   */
  static StoreOpener named(String name, java.util.Map<String, String> settings) {
    for (Provider p : java.util.ServiceLoader.load(Provider.class)) {
      if (p.name().equals(name)) {
        return p.opener(settings);
      }
    }
    throw new IllegalStateException(
        "the "
            + name
            + " back end is not on the class path: run through ./gazette, which adds it for"
            + " --"
            + name
            + ", or add the gazette-"
            + name
            + " jar and its dependencies");
  }
}
