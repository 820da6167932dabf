package org.gazette.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the API requests that run at once and those that wait for a turn; past both, a request is
 * refused at once with 503 and {@code Retry-After}, so an overloaded server answers quickly instead
 * of piling up threads and memory until it falls over.
 *
 * <p>NOTE: a request takes its turn once its body has been read (within the body deadline, see
 * {@link RequestBody}) and holds it while it runs, so a client that sends slowly takes no turn.
 * Thread-safe.
 */
final class RequestLimiter {
  private final Semaphore turns;
  private final int maxWaiting;
  private final long maxWaitMillis;
  private final AtomicInteger waiting = new AtomicInteger();

  RequestLimiter(int maxRunning, int maxWaiting, long maxWaitMillis) {
    this.turns = new Semaphore(maxRunning, true);
    this.maxWaiting = maxWaiting;
    this.maxWaitMillis = maxWaitMillis;
  }

  /** {@code handler}, run only when it gets a turn. */
  Handler limit(Handler handler) {
    return ctx -> {
      acquire(ctx);
      try {
        handler.handle(ctx);
      } finally {
        turns.release();
      }
    };
  }

  private void acquire(Context ctx) throws InterruptedException {
    if (turns.tryAcquire()) {
      return;
    }
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      throw overloaded(ctx);
    }
    try {
      if (!turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
        throw overloaded(ctx);
      }
    } finally {
      waiting.decrementAndGet();
    }
  }

  private static ApiProblem overloaded(Context ctx) {
    ctx.header("Retry-After", "1");
    return ApiProblem.overloaded();
  }
}
