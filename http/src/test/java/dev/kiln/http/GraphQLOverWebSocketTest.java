package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.TestWebSocket.Close;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.OperationPolicy;
import dev.kiln.runtime.PersistedOperations;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GraphQL over WebSocket ({@code graphql-transport-ws}) on {@link KilnHttpServer}, over real
 * loopback sockets with the JDK's WebSocket client: every message and every close code the
 * protocol names, compared whole.
 */
class GraphQLOverWebSocketTest {
  private final TestSchema schema = new TestSchema();
  private final List<KilnHttpServer> servers = new ArrayList<>();
  private final List<TestWebSocket> sockets = new ArrayList<>();

  @AfterEach
  void stop() {
    sockets.forEach(socket -> {
      try {
        socket.close();
      } catch (RuntimeException alreadyClosed) {
        // the test closed it, or the server did
      }
    });
    servers.forEach(server -> server.stop(Duration.ZERO));
  }

  private KilnHttpServer serve(Kiln kiln, Consumer<GraphQLWebSocketHandler.Builder> settings) throws Exception {
    KilnHttpServer server =
        KilnHttpServer.newServer(kiln).host("127.0.0.1").port(0).contextFactory(TestSchema.viewers()).webSocket(settings).build();
    server.start();
    servers.add(server);
    return server;
  }

  private KilnHttpServer serve() throws Exception {
    return serve(TestSchema.kiln(schema), settings -> {});
  }

  private TestWebSocket initialized(KilnHttpServer server) {
    TestWebSocket socket = TestWebSocket.initialized(server.address());
    sockets.add(socket);
    return socket;
  }

  private TestWebSocket connect(KilnHttpServer server) {
    TestWebSocket socket = TestWebSocket.connect(server.address());
    sockets.add(socket);
    return socket;
  }

  @Test
  void aSubscriptionSendsANextMessagePerEventThenComplete() throws Exception {
    TestWebSocket socket = initialized(serve());
    assertEquals("graphql-transport-ws", socket.subprotocol());

    socket.subscribe("1", "subscription { countdown(from: 3) }");

    assertEquals("{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"countdown\":3}}}", socket.next());
    assertEquals("{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"countdown\":2}}}", socket.next());
    assertEquals("{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"countdown\":1}}}", socket.next());
    assertEquals("{\"id\":\"1\",\"type\":\"complete\"}", socket.next());
  }

  @Test
  void aQueryAndAMutationSendOneNextThenComplete() throws Exception {
    TestWebSocket socket = initialized(serve());

    socket.subscribe("q", "{ hello echo(text: \"over a socket\") }");
    assertEquals("{\"id\":\"q\",\"type\":\"next\",\"payload\":{\"data\":{\"hello\":\"world\",\"echo\":\"over a socket\"}}}", socket.next());
    assertEquals("{\"id\":\"q\",\"type\":\"complete\"}", socket.next());

    socket.subscribe("m", "mutation { increment }");
    assertEquals("{\"id\":\"m\",\"type\":\"next\",\"payload\":{\"data\":{\"increment\":1}}}", socket.next());
    assertEquals("{\"id\":\"m\",\"type\":\"complete\"}", socket.next());
  }

  @Test
  void aDocumentThatDoesNotValidateIsAnErrorMessageAndTheIdCanBeUsedAgain() throws Exception {
    TestWebSocket socket = initialized(serve());

    socket.subscribe("1", "{ nope }");
    assertEquals(
        "{\"id\":\"1\",\"type\":\"error\",\"payload\":[{\"message\":\"Validation error (FieldUndefined@[nope]) : Field 'nope' in type 'Query' is undefined\",\"locations\":[{\"line\":1,\"column\":3}],\"extensions\":{\"classification\":\"ValidationError\"}}]}",
        socket.next());

    socket.subscribe("1", "{ hello }");
    assertEquals("{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"hello\":\"world\"}}}", socket.next());
    assertEquals("{\"id\":\"1\",\"type\":\"complete\"}", socket.next());
  }

  @Test
  void failuresAreMaskedAsOverHttp() throws Exception {
    TestWebSocket socket = initialized(serve());

    socket.subscribe("1", "{ fail }");
    String failed = socket.next();
    assertEquals(
        "{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"errors\":[{\"message\":\"Internal error\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"fail\"],\"extensions\":{\"errorId\":\"<errorId>\",\"classification\":\"INTERNAL_ERROR\"}}],\"data\":{\"fail\":null}}}",
        TestClient.json(failed).toString().replaceAll("\"errorId\":\"[^\"]+\"", "\"errorId\":\"<errorId>\""));
    assertEquals("{\"id\":\"1\",\"type\":\"complete\"}", socket.next());

    socket.subscribe("2", "subscription { broken }");
    assertEquals("{\"id\":\"2\",\"type\":\"next\",\"payload\":{\"data\":{\"broken\":1}}}", socket.next());
    assertEquals(
        "{\"id\":\"2\",\"type\":\"error\",\"payload\":[{\"message\":\"Internal error\",\"extensions\":{\"errorId\":\"<errorId>\"}}]}",
        socket.nextWithoutErrorIds());
    assertTrue(!failed.contains(TestSchema.SECRET));
  }

  @Test
  void kilnsLimitsAndPersistedOperationPolicyApplyAsOverHttp() throws Exception {
    String allowed = "query Hello { hello }";
    Kiln kiln =
        Kiln.newKiln()
            .modules(schema)
            .maxDepth(2)
            .persistedOperations(PersistedOperations.of(List.of(allowed, "{ echo(text: \"a\") }")))
            .operationPolicy(OperationPolicy.PERSISTED_ONLY)
            .build();
    KilnHttpServer server = serve(kiln, settings -> {});
    TestClient http = new TestClient(server.address());
    TestWebSocket socket = initialized(server);

    for (String query : List.of("{ viewer }", "{ hello }")) {
      socket.subscribe("1", query);
      String overHttp = http.post("/graphql", "{\"query\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(query) + "}").send().body();
      assertEquals(
          "{\"id\":\"1\",\"type\":\"error\",\"payload\":" + TestClient.json(overHttp).get("errors") + "}", socket.next(), query);
    }
    socket.send("{\"id\":\"2\",\"type\":\"subscribe\",\"payload\":{\"query\":\"\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + PersistedOperations.sha256(allowed) + "\"}}}}");
    assertEquals("{\"id\":\"2\",\"type\":\"next\",\"payload\":{\"data\":{\"hello\":\"world\"}}}", socket.next());
    assertEquals("{\"id\":\"2\",\"type\":\"complete\"}", socket.next());
  }

  @Test
  void theConnectionInitPayloadMakesTheViewerOfEveryOperation() throws Exception {
    KilnHttpServer server =
        serve(
            TestSchema.kiln(schema),
            settings ->
                settings.contextFactory(
                    (handshake, payload) -> {
                      if ("expired".equals(payload.get("token"))) {
                        throw new RequestRejectedException(403, "The access token has expired.");
                      }
                      if ("crash".equals(payload.get("token"))) {
                        throw new IllegalStateException("Session store down: " + TestSchema.SECRET);
                      }
                      return new TestSchema.Viewer(String.valueOf(payload.get("token")));
                    }));
    TestWebSocket ada = connect(server);
    ada.send("{\"type\":\"connection_init\",\"payload\":{\"token\":\"ada\"}}");
    assertEquals("{\"type\":\"connection_ack\"}", ada.next());
    ada.subscribe("1", "{ viewer }");
    assertEquals("{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"viewer\":\"ada\"}}}", ada.next());

    TestWebSocket expired = connect(server);
    expired.send("{\"type\":\"connection_init\",\"payload\":{\"token\":\"expired\"}}");
    assertEquals(new Close(4403, "The access token has expired."), expired.closed());

    TestWebSocket crash = connect(server);
    crash.send("{\"type\":\"connection_init\",\"payload\":{\"token\":\"crash\"}}");
    Close masked = crash.closed();
    assertEquals(4500, masked.code());
    assertTrue(masked.reason().matches("Internal error \\(errorId [0-9a-f-]{36}\\)"), masked.reason());
  }

  @Test
  void byDefaultTheHttpContextFactoryReadsTheHandshakeAndItsRefusalIs4403() throws Exception {
    KilnHttpServer server = serve();
    TestWebSocket ada = TestWebSocket.connect(server.address(), GraphQLWebSocketHandler.SUBPROTOCOL, Map.of("Authorization", "Bearer ada"));
    sockets.add(ada);
    ada.send("{\"type\":\"connection_init\"}");
    assertEquals("{\"type\":\"connection_ack\"}", ada.next());
    ada.subscribe("1", "{ viewer }");
    assertEquals("{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"viewer\":\"ada\"}}}", ada.next());

    TestWebSocket expired = TestWebSocket.connect(server.address(), GraphQLWebSocketHandler.SUBPROTOCOL, Map.of("Authorization", "Bearer expired"));
    sockets.add(expired);
    expired.send("{\"type\":\"connection_init\"}");
    assertEquals(new Close(4403, "The access token has expired."), expired.closed());
  }

  @Test
  void subscribeBeforeTheAcknowledgementIs4401() throws Exception {
    TestWebSocket socket = connect(serve());
    socket.subscribe("1", "{ hello }");
    assertEquals(new Close(4401, "Unauthorized"), socket.closed());
  }

  @Test
  void aSecondConnectionInitIs4429() throws Exception {
    TestWebSocket socket = initialized(serve());
    socket.send("{\"type\":\"connection_init\"}");
    assertEquals(new Close(4429, "Too many initialisation requests"), socket.closed());
  }

  @Test
  void noConnectionInitWithinTheTimeoutIs4408() throws Exception {
    TestWebSocket socket = connect(serve(TestSchema.kiln(schema), settings -> settings.connectionInitTimeout(Duration.ofMillis(300))));
    assertEquals(new Close(4408, "Connection initialisation timeout"), socket.closed());
  }

  @Test
  void anIdAlreadyRunningIs4409AndStopsTheConnectionsOperations() throws Exception {
    TestWebSocket socket = initialized(serve());
    socket.subscribe("sub", "subscription { idle }");
    assertTrue(schema.idle.subscribed.await(5, TimeUnit.SECONDS));

    socket.subscribe("sub", "{ hello }");

    assertEquals(new Close(4409, "Subscriber for sub already exists"), socket.closed());
    assertTrue(schema.idle.cancelled.await(5, TimeUnit.SECONDS), "the running subscription is cancelled");
  }

  @Test
  void invalidMessagesAre4400() throws Exception {
    KilnHttpServer server = serve();
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("not json", "Invalid message received: The message is not valid JSON (line 1, column 5).");
    expected.put("[]", "Invalid message received: a message is a JSON object with a \"type\" string.");
    expected.put("{\"type\":\"hello\"}", "Invalid message received: a client does not send messages of type \"hello\".");
    expected.put("{\"type\":\"next\",\"id\":\"1\",\"payload\":{}}", "Invalid message received: a client does not send messages of type \"next\".");
    expected.put("{\"type\":\"connection_init\",\"payload\":[1]}", "Invalid message received: the \"payload\" of \"connection_init\" must be an object.");
    expected.put("{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ hello }\"}}", "Invalid message received: \"subscribe\" needs a non-empty \"id\" string.");
    expected.put("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{}}", "Invalid message received: The \"query\" parameter is required.");
    expected.put("{\"type\":\"complete\",\"id\":7}", "Invalid message received: \"complete\" needs a non-empty \"id\" string.");
    for (Map.Entry<String, String> message : expected.entrySet()) {
      TestWebSocket socket = initialized(server);
      socket.send(message.getKey());
      assertEquals(new Close(4400, message.getValue()), socket.closed(), message.getKey());
    }
  }

  @Test
  void aBinaryMessageIs4400() throws Exception {
    TestWebSocket socket = initialized(serve());
    socket.sendBinary(new byte[] {'{', '}'});
    assertEquals(new Close(4400, "Invalid message received: the protocol's messages are text."), socket.closed());
  }

  @Test
  void aClientWithoutTheSubprotocolIs4406() throws Exception {
    KilnHttpServer server = serve();
    TestWebSocket old = TestWebSocket.connect(server.address(), "graphql-ws", Map.of());
    sockets.add(old);
    assertEquals(new Close(4406, "Subprotocol not acceptable"), old.closed());
  }

  @Test
  void aHandshakeFromAnotherOriginIs403AndAllowedOnesOpen() throws Exception {
    KilnHttpServer server = serve(TestSchema.kiln(schema), settings -> settings.allowedOrigins(List.of("https://app.example.com")));
    int port = server.address().getPort();

    CompletionException refused =
        assertThrows(
            CompletionException.class,
            () -> TestWebSocket.connect(server.address(), GraphQLWebSocketHandler.SUBPROTOCOL, Map.of("Origin", "https://evil.example")));
    WebSocketHandshakeException handshake = (WebSocketHandshakeException) refused.getCause();
    assertEquals(403, handshake.getResponse().statusCode());
    assertEquals(
        "{\"errors\":[{\"message\":\"A WebSocket from the origin https://evil.example is not allowed.\"}]}", handshake.getResponse().body());

    for (String origin : List.of("https://app.example.com", "http://127.0.0.1:" + port)) {
      TestWebSocket socket = TestWebSocket.connect(server.address(), GraphQLWebSocketHandler.SUBPROTOCOL, Map.of("Origin", origin));
      sockets.add(socket);
      socket.send("{\"type\":\"connection_init\"}");
      assertEquals("{\"type\":\"connection_ack\"}", socket.next(), origin);
    }
  }

  @Test
  void pingIsAnsweredWithPongAndItsPayload() throws Exception {
    TestWebSocket socket = connect(serve());
    socket.send("{\"type\":\"ping\",\"payload\":{\"at\":1}}");
    assertEquals("{\"type\":\"pong\",\"payload\":{\"at\":1}}", socket.next());
  }

  @Test
  void theClientsCompleteStopsTheSubscription() throws Exception {
    TestWebSocket socket = initialized(serve());
    socket.subscribe("t", "subscription { ticks }");
    assertEquals("{\"id\":\"t\",\"type\":\"next\",\"payload\":{\"data\":{\"ticks\":1}}}", socket.next());

    socket.send("{\"id\":\"t\",\"type\":\"complete\"}");

    assertTrue(schema.ticks.cancelled.await(5, TimeUnit.SECONDS));
    String late;
    while ((late = socket.poll(Duration.ofMillis(200))) != null) {
      assertTrue(late.startsWith("{\"id\":\"t\",\"type\":\"next\""), "only events already on their way: " + late);
    }
    socket.subscribe("t", "{ hello }");
    assertEquals("{\"id\":\"t\",\"type\":\"next\",\"payload\":{\"data\":{\"hello\":\"world\"}}}", socket.next());
  }

  @Test
  void operationsOverTheLimitAreRefusedWithAnErrorMessage() throws Exception {
    TestWebSocket socket = initialized(serve(TestSchema.kiln(schema), settings -> settings.maxOperations(1)));
    socket.subscribe("1", "subscription { idle }");
    socket.subscribe("2", "{ hello }");
    assertEquals(
        "{\"id\":\"2\",\"type\":\"error\",\"payload\":[{\"message\":\"The connection has 1 operations running; the limit (maxOperations) is 1.\",\"extensions\":{\"classification\":\"QUERY_LIMIT\",\"limit\":\"maxOperations\",\"max\":1}}]}",
        socket.next());
    socket.send("{\"id\":\"1\",\"type\":\"complete\"}");
    socket.subscribe("2", "{ hello }");
    assertEquals("{\"id\":\"2\",\"type\":\"next\",\"payload\":{\"data\":{\"hello\":\"world\"}}}", socket.next());
  }

  @Test
  void aMessageOverTheSizeLimitIs1009() throws Exception {
    TestWebSocket socket = initialized(serve(TestSchema.kiln(schema), settings -> settings.maxMessageBytes(2048)));
    socket.subscribe("1", "{ echo(text: \"" + "x".repeat(4096) + "\") }");
    assertEquals(1009, socket.closed().code());
  }

  @Test
  void stoppingTheServerClosesSocketsWith1001() throws Exception {
    KilnHttpServer server = serve();
    TestWebSocket socket = initialized(server);
    socket.subscribe("1", "subscription { idle }");
    assertTrue(schema.idle.subscribed.await(5, TimeUnit.SECONDS));

    server.stop(Duration.ofSeconds(1));

    assertEquals(new Close(1001, "The server is shutting down."), socket.closed());
    assertTrue(schema.idle.cancelled.await(5, TimeUnit.SECONDS));
  }

  @Test
  void webSocketCanBeTurnedOff() throws Exception {
    KilnHttpServer server = KilnHttpServer.newServer(TestSchema.kiln(schema)).host("127.0.0.1").port(0).webSocket(false).build();
    server.start();
    servers.add(server);
    CompletionException refused = assertThrows(CompletionException.class, () -> TestWebSocket.connect(server.address()));
    assertTrue(refused.getCause() instanceof WebSocketHandshakeException, String.valueOf(refused.getCause()));
    assertNull(null);
  }
}
