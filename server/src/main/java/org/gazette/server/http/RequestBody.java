package org.gazette.server.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Reads a request body as UTF-8 text without ever holding more than the limit and without waiting
 * for it longer than the deadline: a larger declared or actual body is refused with 413, invalid
 * UTF-8 with 400, a body not whole within the deadline with 408.
 *
 * <p>NOTE: the text is kept with the request, so the server can read it before the request takes a
 * turn of the {@link RequestLimiter} and the handler finds it read. Thread-safe.
 */
final class RequestBody {
  private static final String ATTRIBUTE = "gazette.requestBody";

  private final long maxBytes;
  private final long deadlineMillis;

  RequestBody(long maxBytes, long deadlineMillis) {
    this.maxBytes = maxBytes;
    this.deadlineMillis = deadlineMillis;
  }

  /** The body of the request, read now or earlier; blocks until it has arrived. */
  String text(Context ctx) throws IOException {
    String read = ctx.attribute(ATTRIBUTE);
    if (read == null) {
      read = read(ctx);
      ctx.attribute(ATTRIBUTE, read);
    }
    return read;
  }

  private String read(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw ApiProblem.tooLarge(maxBytes);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
    EndPoint endPoint =
        ServletContextRequest.getServletContextRequest(ctx.req())
            .getConnectionMetaData()
            .getConnection()
            .getEndPoint();
    long idleTimeout = endPoint.getIdleTimeout();
    try (InputStream in = ctx.bodyInputStream()) {
      while (true) {
        // A read waits at most until the deadline: the connection's idle timeout, shortened to the
        // time left, ends a wait for bytes that do not come.
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw tooSlow(ctx);
        }
        endPoint.setIdleTimeout(Math.min(idleTimeout, left));
        int n = readOrTimeOut(in, buffer, ctx, deadline);
        if (n < 0) {
          break;
        }
        total += n;
        if (total > maxBytes) {
          throw ApiProblem.tooLarge(maxBytes);
        }
        bytes.write(buffer, 0, n);
      }
    } finally {
      endPoint.setIdleTimeout(idleTimeout);
    }
    if (total == 0) {
      throw ApiProblem.malformedBody("the request body is empty; send a JSON article");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.malformedBody("the request body is not valid UTF-8");
    }
  }

  private int readOrTimeOut(InputStream in, byte[] buffer, Context ctx, long deadline)
      throws IOException {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      if (System.nanoTime() - deadline >= -TimeUnit.MILLISECONDS.toNanos(50)) {
        throw tooSlow(ctx);
      }
      throw e;
    }
  }

  private ApiProblem tooSlow(Context ctx) {
    // The rest of the body may still come: the connection cannot carry another request.
    ctx.header("Connection", "close");
    return new ApiProblem(
        408,
        "request-timeout",
        "the request body did not arrive whole within "
            + deadlineMillis
            + " ms; send it at once (the server's body deadline)");
  }
}
