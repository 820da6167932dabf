package org.gazette.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazette.ArticlePipeline;
import org.gazette.ingest.ArticleFileReader;
import org.gazette.ingest.ArticleSink;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.IngestProblem;
import org.gazette.model.RawArticle;

/**
 * Runs an extractor over the development set of {@link NerCorpus} and scores it with {@link
 * DevSetScorer}, per corpus and overall. Each document goes through the same steps as {@code
 * ./gazette extract} over the article {@code build-devset} writes for it (the JSON read by {@link
 * ArticleFileReader}, cleaned and extracted by {@link ArticlePipeline}), so the figures are those
 * of {@code extract} and {@code score_entities.py} on that directory.
 *
 * <p>NOTE: blocks while it extracts, on the calling thread; the extractor must be thread-safe only
 * as far as the interface requires.
 */
public final class DevSetEvaluation {
  /** The figures of one run: per corpus in reading order, and over all. */
  public record Report(Map<String, Integer> documents, Map<String, DevSetScorer.Score> byCorpus) {
    public Report {
      documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
      byCorpus = Collections.unmodifiableMap(new LinkedHashMap<>(byCorpus));
    }

    /** The score over all corpora. */
    public DevSetScorer.Score overall() {
      DevSetScorer.Score sum = new DevSetScorer.Score(Map.of());
      for (DevSetScorer.Score s : byCorpus.values()) {
        sum = sum.plus(s);
      }
      return sum;
    }

    /** The overall F1, over all types and corpora. */
    public double f1() {
      return overall().overall().f1();
    }

    /**
     * One table per corpus, the overall table, and {@code overall F1 0.xxx}, each table as {@code
     * score_entities.py} prints it.
     */
    public String render() {
      StringBuilder out = new StringBuilder();
      int total = 0;
      for (Map.Entry<String, DevSetScorer.Score> e : byCorpus.entrySet()) {
        int docs = documents.getOrDefault(e.getKey(), 0);
        total += docs;
        out.append(heading(e.getKey(), docs, e.getValue())).append(e.getValue().table());
        out.append('\n');
      }
      DevSetScorer.Score all = overall();
      out.append(heading("all corpora", total, all)).append(all.table());
      out.append(all.overallLine()).append('\n');
      return out.toString();
    }

    private static String heading(String name, int docs, DevSetScorer.Score s) {
      return String.format(Locale.ROOT, "%s: %d documents, F1 %s\n", name, docs, s.f1Text());
    }
  }

  private DevSetEvaluation() {}

  /** Extracts the entities of every development document of {@code docs} and scores them. */
  public static Report run(List<NerCorpus.Document> docs, EntityExtractor extractor) {
    ArticlePipeline pipeline = new ArticlePipeline(extractor);
    ArticleFileReader reader = new ArticleFileReader();
    Map<String, List<DevSetScorer.GoldDocument>> gold = new LinkedHashMap<>();
    Map<String, Map<EntityType, List<String>>> predicted = new HashMap<>();
    for (NerCorpus.Document d : docs) {
      if (!d.isDev()) {
        continue;
      }
      DevSetScorer.GoldDocument g = DevSetBuilder.gold(d);
      gold.computeIfAbsent(d.corpus(), k -> new ArrayList<>()).add(g);
      reader.readJson(DevSetBuilder.articleJson(d), g.file(), sink(pipeline, g.file(), predicted));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, DevSetScorer.Score> scores = new LinkedHashMap<>();
    gold.forEach(
        (corpus, list) -> {
          counts.put(corpus, list.size());
          scores.put(corpus, DevSetScorer.score(list, predicted));
        });
    return new Report(counts, scores);
  }

  /** Puts the names found in each article delivered under {@code file}; problems are no names. */
  private static ArticleSink sink(
      ArticlePipeline pipeline, String file, Map<String, Map<EntityType, List<String>>> out) {
    return new ArticleSink() {
      @Override
      public void article(RawArticle raw) {
        var extraction = pipeline.process(raw).extraction();
        Map<EntityType, List<String>> names = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
          names.put(type, extraction.entities(type).stream().map(Entity::name).toList());
        }
        out.put(file, names);
      }

      @Override
      public void problem(IngestProblem problem) {
        // A document the reader skips (no text) has no prediction line in extract's output
        // either: the scorer counts it as one where nothing was found.
      }
    };
  }
}
