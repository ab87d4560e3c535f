package dev.kiln.integration.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch that throws fails every field that asked for one of its keys, each with a masked error;
 * a key that fails alone fails only its own field.
 */
class FailureTest {
  private final Fixture fixture = new Fixture();
  private final Logger runtimeLogger = Logger.getLogger("dev.kiln.runtime");
  private boolean usedParentHandlers;

  @BeforeEach
  void keepTheExpectedStackTracesOutOfTheBuildOutput() {
    usedParentHandlers = runtimeLogger.getUseParentHandlers();
    runtimeLogger.setUseParentHandlers(false);
  }

  @AfterEach
  void dropTheDatabase() {
    runtimeLogger.setUseParentHandlers(usedParentHandlers);
    fixture.close();
  }

  @Test
  void aBatchThatThrowsFailsEveryPathThatAskedWithAMaskedErrorThatLeaksNothing() {
    String query =
        """
        { posts(last: 2) {
            title
            author { name avatarUrl }
            comments(last: 2) { body author { name avatarUrl } } } }
        """;

    Fixture.Run run = fixture.run(query);

    assertLeaksNothing(run.json());
    assertEquals(
        Json.parse(
            """
            {
              "errors": [
                %1$s "path": ["posts", 0, "author", "avatarUrl"], %3$s},
                %2$s "path": ["posts", 0, "comments", 0, "author", "avatarUrl"], %3$s},
                %2$s "path": ["posts", 0, "comments", 1, "author", "avatarUrl"], %3$s},
                %1$s "path": ["posts", 1, "author", "avatarUrl"], %3$s},
                %2$s "path": ["posts", 1, "comments", 0, "author", "avatarUrl"], %3$s},
                %2$s "path": ["posts", 1, "comments", 1, "author", "avatarUrl"], %3$s}
              ],
              "data": {"posts": [
                {"title": "Premature optimization",
                 "author": {"name": "Donald", "avatarUrl": null},
                 "comments": [
                   {"body": "Quoted out of context again.", "author": {"name": "Tim", "avatarUrl": null}},
                   {"body": "The full quote matters.", "author": {"name": "Donald", "avatarUrl": null}}]},
                {"title": "Abstraction and substitution",
                 "author": {"name": "Barbara", "avatarUrl": null},
                 "comments": [
                   {"body": "Substitute wisely.", "author": {"name": "Radia", "avatarUrl": null}},
                   {"body": "Types are the contract.", "author": {"name": "Alan", "avatarUrl": null}}]}
              ]}
            }
            """
                .formatted(
                    error(query, 3, "avatarUrl"),
                    error(query, 4, "avatarUrl"),
                    "\"extensions\": {\"errorId\": \"<errorId>\", \"classification\": \"INTERNAL_ERROR\"}")),
        withErrorsInPathOrder(run.json()));
    // Level 3 asks for the posts' authors' avatars, level 4 for the comment authors' not asked yet;
    // Donald's failed load is cached, so level 4 does not ask for him again.
    assertEquals(
        List.of(List.of(6, 8), List.of(5, 12, 13)), run.parametersOfStatementsReading("user_avatars"));
    // Posts, comments, the users of both levels in one statement (see BlogTest), two avatar batches.
    assertEquals(5, run.statements().size());
    List<ExecutedStatement> executed =
        run.statements().stream().filter(statement -> !statement.sql().contains("user_avatars")).toList();
    // H2 rejects the avatar statements before executing them, so counts only the other four.
    assertEquals(Statements.countsBySql(executed), run.h2Counts());
  }

  @Test
  void aKeyThatFailsAloneFailsOnlyItsOwnField() {
    String query =
        """
        {
          ada: user(id: 1) { name homepage }
          grace: user(id: 2) { name homepage }
          linus: user(id: 3) { name homepage }
          margaret: user(id: 4) { name homepage }
        }
        """;

    Fixture.Run run = fixture.run(query);

    assertLeaksNothing(run.json());
    assertEquals(
        Json.parse(
            """
            {
              "errors": [
                %s "path": ["linus", "homepage"],
                 "extensions": {"errorId": "<errorId>", "classification": "INTERNAL_ERROR"}}
              ],
              "data": {
                "ada": {"name": "Ada", "homepage": "https://ada.example.org"},
                "grace": {"name": "Grace", "homepage": "https://grace.example.org/cobol"},
                "linus": {"name": "Linus", "homepage": null},
                "margaret": {"name": "Margaret", "homepage": null}
              }
            }
            """
                .formatted(error(query, 4, "homepage"))),
        withErrorsInPathOrder(run.json()));
    // One batch for all four users: the failure of one key did not split it.
    assertEquals(List.of(List.of(1, 2, 3, 4), List.of(1, 2, 3, 4)), run.parametersOfStatementsReading("users"));
    run.assertStatementCount(2);
  }

  /**
   * The start of a masked error, up to its path: {@code {"message": ..., "locations": [...],} for
   * {@code field} on line {@code line} of {@code query}.
   */
  private static String error(String query, int line, String field) {
    String text = query.lines().toList().get(line - 1);
    int column = text.indexOf(field) + 1;
    return "{\"message\": \"Internal error\", \"locations\": [{\"line\": %d, \"column\": %d}],"
        .formatted(line, column);
  }

  /** Fails if the response shows anything of the database or the exceptions behind the errors. */
  private void assertLeaksNothing(JsonNode response) {
    String text = response.toString();
    for (String secret : List.of(fixture.database.url(), "jdbc:", "h2", "user_avatars", "USER_AVATARS", "SELECT", "malformed", "Exception")) {
      assertFalse(text.contains(secret), () -> "The response contains \"" + secret + "\": " + text);
    }
  }

  /**
   * The response with each error's random errorId replaced by {@code <errorId>}, once checked to
   * be a distinct UUID, and the errors sorted by path: the order in which fields fail is not part
   * of the contract.
   */
  private static JsonNode withErrorsInPathOrder(JsonNode response) {
    JsonNode copy = response.deepCopy();
    List<JsonNode> errors = new ArrayList<>();
    Set<String> errorIds = new HashSet<>();
    for (JsonNode error : copy.path("errors")) {
      ObjectNode extensions = (ObjectNode) error.get("extensions");
      String errorId = extensions.get("errorId").asText();
      UUID.fromString(errorId); // throws unless the id is a UUID
      assertTrue(errorIds.add(errorId), () -> "Two errors share the errorId " + errorId);
      extensions.put("errorId", "<errorId>");
      errors.add(error);
    }
    errors.sort(Comparator.comparing((JsonNode error) -> error.get("path").toString()));
    if (copy.has("errors")) {
      ArrayNode sorted = ((ObjectNode) copy).putArray("errors");
      errors.forEach(sorted::add);
    }
    return copy;
  }
}
