package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The default extractor on the development set of the annotated corpora ({@code
 * ../shared/data/ner}, beside the project): its overall F1 may not fall more than {@link
 * #TOLERANCE} below the figure committed in {@code dev-f1.txt} (the test resources of this
 * package), the one place that holds it.
 *
 * <p>The corpora are not part of the project: where they are missing the test is skipped, with a
 * message saying so. Set {@code GAZETTE_SHARED} (or the system property {@code gazette.shared}) to
 * the folder holding {@code data/ner} when it lies elsewhere.
 */
class DevSetRegressionTest {
  /** How far the overall F1 may fall below the committed figure: more is a regression. */
  static final double TOLERANCE = 0.01;

  static final String FIGURE = "dev-f1.txt";

  @Test
  void theCommittedFigureIsAnF1() throws IOException {
    assertThat(committedF1()).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void overallF1OnTheDevelopmentSetStaysNearTheCommittedFigure() throws IOException {
    List<Path> candidates = candidates();
    Optional<Path> data =
        candidates.stream().filter(p -> Files.isDirectory(p.resolve("ner"))).findFirst();
    assumeTrue(
        data.isPresent(),
        () ->
            "../shared/data/ner was not found (looked in "
                + candidates.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()
                + "); this test needs the annotated corpora there, or GAZETTE_SHARED set to the"
                + " folder that holds data/ner");
    double committed = committedF1();

    DevSetEvaluation.Report report =
        DevSetEvaluation.run(
            NerCorpus.read(data.get()), RuleBasedEntityExtractor.withDefaultResources());

    assertThat(report.f1())
        .as(
            "overall F1 on the development set; %s holds %.3f and allows %.2f less%n%s",
            FIGURE, committed, TOLERANCE, report.render())
        .isGreaterThanOrEqualTo(committed - TOLERANCE);
  }

  /**
   * Where the shared data may be: the configured folder, else beside the project as seen from this
   * module (surefire runs in {@code tools/}) and from the project root.
   */
  private static List<Path> candidates() {
    String configured = System.getProperty("gazette.shared", System.getenv("GAZETTE_SHARED"));
    List<Path> out = new ArrayList<>();
    if (configured != null && !configured.isBlank()) {
      out.add(Path.of(configured).resolve("data"));
    } else {
      out.add(Path.of("../../shared/data"));
      out.add(Path.of("../shared/data"));
    }
    return out;
  }

  /** The figure of {@link #FIGURE}: its first line that is neither blank nor a # comment. */
  static double committedF1() throws IOException {
    try (InputStream in = DevSetRegressionTest.class.getResourceAsStream(FIGURE)) {
      if (in == null) {
        throw new IOException("test resource org/gazette/extract/" + FIGURE + " is missing");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .findFirst()
          .map(Double::parseDouble)
          .orElseThrow(() -> new IOException(FIGURE + " holds no figure"));
    }
  }
}
