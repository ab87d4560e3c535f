package dev.kiln.http.servlet;

import static dev.kiln.http.TestClient.EVENT_STREAM;
import static dev.kiln.http.TestClient.GRAPHQL_RESPONSE_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.http.GraphQLHttpHandler;
import dev.kiln.http.TestClient;
import dev.kiln.http.TestClient.Response;
import dev.kiln.http.TestClient.Streaming;
import dev.kiln.http.TestSchema;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Arrays;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link KilnServlet} in an embedded Jetty 12 (Jakarta EE 10), under a context path: the handler
 * answers as on the JDK server, and subscriptions stream with and without servlet async support.
 */
class KilnServletTest {
  // Jetty writes its own spelling of media types it knows; the meaning is the same.
  private static final String JSON = "application/json;charset=utf-8";

  private static Server jetty;
  private static TestClient client;

  @BeforeAll
  static void start() throws Exception {
    GraphQLHttpHandler handler =
        GraphQLHttpHandler.newHandler(TestSchema.kiln()).contextFactory(TestSchema.viewers()).maxBodyBytes(4096).build();
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/app");
    ServletHolder async = new ServletHolder(new KilnServlet(handler));
    async.setAsyncSupported(true);
    context.addServlet(async, "/graphql");
    ServletHolder blocking = new ServletHolder(new KilnServlet(handler));
    blocking.setAsyncSupported(false);
    context.addServlet(blocking, "/graphql-blocking");
    jetty.setHandler(context);
    jetty.start();
    client = new TestClient(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/app"));
  }

  @AfterAll
  static void stop() throws Exception {
    jetty.stop();
  }

  @Test
  void postAnswersWithTheGraphQLResponse() {
    Response response = client.post("/graphql", "{\"query\":\"{ hello }\"}").send();

    response.assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"hello\":\"world\"}}");
    assertEquals("Accept", response.header("Vary"));
  }

  @Test
  void getAnswersAQueryAndRefusesAMutationWith405AllowingPost() {
    Response query = client.get("/graphql", "query", "{ hello }").accept("application/json").send();
    Response mutation = client.get("/graphql", "query", "mutation { increment }").send();

    query.assertJson(200, JSON, "{\"data\":{\"hello\":\"world\"}}");
    mutation.assertJson(405, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"A mutation must be sent with POST; GET is for queries.\"}]}");
    assertEquals("POST", mutation.header("Allow"));
  }

  @Test
  void theContextFactorySeesTheServletRequestsHeaders() {
    client.post("/graphql", "{\"query\":\"{ viewer }\"}")
        .header("Authorization", "Bearer carol")
        .send()
        .assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"viewer\":\"carol\"}}");
  }

  @Test
  void anUnsupportedMediaTypeIs415() {
    client.post("/graphql", "{ hello }")
        .header("Content-Type", "text/plain")
        .send()
        .assertJson(415, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"The Content-Type of a POST request must be application/json.\"}]}");
  }

  @Test
  void aChunkedBodyOverTheLimitIs413() {
    byte[] large = new byte[5000];
    Arrays.fill(large, (byte) ' ');

    client.request("POST", "/graphql", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)))
        .header("Content-Type", "application/json")
        .send()
        .assertJson(413, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"The request body is larger than the limit of 4096 bytes.\"}]}");
  }

  @ParameterizedTest(name = "/{0}")
  @ValueSource(strings = {"graphql", "graphql-blocking"})
  void aSubscriptionStreamsItsEvents(String path) {
    Streaming response = client.post("/" + path, "{\"query\":\"subscription { countdown(from: 3) }\"}").accept("text/event-stream").stream();

    assertEquals(200, response.status());
    assertEquals(EVENT_STREAM, response.header("Content-Type"));
    assertEquals(
        ":\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":3}}\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":2}}\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":1}}\n\n"
            + "event: complete\ndata:\n\n",
        response.readAll());
  }
}
