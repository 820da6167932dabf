package org.gazette.text;

/**
 * Whether text is wrapped at a fixed width. Shared by cleaning (which joins such lines into
 * paragraphs) and tokenising (which reads a line break inside them as a space).
 */
public final class HardWrap {
  private HardWrap() {}

  /**
   * Whether {@code text[from, to)} is wrapped at a fixed width, newswire style: four lines or more,
   * at least half of them 40 to 90 characters long and ending inside a sentence (a letter, digit or
   * comma).
   */
  public static boolean isHardWrapped(String text, int from, int to) {
    int lines = 0;
    int cut = 0;
    int start = from;
    while (start <= to) {
      int end = text.indexOf('\n', start);
      end = end < 0 || end > to ? to : end;
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        lines++;
        char last = line.charAt(line.length() - 1);
        if (line.length() >= 40
            && line.length() <= 90
            && (Character.isLetterOrDigit(last) || last == ',')) {
          cut++;
        }
      }
      start = end + 1;
    }
    return lines >= 4 && cut * 2 >= lines;
  }
}
