package dev.kiln.http;

import java.nio.ByteBuffer;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.eclipse.jetty.websocket.server.WebSocketCreator;
import org.jspecify.annotations.Nullable;

/**
 * {@link KilnHttpServer}'s WebSocket endpoint, on Jetty's core WebSocket server: each upgrade
 * request to the GraphQL path is checked (the server stopping, the {@code Origin}) and, accepted
 * with the {@code graphql-transport-ws} subprotocol, becomes a {@link WebSocketConnection}.
 *
 * <p>Public only because Jetty calls a listener's methods through a public lookup; applications
 * have no use for it, and cannot make one.
 */
public final class JettyWebSocket implements Session.Listener.AutoDemanding {
  private final GraphQLWebSocketHandler handler;
  private final HttpRequest handshake;
  private final boolean subprotocolAccepted;
  private final Set<WebSocketConnection> open;
  private volatile @Nullable WebSocketConnection connection;

  private JettyWebSocket(GraphQLWebSocketHandler handler, HttpRequest handshake, boolean subprotocolAccepted, Set<WebSocketConnection> open) {
    this.handler = handler;
    this.handshake = handshake;
    this.subprotocolAccepted = subprotocolAccepted;
    this.open = open;
  }

  /** Sets {@code container}'s bounds and maps {@code path} to Kiln's endpoint. */
  static void configure(
      ServerWebSocketContainer container,
      String path,
      GraphQLWebSocketHandler handler,
      java.time.Duration idleTimeout,
      BooleanSupplier stopping,
      Set<WebSocketConnection> open) {
    container.setMaxTextMessageSize(handler.maxMessageBytes());
    container.setMaxBinaryMessageSize(handler.maxMessageBytes());
    container.setMaxFrameSize(handler.maxMessageBytes());
    container.setIdleTimeout(idleTimeout);
    container.addMapping(path, new Creator(handler, stopping, open));
  }

  @Override
  public void onWebSocketOpen(Session session) {
    WebSocketConnection opened = handler.open(handshake, subprotocolAccepted, new Channel(session));
    connection = opened;
    open.add(opened);
    if (opened.isClosed()) {
      open.remove(opened);
    }
  }

  @Override
  public void onWebSocketText(String message) {
    WebSocketConnection current = connection;
    if (current != null) {
      current.onText(message);
    }
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    callback.succeed();
    WebSocketConnection current = connection;
    if (current != null) {
      current.onBinary();
    }
  }

  @Override
  public void onWebSocketPong(ByteBuffer payload) {
    WebSocketConnection current = connection;
    if (current != null) {
      current.onPong();
    }
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    closed();
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    closed();
  }

  private void closed() {
    WebSocketConnection current = connection;
    if (current != null) {
      current.onClosed();
      open.remove(current);
    }
  }

  /** Accepts or refuses each upgrade request. */
  private record Creator(GraphQLWebSocketHandler handler, BooleanSupplier stopping, Set<WebSocketConnection> open)
      implements WebSocketCreator {
    private static final Json JSON = new Json();

    @Override
    public @Nullable Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response, org.eclipse.jetty.util.Callback callback) {
      HttpRequest handshake = JettyGraphQLHandler.toRequest(request);
      if (stopping.getAsBoolean()) {
        return refuse(response, callback, 503, "The server is shutting down.");
      }
      if (!handler.allowsOrigin(handshake)) {
        return refuse(response, callback, 403, "A WebSocket from the origin " + handshake.getHeader("Origin") + " is not allowed.");
      }
      boolean accepted = handler.acceptsSubprotocol(request.getHeaders().getValuesList(HttpHeader.SEC_WEBSOCKET_SUBPROTOCOL));
      if (accepted) {
        response.setAcceptedSubProtocol(GraphQLWebSocketHandler.SUBPROTOCOL);
      }
      return new JettyWebSocket(handler, handshake, accepted, open);
    }

    private static @Nullable Object refuse(Response response, org.eclipse.jetty.util.Callback callback, int status, String message) {
      byte[] body = JSON.write(ErrorBodies.of(message));
      response.setStatus(status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, TransportErrorHandler.JSON);
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), callback);
      return null;
    }
  }

  /** A Jetty session as the connection writes to it. */
  private record Channel(Session session) implements WebSocketChannel {
    private static final ByteBuffer NO_PAYLOAD = ByteBuffer.allocate(0);

    @Override
    public void send(String text, Consumer<@Nullable Throwable> written) {
      session.sendText(text, Callback.from(() -> written.accept(null), written::accept));
    }

    @Override
    public void ping() {
      session.sendPing(NO_PAYLOAD.duplicate(), Callback.NOOP);
    }

    @Override
    public void close(int code, String reason) {
      session.close(code, reason, Callback.NOOP);
    }

    @Override
    public void abort() {
      session.disconnect();
    }
  }
}
