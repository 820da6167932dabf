package org.gazette.server.cli;

/**
 * Turns HTML snippets into terminal text: highlights as ANSI bold or {@code **x**}, entities
 * unescaped.
 */
final class Terminal {
  private static final boolean ANSI = System.console() != null && System.getenv("NO_COLOR") == null;

  private Terminal() {}

  static String snippet(String html) {
    String open = ANSI ? "\u001b[1;33m" : "**";
    String close = ANSI ? "\u001b[0m" : "**";
    String text = html.replace("<mark>", open).replace("</mark>", close).replaceAll("\\s+", " ");
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
        .strip();
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
