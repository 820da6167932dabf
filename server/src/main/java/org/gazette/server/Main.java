package org.gazette.server;

import java.nio.file.Path;
import org.gazette.server.cli.Cli;

/** The program's entry point: runs one command and exits with its status. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = new Cli(System.out, System.err, System.getenv(), Path.of("")).run(args);
    System.out.flush();
    System.exit(status);
  }
}
