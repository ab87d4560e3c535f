package dev.kiln.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses a GraphQL-over-HTTP request with an HTTP status, a message written for the client, and
 * any headers the status calls for (such as {@code WWW-Authenticate} with {@code 401}).
 *
 * <p>A {@link ContextFactory} throws it to turn a request away, for example when its access token
 * is not valid. The client receives the status and {@code {"errors":[{"message":...}]}}; the message
 * is shown as is, so it must not reveal anything the client may not know.
 */
public class RequestRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final Map<String, String> headers;

  /**
   * A rejection with {@code status} (from {@code 400} to {@code 599}) and a message for the client.
   */
  public RequestRejectedException(int status, String message) {
    this(status, message, Map.of());
  }

  /**
   * A rejection with {@code status} (from {@code 400} to {@code 599}), a message for the client, and
   * headers to add to the response.
   */
  public RequestRejectedException(int status, String message, Map<String, String> headers) {
    // No stack trace: a rejection is an answer to the client, not a fault to debug.
    super(message, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("A rejection's status must be from 400 to 599, not " + status + ".");
    }
    this.status = status;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** The HTTP status of the response. */
  public int getStatus() {
    return status;
  }

  /** Headers to add to the response. */
  public Map<String, String> getHeaders() {
    return headers;
  }
}
