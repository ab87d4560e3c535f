package dev.kiln.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@link GraphQLHttpHandler} answers: a status, headers, and either a body of bytes or an
 * {@link EventStream} that the transport opens once it has sent the status and headers.
 *
 * <p>Instances are immutable.
 */
public final class HttpResponse {
  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final @Nullable EventStream eventStream;

  private HttpResponse(int status, Map<String, String> headers, byte[] body, @Nullable EventStream eventStream) {
    this.status = status;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.body = body;
    this.eventStream = eventStream;
  }

  static HttpResponse of(int status, Map<String, String> headers, byte[] body) {
    return new HttpResponse(status, headers, body, null);
  }

  static HttpResponse of(int status, Map<String, String> headers, EventStream eventStream) {
    return new HttpResponse(status, headers, new byte[0], eventStream);
  }

  /** The HTTP status code. */
  public int getStatus() {
    return status;
  }

  /** The headers to send, such as {@code Content-Type}, in the order to send them. */
  public Map<String, String> getHeaders() {
    return headers;
  }

  /** The value of the header {@code name}, compared without regard to case, or {@code null}. */
  public @Nullable String getHeader(String name) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  /** A copy of the body; empty for an event stream. */
  public byte[] getBody() {
    return body.clone();
  }

  /** The length of the body in bytes; 0 for an event stream. */
  public int getBodyLength() {
    return body.length;
  }

  /** Writes the body to {@code out}, without closing it. */
  public void writeBody(OutputStream out) throws IOException {
    out.write(body);
  }

  /** Whether the body is an event stream, which the transport must open with {@link #getEventStream()}. */
  public boolean isEventStream() {
    return eventStream != null;
  }

  /**
   * The event stream to open after sending the status and headers.
   *
   * @throws IllegalStateException if the body is not an event stream
   */
  public EventStream getEventStream() {
    if (eventStream == null) {
      throw new IllegalStateException("This response has a body of bytes, not an event stream.");
    }
    return eventStream;
  }

  @Override
  public String toString() {
    return "HttpResponse{" + status + " " + headers.getOrDefault("Content-Type", "") + "}";
  }
}
