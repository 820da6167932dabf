package org.gazette.server.web;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal Chrome DevTools Protocol client over {@link java.net.http.WebSocket}: commands with
 * their answers, and every event kept in arrival order.
 *
 * <p>NOTE: {@link #send} blocks until the browser answers (at most 30 s) and throws {@link
 * AssertionError} when the answer is an error. Events of every session are kept; each carries its
 * {@code sessionId}.
 */
final class DevToolsConnection implements WebSocket.Listener, AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
  private final List<JsonObject> events = new ArrayList<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  private DevToolsConnection() {}

  /**
   * Connects to the browser's DevTools endpoint {@code ws://127.0.0.1:PORT/devtools/browser/ID}.
   */
  static DevToolsConnection open(URI endpoint) {
    DevToolsConnection connection = new DevToolsConnection();
    connection.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(endpoint, connection)
            .join();
    return connection;
  }

  /** Sends a command, in a session when {@code sessionId} is not null; returns its result. */
  JsonObject send(String sessionId, String method, JsonObject params) {
    int id = ids.incrementAndGet();
    JsonObject message = new JsonObject();
    message.addProperty("id", id);
    message.addProperty("method", method);
    message.add("params", params == null ? new JsonObject() : params);
    if (sessionId != null) {
      message.addProperty("sessionId", sessionId);
    }
    CompletableFuture<JsonObject> answer = new CompletableFuture<>();
    pending.put(id, answer);
    synchronized (this) {
      socket.sendText(message.toString(), true).join();
    }
    JsonObject reply;
    try {
      reply = answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no answer from the browser to " + method + " in " + TIMEOUT, e);
    } catch (ExecutionException e) {
      throw new AssertionError("the DevTools connection failed during " + method, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } finally {
      pending.remove(id);
    }
    if (reply.has("error")) {
      throw new AssertionError(method + " failed: " + reply.get("error"));
    }
    return reply.has("result") ? reply.getAsJsonObject("result") : new JsonObject();
  }

  /** The events received so far (a copy). */
  synchronized List<JsonObject> events() {
    return List.copyOf(events);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    // Large messages (screenshots) arrive in several frames.
    partial.append(data);
    if (last) {
      JsonObject message = JsonParser.parseString(partial.toString()).getAsJsonObject();
      partial.setLength(0);
      if (message.has("id")) {
        CompletableFuture<JsonObject> answer = pending.get(message.get("id").getAsInt());
        if (answer != null) {
          answer.complete(message);
        }
      } else {
        synchronized (this) {
          events.add(message);
        }
      }
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    pending.values().forEach(answer -> answer.completeExceptionally(error));
  }

  @Override
  public void close() {
    socket.abort();
  }
}
