package dev.kiln.integration.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request cache, {@code maxBatchSize} and {@code cache = false}, counted in statements. */
class LoaderOptionsTest {
  private final Fixture fixture = new Fixture();

  @AfterEach
  void dropTheDatabase() {
    fixture.close();
  }

  @Test
  void theSameKeyTwiceInOneRequestIsLoadedOnce() {
    Fixture.Run run = fixture.run("{ a: user(id: 1) { name } b: user(id: 1) { name } c: user(id: 2) { name } }");

    assertEquals(
        Json.parse("{\"data\": {\"a\": {\"name\": \"Ada\"}, \"b\": {\"name\": \"Ada\"}, \"c\": {\"name\": \"Grace\"}}}"),
        run.json());
    assertEquals(
        List.of("SELECT id, name FROM users WHERE id IN (?, ?) ORDER BY id [1, 2]"),
        Statements.texts(run.statements()));
    run.assertStatementCount(1);
    assertEquals(Map.of("usersById", 1L), run.batchCounts());
    assertEquals(2, run.loaders().getDataLoader("usersById").getStatistics().getBatchLoadCount());
  }

  @Test
  void maxBatchSizeSplitsABatchIntoStatementsOfAtMostThreeKeys() {
    Fixture.Run run = fixture.run("{ usersInBatchesOfThree(ids: [7, 1, 5, 3, 2, 6, 4]) { name } }");

    assertEquals(
        Json.parse(
            """
            {"data": {"usersInBatchesOfThree": [
              {"name": "Edsger"}, {"name": "Ada"}, {"name": "Alan"}, {"name": "Linus"},
              {"name": "Grace"}, {"name": "Barbara"}, {"name": "Margaret"}
            ]}}
            """),
        run.json());
    // The keys in the order they were loaded, three at a time; each batch sorts its own.
    assertEquals(
        List.of(List.of(1, 5, 7), List.of(2, 3, 6), List.of(4)), run.parametersOfStatementsReading("users"));
    run.assertStatementCount(3);
    assertEquals(3, run.batchInvokeCount("usersInBatchesOfThree"));
  }

  @Test
  void aLoaderWithoutCacheLoadsARepeatedKeyAgainWhereACachedLoaderDoesNot() {
    Fixture.Run run =
        fixture.run(
            """
            {
              a: freshUser(id: 1) { name }
              b: freshUser(id: 1) { name }
              c: user(id: 1) { name }
              d: user(id: 1) { name }
            }
            """);

    assertEquals(
        Json.parse(
            """
            {"data": {"a": {"name": "Ada"}, "b": {"name": "Ada"}, "c": {"name": "Ada"}, "d": {"name": "Ada"}}}
            """),
        run.json());
    assertEquals(
        List.of(
            "SELECT id, name FROM users WHERE id IN (?) ORDER BY id [1]",
            "SELECT id, name FROM users WHERE id IN (?, ?) ORDER BY id [1, 1]"),
        Statements.texts(run.statements()).stream().sorted().toList());
    run.assertStatementCount(2);
    assertEquals(2, run.loaders().getDataLoader("freshUsersById").getStatistics().getBatchLoadCount());
    assertEquals(1, run.loaders().getDataLoader("usersById").getStatistics().getBatchLoadCount());
    assertEquals(1, run.loaders().getDataLoader("usersById").getStatistics().getCacheHitCount());
  }
}
