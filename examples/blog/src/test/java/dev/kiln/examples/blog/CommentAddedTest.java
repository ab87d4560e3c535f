package dev.kiln.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code commentAdded} subscription over Server-Sent Events (graphql-sse's distinct connections
 * mode): fed by the {@code addComment} mutation, and its publisher closed when the client goes away
 * or the server stops.
 */
class CommentAddedTest {
  private static final String ADD_COMMENT =
      "mutation ($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) { id } }";

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
  void aSubscriberReceivesTheCommentsAddedToItsPostAndNoOthers() throws Exception {
    HttpResponse<InputStream> response =
        blog.subscribe(Json.request("subscription { commentAdded(postId: 1) { id body author { name } post { title } } }"));
    assertEquals(200, response.statusCode());
    assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    EventReader events = new EventReader(response.body());
    awaitSubscribers(1);

    blog.post(Json.request(ADD_COMMENT, "{\"postId\": \"2\", \"body\": \"Not about post 1.\"}"), "ada");
    blog.post(Json.request(ADD_COMMENT, "{\"postId\": \"1\", \"body\": \"It could, given the notes.\"}"), "grace");

    assertEquals(
        "event: next\ndata: "
            + Json.compact(
                """
                {"data": {"commentAdded": {
                  "id": "8",
                  "body": "It could, given the notes.",
                  "author": {"name": "Grace Hopper"},
                  "post": {"title": "Notes on the Analytical Engine"}
                }}}
                """),
        events.next());
  }

  @Test
  void whenTheClientGoesAwayItsPublisherIsClosed() throws Exception {
    HttpResponse<InputStream> response = blog.subscribe(Json.request("subscription { commentAdded(postId: 1) { id } }"));
    awaitSubscribers(1);

    response.body().close();

    // The server notices at its next write: a keep-alive comment, every 100 ms here.
    awaitSubscribers(0);
  }

  @Test
  void stoppingTheServerEndsTheStreamWithoutCompletingItAndClosesItsPublisher() throws Exception {
    HttpResponse<InputStream> response = blog.subscribe(Json.request("subscription { commentAdded(postId: 1) { id } }"));
    EventReader events = new EventReader(response.body());
    awaitSubscribers(1);

    blog.server.stop(Duration.ofSeconds(1));

    // No "complete" event: the client is to subscribe again once the server is back.
    assertEquals(List.of(), events.rest());
    assertEquals(0, blog.server.feed().subscriberCount());
  }

  @Test
  void subscribingToAPostThatDoesNotExistIsAnErrorEventThenComplete() throws Exception {
    HttpResponse<InputStream> response = blog.subscribe(Json.request("subscription { commentAdded(postId: 99) { id } }"));

    assertEquals(
        List.of(
            "event: next\ndata: "
                + Json.compact(
                    """
                    {"errors": [{
                      "message": "There is no post 99.",
                      "locations": [{"line": 1, "column": 16}],
                      "path": ["commentAdded"],
                      "extensions": {"code": "NOT_FOUND", "classification": "CLIENT_ERROR"}
                    }],
                    "data": null}
                    """),
            "event: complete\ndata:"),
        new EventReader(response.body()).rest());
    assertEquals(0, blog.server.feed().subscriberCount());
  }

  private void awaitSubscribers(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (blog.server.feed().subscriberCount() != count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Expected " + count + " subscribers, but there are " + blog.server.feed().subscriberCount());
      }
      Thread.sleep(10);
    }
  }
}
