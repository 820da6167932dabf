package org.gazette.server;

/** Command-line entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("gazette");
  }
}
