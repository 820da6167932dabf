package org.gazette.server.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gazette.server.http.RunningServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * What a browser test of the search page stands on, once per test class: the real server over the
 * page's articles ({@link RunningServer#forThePage}) and a headless Chromium with one page. Without
 * Chromium nothing starts and each test reports itself skipped (or fails under CI, see {@link
 * HeadlessChromium#assumeInstalled}). A failing test leaves a screenshot of the page as it was when
 * it failed in {@code target/screenshots/}.
 *
 * <p>Register it on a static field with {@code @RegisterExtension}.
 */
final class PageFixture
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterAllCallback,
        TestExecutionExceptionHandler {
  /** Where screenshots of the page go. */
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final String screenshotPrefix;
  private Path dir;
  private RunningServer server;
  private HeadlessChromium chromium;
  private BrowserPage page;

  /** {@code screenshotPrefix} starts the names of the screenshots of failing tests. */
  PageFixture(String screenshotPrefix) {
    this.screenshotPrefix = screenshotPrefix;
  }

  /** The page, or null when Chromium is missing (the tests are skipped then). */
  BrowserPage page() {
    return page;
  }

  /** The server the page talks to. */
  RunningServer server() {
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (!HeadlessChromium.installed()) {
      return;
    }
    dir = Files.createTempDirectory("gazette-page-test");
    server = RunningServer.forThePage(dir);
    chromium = HeadlessChromium.launch(dir.resolve("browser"));
    page = chromium.newPage();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    HeadlessChromium.assumeInstalled();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    if (page != null) {
      page.screenshot(
          SCREENSHOTS.resolve(
              screenshotPrefix + context.getRequiredTestMethod().getName() + ".png"));
    }
    throw failure;
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      if (chromium != null) {
        chromium.close();
      }
      if (server != null) {
        server.close();
      }
    } finally {
      if (dir != null) {
        deleteTree(dir);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
