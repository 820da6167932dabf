package org.gazette.tools;

import java.nio.file.Path;

/** The build tools' entry point: runs one command and exits with its status. */
public final class ToolsMain {
  private ToolsMain() {}

  public static void main(String[] args) {
    int status = new ToolsCli(System.out, System.err, Path.of("")).run(args);
    System.out.flush();
    System.exit(status);
  }
}
