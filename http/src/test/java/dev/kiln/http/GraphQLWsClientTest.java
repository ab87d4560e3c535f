package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.Kiln;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real clients against {@link KilnHttpServer}, run by Node ({@code src/test/js/graphql-ws.mjs}):
 * graphql-ws 6's {@code createClient}, and Apollo Client 4's {@code GraphQLWsLink} over the socket
 * and {@code HttpLink} reading {@code @defer} over {@code multipart/mixed}.
 */
class GraphQLWsClientTest {

  @Test
  void graphqlWsAndApolloClientSpeakToTheServer() throws Exception {
    Kiln kiln = Kiln.newKiln().modules(new TestSchema()).incrementalDelivery(true).build();
    KilnHttpServer server =
        KilnHttpServer.newServer(kiln)
            .host("127.0.0.1")
            .port(0)
            .webSocket(
                ws ->
                    ws.contextFactory(
                        (handshake, payload) -> {
                          if ("expired".equals(payload.get("token"))) {
                            throw new RequestRejectedException(403, "The access token has expired.");
                          }
                          return null;
                        }))
            .build();
    server.start();
    NodeTool.Result run;
    try {
      run = NodeTool.run("graphql-ws.mjs", "http://127.0.0.1:" + server.address().getPort() + "/graphql");
    } finally {
      server.stop(Duration.ZERO);
    }

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
}
