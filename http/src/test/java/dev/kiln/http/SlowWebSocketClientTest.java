package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.servlet.ServletWebSocketServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * WebSocket clients that never read what the server sends, over raw loopback sockets: the server
 * drops them instead of buffering their messages, and its heap does not grow with what they asked;
 * on the embedded server and through the servlet adapter's Jakarta WebSocket.
 */
class SlowWebSocketClientTest {
  private final TestSchema schema = new TestSchema();
  private KilnHttpServer server;
  private ServletWebSocketServer servlet;

  /** The embedded server, and the servlet adapter through the container's Jakarta WebSocket. */
  enum Transport {
    EMBEDDED,
    SERVLET
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.stop(Duration.ZERO);
    }
    if (servlet != null) {
      servlet.close();
    }
  }

  private InetSocketAddress serve(Transport transport, Consumer<GraphQLWebSocketHandler.Builder> settings) throws Exception {
    if (transport == Transport.EMBEDDED) {
      server = KilnHttpServer.newServer(TestSchema.kiln(schema)).host("127.0.0.1").port(0).webSocket(settings).build();
      server.start();
      return server.address();
    }
    GraphQLHttpHandler handler = GraphQLHttpHandler.newHandler(TestSchema.kiln(schema)).build();
    GraphQLWebSocketHandler.Builder webSocket = GraphQLWebSocketHandler.newHandler(handler);
    settings.accept(webSocket);
    servlet = ServletWebSocketServer.start("", handler, webSocket.build());
    return servlet.address();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aClientThatAsksForMoreThanItReadsIsDroppedAtTheOutboundLimit(Transport transport) throws Exception {
    InetSocketAddress address = serve(transport, ws -> ws.maxOutboundBytes(1024 * 1024).keepAlive(Duration.ZERO));
    long heapBefore = usedHeapAfterGc();
    String text = "x".repeat(64 * 1024);
    int requests = 400; // 400 results of 64 KiB: 25 MiB, far more than the socket buffers hold

    try (Socket socket = handshake(address)) {
      OutputStream out = socket.getOutputStream();
      sendText(out, "{\"type\":\"connection_init\"}");
      boolean refused = false;
      int sent = 0;
      try {
        for (; sent < requests; sent++) {
          sendText(out, "{\"id\":\"" + sent + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ echo(text: \\\"" + text + "\\\") }\"}}");
        }
      } catch (SocketException dropped) {
        refused = true; // the server closed the connection while the client was still sending
      }
      long heapWhileHeld = usedHeapAfterGc();
      long read = readUntilClosed(socket.getInputStream());

      assertTrue(refused || sent == requests);
      assertTrue(read < requests * (long) text.length() / 4, "the client got only what the socket buffers held: " + read + " bytes");
      assertTrue(
          heapWhileHeld - heapBefore < 16L * 1024 * 1024,
          "the heap grew by " + (heapWhileHeld - heapBefore) + " bytes for a client that asked for 25 MiB");
      System.out.println(transport + ": heap grew by " + (heapWhileHeld - heapBefore) + " bytes; the client read " + read + " bytes of 25 MiB asked");
    }
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aSubscriberThatNeverReadsIsDroppedByTheKeepAliveAndItsSourceCancelled(Transport transport) throws Exception {
    InetSocketAddress address = serve(transport, ws -> ws.keepAlive(Duration.ofMillis(300)));
    try (Socket socket = handshake(address)) {
      OutputStream out = socket.getOutputStream();
      sendText(out, "{\"type\":\"connection_init\"}");
      sendText(out, "{\"id\":\"t\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { ticks }\"}}");
      assertTrue(schema.ticks.subscribed.await(5, TimeUnit.SECONDS));

      assertTrue(schema.ticks.cancelled.await(5, TimeUnit.SECONDS), "the subscription is cancelled when its client is dropped");
      readUntilClosed(socket.getInputStream());
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** A socket whose WebSocket handshake has been answered {@code 101}, with a small receive buffer. */
  private static Socket handshake(InetSocketAddress address) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(4096);
    socket.connect(new InetSocketAddress("127.0.0.1", address.getPort()), 5000);
    socket.setSoTimeout(10_000);
    byte[] nonce = new byte[16];
    ThreadLocalRandom.current().nextBytes(nonce);
    String request =
        "GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + address.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n"
            + "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n";
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("The server closed the connection during the handshake: " + head);
      }
      head.write(b);
    }
    assertTrue(head.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101 "), head.toString(StandardCharsets.US_ASCII));
    return socket;
  }

  /** One masked text frame, as a client sends it (RFC 6455, 5.2). */
  private static void sendText(OutputStream out, String text) throws IOException {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
    frame.write(0x81);
    if (payload.length < 126) {
      frame.write(0x80 | payload.length);
    } else if (payload.length < 65536) {
      frame.write(0x80 | 126);
      frame.write(payload.length >>> 8);
      frame.write(payload.length & 0xff);
    } else {
      frame.write(0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) payload.length >>> shift) & 0xff);
      }
    }
    byte[] mask = new byte[4];
    ThreadLocalRandom.current().nextBytes(mask);
    frame.write(mask);
    for (int i = 0; i < payload.length; i++) {
      frame.write(payload[i] ^ mask[i % 4]);
    }
    out.write(frame.toByteArray());
    out.flush();
  }

  /** Reads until the server has closed the connection, within 10 seconds; returns the bytes read. */
  private static long readUntilClosed(InputStream in) throws IOException {
    byte[] buffer = new byte[65536];
    long total = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        total += read;
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the server kept the connection open past 10 s, " + total + " bytes read");
        }
      }
    } catch (SocketTimeoutException stillOpen) {
      throw new AssertionError("the server kept the connection open, " + total + " bytes read", stillOpen);
    } catch (SocketException reset) {
      // dropped without a closing handshake: what a client that does not read gets
    }
    return total;
  }
}
