package org.gazette.store;

import java.io.IOException;

/**
 * The store cannot take or answer a request now, though nothing is wrong with the request: too few
 * replicas are live to acknowledge a write, or no node answers. Nothing was acknowledged; the same
 * request may succeed when tried again.
 */
public final class StoreUnavailableException extends IOException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
