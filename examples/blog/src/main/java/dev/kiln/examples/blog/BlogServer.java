package dev.kiln.examples.blog;

import dev.kiln.http.GraphQLHttpHandler;
import dev.kiln.http.KilnHttpServer;
import dev.kiln.opentelemetry.KilnTelemetry;
import dev.kiln.runtime.Kiln;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The blog, running: a new sample database, the schema that Kiln generated from this package, and
 * an HTTP server with the GraphQL endpoint at {@code /graphql} and GraphiQL at {@code /graphiql}.
 */
public final class BlogServer {
  private final Database database;
  private final CommentFeed feed = new CommentFeed();
  private final Map<Class<?>, Object> instances;
  private final KilnHttpServer server;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final @Nullable OpenTelemetrySdk telemetry;

  private BlogServer(Database database, String host, int port, Duration keepAlive, @Nullable OpenTelemetrySdk telemetry) {
    this.telemetry = telemetry;
    this.database = database;
    this.instances =
        Map.of(
            Queries.class, new Queries(database),
            Comments.class, new Comments(database, feed),
            PostResolvers.class, new PostResolvers(database),
            BlogLoaders.class, new BlogLoaders(database));
    Kiln.Builder kiln = Kiln.newKiln().instanceProvider(this::instance);
    if (telemetry != null) {
      kiln.instrumentation(KilnTelemetry.create(telemetry));
    }
    this.server =
        KilnHttpServer.newServer(kiln.build())
            .host(host)
            .port(port)
            .contextFactory(new Viewers(database))
            .keepAlive(keepAlive)
            .build();
  }

  /**
   * Creates the database and starts serving.
   *
   * @param host the host name or address to listen on, such as {@code localhost}
   * @param port the port, or 0 for any free one (see {@link #address()})
   * @param statementLog receives every SQL statement before it runs
   * @throws IOException if the port cannot be bound
   */
  public static BlogServer start(String host, int port, Consumer<ExecutedStatement> statementLog) throws IOException {
    return start(host, port, statementLog, GraphQLHttpHandler.DEFAULT_KEEP_ALIVE);
  }

  /** Like {@link #start(String, int, Consumer)}, with the interval of event streams' keep-alive comments. */
  static BlogServer start(String host, int port, Consumer<ExecutedStatement> statementLog, Duration keepAlive)
      throws IOException {
    return start(host, port, statementLog, keepAlive, null);
  }

  /** Like {@link #start(String, int, Consumer, Duration)}, with traces and metrics sent to {@code telemetry}, closed on stop. */
  static BlogServer start(
      String host, int port, Consumer<ExecutedStatement> statementLog, Duration keepAlive, @Nullable OpenTelemetrySdk telemetry)
      throws IOException {
    Database database = new Database(statementLog);
    try {
      BlogServer blog = new BlogServer(database, host, port, keepAlive, telemetry);
      blog.server.start();
      return blog;
    } catch (IOException | RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The address the server listens on, with the actual port. */
  public InetSocketAddress address() {
    return server.address();
  }

  /** The comments feed, which tests watch for subscribers. */
  CommentFeed feed() {
    return feed;
  }

  /**
   * Stops gracefully: new requests are refused, the requests in progress may finish within {@code
   * gracePeriod}, event streams end (without a {@code complete} event, so that their clients
   * subscribe again when the blog is back) and their publishers close; then the port is released
   * and the database dropped. Does nothing the second time.
   */
  public void stop(Duration gracePeriod) {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      server.stop(gracePeriod);
      // Stopping the server cancelled every stream, which closed its publisher; this closes any
      // publisher that a request still in progress went on to open.
      feed.close();
    } finally {
      database.close();
      if (telemetry != null) {
        telemetry.close();
      }
    }
  }

  private <T> @Nullable T instance(Class<T> type) {
    return type.cast(instances.get(type));
  }
}
