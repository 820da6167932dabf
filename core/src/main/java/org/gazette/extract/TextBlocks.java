package org.gazette.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts long text into blocks of bounded size at line breaks (else at spaces), so that a huge
 * article is processed piece by piece with bounded memory. Names and dates never cross a line
 * break, so cutting there loses nothing.
 */
final class TextBlocks {
  /** The largest block, in characters. */
  static final int MAX_BLOCK = 32_768;

  private TextBlocks() {}

  /** The {@code [from, to)} ranges of the blocks of {@code text}, in order, covering all of it. */
  static List<int[]> of(String text) {
    List<int[]> blocks = new ArrayList<>(text.length() / MAX_BLOCK + 1);
    int from = 0;
    int n = text.length();
    while (from < n) {
      int to = Math.min(n, from + MAX_BLOCK);
      if (to < n) {
        int cut = text.lastIndexOf('\n', to);
        if (cut <= from) {
          cut = lastSpace(text, from, to);
        }
        to = cut > from ? cut + 1 : to;
      }
      blocks.add(new int[] {from, to});
      from = to;
    }
    return blocks;
  }

  private static int lastSpace(String text, int from, int to) {
    for (int i = to - 1; i > from; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
