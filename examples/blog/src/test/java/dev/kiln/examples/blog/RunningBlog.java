package dev.kiln.examples.blog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A blog server on a free port of the loopback interface, with its own new database, and a client
 * that sends it real HTTP requests with the JDK's {@link HttpClient}. It records the SQL statements
 * the server runs; each request sent with {@link #post} counts them from zero.
 */
final class RunningBlog implements AutoCloseable {
  static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json; charset=utf-8";
  /** Short, so that a client that has gone is noticed within a test. */
  static final Duration KEEP_ALIVE = Duration.ofMillis(100);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  final BlogServer server;
  private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();
  private final URI base;

  RunningBlog() throws IOException {
    this.server = BlogServer.start("127.0.0.1", 0, statements::add, KEEP_ALIVE);
    this.base = URI.create("http://127.0.0.1:" + server.address().getPort());
  }

  /**
   * POSTs a GraphQL request body to {@code /graphql} as {@code username} (anonymously if null),
   * asking for {@code application/graphql-response+json}, after emptying the statement log.
   */
  HttpResponse<String> post(String body, @Nullable String username) {
    statements.clear();
    return send(graphql(body, username).header("Accept", "application/graphql-response+json").build(), BodyHandlers.ofString());
  }

  /** POSTs a subscription, asking for an event stream, and returns the response as it arrives. */
  HttpResponse<InputStream> subscribe(String body) {
    return send(graphql(body, null).header("Accept", "text/event-stream").build(), BodyHandlers.ofInputStream());
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
  }

  /** The statements run since the last {@link #post}, each as its log line. */
  List<String> statementLog() {
    return statements.stream().map(ExecutedStatement::toString).toList();
  }

  @Override
  public void close() {
    server.stop(Duration.ZERO);
  }

  private HttpRequest.Builder graphql(String body, @Nullable String username) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/graphql"))
            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10));
    if (username != null) {
      request.header("Authorization", "Bearer " + username);
    }
    return request;
  }

  private static <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> body) {
    try {
      return CLIENT.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
