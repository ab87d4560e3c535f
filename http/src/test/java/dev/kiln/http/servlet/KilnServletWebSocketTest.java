package dev.kiln.http.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.GraphQLHttpHandler;
import dev.kiln.http.GraphQLWebSocketHandler;
import dev.kiln.http.NodeTool;
import dev.kiln.http.RequestRejectedException;
import dev.kiln.http.TestSchema;
import dev.kiln.http.TestWebSocket;
import dev.kiln.http.TestWebSocket.Close;
import dev.kiln.runtime.Kiln;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GraphQL over WebSocket through {@link KilnServlet} and the container's Jakarta WebSocket (Jetty
 * 12, EE 10), under a context path: the real graphql-ws and Apollo clients, and the protocol's
 * close codes and bounds, as on the embedded server.
 */
class KilnServletWebSocketTest {
  private final List<ServletWebSocketServer> servers = new ArrayList<>();
  private final List<TestWebSocket> sockets = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    sockets.forEach(socket -> {
      try {
        socket.close();
      } catch (RuntimeException alreadyClosed) {
        // the test closed it, or the server did
      }
    });
    for (ServletWebSocketServer server : servers) {
      server.close();
    }
  }

  private ServletWebSocketServer serve(Kiln kiln, Consumer<GraphQLWebSocketHandler.Builder> settings) throws Exception {
    GraphQLHttpHandler handler = GraphQLHttpHandler.newHandler(kiln).contextFactory(TestSchema.viewers()).build();
    GraphQLWebSocketHandler.Builder webSocket = GraphQLWebSocketHandler.newHandler(handler);
    settings.accept(webSocket);
    ServletWebSocketServer server = ServletWebSocketServer.start("/app", handler, webSocket.build());
    servers.add(server);
    return server;
  }

  private TestWebSocket connect(ServletWebSocketServer server, String subprotocol, Map<String, String> headers) {
    TestWebSocket socket = TestWebSocket.connect(server.endpoint("ws"), subprotocol, headers);
    sockets.add(socket);
    return socket;
  }

  private TestWebSocket initialized(ServletWebSocketServer server) {
    TestWebSocket socket = connect(server, GraphQLWebSocketHandler.SUBPROTOCOL, Map.of());
    socket.send("{\"type\":\"connection_init\"}");
    assertEquals("{\"type\":\"connection_ack\"}", socket.next());
    return socket;
  }

  @Test
  void graphqlWsAndApolloClientSpeakToTheServlet() throws Exception {
    Kiln kiln = Kiln.newKiln().modules(new TestSchema()).incrementalDelivery(true).build();
    ServletWebSocketServer server =
        serve(
            kiln,
            ws ->
                ws.contextFactory(
                    (handshake, payload) -> {
                      if ("expired".equals(payload.get("token"))) {
                        throw new RequestRejectedException(403, "The access token has expired.");
                      }
                      return null;
                    }));

    NodeTool.Result run = NodeTool.run("graphql-ws.mjs", server.endpoint("http").toString());

    assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
    assertEquals(
        List.of(
            "ok graphql-ws: a subscription receives each event, then completes",
            "ok graphql-ws: a query and a mutation over the socket",
            "ok graphql-ws: a document that does not validate is an error",
            "ok graphql-ws: a refused connection_init closes with 4403",
            "ok graphql-ws: a page of another origin is refused at the handshake",
            "ok protocol: a duplicate id closes with 4409",
            "ok Apollo Client: GraphQLWsLink runs a subscription",
            "ok Apollo Client: HttpLink reads @defer over multipart/mixed with Defer20220824Handler"),
        run.stdout().lines().toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not JSON               | not json                                                         | 4400 | Invalid message received: The message is not valid JSON (line 1, column 5).
          subscribe before ack   | {"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}     | 4401 | Unauthorized
          a second init          | {"type":"connection_init"}                                       | 4429 | Too many initialisation requests
          """)
  void aProtocolViolationClosesWithItsCode(String violation, String message, int code, String reason) throws Exception {
    ServletWebSocketServer server = serve(TestSchema.kiln(), settings -> {});
    TestWebSocket socket = violation.equals("subscribe before ack") ? connect(server, GraphQLWebSocketHandler.SUBPROTOCOL, Map.of()) : initialized(server);

    socket.send(message);

    assertEquals(new Close(code, reason), socket.closed());
  }

  @Test
  void aSubscriptionAndAQueryRunAndADuplicateIdIs4409() throws Exception {
    TestWebSocket socket = initialized(serve(TestSchema.kiln(), settings -> {}));
    socket.subscribe("c", "subscription { countdown(from: 2) }");
    assertEquals("{\"id\":\"c\",\"type\":\"next\",\"payload\":{\"data\":{\"countdown\":2}}}", socket.next());
    assertEquals("{\"id\":\"c\",\"type\":\"next\",\"payload\":{\"data\":{\"countdown\":1}}}", socket.next());
    assertEquals("{\"id\":\"c\",\"type\":\"complete\"}", socket.next());
    socket.subscribe("q", "{ hello }");
    assertEquals("{\"id\":\"q\",\"type\":\"next\",\"payload\":{\"data\":{\"hello\":\"world\"}}}", socket.next());
    assertEquals("{\"id\":\"q\",\"type\":\"complete\"}", socket.next());

    socket.subscribe("i", "subscription { idle }");
    socket.subscribe("i", "{ hello }");

    assertEquals(new Close(4409, "Subscriber for i already exists"), socket.closed());
  }

  @Test
  void noConnectionInitWithinTheTimeoutIs4408() throws Exception {
    TestWebSocket socket = connect(serve(TestSchema.kiln(), settings -> settings.connectionInitTimeout(Duration.ofMillis(300))), GraphQLWebSocketHandler.SUBPROTOCOL, Map.of());
    assertEquals(new Close(4408, "Connection initialisation timeout"), socket.closed());
  }

  @Test
  void aBinaryMessageIs4400() throws Exception {
    TestWebSocket socket = initialized(serve(TestSchema.kiln(), settings -> {}));
    socket.sendBinary(new byte[] {'{', '}'});
    assertEquals(new Close(4400, "Invalid message received: the protocol's messages are text."), socket.closed());
  }

  @Test
  void aClientWithoutTheSubprotocolIs4406() throws Exception {
    TestWebSocket old = connect(serve(TestSchema.kiln(), settings -> {}), "graphql-ws", Map.of());
    assertEquals(new Close(4406, "Subprotocol not acceptable"), old.closed());
  }

  @Test
  void aMessageOverTheSizeLimitIs1009() throws Exception {
    TestWebSocket socket = initialized(serve(TestSchema.kiln(), settings -> settings.maxMessageBytes(2048)));
    socket.subscribe("1", "{ echo(text: \"" + "x".repeat(4096) + "\") }");
    assertEquals(1009, socket.closed().code());
  }

  @Test
  void operationsOverTheLimitAreRefusedWithAnErrorMessage() throws Exception {
    TestWebSocket socket = initialized(serve(TestSchema.kiln(), settings -> settings.maxOperations(1)));
    socket.subscribe("1", "subscription { idle }");
    socket.subscribe("2", "{ hello }");
    assertEquals(
        "{\"id\":\"2\",\"type\":\"error\",\"payload\":[{\"message\":\"The connection has 1 operations running; the limit (maxOperations) is 1.\",\"extensions\":{\"classification\":\"QUERY_LIMIT\",\"limit\":\"maxOperations\",\"max\":1}}]}",
        socket.next());
  }

  @Test
  void theHandshakeHeadersMakeTheViewerAndARefusalIs4403() throws Exception {
    ServletWebSocketServer server = serve(TestSchema.kiln(), settings -> {});
    TestWebSocket ada = connect(server, GraphQLWebSocketHandler.SUBPROTOCOL, Map.of("Authorization", "Bearer ada"));
    ada.send("{\"type\":\"connection_init\"}");
    assertEquals("{\"type\":\"connection_ack\"}", ada.next());
    ada.subscribe("1", "{ viewer }");
    assertEquals("{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"viewer\":\"ada\"}}}", ada.next());

    TestWebSocket expired = connect(server, GraphQLWebSocketHandler.SUBPROTOCOL, Map.of("Authorization", "Bearer expired"));
    expired.send("{\"type\":\"connection_init\"}");
    assertEquals(new Close(4403, "The access token has expired."), expired.closed());
  }

  @Test
  void aHandshakeFromAnotherOriginIs403AndAllowedOnesOpen() throws Exception {
    ServletWebSocketServer server = serve(TestSchema.kiln(), settings -> settings.allowedOrigins(List.of("https://app.example.com")));

    CompletionException refused =
        assertThrows(
            CompletionException.class,
            () -> connect(server, GraphQLWebSocketHandler.SUBPROTOCOL, Map.of("Origin", "https://evil.example")));
    WebSocketHandshakeException handshake = (WebSocketHandshakeException) refused.getCause();
    assertEquals(403, handshake.getResponse().statusCode());
    assertEquals(
        "{\"errors\":[{\"message\":\"A WebSocket from the origin https://evil.example is not allowed.\"}]}", handshake.getResponse().body());

    for (String origin : List.of("https://app.example.com", "http://127.0.0.1:" + server.address().getPort())) {
      TestWebSocket socket = connect(server, GraphQLWebSocketHandler.SUBPROTOCOL, Map.of("Origin", origin));
      socket.send("{\"type\":\"connection_init\"}");
      assertEquals("{\"type\":\"connection_ack\"}", socket.next(), origin);
    }
  }

  @Test
  void plainHttpStillAnswersAtTheSamePath() throws Exception {
    ServletWebSocketServer server = serve(TestSchema.kiln(), settings -> {});
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(server.endpoint("http"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ hello }\"}"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals("{\"data\":{\"hello\":\"world\"}}", response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/graphql-response+json"));
  }
}
