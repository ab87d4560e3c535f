package dev.kiln.integration.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Posts, their authors, their last comments and the comments' authors: one statement per loader
 * per level, and a user loaded at one level is not loaded again at the next.
 */
class BlogTest {
  private final Fixture fixture = new Fixture();

  @AfterEach
  void dropTheDatabase() {
    fixture.close();
  }

  @Test
  void chainedDispatchLoadsEveryUserOfLevelsTwoAndThreeInOneStatement() {
    Fixture.Run run =
        fixture.run("{ posts(last: 5) { title author { name } comments(last: 5) { body author { name } } } }");

    assertEquals(Json.parse(Json.resource("expected/blog.json")), run.json());
    // Fewer than one statement per loader per level: graphql-java dispatches the batched comments
    // first, their authors are asked for while the level's usersById batch is still queued, and
    // so one statement loads the posts' and the comments' authors, each user once.
    run.assertStatementCount(3);
    assertEquals(List.of(List.of(5)), run.parametersOfStatementsReading("posts"));
    // One statement for the last five comments of all five posts; the last parameter is the limit.
    assertEquals(List.of(List.of(10, 9, 8, 7, 6, 5)), run.parametersOfStatementsReading("comments"));
    assertEquals(List.of(List.of(1, 2, 3, 5, 6, 7, 8, 9, 12, 13, 14)), run.parametersOfStatementsReading("users"));
    assertEquals(Map.of("Post.comments", 1L, "usersById", 1L), run.batchCounts());
  }

  @Test
  void usersLoadedAtLevelTwoAreNotLoadedAgainAtLevelThree() {
    Fixture.Run run = fixture.run("{ posts(last: 5) { author { id friends { id } } } }");

    // Posts; their authors; the authors' friend lists; then only the friends not loaded already.
    run.assertStatementCount(4);
    List<List<Object>> users = run.parametersOfStatementsReading("users");
    assertEquals(2, users.size());
    Set<Object> authors = new TreeSet<>(users.get(0));
    Set<Object> friends = new TreeSet<>();
    run.json().at("/data/posts").forEach(post -> post.at("/author/friends").forEach(friend -> friends.add(friend.get("id").asInt())));
    friends.removeAll(authors);
    assertEquals(List.of(2, 5, 6, 7, 8), users.get(0));
    assertEquals(List.copyOf(friends), users.get(1));
    assertEquals(Map.of("friendIds", 1L, "usersById", 2L), run.batchCounts());
  }

  @Test
  void whenEveryCommentAuthorAlsoWroteAPostLevelThreeLoadsNoUser() {
    Fixture.Run run =
        fixture.run("{ posts(last: 5) { author { name } comments(last: 1) { author { name } } } }");

    assertEquals(
        Json.parse(
            """
            {"data": {"posts": [
              {"author": {"name": "Donald"}, "comments": [{"author": {"name": "Donald"}}]},
              {"author": {"name": "Barbara"}, "comments": [{"author": {"name": "Alan"}}]},
              {"author": {"name": "Edsger"}, "comments": [{"author": {"name": "Barbara"}}]},
              {"author": {"name": "Grace"}, "comments": [{"author": {"name": "Edsger"}}]},
              {"author": {"name": "Alan"}, "comments": [{"author": {"name": "Grace"}}]}
            ]}}
            """),
        run.json());
    run.assertStatementCount(3);
    assertEquals(List.of(List.of(2, 5, 6, 7, 8)), run.parametersOfStatementsReading("users"));
    assertEquals(1, run.batchInvokeCount("usersById"));
  }

  @Test
  void postsWithDifferentArgumentsForTheBatchedFieldAreBatchedPerArgumentValue() {
    Fixture.Run run =
        fixture.run("{ posts(last: 2) { newest: comments(last: 1) { body } older: comments(last: 2) { body } } }");

    assertEquals(
        Json.parse(
            """
            {"data": {"posts": [
              {"newest": [{"body": "The full quote matters."}],
               "older": [{"body": "Quoted out of context again."}, {"body": "The full quote matters."}]},
              {"newest": [{"body": "Types are the contract."}],
               "older": [{"body": "Substitute wisely."}, {"body": "Types are the contract."}]}
            ]}}
            """),
        run.json());
    // One call of the field's method, so one statement, per distinct value of "last".
    assertEquals(List.of(List.of(10, 9, 1), List.of(10, 9, 2)), run.parametersOfStatementsReading("comments"));
    run.assertStatementCount(3);
  }

  @Test
  void theDefaultOfLastAppliesWhenTheQueryLeavesItOut() {
    Fixture.Run run = fixture.run("{ posts(last: 1) { comments { body } } }");

    assertEquals(
        Json.parse(
            """
            {"data": {"posts": [{"comments": [
              {"body": "The other 3 percent!"}, {"body": "Readability counts."},
              {"body": "Optimizing compilers help."}, {"body": "Quoted out of context again."},
              {"body": "The full quote matters."}
            ]}]}}
            """),
        run.json());
    assertEquals(List.of(List.of(10, 5)), run.parametersOfStatementsReading("comments"));
  }
}
