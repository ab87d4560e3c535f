package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A WebSocket client over loopback with the JDK's {@code java.net.http.WebSocket}, offering the
 * {@code graphql-transport-ws} subprotocol (unless told otherwise), which records every text
 * message and the close code and reason the server sends.
 */
public final class TestWebSocket implements WebSocket.Listener {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public record Close(int code, String reason) {}

  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  private final CompletableFuture<Close> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket socket;

  private TestWebSocket(URI uri, @Nullable String subprotocol, Map<String, String> headers) {
    WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
    if (subprotocol != null) {
      builder.subprotocols(subprotocol);
    }
    headers.forEach(builder::header);
    this.socket = builder.buildAsync(uri, this).join();
  }

  public static TestWebSocket connect(InetSocketAddress address) {
    return connect(address, GraphQLWebSocketHandler.SUBPROTOCOL, Map.of());
  }

  public static TestWebSocket connect(InetSocketAddress address, @Nullable String subprotocol, Map<String, String> headers) {
    return new TestWebSocket(URI.create("ws://127.0.0.1:" + address.getPort() + "/graphql"), subprotocol, headers);
  }

  public static TestWebSocket connect(URI uri, @Nullable String subprotocol, Map<String, String> headers) {
    return new TestWebSocket(uri, subprotocol, headers);
  }

  /** A socket that has sent {@code connection_init} (with {@code payload}, if any) and been acknowledged. */
  public static TestWebSocket initialized(InetSocketAddress address) {
    TestWebSocket socket = connect(address);
    socket.send("{\"type\":\"connection_init\"}");
    assertEquals("{\"type\":\"connection_ack\"}", socket.next());
    return socket;
  }

  public String subprotocol() {
    return socket.getSubprotocol();
  }

  public void send(String text) {
    socket.sendText(text, true).join();
  }

  public void sendBinary(byte[] data) {
    socket.sendBinary(ByteBuffer.wrap(data), true).join();
  }

  public void subscribe(String id, String query) {
    send("{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":" + TextNode.valueOf(query) + "}}");
  }

  /** The next message from the server, within 10 seconds. */
  public String next() {
    try {
      String message = messages.poll(10, TimeUnit.SECONDS);
      assertNotNull(message, "a message from the server within 10 s; closed: " + closed.getNow(null));
      return message;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** The next message, with every {@code errorId} of its errors replaced by {@code "<errorId>"}. */
  public String nextWithoutErrorIds() {
    JsonNode message = TestClient.json(next());
    for (JsonNode error : message.path("payload").isArray() ? message.path("payload") : message.path("payload").path("errors")) {
      if (error.path("extensions").has("errorId")) {
        ((ObjectNode) error.path("extensions")).set("errorId", TextNode.valueOf("<errorId>"));
      }
    }
    return message.toString();
  }

  /** Whether a message arrives within {@code wait}. */
  public @Nullable String poll(Duration wait) throws InterruptedException {
    return messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The close the server sent, within 10 seconds. */
  public Close closed() {
    return closed.orTimeout(10, TimeUnit.SECONDS).join();
  }

  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      messages.add(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(new Close(statusCode, reason));
    return null;
  }

  @Override
  public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
    webSocket.request(1);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }
}
