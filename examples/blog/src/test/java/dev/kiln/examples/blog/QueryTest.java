package dev.kiln.examples.blog;

import static dev.kiln.examples.blog.RunningBlog.GRAPHQL_RESPONSE_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Queries over HTTP, with the SQL they cost: one statement per level of the query, however many
 * posts, comments and authors the level has, and each user loaded once.
 */
class QueryTest {
  private RunningBlog blog;

  @BeforeEach
  void start() throws IOException {
    blog = new RunningBlog();
  }

  @AfterEach
  void stop() {
    blog.close();
  }

  @Test
  void theSampleQueryCostsOneStatementToFindTheViewerAndOnePerLevel() {
    HttpResponse<String> response = blog.post(Main.sampleBody(), "ada");

    assertEquals(200, response.statusCode());
    assertEquals(GRAPHQL_RESPONSE_JSON, response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        Json.compact(
            """
            {"data": {
              "viewer": {"name": "Ada Lovelace"},
              "posts": [
                {"title": "Go to statement considered harmful", "author": {"name": "Edsger Dijkstra"}, "comments": [
                  {"body": "Sometimes a jump is the clearest way.", "author": {"name": "Grace Hopper"}},
                  {"body": "Structured programming is the point.", "author": {"name": "Edsger Dijkstra"}}]},
                {"title": "The first actual bug", "author": {"name": "Grace Hopper"}, "comments": [
                  {"body": "Was it really a moth?", "author": {"name": "Ada Lovelace"}},
                  {"body": "Tape it into the log book.", "author": {"name": "Margaret Hamilton"}}]},
                {"title": "Notes on the Analytical Engine", "author": {"name": "Ada Lovelace"}, "comments": [
                  {"body": "Could the engine compose music?", "author": {"name": "Grace Hopper"}},
                  {"body": "Ship it.", "author": {"name": "Linus Torvalds"}}]}
              ]
            }}
            """),
        response.body());
    // Unbatched, the 3 post authors, 3 comment lists and 6 comment authors would be 12 statements
    // after the posts; the authors of posts and of comments are even loaded in one.
    assertEquals(
        List.of(
            "SQL  SELECT id, username, name FROM users WHERE username = ?  ['ada']",
            "SQL  SELECT id, author_id, title FROM posts ORDER BY id DESC LIMIT ?  [10]",
            "SQL  SELECT id, post_id, author_id, body FROM comments WHERE post_id IN (?, ?, ?) ORDER BY id  [3, 2, 1]",
            "SQL  SELECT id, username, name FROM users WHERE id IN (?, ?, ?, ?, ?)  [1, 2, 3, 4, 5]"),
        blog.statementLog());
  }

  @Test
  void anAnonymousRequestHasNoViewerAndCostsNoStatementToFindOne() {
    HttpResponse<String> response =
        blog.post(Json.request("{ viewer { name } post(id: 2) { title author { username } comments { author { username } } } }"), null);

    assertEquals(200, response.statusCode());
    assertEquals(
        Json.compact(
            """
            {"data": {
              "viewer": null,
              "post": {"title": "The first actual bug", "author": {"username": "grace"}, "comments": [
                {"author": {"username": "ada"}}, {"author": {"username": "margaret"}}]}
            }}
            """),
        response.body());
    assertEquals(
        List.of(
            "SQL  SELECT id, author_id, title FROM posts WHERE id IN (?)  [2]",
            "SQL  SELECT id, post_id, author_id, body FROM comments WHERE post_id IN (?) ORDER BY id  [2]",
            "SQL  SELECT id, username, name FROM users WHERE id IN (?, ?, ?)  [1, 2, 4]"),
        blog.statementLog());
  }

  @Test
  void aBearerTokenThatNamesNoUserIsRefusedWith401() {
    HttpResponse<String> response = blog.post(Json.request("{ viewer { name } }"), "bob");

    assertEquals(401, response.statusCode());
    assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertEquals(Json.compact("{\"errors\": [{\"message\": \"No user is called \\\"bob\\\".\"}]}"), response.body());
    assertEquals(List.of("SQL  SELECT id, username, name FROM users WHERE username = ?  ['bob']"), blog.statementLog());
  }

  @Test
  void aLongBearerNameIsShownCutInThe401AndInTheLog() {
    String name = "b".repeat(4000);

    HttpResponse<String> response = blog.post(Json.request("{ viewer { name } }"), name);

    assertEquals(401, response.statusCode());
    assertEquals(
        Json.compact("{\"errors\": [{\"message\": \"No user is called \\\"" + "b".repeat(40) + "…\\\".\"}]}"), response.body());
    assertEquals(
        List.of("SQL  SELECT id, username, name FROM users WHERE username = ?  ['" + "b".repeat(200) + "'… (4000 characters)]"),
        blog.statementLog());
  }
}
