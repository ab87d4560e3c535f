package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.TestClient.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GraphiQL at {@code /graphiql}, served from the jar, and used in a real (headless) Chromium. */
class GraphiQLTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOT = Path.of(System.getProperty("kiln.http.screenshot", "target/graphiql.png"));

  private static KilnHttpServer server;
  private static TestClient client;

  @BeforeAll
  static void start() throws Exception {
    server = KilnHttpServer.newServer(TestSchema.kiln()).host("127.0.0.1").port(0).build();
    server.start();
    client = new TestClient(server.address());
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  @Test
  void thePagePointsGraphiQLAtTheEndpointAndLoadsOnlyItsOwnAssets() {
    Response page = client.get("/graphiql").send();

    assertEquals(200, page.status());
    assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
    assertTrue(page.header("Content-Security-Policy").startsWith("default-src 'self';"), page.header("Content-Security-Policy"));
    assertTrue(page.body().contains("<div id=\"graphiql\" data-endpoint=\"/graphql\" data-websocket=\"true\">"), page.body());
    assertFalse(page.body().contains("//"), "no absolute URL, so no CDN: " + page.body());
    List<String> assets = new ArrayList<>();
    Matcher reference = Pattern.compile("(?:src|href)=\"(/graphiql/[^\"]+)\"").matcher(page.body());
    while (reference.find()) {
      assets.add(reference.group(1));
    }
    assertEquals(
        List.of(
            "/graphiql/graphiql.min.css",
            "/graphiql/kiln-graphiql.css",
            "/graphiql/react.production.min.js",
            "/graphiql/react-dom.production.min.js",
            "/graphiql/graphiql.min.js",
            "/graphiql/graphql-ws.min.js",
            "/graphiql/kiln-graphiql.js"),
        assets);
    for (String asset : assets) {
      Response response = client.get(asset).send();
      assertEquals(200, response.status(), asset);
      assertEquals(asset.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8", response.header("Content-Type"), asset);
      assertTrue(response.body().length() > 50, asset);
    }
  }

  @ParameterizedTest
  @CsvSource({"/graphiql/unknown.js", "/graphiql/../graphql", "/graphiql/graphiql/graphiql.min.js", "/graphiqlx"})
  void otherPathsAre404(String path) {
    assertEquals(404, client.get(path).send().status());
  }

  @Test
  void onlyGetIsAllowed() {
    Response response = client.post("/graphiql", "{}").send();

    assertEquals(405, response.status());
    assertEquals("GET", response.header("Allow"));
  }

  @Test
  void graphiqlRunsAQueryAndASubscriptionInChromium() throws Exception {
    assertTrue(Files.isExecutable(CHROMIUM), "the browser test needs Chromium at " + CHROMIUM + " (apt-get install chromium)");
    Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
    Files.deleteIfExists(SCREENSHOT);

    NodeTool.Result run =
        NodeTool.run(
            "graphiql.mjs",
            "http://127.0.0.1:" + server.address().getPort() + "/graphiql",
            SCREENSHOT.toAbsolutePath().toString(),
            "subscription { countdown(from: 3) }",
            "{\"data\":{\"countdown\":1}}",
            "{ hello echo(text: \"from Kiln\") }",
            "{\"data\":{\"hello\":\"world\",\"echo\":\"from Kiln\"}}");

    assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
    assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot at " + SCREENSHOT);
    String port = String.valueOf(server.address().getPort());
    assertTrue(
        run.stdout().contains("websocket: ws://127.0.0.1:" + port + "/graphql, messages sent: connection_init subscribe")
            && run.stdout().contains("subscriptions over HTTP: 0"),
        "the subscription ran over the WebSocket: " + run.stdout());
  }

  @Test
  void withoutTheWebSocketGraphiqlRunsASubscriptionOverServerSentEvents() throws Exception {
    assertTrue(Files.isExecutable(CHROMIUM), "the browser test needs Chromium at " + CHROMIUM + " (apt-get install chromium)");
    KilnHttpServer withoutWebSocket = KilnHttpServer.newServer(TestSchema.kiln()).host("127.0.0.1").port(0).webSocket(false).build();
    withoutWebSocket.start();
    NodeTool.Result run;
    try {
      assertTrue(
          new TestClient(withoutWebSocket.address()).get("/graphiql").send().body().contains("data-websocket=\"false\""),
          "the page says there is no WebSocket");
      run =
          NodeTool.run(
              "graphiql.mjs",
              "http://127.0.0.1:" + withoutWebSocket.address().getPort() + "/graphiql",
              SCREENSHOT.resolveSibling("graphiql-sse.png").toAbsolutePath().toString(),
              "subscription { countdown(from: 3) }",
              "{\"data\":{\"countdown\":1}}");
    } finally {
      withoutWebSocket.stop(Duration.ZERO);
    }

    assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
    assertFalse(run.stdout().contains("websocket:"), "no WebSocket: " + run.stdout());
    assertTrue(run.stdout().contains("subscriptions over HTTP: 1"), "the subscription ran over HTTP: " + run.stdout());
  }
}
