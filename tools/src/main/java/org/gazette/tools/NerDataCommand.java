package org.gazette.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gazette.cli.Arguments;
import org.gazette.cli.Commands;
import org.gazette.extract.DevSetBuilder;
import org.gazette.extract.DevSetEvaluation;
import org.gazette.extract.NerCorpus;
import org.gazette.extract.NerTrainer;
import org.gazette.extract.RuleBasedEntityExtractor;

/**
 * {@code build-devset}, {@code eval-devset} and {@code train-ner}: the commands over the annotated
 * corpora beside the project ({@code ../shared/data/ner}). All read the same documents and the same
 * split, so the development set is never trained on.
 */
final class NerDataCommand {
  static final String DEFAULT_MODEL =
      "core/src/main/resources/org/gazette/extract/" + NerTrainer.MODEL_FILE;

  private final PrintStream out;
  private final ToolsCli cli;

  NerDataCommand(PrintStream out, ToolsCli cli) {
    this.out = out;
    this.cli = cli;
  }

  int buildDevset(List<String> argv) throws IOException {
    Arguments args = Commands.BUILD_DEVSET.parse(argv);
    List<NerCorpus.Document> docs = corpus(args);
    Path target = cli.resolve(args.get("out", "target/devset"));
    out.println(DevSetBuilder.write(docs, target).describe());
    return ToolsCli.OK;
  }

  /**
   * Scores the extractor on the development set, one table per corpus and overall: the default one,
   * one with the model of {@code --model FILE}, or the rules alone ({@code --rules-only}).
   */
  int evalDevset(List<String> argv) throws IOException {
    Arguments args = Commands.EVAL_DEVSET.parse(argv);
    List<NerCorpus.Document> docs = corpus(args);
    String model = args.get("model", null);
    RuleBasedEntityExtractor extractor =
        model == null
            ? RuleBasedEntityExtractor.withDefaultResources()
            : NerTrainer.extractorWith(existing(cli.resolve(model)));
    if (args.flag("rules-only")) {
      extractor = extractor.withoutTagger();
    }
    out.print(DevSetEvaluation.run(docs, extractor).render());
    return ToolsCli.OK;
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new Arguments.UsageException("no model at " + file + "; pass --model FILE");
    }
    return file;
  }

  int trainNer(List<String> argv) throws IOException {
    Arguments args = Commands.TRAIN_NER.parse(argv);
    List<NerCorpus.Document> docs = corpus(args);
    String corpora = args.get("corpora", null);
    if (corpora != null) {
      // Training on some corpora only (to measure what the others bring); the held-out documents
      // of every corpus stay for the report.
      Set<String> keep = Set.of(corpora.split(","));
      docs = docs.stream().filter(d -> d.isDev() || keep.contains(d.corpus())).toList();
    }
    int stages = args.getInt("stages", 2, 1, 2);
    Path target = cli.resolve(args.get("out", DEFAULT_MODEL));
    if (!Files.isDirectory(target.toAbsolutePath().getParent())) {
      throw new Arguments.UsageException(
          "folder of " + target + " does not exist; run from the project root or pass --out FILE");
    }
    int epochs = args.getInt("epochs", NerTrainer.DEFAULT_EPOCHS, 1, 100);
    int seed = args.getInt("seed", (int) NerTrainer.SEED, 0, Integer.MAX_VALUE);
    out.println(NerTrainer.train(docs, epochs, stages, seed, target, out::println));
    return ToolsCli.OK;
  }

  private List<NerCorpus.Document> corpus(Arguments args) throws IOException {
    Path data = cli.resolve(args.get("data", "../shared/data"));
    if (!Files.isDirectory(data.resolve("ner"))) {
      throw new Arguments.UsageException(
          "no annotated corpora at " + data + " (expected a ner/ folder there); pass --data DIR");
    }
    return NerCorpus.read(data);
  }
}
