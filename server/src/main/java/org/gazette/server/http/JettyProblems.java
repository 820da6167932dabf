package org.gazette.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the app (a request line over 8 KB is
 * 414, headers over the limit 431, a broken request 400): problem JSON like every other error, with
 * Jetty's own message, never its HTML page or a stack trace.
 */
final class JettyProblems extends ErrorHandler {
  JettyProblems() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String detail =
        switch (code) {
          case 414 -> "the request line is longer than the server takes (8 KB)";
          case 431 -> "the request headers are larger than the server takes";
          case 505 -> "the server speaks HTTP/1.0 and HTTP/1.1 only";
          default ->
              "the server could not read the request"
                  + (message == null || message.isBlank() ? "" : ": " + message);
        };
    String type =
        switch (code) {
          case 503 -> "overloaded";
          case 413 -> "payload-too-large";
          case 505 -> "http-version-not-supported";
          default -> code >= 500 ? "internal" : "bad-request";
        };
    String body = Problems.bodyOf(code, type, detail).toString();
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE_UTF8);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
