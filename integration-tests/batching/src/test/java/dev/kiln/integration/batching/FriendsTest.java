package dev.kiln.integration.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.DataLoaderDispatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Friends of friends of friends, where the same people turn up again and again: each person is
 * read from the database once per request.
 */
class FriendsTest {
  private static final String FRIENDS_OF_FRIENDS =
      "{ user(id: 1) { name friends { name friends { name friends { name } } } } }";

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = DataLoaderDispatch.class, names = {"CHAINED", "EXHAUSTED"})
  void everyUserIsReadOnceHoweverOftenTheyRecur(DataLoaderDispatch dispatch) {
    try (Fixture fixture = new Fixture(dispatch)) {
      Fixture.Run run = fixture.run(FRIENDS_OF_FRIENDS);

      assertEquals(Json.parse(Json.resource("expected/friends-of-friends.json")), run.json());
      List<List<Object>> users = run.parametersOfStatementsReading("users");
      assertEquals(List.of(List.of(1), List.of(2, 3, 4), List.of(5, 6, 7), List.of(8)), users);
      assertEquals(
          List.of(List.of(1), List.of(2, 3, 4), List.of(5, 6, 7)),
          run.parametersOfStatementsReading("friendships"));
      run.assertStatementCount(7);
    }
  }

  @Test
  void eachLevelRunsOneBatchOfFriendIdsThenOneOfTheFriendsThemselves() {
    try (Fixture fixture = new Fixture()) {
      Fixture.Run run = fixture.run(FRIENDS_OF_FRIENDS);

      assertEquals(Map.of("friendIds", 3L, "usersById", 4L), run.batchCounts());
      // Eight users, each loaded once; the loads of users already loaded were cache hits.
      assertEquals(8, run.loaders().getDataLoader("usersById").getStatistics().getBatchLoadCount());
      assertEquals(7, run.loaders().getDataLoader("friendIds").getStatistics().getBatchLoadCount());
    }
  }

  @Test
  void aUserWithoutFriendsHasAnEmptyListAndCostsNoUserStatement() {
    try (Fixture fixture = new Fixture()) {
      Fixture.Run run = fixture.run("{ user(id: 13) { name friends { name } } }");

      assertEquals(Json.parse("{\"data\": {\"user\": {\"name\": \"Tim\", \"friends\": []}}}"), run.json());
      run.assertStatementCount(2);
    }
  }
}
