package org.gazette.server;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gazette.server.cli.Cli;

/** The program's entry point: runs one command and exits with its status. */
public final class Main {
  private Main() {}

  /** Held so the level setting is not garbage collected with an unreferenced logger. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private static final Logger VECTOR_LOG =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    // Lucene reports its vectorisation set-up at INFO on every start; the program's output is
    // for the user's results and problems.
    LUCENE_LOG.setLevel(Level.WARNING);
    // Its note that the vector API is off (a WARNING when the launcher runs a short command with
    // the quick compiler only) concerns speed alone, and the launcher chose it knowingly.
    VECTOR_LOG.setLevel(Level.SEVERE);
    int status = new Cli(System.out, System.err, System.getenv(), Path.of("")).run(args);
    System.out.flush();
    System.exit(status);
  }
}
