package dev.kiln.http;

import static dev.kiln.http.TestClient.EVENT_STREAM;
import static dev.kiln.http.TestClient.GRAPHQL_RESPONSE_JSON;
import static dev.kiln.http.TestClient.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.TestClient.Streaming;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions over Server-Sent Events in the graphql-sse protocol's distinct connections mode, on
 * {@link KilnHttpServer}: the whole event stream is compared, byte for byte.
 */
class SubscriptionOverSseTest {
  private static final TestSchema schema = new TestSchema();
  private static KilnHttpServer server;
  private static TestClient client;

  @BeforeAll
  static void start() throws Exception {
    server =
        KilnHttpServer.newServer(TestSchema.kiln(schema))
            .host("127.0.0.1")
            .port(0)
            .contextFactory(TestSchema.viewers())
            .build();
    server.start();
    client = new TestClient(server.address());
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  @Test
  void aSubscriptionStreamsANextEventPerResultThenComplete() {
    Streaming response =
        client.post("/graphql", "{\"query\":\"subscription { countdown(from: 3) }\"}").accept("text/event-stream").stream();

    assertEquals(200, response.status());
    assertEquals(EVENT_STREAM, response.header("Content-Type"));
    assertEquals("no-cache", response.header("Cache-Control"));
    assertEquals(
        ":\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":3}}\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":2}}\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":1}}\n\n"
            + "event: complete\ndata:\n\n",
        response.readAll());
  }

  @Test
  void anEventSourceCanSubscribeWithGet() {
    Streaming response =
        client.get("/graphql", "query", "subscription ($n: Int!) { countdown(from: $n) }", "variables", "{\"n\":3}")
            .accept("text/event-stream")
            .stream();

    assertEquals(200, response.status());
    assertEquals(
        ":\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":3}}\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":2}}\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":1}}\n\n"
            + "event: complete\ndata:\n\n",
        response.readAll());
  }

  @Test
  void aClientThatAcceptsJsonAndEventStreamsGetsTheStreamForASubscriptionAndJsonForAQuery() {
    String accept = "application/graphql-response+json, application/json;q=0.9, text/event-stream;q=0.8";

    Streaming subscription = client.post("/graphql", "{\"query\":\"subscription { countdown(from: 1) }\"}").accept(accept).stream();
    assertEquals(EVENT_STREAM, subscription.header("Content-Type"));
    assertEquals(":\n\nevent: next\ndata: {\"data\":{\"countdown\":1}}\n\nevent: complete\ndata:\n\n", subscription.readAll());

    client.post("/graphql", "{\"query\":\"{ hello }\"}").accept(accept).send().assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"hello\":\"world\"}}");
  }

  @Test
  void aQueryFromAClientThatAcceptsOnlyEventStreamsIsOneNextEvent() {
    Streaming response = client.post("/graphql", "{\"query\":\"{ hello }\"}").accept("text/event-stream").stream();

    assertEquals(200, response.status());
    assertEquals(":\n\nevent: next\ndata: {\"data\":{\"hello\":\"world\"}}\n\nevent: complete\ndata:\n\n", response.readAll());
  }

  @Test
  void aSubscriptionThatDoesNotValidateIsReportedInTheStream() {
    Streaming response = client.post("/graphql", "{\"query\":\"subscription { nope }\"}").accept("text/event-stream").stream();

    assertEquals(200, response.status());
    assertEquals(
        ":\n\n"
            + "event: next\ndata: {\"errors\":[{\"message\":\"Validation error (FieldUndefined@[nope]) : Field 'nope' in type 'Subscription' is undefined\","
            + "\"locations\":[{\"line\":1,\"column\":16}],\"extensions\":{\"classification\":\"ValidationError\"}}]}\n\n"
            + "event: complete\ndata:\n\n",
        response.readAll());
  }

  @Test
  void aMalformedRequestForAnEventStreamIs400WithJson() {
    client.post("/graphql", "{\"qeury\":\"subscription { idle }\"}")
        .accept("text/event-stream")
        .send()
        .assertJson(400, JSON, "{\"errors\":[{\"message\":\"The \\\"query\\\" parameter is required.\"}]}");
  }

  @Test
  void aSubscriptionFromAClientThatDoesNotAcceptEventStreamsIs406() {
    client.post("/graphql", "{\"query\":\"subscription { countdown(from: 3) }\"}")
        .accept("application/graphql-response+json")
        .send()
        .assertJson(
            406,
            GRAPHQL_RESPONSE_JSON,
            "{\"errors\":[{\"message\":\"A subscription streams its results as text/event-stream, which the Accept header does not allow.\"}]}");
  }

  @Test
  void aFailingSourceEndsTheStreamWithAMaskedError() {
    Streaming response = client.post("/graphql", "{\"query\":\"subscription { broken }\"}").accept("text/event-stream").stream();

    String events = response.readAll();

    assertTrue(events.startsWith(":\n\nevent: next\ndata: {\"data\":{\"broken\":1}}\n\nevent: next\ndata: {\"errors\":[{\"message\":\"Internal error\",\"extensions\":{\"errorId\":\""), events);
    assertTrue(events.endsWith("\"}}]}\n\nevent: complete\ndata:\n\n"), events);
    assertFalse(events.contains("hunter2"), events);
  }

  @Test
  void aClientThatGoesAwayCancelsTheSubscription() throws Exception {
    Streaming response = client.post("/graphql", "{\"query\":\"subscription { ticks }\"}").accept("text/event-stream").stream();
    InputStream events = response.body();
    String firstEvents = readUntil(events, "data: {\"data\":{\"ticks\":2}}\n\n");

    events.close();

    assertTrue(firstEvents.contains("data: {\"data\":{\"ticks\":1}}"), firstEvents);
    assertTrue(schema.ticks.cancelled.await(5, TimeUnit.SECONDS), "the source was cancelled");
  }

  @Test
  void anIdleStreamSendsKeepAliveComments() throws Exception {
    TestSchema quiet = new TestSchema();
    KilnHttpServer keepingAlive =
        KilnHttpServer.newServer(TestSchema.kiln(quiet)).host("127.0.0.1").port(0).keepAlive(Duration.ofMillis(50)).build();
    keepingAlive.start();
    try {
      Streaming response =
          new TestClient(keepingAlive.address())
              .post("/graphql", "{\"query\":\"subscription { idle }\"}")
              .accept("text/event-stream")
              .stream();
      InputStream events = response.body();

      String received = readUntil(events, ":\n\n:\n\n:\n\n");

      events.close();
      assertEquals(":\n\n:\n\n:\n\n", received);
      assertTrue(quiet.idle.cancelled.await(5, TimeUnit.SECONDS), "the source was cancelled");
    } finally {
      keepingAlive.stop(Duration.ZERO);
    }
  }

  /** Reads {@code in} until what was read ends with {@code end}. */
  private static String readUntil(InputStream in, String end) throws IOException {
    StringBuilder read = new StringBuilder();
    byte[] buffer = new byte[256];
    while (!read.toString().endsWith(end)) {
      int count = in.read(buffer);
      if (count < 0) {
        break;
      }
      read.append(new String(buffer, 0, count, StandardCharsets.UTF_8));
    }
    return read.toString();
  }
}
