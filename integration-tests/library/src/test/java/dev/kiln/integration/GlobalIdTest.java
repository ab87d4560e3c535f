package dev.kiln.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionInput;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Book and Author are {@code @Node} types: their ids are opaque global IDs, which {@code node},
 * {@code nodes} and the {@code @Id(node = Book.class)} argument of {@code onShelf} take back. The
 * IDs here are base64url of "Book:1", "Author:butler" and so on.
 */
class GlobalIdTest {
  private static final byte[] SECRET = "library test secret, 32 bytes...".getBytes(StandardCharsets.UTF_8);

  private final Kiln kiln = Kiln.newKiln().loaderStatistics(true).build();

  @Test
  void nodeLoadsTheObjectAnIdNamesAndFragmentsSelectItsType() {
    String query =
        """
        {
          book: node(id: "Qm9vazoz") { __typename id ... on Book { title } ... on Author { name } }
          author: node(id: "QXV0aG9yOmJ1dGxlcg") { __typename id ... on Book { title } ... on Author { name } }
        }
        """;

    assertEquals(
        Json.parse(
            """
            {"data": {
              "book": {"__typename": "Book", "id": "Qm9vazoz", "title": "Kindred"},
              "author": {"__typename": "Author", "id": "QXV0aG9yOmJ1dGxlcg", "name": "Octavia E. Butler"}
            }}
            """),
        run(kiln, query).json());
  }

  @Test
  void nodesLoadsEveryIdInOrderWithOneBatchPerType() {
    String query =
        """
        {
          nodes(ids: ["Qm9vazo1", "QXV0aG9yOmJ1dGxlcg", "Qm9vazox", "Qm9vazo5OQ", "QXV0aG9yOmdhaW1hbg", "QXV0aG9yOm5vYm9keQ"]) {
            ... on Book { title }
            ... on Author { name }
          }
        }
        """;
    Run run = run(kiln, query);

    assertEquals(
        Json.parse(
            """
            {"data": {"nodes": [
              {"title": "Murder on the Orient Express"},
              {"name": "Octavia E. Butler"},
              {"title": "A Wizard of Earthsea"},
              null,
              {"name": "Neil Gaiman"},
              null
            ]}}
            """),
        run.json());
    assertEquals(1, run.loaders().getDataLoader("booksById").getStatistics().getBatchInvokeCount());
    assertEquals(3, run.loaders().getDataLoader("booksById").getStatistics().getBatchLoadCount());
    assertEquals(1, run.loaders().getDataLoader("authorsById").getStatistics().getBatchInvokeCount());
    assertEquals(3, run.loaders().getDataLoader("authorsById").getStatistics().getBatchLoadCount());
  }

  @Test
  void anIdReadFromAnObjectLoadsTheSameObject() {
    String id = run(kiln, "{ books(first: 1, sortBy: \"year\") { id } }").json().at("/data/books/0/id").asText();

    JsonNode node = run(kiln, "query($id: ID!) { node(id: $id) { id ... on Book { title year } } }", Map.of("id", id)).json();

    assertEquals(Json.parse("{\"data\": {\"node\": {\"id\": \"" + id + "\", \"title\": \"Murder on the Orient Express\", \"year\": 1934}}}"), node);
  }

  @Test
  void aTamperedIdIsTheClientsErrorAtTheFieldAndNothingIsLoaded() {
    // Book:2's ID, "Qm9vazoy", with padding appended, which Kiln never writes.
    Run run = run(kiln, "{ node(id: \"Qm9vazoy=\") { id } }");

    assertEquals(
        Json.parse(
            """
            {"errors": [{
              "message": "\\"Qm9vazoy=\\" is not a valid ID.",
              "locations": [{"line": 1, "column": 3}],
              "path": ["node"],
              "extensions": {"classification": "INVALID_ID"}
            }],
            "data": {"node": null}}
            """),
        run.json());
    assertEquals(0, run.loaders().getDataLoader("booksById").getStatistics().getBatchInvokeCount());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          an ID of no node type ("Shelf:1")                  | U2hlbGY6MQ
          a key with a leading zero ("Book:01")              | Qm9vazowMQ
          a key with a sign ("Book:+1")                      | Qm9vazorMQ
          the raw key, not a global ID                       | 1
          standard base64 instead of base64url               | Qm9v+zox
          """)
  void anIdThatIsNotExactlyOneThatKilnWroteIsInvalid(String what, String id) {
    JsonNode result = run(kiln, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).json();

    assertEquals(
        Json.parse(
            """
            {"errors": [{
              "message": "\\"%s\\" is not a valid ID.",
              "locations": [{"line": 1, "column": 19}],
              "path": ["node"],
              "extensions": {"classification": "INVALID_ID"}
            }],
            "data": {"node": null}}
            """
                .formatted(id)),
        result);
  }

  @Test
  void anInvalidIdAmongNodesIsNullWithAnErrorAtItsIndex() {
    JsonNode result = run(kiln, "{ nodes(ids: [\"Qm9vazox\", \"not-an-id\"]) { id } }").json();

    assertEquals(
        Json.parse(
            """
            {"errors": [{
              "message": "\\"not-an-id\\" is not a valid ID.",
              "locations": [{"line": 1, "column": 3}],
              "path": ["nodes", 1],
              "extensions": {"classification": "INVALID_ID"}
            }],
            "data": {"nodes": [{"id": "Qm9vazox"}, null]}}
            """),
        result);
  }

  @Test
  void anOverlongIdIsEchoedOnlyInPart() {
    String id = "A".repeat(600);

    JsonNode result = run(kiln, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).json();

    assertEquals("\"" + "A".repeat(40) + "…\" is not a valid ID.", result.at("/errors/0/message").asText());
  }

  @Test
  void anIdArgumentReceivesTheKeysOfBookIds() {
    JsonNode result = run(kiln, "{ onShelf(ids: [\"Qm9vazo2\", \"Qm9vazo1\", \"Qm9vazoy\", \"Qm9vazox\"]) { title } }").json();

    assertEquals(
        Json.parse("{\"data\": {\"onShelf\": [{\"title\": \"Murder on the Orient Express\"}, {\"title\": \"A Wizard of Earthsea\"}]}}"),
        result);
  }

  @Test
  void anIdArgumentRefusesTheIdOfAnotherTypeWithoutCallingTheMethod() {
    JsonNode result = run(kiln, "{ onShelf(ids: [\"Qm9vazox\", \"QXV0aG9yOmJ1dGxlcg\"]) { title } }").json();

    assertEquals(
        Json.parse(
            """
            {"errors": [{
              "message": "\\"QXV0aG9yOmJ1dGxlcg\\" is not a valid ID of type \\"Book\\".",
              "locations": [{"line": 1, "column": 3}],
              "path": ["onShelf"],
              "extensions": {"classification": "INVALID_ID"}
            }],
            "data": null}
            """),
        result);
  }

  @Test
  void withASecretIdsAreSignedAndAnAlteredOrUnsignedIdIsInvalid() {
    Kiln signed = Kiln.newKiln().globalIdSecret(SECRET).build();
    String id = run(signed, "{ book(id: 3) { id } }").json().at("/data/book/id").asText();
    assertNotEquals("Qm9vazoz", id);
    assertEquals(
        Json.parse("{\"data\": {\"node\": {\"id\": \"" + id + "\", \"title\": \"Kindred\"}}}"),
        run(signed, "query($id: ID!) { node(id: $id) { id ... on Book { title } } }", Map.of("id", id)).json());

    String altered = id.substring(0, id.length() - 2) + (id.charAt(id.length() - 2) == 'A' ? 'B' : 'A') + id.charAt(id.length() - 1);
    for (String invalid : new String[] {altered, "Qm9vazoz"}) {
      JsonNode result = run(signed, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", invalid)).json();
      assertEquals("\"" + invalid + "\" is not a valid ID.", result.at("/errors/0/message").asText(), invalid);
      assertEquals("INVALID_ID", result.at("/errors/0/extensions/classification").asText(), invalid);
      assertEquals(Json.parse("{\"node\": null}"), result.get("data"), invalid);
    }
    assertEquals(
        Json.parse("{\"data\": {\"node\": null}, \"errors\": [{\"message\": \"\\\"" + id + "\\\" is not a valid ID.\", \"locations\": [{\"line\": 1, \"column\": 19}], \"path\": [\"node\"], \"extensions\": {\"classification\": \"INVALID_ID\"}}]}"),
        run(kiln, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).json(),
        "an unsigned Kiln refuses a signed ID, whose key is not a number");
  }

  private record Run(JsonNode json, DataLoaderRegistry loaders) {}

  private static Run run(Kiln kiln, String query) {
    return run(kiln, query, Map.of());
  }

  private static Run run(Kiln kiln, String query, Map<String, Object> variables) {
    ExecutionInput input = kiln.newExecutionInput(KilnRequest.newRequest().query(query).variables(variables).build());
    return new Run(Json.of(kiln.execute(input)), input.getDataLoaderRegistry());
  }
}
