package org.gazette.server.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gazette.ArticlePipeline;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.extract.RuleBasedEntityExtractor;
import org.gazette.ingest.ArticleFileReader;
import org.gazette.ingest.ArticleSink;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.IndexedArticle;
import org.gazette.model.IngestProblem;
import org.gazette.model.RawArticle;
import org.gazette.server.JsonViews;

/**
 * {@code extract FILE...}: prints one JSON line per article with its canonical entity names and
 * explicit years, the format {@code score_entities.py} reads. Nothing is indexed.
 */
final class ExtractCommand {
  private final PrintStream out;
  private final PrintStream err;

  ExtractCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> argv) {
    Arguments args = Commands.EXTRACT.parse(argv);
    if (args.positional().isEmpty()) {
      throw new Arguments.UsageException("extract needs at least one file");
    }
    ArticlePipeline pipeline = new ArticlePipeline(RuleBasedEntityExtractor.withDefaultResources());
    ArticleFileReader reader =
        new ArticleFileReader(
            args.getMegabytes("max-article-size", ArticleFileReader.DEFAULT_MAX_ARTICLE_BYTES));
    int[] failed = {0};
    ArticleSink sink =
        new ArticleSink() {
          @Override
          public void article(RawArticle raw) {
            out.println(line(raw, pipeline.process(raw)));
          }

          @Override
          public void problem(IngestProblem problem) {
            if (problem.kind() == IngestProblem.Kind.FAILED) {
              failed[0]++;
            }
            err.println("gazette: " + problem);
          }
        };
    for (String file : args.positional()) {
      reader.read(Path.of(file), sink);
    }
    return failed[0] > 0 ? Cli.PARTIAL : Cli.OK;
  }

  private static JsonObject line(RawArticle raw, IndexedArticle indexed) {
    JsonObject o = new JsonObject();
    o.addProperty("file", raw.origin());
    if (raw.line() > 0) {
      o.addProperty("line", raw.line());
    }
    o.addProperty("id", indexed.article().id());
    o.addProperty("title", indexed.article().title());
    String source = indexed.article().source();
    o.add("source", source == null ? JsonNull.INSTANCE : new JsonPrimitive(source));
    Map<EntityType, List<String>> names = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      names.put(type, indexed.extraction().entities(type).stream().map(Entity::name).toList());
    }
    JsonViews.entityNames(names).entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
    JsonArray years = new JsonArray();
    indexed.extraction().years().forEach(years::add);
    o.add("years", years);
    return o;
  }
}
