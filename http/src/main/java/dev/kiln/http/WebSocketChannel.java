package dev.kiln.http;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link WebSocketConnection} writes to: one accepted WebSocket, as a transport such as
 * {@link KilnHttpServer} or {@link dev.kiln.http.servlet.KilnWebSocketEndpoint} gives it. The
 * connection sends one message at a time, and the next only once the previous one is written, so
 * an implementation never has two sends in progress.
 */
public interface WebSocketChannel {

  /**
   * Sends {@code text} as one text message, without waiting for it to be written, and then calls
   * {@code written} with null, or with the failure if it could not be written; it may be called
   * before this method returns.
   */
  void send(String text, Consumer<@Nullable Throwable> written);

  /** Sends a WebSocket ping frame, which the client's WebSocket answers with a pong. */
  void ping();

  /** Starts the closing handshake with {@code code} and {@code reason} (at most 123 bytes of UTF-8). */
  void close(int code, String reason);

  /** Drops the connection at once, without a closing handshake: for a client that does not read. */
  void abort();
}
