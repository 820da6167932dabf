package org.gazette.ingest.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page sink that keeps what it receives, in order, for assertions. */
final class RecordingPageSink implements PageSink {
  /** One line per call: "page 3", "skipped 1: reason", "failed 7: reason". */
  final List<String> calls = new ArrayList<>();

  final Map<Integer, WebPage> pages = new LinkedHashMap<>();
  final Map<Integer, String> warnings = new LinkedHashMap<>();
  final Map<Integer, String> skipped = new LinkedHashMap<>();
  final Map<Integer, String> failed = new LinkedHashMap<>();

  @Override
  public void page(int number, WebPage page, String warning) {
    calls.add("page " + number);
    pages.put(number, page);
    warnings.put(number, warning);
  }

  @Override
  public void skipped(int number, String reason) {
    calls.add("skipped " + number + ": " + reason);
    skipped.put(number, reason);
  }

  @Override
  public void failed(int number, String reason) {
    calls.add("failed " + number + ": " + reason);
    failed.put(number, reason);
  }

  /** The one page received; fails when there are others or none. */
  WebPage only() {
    if (pages.size() != 1) {
      throw new AssertionError("expected one page, got " + calls);
    }
    return pages.values().iterator().next();
  }
}
