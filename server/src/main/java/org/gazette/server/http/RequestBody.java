package org.gazette.server.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Reads a request body as UTF-8 text without ever holding more than the limit and without waiting
 * for it longer than the deadline: a larger declared or actual body is refused with 413, invalid
 * UTF-8 with 400, a body not whole within the deadline with 408.
 *
 * <p>NOTE: the text is kept with the request, so the server can read it before the request takes a
 * turn of the {@link RequestLimiter} and the handler finds it read. All the bodies being read or
 * handled at once share a budget of memory; past it, a request is refused with 503, so that bodies
 * read ahead of their turn cannot fill the heap. {@link #release} gives a request's share back once
 * it is answered. Thread-safe.
 */
final class RequestBody {
  private static final String ATTRIBUTE = "gazette.requestBody";
  private static final String HELD = "gazette.requestBodyKilobytes";

  private final long maxBytes;
  private final long deadlineMillis;
  private final Semaphore kilobytes;

  /**
   * Bodies of at most {@code maxBytes}, whole within {@code deadlineMillis}, at most {@code
   * budgetBytes} of them held at once.
   */
  RequestBody(long maxBytes, long deadlineMillis, long budgetBytes) {
    this.maxBytes = maxBytes;
    this.deadlineMillis = deadlineMillis;
    this.kilobytes = new Semaphore((int) Math.min(Integer.MAX_VALUE, kilobytesOf(budgetBytes)));
  }

  /** Gives back the share of the budget that the body of this request took, if any. */
  void release(Context ctx) {
    Integer held = ctx.attribute(HELD);
    if (held != null && held > 0) {
      ctx.attribute(HELD, 0);
      kilobytes.release(held);
    }
  }

  // Takes the budget for n more bytes of this request's body; 503 when it is spent.
  private void take(Context ctx, long before, int n) {
    int need = (int) (kilobytesOf(before + n) - kilobytesOf(before));
    if (need == 0) {
      return;
    }
    if (!kilobytes.tryAcquire(need)) {
      ctx.header("Retry-After", "1");
      throw ApiProblem.overloaded();
    }
    Integer held = ctx.attribute(HELD);
    ctx.attribute(HELD, (held == null ? 0 : held) + need);
  }

  private static long kilobytesOf(long bytes) {
    return (bytes + 1023) / 1024;
  }

  /** The body of the request as UTF-8 text, read now or earlier; blocks until it has arrived. */
  String text(Context ctx) throws IOException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes(ctx)))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.malformedBody("the request body is not valid UTF-8");
    }
  }

  /** The bytes of the body of the request, read now or earlier; blocks until they have arrived. */
  byte[] bytes(Context ctx) throws IOException {
    byte[] read = ctx.attribute(ATTRIBUTE);
    if (read == null) {
      read = read(ctx);
      ctx.attribute(ATTRIBUTE, read);
    }
    return read;
  }

  private byte[] read(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw ApiProblem.tooLarge(maxBytes);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
    EndPoint endPoint = endPoint(ctx);
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
        if (total + n > maxBytes) {
          throw ApiProblem.tooLarge(maxBytes);
        }
        take(ctx, total, n);
        total += n;
        bytes.write(buffer, 0, n);
      }
    } finally {
      endPoint.setIdleTimeout(idleTimeout);
    }
    if (total == 0) {
      throw ApiProblem.malformedBody("the request body is empty; send a JSON article");
    }
    return bytes.toByteArray();
  }

  private static EndPoint endPoint(Context ctx) {
    return ServletContextRequest.getServletContextRequest(ctx.req())
        .getConnectionMetaData()
        .getConnection()
        .getEndPoint();
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
