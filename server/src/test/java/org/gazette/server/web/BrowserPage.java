package org.gazette.server.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

/**
 * One browser tab: navigation, script evaluation, real mouse and keyboard input, screenshots, and
 * the console errors and exceptions the page logged.
 *
 * <p>NOTE: every method blocks until the browser has done it; {@link #waitFor} polls until a
 * condition holds and fails the test after 10 s.
 */
final class BrowserPage {
  private static final long WAIT_MILLIS = 10_000;

  private final DevToolsConnection connection;
  private final String sessionId;
  private int seenEvents;

  BrowserPage(DevToolsConnection connection, String sessionId) {
    this.connection = connection;
    this.sessionId = sessionId;
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      call(domain + ".enable", null);
    }
  }

  JsonObject call(String method, JsonObject params) {
    return connection.send(sessionId, method, params);
  }

  /** Loads {@code url} and waits for its load event. */
  void navigate(String url) {
    JsonObject params = new JsonObject();
    params.addProperty("url", url);
    JsonObject answer = call("Page.navigate", params);
    if (answer.has("errorText")) {
      throw new AssertionError("navigation to " + url + " failed: " + answer.get("errorText"));
    }
    waitFor("document.readyState === 'complete'", "the page " + url + " to load");
  }

  /** The value of a script expression (awaited when it is a promise), as JSON. */
  JsonElement eval(String expression) {
    JsonObject params = new JsonObject();
    params.addProperty("expression", expression);
    params.addProperty("awaitPromise", true);
    params.addProperty("returnByValue", true);
    JsonObject answer = call("Runtime.evaluate", params);
    if (answer.has("exceptionDetails")) {
      throw new AssertionError(
          "script failed: " + expression + "\n" + answer.get("exceptionDetails"));
    }
    JsonObject result = answer.getAsJsonObject("result");
    return result.has("value") ? result.get("value") : null;
  }

  String text(String expression) {
    JsonElement value = eval(expression);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  long number(String expression) {
    return eval(expression).getAsLong();
  }

  List<String> texts(String selector) {
    JsonArray array =
        eval("[...document.querySelectorAll(" + js(selector) + ")].map(e => e.textContent.trim())")
            .getAsJsonArray();
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  /** Polls a script condition until it is true; fails saying what was awaited. */
  void waitFor(String condition, String what) {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (true) {
      JsonElement value = eval("Boolean(" + condition + ")");
      if (value != null && value.getAsBoolean()) {
        return;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "waited 10 s for "
                + what
                + " ("
                + condition
                + "); the URL is "
                + text("location.href"));
      }
      sleep(50);
    }
  }

  /** Clicks the middle of the first element matching {@code selector} with the mouse. */
  void click(String selector) {
    JsonArray box = centre(selector);
    mouse("mousePressed", box.get(0).getAsDouble(), box.get(1).getAsDouble());
    mouse("mouseReleased", box.get(0).getAsDouble(), box.get(1).getAsDouble());
  }

  /** Drags the mouse from the middle of one element to the middle of another. */
  void drag(String fromSelector, String toSelector) {
    JsonArray from = centre(fromSelector);
    JsonArray to = centre(toSelector);
    mouse("mouseMoved", from.get(0).getAsDouble(), from.get(1).getAsDouble());
    mouse("mousePressed", from.get(0).getAsDouble(), from.get(1).getAsDouble());
    mouse("mouseMoved", to.get(0).getAsDouble(), to.get(1).getAsDouble());
    mouse("mouseReleased", to.get(0).getAsDouble(), to.get(1).getAsDouble());
  }

  /** Drags the mouse from the middle of an element by (dx, dy) pixels, in several moves. */
  void dragBy(String selector, double dx, double dy) {
    JsonArray from = centre(selector);
    double x = from.get(0).getAsDouble();
    double y = from.get(1).getAsDouble();
    mouse("mouseMoved", x, y);
    mouse("mousePressed", x, y);
    for (int i = 1; i <= 5; i++) {
      JsonObject params = new JsonObject();
      params.addProperty("type", "mouseMoved");
      params.addProperty("x", x + dx * i / 5);
      params.addProperty("y", y + dy * i / 5);
      params.addProperty("button", "left");
      params.addProperty("buttons", 1);
      call("Input.dispatchMouseEvent", params);
    }
    mouse("mouseReleased", x + dx, y + dy);
  }

  /** Moves the mouse over the middle of an element. */
  void hover(String selector) {
    JsonArray at = centre(selector);
    mouse("mouseMoved", at.get(0).getAsDouble(), at.get(1).getAsDouble());
  }

  /**
   * Turns the mouse wheel by {@code deltaY} pixels (negative: away from the user) over an element.
   */
  void wheel(String selector, double deltaY) {
    JsonArray at = centre(selector);
    JsonObject params = new JsonObject();
    params.addProperty("type", "mouseWheel");
    params.addProperty("x", at.get(0).getAsDouble());
    params.addProperty("y", at.get(1).getAsDouble());
    params.addProperty("deltaX", 0);
    params.addProperty("deltaY", deltaY);
    call("Input.dispatchMouseEvent", params);
  }

  /** Presses and releases a key that types {@code text} ("+", "-") in the focused element. */
  void type(String key) {
    press(key, 0, key);
  }

  /** Presses and releases an arrow key ("ArrowLeft"...) in the focused element. */
  void pressArrow(String key) {
    int code =
        switch (key) {
          case "ArrowLeft" -> 37;
          case "ArrowUp" -> 38;
          case "ArrowRight" -> 39;
          case "ArrowDown" -> 40;
          default -> throw new IllegalArgumentException(key);
        };
    press(key, code, null);
  }

  private JsonArray centre(String selector) {
    JsonElement box =
        eval(
            "(() => { const e = document.querySelector("
                + js(selector)
                + "); if (!e) return null; e.scrollIntoView({block: 'center'});"
                + " const r = e.getBoundingClientRect();"
                + " return [r.left + r.width / 2, r.top + r.height / 2]; })()");
    if (box == null || box.isJsonNull()) {
      throw new AssertionError("nothing matches " + selector);
    }
    return box.getAsJsonArray();
  }

  private void mouse(String type, double x, double y) {
    JsonObject params = new JsonObject();
    params.addProperty("type", type);
    params.addProperty("x", x);
    params.addProperty("y", y);
    params.addProperty("button", type.equals("mouseMoved") ? "none" : "left");
    params.addProperty("buttons", type.equals("mousePressed") ? 1 : 0);
    params.addProperty("clickCount", 1);
    call("Input.dispatchMouseEvent", params);
  }

  /** Focuses the element, selects its text, and types {@code text} over it. */
  void typeInto(String selector, String text) {
    eval(
        "(() => { const e = document.querySelector("
            + js(selector)
            + "); e.focus(); e.select(); })()");
    JsonObject params = new JsonObject();
    params.addProperty("text", text);
    call("Input.insertText", params);
  }

  /** Presses and releases Enter in the focused element. */
  void pressEnter() {
    press("Enter", 13, "\r");
  }

  /** Presses and releases Tab: the focus moves to the next control. */
  void pressTab() {
    press("Tab", 9, null);
  }

  private void press(String key, int keyCode, String text) {
    for (String type : List.of("keyDown", "keyUp")) {
      JsonObject params = new JsonObject();
      params.addProperty("type", type);
      params.addProperty("key", key);
      params.addProperty("code", key);
      params.addProperty("windowsVirtualKeyCode", keyCode);
      if (type.equals("keyDown") && text != null) {
        params.addProperty("text", text);
      }
      call("Input.dispatchKeyEvent", params);
    }
  }

  /** Sets the viewport as a device of this size, or back to the window when width is 0. */
  void viewport(int width, int height, boolean mobile) {
    if (width == 0) {
      call("Emulation.clearDeviceMetricsOverride", null);
      return;
    }
    JsonObject params = new JsonObject();
    params.addProperty("width", width);
    params.addProperty("height", height);
    params.addProperty("deviceScaleFactor", 1);
    params.addProperty("mobile", mobile);
    call("Emulation.setDeviceMetricsOverride", params);
  }

  /** Saves a PNG of the viewport. */
  void screenshot(Path file) throws IOException {
    JsonObject params = new JsonObject();
    params.addProperty("format", "png");
    String data = call("Page.captureScreenshot", params).get("data").getAsString();
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(data));
  }

  /**
   * The console errors, uncaught exceptions and error log entries of this tab since the last call,
   * leaving out the log entries that {@code expected} accepts.
   */
  List<String> newProblems(Predicate<JsonObject> expected) {
    List<JsonObject> events = connection.events();
    List<String> problems = new ArrayList<>();
    for (JsonObject event : events.subList(seenEvents, events.size())) {
      if (!event.has("sessionId") || !sessionId.equals(event.get("sessionId").getAsString())) {
        continue;
      }
      String method = event.get("method").getAsString();
      JsonObject params = event.getAsJsonObject("params");
      switch (method) {
        case "Runtime.exceptionThrown" -> problems.add("exception: " + params);
        case "Runtime.consoleAPICalled" -> {
          String type = params.get("type").getAsString();
          if (type.equals("error") || type.equals("assert") || type.equals("warning")) {
            problems.add("console." + type + ": " + params.get("args"));
          }
        }
        case "Log.entryAdded" -> {
          JsonObject entry = params.getAsJsonObject("entry");
          String level = entry.get("level").getAsString();
          if ((level.equals("error") || level.equals("warning")) && !expected.test(entry)) {
            problems.add("log " + level + ": " + entry);
          }
        }
        default -> {}
      }
    }
    seenEvents = events.size();
    return problems;
  }

  /** A JavaScript string literal of {@code text}. */
  static String js(String text) {
    return new com.google.gson.JsonPrimitive(text).toString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
