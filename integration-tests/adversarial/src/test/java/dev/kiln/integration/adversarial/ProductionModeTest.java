package dev.kiln.integration.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.http.KilnHttpServer;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Production mode tells a client no more about the schema than its own operations need. */
class ProductionModeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Kiln kiln = Networks.kiln(new Network()).production(true).build();

  private String run(String query) throws Exception {
    return JSON.writeValueAsString(kiln.execute(KilnRequest.of(query)).toSpecification());
  }

  @Test
  void introspectionIsRefused() throws Exception {
    assertEquals(
        JSON.readTree(
            """
            {"errors": [{"message": "Introspection has been disabled for this request",
                         "locations": [{"line": 1, "column": 3}],
                         "extensions": {"classification": "IntrospectionDisabled"}}]}"""),
        JSON.readTree(run("{ __schema { types { name } } }")));
  }

  @Test
  void aMisspelledFieldGetsNoSuggestionOfTheRightName() throws Exception {
    assertEquals(
        JSON.readTree(
            """
            {"errors": [{"message": "Validation error (FieldUndefined@[member/nam]) : Field 'nam' in type 'Member' is undefined",
                         "locations": [{"line": 1, "column": 19}],
                         "extensions": {"classification": "ValidationError"}}]}"""),
        JSON.readTree(run("{ member(id: 1) { nam } }")));
  }

  @Test
  void typenameStillWorks() throws Exception {
    assertEquals(JSON.readTree("{\"data\": {\"member\": {\"__typename\": \"Member\"}}}"), JSON.readTree(run("{ member(id: 1) { __typename } }")));
  }

  @Test
  void overHttpGraphiqlIsOffIntrospectionRefusedAndErrorsMasked() throws Exception {
    KilnHttpServer server = KilnHttpServer.newServer(kiln).host("127.0.0.1").port(0).build();
    server.start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      URI graphiql = URI.create("http://127.0.0.1:" + server.address().getPort() + "/graphiql");
      HttpResponse<String> page =
          client.send(HttpRequest.newBuilder(graphiql).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
      HttpAttacker http = new HttpAttacker(server.address());

      assertEquals(404, page.statusCode());
      assertEquals(
          new HttpAttacker.Answer(
              400,
              JSON.writeValueAsString(
                  JSON.readTree(
                      """
                      {"errors": [{"message": "Introspection has been disabled for this request", "locations": [{"line": 1, "column": 3}],
                                   "extensions": {"classification": "IntrospectionDisabled"}}]}"""))),
          normalized(http.post(Attack.of("introspection", "{ __schema { types { name } } }", "{}"))));
      assertEquals(
          new HttpAttacker.Answer(
              200,
              JSON.writeValueAsString(
                  JSON.readTree(
                      """
                      {"errors": [{"message": "Internal error", "locations": [{"line": 1, "column": 3}], "path": ["audit"],
                                   "extensions": {"errorId": "<errorId>", "classification": "INTERNAL_ERROR"}}],
                       "data": {"audit": null}}"""))),
          normalized(http.post(Attack.of("secrets", "{ audit }", "{}"))));
    } finally {
      server.stop(Duration.ZERO);
    }
  }

  private static HttpAttacker.Answer normalized(HttpAttacker.Answer answer) throws Exception {
    return new HttpAttacker.Answer(answer.status(), JSON.writeValueAsString(RuntimeAttacksTest.answer(answer.body())));
  }
}
