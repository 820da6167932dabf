package org.gazette.ingest;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.IngestProblem;
import org.gazette.model.RawArticle;

/** A sink that keeps what it receives, for assertions. */
final class RecordingSink implements ArticleSink {
  final List<RawArticle> articles = new ArrayList<>();
  final List<IngestProblem> problems = new ArrayList<>();

  @Override
  public void article(RawArticle article) {
    articles.add(article);
  }

  @Override
  public void problem(IngestProblem problem) {
    problems.add(problem);
  }

  List<IngestProblem> problems(IngestProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }

  RawArticle only() {
    if (articles.size() != 1) {
      throw new AssertionError("expected one article, got " + articles + " and " + problems);
    }
    return articles.get(0);
  }
}
