package dev.kiln.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code addComment} mutation: as the signed-in viewer, and refused with a client error otherwise. */
class AddCommentTest {
  private static final String ADD_COMMENT =
      "mutation ($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) { id body author { name } } }";

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
  void theViewerAddsACommentWhoseAuthorCostsNoStatement() {
    HttpResponse<String> response =
        blog.post(Json.request(ADD_COMMENT, "{\"postId\": \"1\", \"body\": \"  It could, given the notes.  \"}"), "grace");

    assertEquals(200, response.statusCode());
    assertEquals(
        Json.compact(
            """
            {"data": {"addComment": {"id": "7", "body": "It could, given the notes.", "author": {"name": "Grace Hopper"}}}}
            """),
        response.body());
    assertEquals(
        List.of(
            "SQL  SELECT id, username, name FROM users WHERE username = ?  ['grace']",
            "SQL  SELECT id FROM posts WHERE id = ?  [1]",
            "SQL  INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)  [1, 2, 'It could, given the notes.']"),
        blog.statementLog());

    HttpResponse<String> post = blog.post(Json.request("{ post(id: 1) { comments { id author { username } } } }"), null);
    assertEquals(
        Json.compact(
            """
            {"data": {"post": {"comments": [
              {"id": "1", "author": {"username": "grace"}},
              {"id": "2", "author": {"username": "linus"}},
              {"id": "7", "author": {"username": "grace"}}
            ]}}}
            """),
        post.body());
  }

  @Test
  void anAnonymousRequestIsAClientErrorAndTouchesNothing() {
    HttpResponse<String> response = blog.post(Json.request(ADD_COMMENT, "{\"postId\": \"1\", \"body\": \"Hello\"}"), null);

    // Execution started, so the status is 200 even with application/graphql-response+json.
    assertEquals(200, response.statusCode());
    assertEquals(
        Json.compact(
            """
            {"errors": [{
              "message": "Sign in to comment: send the header \\"Authorization: Bearer <username>\\".",
              "locations": [{"line": 1, "column": 43}],
              "path": ["addComment"],
              "extensions": {"code": "UNAUTHENTICATED", "classification": "CLIENT_ERROR"}
            }],
            "data": null}
            """),
        response.body());
    assertEquals(List.of(), blog.statementLog());
  }

  @Test
  void aCommentOnAPostThatDoesNotExistIsAClientError() {
    HttpResponse<String> response = blog.post(Json.request(ADD_COMMENT, "{\"postId\": \"99\", \"body\": \"Hello\"}"), "ada");

    assertEquals(
        Json.compact(
            """
            {"errors": [{
              "message": "There is no post 99.",
              "locations": [{"line": 1, "column": 43}],
              "path": ["addComment"],
              "extensions": {"code": "NOT_FOUND", "classification": "CLIENT_ERROR"}
            }],
            "data": null}
            """),
        response.body());
    assertEquals(
        List.of(
            "SQL  SELECT id, username, name FROM users WHERE username = ?  ['ada']",
            "SQL  SELECT id FROM posts WHERE id = ?  [99]"),
        blog.statementLog());
  }

  @Test
  void aBlankCommentIsAClientError() {
    HttpResponse<String> response = blog.post(Json.request(ADD_COMMENT, "{\"postId\": \"1\", \"body\": \" \\n \"}"), "ada");

    assertEquals(
        Json.compact(
            """
            {"errors": [{
              "message": "A comment has 1 to 2000 characters.",
              "locations": [{"line": 1, "column": 43}],
              "path": ["addComment"],
              "extensions": {"code": "BAD_USER_INPUT", "classification": "CLIENT_ERROR"}
            }],
            "data": null}
            """),
        response.body());
  }
}
