package dev.kiln.http;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the context object (the viewer) of a GraphQL-over-WebSocket connection from its {@code
 * connection_init} message, which every operation of the connection then receives, as a {@link
 * ContextFactory} builds it for each HTTP request. Browsers cannot set headers on a WebSocket, so
 * clients pass credentials in the message's payload (graphql-ws's {@code connectionParams}):
 *
 * <pre>{@code
 * ConnectionContextFactory viewers = (handshake, payload) -> {
 *   if (!(payload.get("authorization") instanceof String token)) {
 *     return Viewer.anonymous();
 *   }
 *   return sessions.viewerFor(token)
 *       .orElseThrow(() -> new RequestRejectedException(403, "The access token is not valid."));
 * };
 * }</pre>
 *
 * <p>It is called once per connection, on the transport's thread, when {@code connection_init}
 * arrives; the connection is acknowledged once it returns. It must be thread-safe.
 */
@FunctionalInterface
public interface ConnectionContextFactory {

  /**
   * The context object for the connection, or {@code null} for none.
   *
   * @param handshake the HTTP request that opened the WebSocket: its headers (such as {@code
   *     Cookie}) and query parameters
   * @param payload the {@code payload} of {@code connection_init}; empty if it had none
   * @throws RequestRejectedException to refuse the connection: it is closed with {@code 4403} and
   *     the exception's message as the reason. Any other exception closes it with {@code 4500} and
   *     a masked {@code "Internal error"} with an error id, under which it is logged.
   */
  @Nullable Object createContext(HttpRequest handshake, Map<String, Object> payload);
}
