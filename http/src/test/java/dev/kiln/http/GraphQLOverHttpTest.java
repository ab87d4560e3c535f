package dev.kiln.http;

import static dev.kiln.http.TestClient.GRAPHQL_RESPONSE_JSON;
import static dev.kiln.http.TestClient.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.TestClient.Response;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The GraphQL over HTTP specification, rule by rule, against {@link KilnHttpServer} over real
 * sockets: each test asserts the exact status, the headers that matter and the whole body.
 */
class GraphQLOverHttpTest {
  private static final int MAX_BODY_BYTES = 4096;

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
            .maxBodyBytes(MAX_BODY_BYTES)
            .build();
    server.start();
    client = new TestClient(server.address());
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  // --- POST and GET ---

  @Test
  void postExecutesTheQueryInTheJsonBody() {
    Response response = client.post("/graphql", "{\"query\":\"{ hello }\"}").send();

    response.assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"hello\":\"world\"}}");
    assertEquals("Accept", response.header("Vary"));
  }

  @Test
  void postSelectsTheOperationByNameAndPassesItsVariables() {
    String body =
        "{\"query\":\"query A { hello } query B($t: String!) { echo(text: $t) }\",\"operationName\":\"B\",\"variables\":{\"t\":\"Run🏃Swim🏊\"}}";

    client.post("/graphql", body).send().assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"echo\":\"Run🏃Swim🏊\"}}");
  }

  @Test
  void postAcceptsNullOptionalParametersAndAnExtensionsMap() {
    String body = "{\"query\":\"{ hello }\",\"operationName\":null,\"variables\":null,\"extensions\":{\"some\":\"value\"}}";

    client.post("/graphql", body).send().assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"hello\":\"world\"}}");
  }

  @Test
  void postAcceptsAUtf8CharsetParameter() {
    client.post("/graphql", "{\"query\":\"{ hello }\"}")
        .header("Content-Type", "application/json; charset=UTF-8")
        .send()
        .assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"hello\":\"world\"}}");
  }

  @Test
  void getExecutesTheQueryInTheQueryString() {
    client.get("/graphql", "query", "{ hello }").send().assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"hello\":\"world\"}}");
  }

  @Test
  void getTakesVariablesAsJsonText() {
    client.get("/graphql", "query", "query ($t: String!) { echo(text: $t) }", "variables", "{\"t\":\"hi\"}")
        .send()
        .assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"echo\":\"hi\"}}");
  }

  @Test
  void postExecutesAMutation() {
    int before = schema.counter.get();

    client.post("/graphql", "{\"query\":\"mutation { increment }\"}")
        .send()
        .assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"increment\":" + (before + 1) + "}}");
  }

  @Test
  void aMutationOverGetIs405AllowingPostAndDoesNotRun() {
    int before = schema.counter.get();

    Response response = client.get("/graphql", "query", "mutation { increment }").send();

    response.assertJson(405, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"A mutation must be sent with POST; GET is for queries.\"}]}");
    assertEquals("POST", response.header("Allow"));
    assertEquals(before, schema.counter.get());
  }

  @Test
  void aMutationSelectedByOperationNameOverGetIs405() {
    Response response =
        client.get("/graphql", "query", "query Q { hello } mutation M { increment }", "operationName", "M").send();

    assertEquals(405, response.status());
    assertEquals("POST", response.header("Allow"));
  }

  @Test
  void aQueryBesideAMutationRunsOverGet() {
    client.get("/graphql", "query", "query Q { hello } mutation M { increment }", "operationName", "Q")
        .send()
        .assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"hello\":\"world\"}}");
  }

  @ParameterizedTest
  @CsvSource({"PUT", "DELETE", "PATCH"})
  void otherMethodsAre405AllowingGetAndPost(String method) {
    Response response = client.request(method, "/graphql", BodyPublishers.ofString("{\"query\":\"{ hello }\"}")).send();

    response.assertJson(405, JSON, "{\"errors\":[{\"message\":\"Only GET and POST requests are allowed.\"}]}");
    assertEquals("GET, POST", response.header("Allow"));
  }

  @Test
  void aKeptAliveConnectionAnswersWithoutWaitingForDelayedAcknowledgements() {
    long[] millis = new long[15];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      assertEquals(200, client.get("/graphql", "query", "{ hello }").send().status());
      millis[i] = Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
    Arrays.sort(millis);

    // With Nagle's algorithm on, every response on a kept-alive connection took 40 ms or more.
    assertTrue(millis[millis.length / 2] < 30, "median " + millis[millis.length / 2] + " ms of " + Arrays.toString(millis));
  }

  @Test
  void otherPathsAre404() {
    assertEquals(404, client.post("/graphql/extra", "{\"query\":\"{ hello }\"}").send().status());
  }

  // --- Accept ---

  @ParameterizedTest(name = "Accept: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "application/graphql-response+json                           | application/graphql-response+json; charset=utf-8",
        "application/json                                            | application/json; charset=utf-8",
        "application/graphql-response+json, application/json         | application/graphql-response+json; charset=utf-8",
        "application/json, application/graphql-response+json         | application/graphql-response+json; charset=utf-8",
        "application/graphql-response+json;q=0.8, application/json   | application/json; charset=utf-8",
        "application/json;q=0.9, */*                                 | application/graphql-response+json; charset=utf-8",
        "*/*                                                         | application/json; charset=utf-8",
        "application/*                                               | application/json; charset=utf-8",
        "text/html, application/json;q=0.9                           | application/json; charset=utf-8",
        "APPLICATION/GRAPHQL-RESPONSE+JSON; charset=utf-8            | application/graphql-response+json; charset=utf-8",
      })
  void theResponseMediaTypeFollowsTheAcceptHeader(String accept, String contentType) {
    client.post("/graphql", "{\"query\":\"{ hello }\"}").accept(accept).send().assertJson(200, contentType, "{\"data\":{\"hello\":\"world\"}}");
  }

  @ParameterizedTest
  @CsvSource({"text/html", "'application/json;q=0, application/graphql-response+json;q=0'", "image/png"})
  void anAcceptHeaderAllowingNothingTheServerSendsIs406(String accept) {
    client.post("/graphql", "{\"query\":\"{ hello }\"}")
        .accept(accept)
        .send()
        .assertJson(
            406,
            JSON,
            "{\"errors\":[{\"message\":\"The Accept header allows none of application/graphql-response+json, application/json and text/event-stream.\"}]}");
  }

  // --- Status codes by media type ---

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "document parsing failure   | {                                         | {}",
        "document validation failure | { nope }                                 | {}",
        "unknown operation name     | query A { hello }                         | {\"operationName\":\"B\"}",
        "variable coercion failure  | query ($t: String!) { echo(text: $t) }   | {}",
      })
  void aRequestErrorIs400WithGraphQLResponseJsonAnd200WithJson(String failure, String query, String extra) {
    String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"" + (extra.equals("{}") ? "" : "," + extra.substring(1, extra.length() - 1)) + "}";

    Response modern = client.post("/graphql", body).accept("application/graphql-response+json").send();
    Response legacy = client.post("/graphql", body).accept("application/json").send();

    assertEquals(400, modern.status(), failure);
    assertEquals(200, legacy.status(), failure);
    assertEquals(modern.json(), legacy.json(), "the same body in both media types");
    assertFalse(modern.json().has("data"), "a request error has no data entry: " + modern.body());
    assertEquals(1, modern.json().get("errors").size(), modern.body());
  }

  @Test
  void aDocumentThatDoesNotValidateGetsGraphQLJavasError() {
    client.post("/graphql", "{\"query\":\"{ nope }\"}")
        .send()
        .assertJson(
            400,
            GRAPHQL_RESPONSE_JSON,
            "{\"errors\":[{\"message\":\"Validation error (FieldUndefined@[nope]) : Field 'nope' in type 'Query' is undefined\","
                + "\"locations\":[{\"line\":1,\"column\":3}],\"extensions\":{\"classification\":\"ValidationError\"}}]}");
  }

  @Test
  void aFieldErrorIs200WithDataAndAMaskedError() {
    Response response = client.post("/graphql", "{\"query\":\"{ hello fail }\"}").send();

    response.assertJson(
        200,
        GRAPHQL_RESPONSE_JSON,
        "{\"errors\":[{\"message\":\"Internal error\",\"locations\":[{\"line\":1,\"column\":9}],\"path\":[\"fail\"],"
            + "\"extensions\":{\"errorId\":\"<errorId>\",\"classification\":\"INTERNAL_ERROR\"}}],"
            + "\"data\":{\"hello\":\"world\",\"fail\":null}}");
    assertFalse(response.body().contains("hunter2"), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  // --- Malformed requests ---

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "malformed JSON          | { \"not a JSON                        | The request body is not valid JSON (line 1, column 14).",
        "trailing garbage        | {\"query\":\"{ hello }\"} x          | The request body is not valid JSON (line 1, column 24).",
        "empty body              | ``                                      | The request body is empty; it must be JSON.",
        "not an object           | \"{ hello }\"                         | The request body must be a JSON object with a \"query\" string.",
        "a batch of non-objects  | [\"{ hello }\"]                       | Request 1 of the batch is not a JSON object with a \"query\" string.",
        "an empty batch          | []                                      | The batch is empty: send at least one request in the array.",
        "a batch with a bad one  | [{\"query\":\"{ hello }\"},{\"query\":0}] | Request 2 of the batch: The \"query\" parameter must be a string.",
        "missing query           | {\"qeury\":\"{ hello }\"}            | The \"query\" parameter is required.",
        "null query              | {\"query\":null}                       | The \"query\" parameter is required.",
        "object query            | {\"query\":{\"obj\":\"ect\"}}        | The \"query\" parameter must be a string.",
        "number query            | {\"query\":0}                          | The \"query\" parameter must be a string.",
        "boolean query           | {\"query\":false}                      | The \"query\" parameter must be a string.",
        "array query             | {\"query\":[\"array\"]}               | The \"query\" parameter must be a string.",
        "number operationName    | {\"query\":\"{ hello }\",\"operationName\":0}      | The \"operationName\" parameter must be a string.",
        "string variables        | {\"query\":\"{ hello }\",\"variables\":\"string\"} | The \"variables\" parameter must be a JSON object.",
        "array variables         | {\"query\":\"{ hello }\",\"variables\":[7]}        | The \"variables\" parameter must be a JSON object.",
        "boolean extensions      | {\"query\":\"{ hello }\",\"extensions\":false}     | The \"extensions\" parameter must be a JSON object.",
        "duplicate key           | {\"query\":\"{ hello }\",\"query\":\"{ a }\"}     | The request body is not valid JSON (line 1, column 29).",
      })
  void aMalformedPostIs400InBothMediaTypes(String problem, String body, String message) {
    String expected = "{\"errors\":[{\"message\":\"" + message.replace("\"", "\\\"") + "\"}]}";

    client.post("/graphql", body).accept("application/graphql-response+json").send().assertJson(400, GRAPHQL_RESPONSE_JSON, expected);
    client.post("/graphql", body).accept("application/json").send().assertJson(400, JSON, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing query     | operationName=A                                  | The \"query\" parameter is required.",
        "query twice       | query=%7Bhello%7D&query=%7Bfail%7D               | The \"query\" parameter is given more than once.",
        "variables not JSON | query=%7Bhello%7D&variables=%7Bt                | The \"variables\" parameter is not valid JSON (line 1, column 2).",
        "variables array   | query=%7Bhello%7D&variables=%5B1%5D              | The \"variables\" parameter must be a JSON object.",
      })
  void aMalformedGetIs400(String problem, String query, String message) {
    client.get("/graphql?" + query)
        .send()
        .assertJson(400, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"" + message.replace("\"", "\\\"") + "\"}]}");
  }

  // --- Content-Type and body size ---

  @ParameterizedTest
  @CsvSource({"text/plain", "application/graphql", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
  void aPostBodyOfAnotherMediaTypeIs415(String contentType) {
    client.post("/graphql", "{\"query\":\"{ hello }\"}")
        .header("Content-Type", contentType)
        .send()
        .assertJson(415, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"The Content-Type of a POST request must be application/json.\"}]}");
  }

  @Test
  void aPostBodyInAnotherCharsetIs415() {
    client.post("/graphql", "{\"query\":\"{ hello }\"}")
        .header("Content-Type", "application/json; charset=iso-8859-1")
        .send()
        .assertJson(415, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"The request body must be encoded in UTF-8 (charset=utf-8).\"}]}");
  }

  @Test
  void aPostWithoutContentTypeIs415() {
    client.postWithoutContentType("/graphql", "{\"query\":\"{ hello }\"}")
        .send()
        .assertJson(415, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"A POST request needs the header Content-Type: application/json.\"}]}");
  }

  @Test
  void aBodyAtTheLimitIsAccepted() {
    String prefix = "{\"query\":\"{ hello }\",\"extensions\":{\"padding\":\"";
    String suffix = "\"}}";
    String body = prefix + "x".repeat(MAX_BODY_BYTES - prefix.length() - suffix.length()) + suffix;

    client.post("/graphql", body).send().assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"hello\":\"world\"}}");
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String body = "{\"query\":\"{ hello }\",\"extensions\":{\"padding\":\"" + "x".repeat(MAX_BODY_BYTES) + "\"}}";

    client.post("/graphql", body)
        .send()
        .assertJson(413, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"The request body is larger than the limit of 4096 bytes.\"}]}");
  }

  @Test
  void aChunkedBodyOverTheLimitIs413() {
    byte[] body = new byte[MAX_BODY_BYTES + 100];
    Arrays.fill(body, (byte) ' ');

    client.request("POST", "/graphql", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .header("Content-Type", "application/json")
        .send()
        .assertJson(413, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"The request body is larger than the limit of 4096 bytes.\"}]}");
  }

  // --- The context hook ---

  @Test
  void theContextFactoryMakesTheViewerThatFieldsSee() {
    client.post("/graphql", "{\"query\":\"{ viewer }\"}")
        .header("Authorization", "Bearer alice")
        .send()
        .assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"viewer\":\"alice\"}}");
    client.get("/graphql", "query", "{ viewer }")
        .header("Authorization", "Bearer bob")
        .send()
        .assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"viewer\":\"bob\"}}");
  }

  @Test
  void aRequestWithoutCredentialsHasNoViewer() {
    client.post("/graphql", "{\"query\":\"{ viewer }\"}").send().assertJson(200, GRAPHQL_RESPONSE_JSON, "{\"data\":{\"viewer\":null}}");
  }

  @Test
  void theContextFactoryCanRejectARequestWithItsStatusAndHeaders() {
    Response response = client.post("/graphql", "{\"query\":\"{ viewer }\"}").header("Authorization", "Bearer expired").accept("application/json").send();

    response.assertJson(401, JSON, "{\"errors\":[{\"message\":\"The access token has expired.\"}]}");
    assertEquals("Bearer", response.header("WWW-Authenticate"));
  }

  @Test
  void aContextFactoryThatFailsIs500WithAMaskedError() {
    Response response = client.post("/graphql", "{\"query\":\"{ viewer }\"}").header("Authorization", "Bearer crash").send();

    response.assertJson(500, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"Internal error\",\"extensions\":{\"errorId\":\"<errorId>\"}}]}");
    assertFalse(response.body().contains("hunter2"), response.body());
    assertNull(response.header("WWW-Authenticate"));
  }

  // --- Batches ---

  @Test
  void aBatchIsAnsweredWithTheResultsInOrder() {
    client.post("/graphql", "[{\"query\":\"{ hello }\"},{\"query\":\"query($t: String!) { echo(text: $t) }\",\"variables\":{\"t\":\"two\"}},{\"query\":\"{ nope }\"}]")
        .send()
        .assertJson(
            200,
            GRAPHQL_RESPONSE_JSON,
            "[{\"data\":{\"hello\":\"world\"}},{\"data\":{\"echo\":\"two\"}},"
                + "{\"errors\":[{\"message\":\"Validation error (FieldUndefined@[nope]) : Field 'nope' in type 'Query' is undefined\","
                + "\"locations\":[{\"line\":1,\"column\":3}],\"extensions\":{\"classification\":\"ValidationError\"}}]}]");
  }

  @Test
  void aBatchOverTheLimitIsRefusedWholeNamingTheLimit() {
    String batch = "[" + String.join(",", java.util.Collections.nCopies(11, "{\"query\":\"mutation { increment }\"}")) + "]";
    int before = schema.counter.get();

    client.post("/graphql", batch)
        .send()
        .assertJson(
            400,
            GRAPHQL_RESPONSE_JSON,
            "{\"errors\":[{\"message\":\"The batch has 11 operations; the limit (maxBatchOperations) is 10.\","
                + "\"extensions\":{\"classification\":\"QUERY_LIMIT\",\"limit\":\"maxBatchOperations\",\"max\":10}}]}");
    assertEquals(before, schema.counter.get());
  }

  @Test
  void batchingCanBeTurnedOff() throws Exception {
    KilnHttpServer single =
        KilnHttpServer.newServer(TestSchema.kiln(schema)).host("127.0.0.1").port(0).maxBatchOperations(1).build();
    single.start();
    try {
      new TestClient(single.address())
          .post("/graphql", "[{\"query\":\"{ hello }\"}]")
          .send()
          .assertJson(400, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"Batched requests are not accepted: send one operation per request.\"}]}");
    } finally {
      single.stop(Duration.ZERO);
    }
  }

  @Test
  void aSubscriptionCannotBeBatched() {
    client.post("/graphql", "[{\"query\":\"subscription { countdown(from: 2) }\"}]")
        .send()
        .assertJson(400, GRAPHQL_RESPONSE_JSON, "{\"errors\":[{\"message\":\"Request 1 of the batch is a subscription, which cannot be batched.\"}]}");
  }
}
