package dev.kiln.http;

import static dev.kiln.http.TestClient.GRAPHQL_RESPONSE_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.http.TestClient.Response;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.OperationPolicy;
import dev.kiln.runtime.PersistedOperations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Apollo's automatic persisted queries over real HTTP, and the allow-list that runs only the
 * operations persisted at build time: each test asserts the status and the whole body.
 */
class PersistedQueriesOverHttpTest {
  private static final String HELLO = "query Hello { hello }";
  private static final String NOT_FOUND =
      "{\"errors\":[{\"message\":\"PersistedQueryNotFound\",\"extensions\":{\"classification\":\"PERSISTED_QUERY_NOT_FOUND\",\"code\":\"PERSISTED_QUERY_NOT_FOUND\"}}]}";
  private static final String NOT_PERSISTED =
      "{\"errors\":[{\"message\":\"Only persisted operations may run here; this operation is not one.\",\"extensions\":{\"classification\":\"OPERATION_NOT_PERSISTED\"}}]}";
  private static final String HELLO_DATA = "{\"data\":{\"hello\":\"world\"}}";

  private final TestSchema schema = new TestSchema();
  private final List<KilnHttpServer> servers = new ArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(server -> server.stop(Duration.ZERO));
  }

  private TestClient serve(UnaryOperator<Kiln.Builder> configuration) throws Exception {
    Kiln kiln = configuration.apply(Kiln.newKiln().modules(schema)).build();
    KilnHttpServer server = KilnHttpServer.newServer(kiln).host("127.0.0.1").port(0).build();
    server.start();
    servers.add(server);
    return new TestClient(server.address());
  }

  private static String extensions(String hash) {
    return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
  }

  private static Response getByHash(TestClient client, String query) {
    return client.get("/graphql", "extensions", extensions(PersistedOperations.sha256(query))).send();
  }

  private static Response postWithHash(TestClient client, String query, String hash) {
    return client.post("/graphql", "{\"query\":\"" + query + "\",\"extensions\":" + extensions(hash) + "}").send();
  }

  @Test
  void anUnknownHashIsNotFoundThenTheQueryWithItsHashRegistersItForHashOnlyRequests() throws Exception {
    TestClient client = serve(builder -> builder);

    getByHash(client, HELLO).assertJson(200, GRAPHQL_RESPONSE_JSON, NOT_FOUND);
    postWithHash(client, HELLO, PersistedOperations.sha256(HELLO)).assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);
    getByHash(client, HELLO).assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);
  }

  @Test
  void aHashThatIsNotTheQuerysIsRefusedAndRegistersNothing() throws Exception {
    TestClient client = serve(builder -> builder);
    String other = "query Other { hello }";

    postWithHash(client, HELLO, PersistedOperations.sha256(other))
        .assertJson(
            400,
            GRAPHQL_RESPONSE_JSON,
            "{\"errors\":[{\"message\":\"provided sha does not match query\",\"extensions\":{\"classification\":\"PERSISTED_QUERY_HASH_MISMATCH\",\"code\":\"PERSISTED_QUERY_HASH_MISMATCH\"}}]}");
    getByHash(client, other).assertJson(200, GRAPHQL_RESPONSE_JSON, NOT_FOUND);
  }

  @Test
  void aPersistedQueryVersionOtherThanOneIsRefused() throws Exception {
    TestClient client = serve(builder -> builder);
    String extensions = "{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"" + PersistedOperations.sha256(HELLO) + "\"}}";

    client.get("/graphql", "extensions", extensions)
        .send()
        .assertJson(
            400,
            GRAPHQL_RESPONSE_JSON,
            "{\"errors\":[{\"message\":\"Unsupported persisted query version: Kiln speaks version 1.\",\"extensions\":{\"classification\":\"PERSISTED_QUERY_INVALID\",\"code\":\"PERSISTED_QUERY_INVALID\"}}]}");
  }

  @Test
  void aRegisteredMutationSentByHashOverGetIs405AndDoesNotRun() throws Exception {
    TestClient client = serve(builder -> builder);
    String mutation = "mutation Increment { increment }";
    postWithHash(client, mutation, PersistedOperations.sha256(mutation)).assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"increment\":1}}");

    Response response = getByHash(client, mutation);

    response.assertJson(405, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"A mutation must be sent with POST; GET is for queries.\"}]}");
    assertEquals("POST", response.header("Allow"));
    assertEquals(1, schema.counter.get());
  }

  @Test
  void theRegistryKeepsOnlyTheMostRecentlyUsedDocuments() throws Exception {
    TestClient client = serve(builder -> builder.automaticPersistedQueriesMaxEntries(2));
    String first = "query First { hello }";
    String second = "query Second { hello }";
    String third = "query Third { hello }";
    postWithHash(client, first, PersistedOperations.sha256(first)).assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);
    postWithHash(client, second, PersistedOperations.sha256(second)).assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);
    getByHash(client, first).assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);

    postWithHash(client, third, PersistedOperations.sha256(third)).assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);

    getByHash(client, second).assertJson(200, GRAPHQL_RESPONSE_JSON, NOT_FOUND);
    getByHash(client, first).assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);
    getByHash(client, third).assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);
  }

  @Test
  void withAutomaticPersistedQueriesOffAHashIsNotSupported() throws Exception {
    TestClient client = serve(builder -> builder.automaticPersistedQueries(false));

    getByHash(client, HELLO)
        .assertJson(
            200,
            GRAPHQL_RESPONSE_JSON,
            "{\"errors\":[{\"message\":\"PersistedQueryNotSupported\",\"extensions\":{\"classification\":\"PERSISTED_QUERY_NOT_SUPPORTED\",\"code\":\"PERSISTED_QUERY_NOT_SUPPORTED\"}}]}");
    postWithHash(client, HELLO, PersistedOperations.sha256(HELLO)).assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);
    getByHash(client, HELLO).assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"PersistedQueryNotSupported\",\"extensions\":{\"classification\":\"PERSISTED_QUERY_NOT_SUPPORTED\",\"code\":\"PERSISTED_QUERY_NOT_SUPPORTED\"}}]}");
  }

  @Test
  void theAllowListRunsPersistedOperationsByHashAndByText() throws Exception {
    TestClient client = serve(builder -> builder.persistedOperations(PersistedOperations.of(HELLO)).operationPolicy(OperationPolicy.PERSISTED_ONLY));

    getByHash(client, HELLO).assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);
    client.post("/graphql", "{\"query\":\"" + HELLO + "\"}").send().assertJson(200, GRAPHQL_RESPONSE_JSON, HELLO_DATA);
  }

  @Test
  void theAllowListRefusesUnknownTextAndRegistration() throws Exception {
    TestClient client = serve(builder -> builder.persistedOperations(PersistedOperations.of(HELLO)).operationPolicy(OperationPolicy.PERSISTED_ONLY));
    String other = "query Other { echo(text: \\\"hi\\\") }";
    String otherText = "query Other { echo(text: \"hi\") }";

    client.post("/graphql", "{\"query\":\"" + other + "\"}").send().assertJson(400, GRAPHQL_RESPONSE_JSON, NOT_PERSISTED);
    postWithHash(client, other, PersistedOperations.sha256(otherText)).assertJson(400, GRAPHQL_RESPONSE_JSON, NOT_PERSISTED);
    getByHash(client, otherText).assertJson(200, GRAPHQL_RESPONSE_JSON, NOT_FOUND);
  }
}
