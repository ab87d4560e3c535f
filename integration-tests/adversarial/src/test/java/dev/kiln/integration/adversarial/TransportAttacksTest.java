package dev.kiln.integration.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.KilnHttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the transport itself, over real sockets to {@link KilnHttpServer}: clients that send
 * slowly or never read, and requests that are not well-formed HTTP. Each gets its exact answer (a
 * GraphQL error body, never a container's page) within a bounded time, and every valid request
 * sent meanwhile gets its exact answer within a second.
 */
class TransportAttacksTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final String JSON = "application/json; charset=utf-8";
  private static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json; charset=utf-8";
  private static final String VALID = "{\"query\": \"{ member(id: 1) { name } }\"}";
  private static final String VALID_ANSWER = "{\"data\":{\"member\":{\"name\":\"member-1\"}}}";

  private static KilnHttpServer server;
  private static HttpAttacker http;

  @BeforeAll
  static void start() throws Exception {
    server =
        KilnHttpServer.newServer(Networks.kiln(new Network()).build())
            .host("127.0.0.1")
            .port(0)
            .headerReadTimeout(TIMEOUT)
            .bodyReadTimeout(TIMEOUT)
            .writeTimeout(TIMEOUT)
            .build();
    server.start();
    http = new HttpAttacker(server.address());
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  private static String error(String message) {
    return "{\"errors\":[{\"message\":\"" + message + "\"}]}";
  }

  private static RawConnection connect() {
    return RawConnection.open(server.address(), 10_000);
  }

  /** A valid request, which must get its exact answer within a second. */
  private static void assertValidRequestAnsweredWithinASecond() {
    long start = System.nanoTime();
    HttpAttacker.Answer answer = http.post(VALID, "application/json");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(200, answer.status(), answer.body());
    assertEquals(VALID_ANSWER, answer.body());
    assertTrue(millis < 1_000, "a valid request took " + millis + " ms");
  }

  @Test
  void fiftySlowlorisConnectionsOfEachKindDelayNoValidRequestAndAreClosedAtTheirTimeouts() throws Exception {
    List<RawConnection> halfRequestLines = new ArrayList<>();
    List<RawConnection> unfinishedHeaders = new ArrayList<>();
    List<RawConnection> shortBodies = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        halfRequestLines.add(connect().send("POST /graphql HT"));
        unfinishedHeaders.add(connect().send("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl"));
        shortBodies.add(
            connect()
                .send(
                    "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"query\": \"{ me"));
      }

      for (int i = 0; i < 20; i++) {
        assertValidRequestAnsweredWithinASecond();
      }

      for (RawConnection connection : halfRequestLines) {
        assertTrue(connection.closedByServer(), "a half request line is closed at the header-read timeout");
      }
      for (RawConnection connection : unfinishedHeaders) {
        assertTrue(connection.closedByServer(), "unfinished headers are closed at the header-read timeout");
      }
      for (RawConnection connection : shortBodies) {
        RawConnection.Answer answer = connection.read();
        assertEquals(408, answer.status());
        assertEquals(JSON, answer.header("Content-Type"));
        assertEquals("close", answer.header("Connection"));
        assertEquals(error("The request body was not received within 2000 ms."), answer.body());
        assertTrue(connection.closedByServer());
      }
      assertValidRequestAnsweredWithinASecond();
    } finally {
      halfRequestLines.forEach(RawConnection::close);
      unfinishedHeaders.forEach(RawConnection::close);
      shortBodies.forEach(RawConnection::close);
    }
  }

  @Test
  void fiftyPipeliningClientsThatNeverReadDelayNoValidRequestAndAreClosedAtTheWriteTimeout() throws Exception {
    // Each answer is GraphiQL's stylesheet, 425 KB, and the clients' receive buffers are small: the
    // server's writes stall at once (costing it no work), then its reads, then the clients' writes.
    byte[] burst =
        "GET /graphiql/graphiql.min.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
    List<RawConnection> pipeliners = new ArrayList<>();
    List<CompletableFuture<Boolean>> refused = new ArrayList<>();
    ExecutorService writers = Executors.newFixedThreadPool(50);
    try {
      for (int i = 0; i < 50; i++) {
        RawConnection pipeliner = RawConnection.open(server.address(), 10_000, 4096);
        pipeliners.add(pipeliner);
        refused.add(CompletableFuture.supplyAsync(() -> writeUntilRefused(pipeliner, burst), writers));
      }
      Thread.sleep(500);

      for (int i = 0; i < 20; i++) {
        assertValidRequestAnsweredWithinASecond();
      }

      for (CompletableFuture<Boolean> writer : refused) {
        assertTrue(writer.get(40, TimeUnit.SECONDS), "the server closes a client that does not read");
      }
      assertValidRequestAnsweredWithinASecond();
    } finally {
      pipeliners.forEach(RawConnection::close);
      writers.shutdownNow();
    }
  }

  /**
   * Writes {@code burst} again and again, for up to 30 seconds; true once the server refuses more
   * (it closed the connection).
   */
  private static boolean writeUntilRefused(RawConnection connection, byte[] burst) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try {
      while (System.nanoTime() < deadline) {
        connection.send(burst);
      }
      return false;
    } catch (IOException closed) {
      return true;
    }
  }

  @Test
  void aBodyDeclaredOverTheLimitIsRefusedUnreadAndItsConnectionClosed() throws Exception {
    try (RawConnection connection = connect()) {
      connection.send(
          "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Content-Length: 104857600\r\n\r\n{\"query\": ");

      RawConnection.Answer answer = assertTimeoutPreemptively(TIMEOUT, connection::read);

      assertEquals(413, answer.status());
      assertEquals(GRAPHQL_RESPONSE_JSON, answer.header("Content-Type"));
      assertEquals("close", answer.header("Connection"));
      assertEquals(error("The request body is larger than the limit of 1048576 bytes."), answer.body());
      assertTrue(connection.closedByServer());
    }
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedAtTheLimitAndItsConnectionClosed() throws Exception {
    try (RawConnection connection = connect()) {
      connection.send(
          "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n");
      String chunk = "10000\r\n" + " ".repeat(0x10000) + "\r\n";
      for (int i = 0; i < 17; i++) {
        connection.send(chunk);
      }

      RawConnection.Answer answer = assertTimeoutPreemptively(TIMEOUT, connection::read);

      assertEquals(413, answer.status());
      assertEquals(GRAPHQL_RESPONSE_JSON, answer.header("Content-Type"));
      assertEquals("close", answer.header("Connection"));
      assertEquals(error("The request body is larger than the limit of 1048576 bytes."), answer.body());
      assertTrue(connection.closedByServer());
    }
  }

  @Test
  void aThousandHeadersAreRefusedWith431AndAGraphQLError() throws Exception {
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      headers.append("X-Header-").append(i).append(": ").append(i).append("\r\n");
    }
    assertRefusedWith431(headers.toString());
  }

  @Test
  void oneHeaderOf500KilobytesIsRefusedWith431AndAGraphQLError() throws Exception {
    assertRefusedWith431("X-Big: " + "a".repeat(500 * 1024) + "\r\n");
  }

  private static void assertRefusedWith431(String headers) throws Exception {
    try (RawConnection connection = connect()) {
      connection.send("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headers);

      RawConnection.Answer answer = assertTimeoutPreemptively(TIMEOUT, connection::read);

      assertEquals(431, answer.status());
      assertEquals(JSON, answer.header("Content-Type"));
      assertEquals(error("The request headers are larger than the limit of 8192 bytes."), answer.body());
    }
  }

  @Test
  void aContentLengthThatIsNotANumberIsRefusedWithAGraphQLError() throws Exception {
    assertNotWellFormed(
        "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 12abc\r\n\r\n{}");
  }

  @Test
  void aBadPercentEscapeInThePathIsRefusedWithAGraphQLError() throws Exception {
    assertNotWellFormed("GET /graph%zzql?query=%7B__typename%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  }

  private static void assertNotWellFormed(String request) throws Exception {
    try (RawConnection connection = connect()) {
      connection.send(request);

      RawConnection.Answer answer = assertTimeoutPreemptively(TIMEOUT, connection::read);

      assertEquals(400, answer.status());
      assertEquals(JSON, answer.header("Content-Type"));
      assertEquals(
          error(
              "The request is not well-formed HTTP/1.1: its request line, a header (such as Content-Length) or the"
                  + " escapes in its URI do not parse."),
          answer.body());
    }
  }

  @Test
  void aBadPercentEscapeInTheQueryStringReachesGraphQLAsItWasSent() throws Exception {
    try (RawConnection connection = connect()) {
      connection.send("GET /graphql?query=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n");

      RawConnection.Answer answer = assertTimeoutPreemptively(TIMEOUT, connection::read);

      assertEquals(200, answer.status());
      assertEquals(JSON, answer.header("Content-Type"));
      assertEquals(
          "{\"errors\":[{\"message\":\"Invalid syntax with ANTLR error 'token recognition error at: '%'' at line 1"
              + " column 1\",\"locations\":[{\"line\":1,\"column\":1}],\"extensions\":{\"classification\":\"InvalidSyntax\"}}]}",
          answer.body());
    }
  }

  @Test
  void anUnknownMethodIsAGraphQLError() throws Exception {
    try (RawConnection connection = connect()) {
      connection.send("BREW /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

      RawConnection.Answer answer = assertTimeoutPreemptively(TIMEOUT, connection::read);

      assertEquals(405, answer.status());
      assertEquals("GET, POST", answer.header("Allow"));
      assertEquals(error("Only GET and POST requests are allowed."), answer.body());
    }
  }
}
