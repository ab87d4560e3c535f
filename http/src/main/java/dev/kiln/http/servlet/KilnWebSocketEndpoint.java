package dev.kiln.http.servlet;

import dev.kiln.http.GraphQLWebSocketHandler;
import dev.kiln.http.HttpRequest;
import dev.kiln.http.WebSocketChannel;
import dev.kiln.http.WebSocketConnection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Kiln's GraphQL-over-WebSocket endpoint ({@code graphql-transport-ws}) on Jakarta WebSocket 2.1
 * and later, as {@link KilnServlet} runs it: the servlet checks each upgrade request to its path
 * (the {@code Origin}, see {@link GraphQLWebSocketHandler#allowsOrigin(HttpRequest)}) and hands it
 * to the container's {@code ServerContainer.upgradeHttpToWebSocket} with one of these endpoints,
 * which then passes what arrives to a {@link WebSocketConnection}.
 *
 * <p>The handler's bounds apply as on {@link dev.kiln.http.KilnHttpServer}, with one difference:
 * Jakarta WebSocket cannot drop a connection without a closing handshake, so a client that does not
 * read (past the outbound limit, the write timeout or the keep-alive) gets a close frame with {@code
 * 1008} and the session's idle timeout cut to one millisecond, after which the container drops the
 * connection if the client has not taken the frame. Either way the server holds nothing more for it.
 *
 * <p>Public only because the container instantiates the endpoint's class; applications have no use
 * for it, and cannot make one.
 */
public final class KilnWebSocketEndpoint extends Endpoint {
  /** What a client that does not read gets, in the close frame it may never take. */
  private static final int POLICY_VIOLATION = 1008;

  private final GraphQLWebSocketHandler handler;
  private final HttpRequest handshake;
  private volatile @Nullable WebSocketConnection connection;

  private KilnWebSocketEndpoint(GraphQLWebSocketHandler handler, HttpRequest handshake) {
    this.handler = handler;
    this.handshake = handshake;
  }

  /**
   * Upgrades {@code request} to a WebSocket whose endpoint runs {@code handshake}'s connection, through
   * the container's {@code ServerContainer}; {@code 501} if it has none. Only the servlet calls it,
   * and only with a WebSocket handler, so that a container without Jakarta WebSocket never loads
   * these classes.
   */
  static void upgrade(HttpServletRequest request, HttpServletResponse response, String path, GraphQLWebSocketHandler handler, HttpRequest handshake)
      throws IOException {
    if (!(request.getServletContext().getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container)) {
      response.sendError(501, "This servlet container has no Jakarta WebSocket (2.1 or later).");
      return;
    }
    ServerEndpointConfig config =
        ServerEndpointConfig.Builder.create(KilnWebSocketEndpoint.class, path)
            .subprotocols(List.of(GraphQLWebSocketHandler.SUBPROTOCOL))
            .configurator(new OneConnection(new KilnWebSocketEndpoint(handler, handshake)))
            .build();
    try {
      container.upgradeHttpToWebSocket(request, response, config, Map.of());
    } catch (DeploymentException notUpgraded) {
      throw new IOException("The container could not upgrade " + handshake + " to a WebSocket", notUpgraded);
    }
  }

  @Override
  public void onOpen(Session session, EndpointConfig config) {
    session.setMaxTextMessageBufferSize(handler.maxMessageBytes());
    session.setMaxBinaryMessageBufferSize(handler.maxMessageBytes());
    boolean accepted = GraphQLWebSocketHandler.SUBPROTOCOL.equals(session.getNegotiatedSubprotocol());
    WebSocketConnection opened = handler.open(handshake, accepted, new Channel(session));
    connection = opened;
    session.addMessageHandler(String.class, opened::onText);
    session.addMessageHandler(ByteBuffer.class, binary -> opened.onBinary());
    session.addMessageHandler(PongMessage.class, pong -> opened.onPong());
  }

  @Override
  public void onClose(Session session, CloseReason closeReason) {
    closed();
  }

  @Override
  public void onError(Session session, Throwable failure) {
    closed();
  }

  private void closed() {
    WebSocketConnection current = connection;
    if (current != null) {
      current.onClosed();
    }
  }

  /** Gives the container the one endpoint made for the upgrade. */
  private static final class OneConnection extends ServerEndpointConfig.Configurator {
    private final KilnWebSocketEndpoint endpoint;

    OneConnection(KilnWebSocketEndpoint endpoint) {
      this.endpoint = endpoint;
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
      return endpointClass.cast(endpoint);
    }
  }

  /** A Jakarta session as the connection writes to it. */
  private record Channel(Session session) implements WebSocketChannel {
    private static final ByteBuffer NO_PAYLOAD = ByteBuffer.allocate(0);

    @Override
    public void send(String text, Consumer<@Nullable Throwable> written) {
      session.getAsyncRemote().sendText(text, result -> written.accept(result.isOK() ? null : result.getException()));
    }

    @Override
    public void ping() {
      try {
        session.getAsyncRemote().sendPing(NO_PAYLOAD.duplicate());
      } catch (IOException clientGone) {
        throw new UncheckedIOException(clientGone);
      }
    }

    @Override
    public void close(int code, String reason) {
      try {
        session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
      } catch (IOException alreadyGone) {
        // Nothing left to close.
      }
    }

    @Override
    public void abort() {
      session.setMaxIdleTimeout(1);
      close(POLICY_VIOLATION, "The client did not read in time.");
    }
  }
}
