package dev.kiln.http;

import static dev.kiln.http.TestClient.GRAPHQL_RESPONSE_JSON;
import static dev.kiln.http.TestClient.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.http.TestClient.Response;
import dev.kiln.runtime.Kiln;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @defer} over {@link KilnHttpServer} with incremental delivery on: {@code multipart/mixed}
 * in the {@code deferSpec=20220824} format, checked byte for byte, and the whole result for clients
 * that do not ask for it; and over the WebSocket, a {@code next} message per payload.
 */
class DeferOverHttpTest {
  private static final String QUERY = "{\"query\":\"{ hello ... @defer(label: \\\"later\\\") { echo(text: \\\"deferred\\\") } }\"}";
  private static final String PART = "\r\n--graphql\r\ncontent-type: application/json; charset=utf-8\r\n\r\n";

  private static KilnHttpServer server;
  private static KilnHttpServer withoutIncrementalDelivery;
  private static TestClient client;

  @BeforeAll
  static void start() throws Exception {
    Kiln kiln = Kiln.newKiln().modules(new TestSchema()).incrementalDelivery(true).build();
    server = KilnHttpServer.newServer(kiln).host("127.0.0.1").port(0).build();
    server.start();
    client = new TestClient(server.address());
    withoutIncrementalDelivery = KilnHttpServer.newServer(TestSchema.kiln()).host("127.0.0.1").port(0).build();
    withoutIncrementalDelivery.start();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
    withoutIncrementalDelivery.stop(Duration.ZERO);
  }

  @Test
  void aClientThatAcceptsMultipartGetsTheInitialPayloadThenEachDeferredPart() {
    Response response = client.post("/graphql", QUERY).accept("multipart/mixed;deferSpec=20220824,application/graphql-response+json,application/json;q=0.9").send();

    assertEquals(200, response.status());
    assertEquals("multipart/mixed; boundary=\"graphql\"; deferSpec=20220824", response.header("Content-Type"));
    assertEquals("no-cache", response.header("Cache-Control"));
    assertEquals(
        PART
            + "{\"data\":{\"hello\":\"world\"},\"hasNext\":true}"
            + PART
            + "{\"hasNext\":false,\"incremental\":[{\"path\":[],\"label\":\"later\",\"data\":{\"echo\":\"deferred\"}}]}"
            + "\r\n--graphql--\r\n",
        response.body());
  }

  @Test
  void aQueryWithoutDeferIsAnsweredWithJsonEvenWhenMultipartIsAccepted() {
    client
        .post("/graphql", "{\"query\":\"{ hello }\"}")
        .accept("multipart/mixed;deferSpec=20220824,application/json")
        .send()
        .assertJson(200, JSON, "{\"data\":{\"hello\":\"world\"}}");
  }

  @Test
  void aClientThatAcceptsOnlyMultipartGetsAnyResultAsOnePart() {
    Response response = client.post("/graphql", "{\"query\":\"{ hello }\"}").accept("multipart/mixed").send();

    assertEquals(200, response.status());
    assertEquals(PART + "{\"data\":{\"hello\":\"world\"}}\r\n--graphql--\r\n", response.body());
  }

  @Test
  void otherClientsGetTheWholeResultAtOnce() {
    for (String accept : new String[] {"application/graphql-response+json", "*/*", "multipart/mixed;incrementalSpec=v0.2, application/json"}) {
      client
          .post("/graphql", QUERY)
          .accept(accept)
          .send()
          .assertJson(200, accept.startsWith("application/graphql") ? GRAPHQL_RESPONSE_JSON : JSON, "{\"data\":{\"hello\":\"world\",\"echo\":\"deferred\"}}");
    }
  }

  @Test
  void withoutIncrementalDeliveryMultipartIsNotOffered() {
    TestClient other = new TestClient(withoutIncrementalDelivery.address());
    other.post("/graphql", QUERY).accept("multipart/mixed;deferSpec=20220824,application/json").send()
        .assertJson(200, JSON, "{\"data\":{\"hello\":\"world\",\"echo\":\"deferred\"}}");
    assertEquals(406, other.post("/graphql", QUERY).accept("multipart/mixed;deferSpec=20220824").send().status());
  }

  @Test
  void streamIsNotImplementedByGraphqlJavaSoItIsAnUnknownDirective() {
    client
        .post("/graphql", "{\"query\":\"{ hello @stream }\"}")
        .accept("multipart/mixed;deferSpec=20220824,application/json")
        .send()
        .assertJson(
            200,
            JSON,
            "{\"errors\":[{\"message\":\"Validation error (UnknownDirective@[hello]) : Unknown directive 'stream'\",\"locations\":[{\"line\":1,\"column\":9}],\"extensions\":{\"classification\":\"ValidationError\"}}]}");
  }

  @Test
  void overTheWebSocketEachPayloadIsANextMessage() {
    TestWebSocket socket = TestWebSocket.initialized(server.address());
    try {
      socket.subscribe("d", "{ hello ... @defer(label: \"later\") { echo(text: \"deferred\") } }");

      assertEquals("{\"id\":\"d\",\"type\":\"next\",\"payload\":{\"data\":{\"hello\":\"world\"},\"hasNext\":true}}", socket.next());
      assertEquals(
          "{\"id\":\"d\",\"type\":\"next\",\"payload\":{\"hasNext\":false,\"incremental\":[{\"path\":[],\"label\":\"later\",\"data\":{\"echo\":\"deferred\"}}]}}",
          socket.next());
      assertEquals("{\"id\":\"d\",\"type\":\"complete\"}", socket.next());
    } finally {
      socket.close();
    }
  }
}
