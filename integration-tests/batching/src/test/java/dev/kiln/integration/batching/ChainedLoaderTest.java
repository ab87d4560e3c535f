package dev.kiln.integration.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.DataLoaderDispatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A loader that calls another: {@code userByName} looks up ids, then loads the users through
 * {@code usersById}. Each loader runs one batch for the whole request.
 */
class ChainedLoaderTest {
  private static final String BY_NAME =
      """
      {
        ada: userByName(name: "Ada") { id name }
        grace: userByName(name: "Grace") { id name }
        nobody: userByName(name: "Nobody") { id name }
      }
      """;
  private static final String EXPECTED =
      """
      {"data": {
        "ada": {"id": "1", "name": "Ada"},
        "grace": {"id": "2", "name": "Grace"},
        "nobody": null
      }}
      """;

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = DataLoaderDispatch.class, names = {"CHAINED", "EXHAUSTED"})
  void aLoaderThatCallsAnotherCompletesWithOneBatchPerLoader(DataLoaderDispatch dispatch) {
    try (Fixture fixture = new Fixture(dispatch)) {
      Fixture.Run run = fixture.run(BY_NAME);

      assertEquals(Json.parse(EXPECTED), run.json());
      assertEquals(
          List.of(
              "SELECT id, name FROM users WHERE name IN (?, ?, ?) ORDER BY id [Ada, Grace, Nobody]",
              "SELECT id, name FROM users WHERE id IN (?, ?) ORDER BY id [1, 2]"),
          Statements.texts(run.statements()));
      run.assertStatementCount(2);
      assertEquals(1, run.batchInvokeCount("userByName"));
      assertEquals(1, run.batchInvokeCount("usersById"));
    }
  }

  @Test
  void theOuterBatchHasEveryNameAndTheInnerBatchEveryIdFound() {
    try (Fixture fixture = new Fixture(DataLoaderDispatch.CHAINED)) {
      Fixture.Run run = fixture.run(BY_NAME);

      assertEquals(Map.of("userByName", 1L, "usersById", 1L), run.batchCounts());
      assertEquals(3, run.loaders().getDataLoader("userByName").getStatistics().getBatchLoadCount());
      assertEquals(2, run.loaders().getDataLoader("usersById").getStatistics().getBatchLoadCount());
    }
  }

  @Test
  void aUserFoundByNameIsTheCachedUserForTheRestOfTheRequest() {
    try (Fixture fixture = new Fixture()) {
      Fixture.Run run = fixture.run("{ userByName(name: \"Linus\") { name friends { name friends { name } } } }");

      assertEquals(
          Json.parse(
              """
              {"data": {"userByName": {"name": "Linus", "friends": [
                {"name": "Ada", "friends": [{"name": "Grace"}, {"name": "Linus"}, {"name": "Margaret"}]},
                {"name": "Grace", "friends": [{"name": "Ada"}, {"name": "Linus"}, {"name": "Alan"}]},
                {"name": "Barbara", "friends": [{"name": "Linus"}, {"name": "Edsger"}]}
              ]}}}
              """),
          run.json());
      // Linus came through usersById at level 1, so the friends' statements leave him out.
      assertEquals(
          List.of(List.of("Linus"), List.of(3), List.of(1, 2, 6), List.of(4, 5, 7)),
          run.parametersOfStatementsReading("users"));
    }
  }
}
