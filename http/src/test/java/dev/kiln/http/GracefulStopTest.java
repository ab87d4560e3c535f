package dev.kiln.http;

import static dev.kiln.http.TestClient.GRAPHQL_RESPONSE_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.TestClient.Response;
import dev.kiln.http.TestClient.Streaming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link KilnHttpServer#stop(Duration)} lets requests in progress finish, and no more than that. */
class GracefulStopTest {

  @Test
  void stopLetsARequestInProgressFinishRefusesNewOnesAndEndsEventStreams() throws Exception {
    TestSchema schema = new TestSchema();
    KilnHttpServer server = KilnHttpServer.newServer(TestSchema.kiln(schema)).host("127.0.0.1").port(0).build();
    server.start();
    TestClient client = new TestClient(server.address());
    Streaming stream = client.post("/graphql", "{\"query\":\"subscription { idle }\"}").accept("text/event-stream").stream();
    assertTrue(schema.idle.subscribed.await(5, TimeUnit.SECONDS));
    CompletableFuture<Response> slow = client.post("/graphql", "{\"query\":\"{ slow }\"}").sendAsync();
    assertTrue(schema.slowStarted.await(5, TimeUnit.SECONDS));

    CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(10)));

    assertEquals(":\n\n", stream.readAll(), "the event stream ends, without a complete event");
    assertTrue(schema.idle.cancelled.await(5, TimeUnit.SECONDS), "its subscription is cancelled");
    client.post("/graphql", "{\"query\":\"{ hello }\"}")
        .send()
        .assertJson(503, "application/json; charset=utf-8", "{\"errors\":[{\"message\":\"The server is shutting down.\"}]}");
    assertFalse(stopped.isDone(), "stop waits for the request in progress");

    schema.releaseSlow.countDown();

    slow.get(5, TimeUnit.SECONDS).assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"slow\":\"done\"}}");
    stopped.get(5, TimeUnit.SECONDS);
    UncheckedIOException refused = assertThrows(UncheckedIOException.class, () -> client.post("/graphql", "{\"query\":\"{ hello }\"}").send());
    assertEquals(ConnectException.class, refused.getCause().getClass(), "the port is closed");
  }

  @Test
  void stopEndsRequestsStillRunningWhenTheGracePeriodIsOver() throws Exception {
    TestSchema schema = new TestSchema();
    KilnHttpServer server = KilnHttpServer.newServer(TestSchema.kiln(schema)).host("127.0.0.1").port(0).build();
    server.start();
    CompletableFuture<Response> slow = new TestClient(server.address()).post("/graphql", "{\"query\":\"{ slow }\"}").sendAsync();
    assertTrue(schema.slowStarted.await(5, TimeUnit.SECONDS));
    long start = System.nanoTime();

    server.stop(Duration.ofMillis(200));

    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(elapsedMillis >= 200 && elapsedMillis < 2000, "stop took " + elapsedMillis + " ms");
    ExecutionException cutOff = assertThrows(ExecutionException.class, () -> slow.get(5, TimeUnit.SECONDS));
    assertTrue(cutOff.getCause() instanceof IOException, cutOff.toString());
    schema.releaseSlow.countDown();
  }

  @Test
  void stopReturnsAtOnceWhenNothingIsInProgress() throws Exception {
    KilnHttpServer server = KilnHttpServer.newServer(TestSchema.kiln()).host("127.0.0.1").port(0).build();
    server.start();
    new TestClient(server.address()).post("/graphql", "{\"query\":\"{ hello }\"}").send();
    long start = System.nanoTime();

    server.stop(Duration.ofSeconds(10));

    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(elapsedMillis < 1000, "stop took " + elapsedMillis + " ms");
  }
}
