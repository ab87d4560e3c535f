package dev.kiln.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before Kiln's handler sees a request (a request line or headers that do
 * not parse, headers over the size limit, a bad {@code Content-Length}, a URI that does not decode)
 * with a GraphQL-over-HTTP error body, in place of Jetty's HTML page.
 *
 * <p>The message is chosen by status from Kiln's own words: Jetty's reason and the exception behind
 * it are never shown, since they quote the request and name Java types.
 */
final class TransportErrorHandler extends ErrorHandler {
  static final String JSON = "application/json; charset=utf-8";

  private final Json json = new Json();
  private final int maxHeaderBytes;

  TransportErrorHandler(int maxHeaderBytes) {
    this.maxHeaderBytes = maxHeaderBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException refusal) {
      status = refusal.getCode();
    }
    response.setStatus(status);
    response.getHeaders().put(ERROR_CACHE_CONTROL);
    if (HttpStatus.hasNoBody(status)) {
      callback.succeeded();
      return true;
    }
    byte[] body = body(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  byte[] body(int status) {
    return json.write(ErrorBodies.of(message(status)));
  }

  private String message(int status) {
    return switch (status) {
      case 400 -> "The request is not well-formed HTTP/1.1: its request line, a header (such as Content-Length) or the"
          + " escapes in its URI do not parse.";
      case 408 -> "The request was not received in time.";
      case 413 -> "The request is larger than the server accepts.";
      case 414 -> "The request URI is longer than the limit of " + maxHeaderBytes + " bytes.";
      case 431 -> "The request headers are larger than the limit of " + maxHeaderBytes + " bytes.";
      case 501 -> "The request uses a feature of HTTP that the server does not implement.";
      case 503 -> "The server is too busy to answer; try again later.";
      case 505 -> "The HTTP version is not supported; use HTTP/1.1.";
      default -> status >= 500 ? ErrorBodies.INTERNAL_ERROR_MESSAGE : "The request was refused (HTTP " + status + ").";
    };
  }
}
