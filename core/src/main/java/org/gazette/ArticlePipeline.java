package org.gazette;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.gazette.extract.EntityExtractor;
import org.gazette.ingest.ArticleCleaner;
import org.gazette.ingest.Sha256;
import org.gazette.model.Article;
import org.gazette.model.IndexedArticle;
import org.gazette.model.RawArticle;

/**
 * Cleans a raw article and extracts its entities and dates: everything ingest does before the index
 * writer. Used by {@link NewsIndex} and by tools that only extract.
 *
 * <p>NOTE: thread-safe when the extractor is (the interface requires it).
 */
public final class ArticlePipeline {
  /**
   * Changes whenever cleaning or extraction changes what is stored, so re-ingest of unchanged input
   * with skip-unchanged re-processes articles made by an older version.
   */
  static final String VERSION = "gazette-pipeline-2";

  private final ArticleCleaner cleaner = new ArticleCleaner();
  private final EntityExtractor extractor;

  public ArticlePipeline(EntityExtractor extractor) {
    this.extractor = extractor;
  }

  /** The cleaned article with its entities and dates. */
  public IndexedArticle process(RawArticle raw) {
    Article article = cleaner.clean(raw);
    return new IndexedArticle(article, extractor.extract(article));
  }

  /** The cleaned article without extraction. */
  public Article clean(RawArticle raw) {
    return cleaner.clean(raw);
  }

  /** The entities and dates of a cleaned article. */
  public IndexedArticle extract(Article article) {
    return new IndexedArticle(article, extractor.extract(article));
  }

  /** A hash of everything that determines what is stored for {@code raw}, including versions. */
  static String contentHash(RawArticle raw) {
    MessageDigest sha = Sha256.newDigest();
    for (Object part :
        new Object[] {
          VERSION,
          raw.id(),
          raw.fallbackId(),
          raw.title(),
          raw.source(),
          raw.url(),
          raw.published(),
          raw.authors(),
          raw.scraped(),
          raw.text()
        }) {
      sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }
}
