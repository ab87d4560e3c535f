package dev.kiln.examples.blog;

import dev.kiln.http.GraphQLHttpHandler;
import java.io.IOException;
import java.net.BindException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Starts the blog on {@code localhost:8080}, prints where to find it and a {@code curl} command to
 * try, then logs every SQL statement as it runs until Ctrl-C stops the server.
 *
 * <pre>
 * ./mvnw -q -pl examples/blog -am compile exec:java
 * ./mvnw -q -pl examples/blog -am compile exec:java -Dport=9090
 * ./mvnw -q -pl examples/blog -am compile exec:java -Dtelemetry=console
 * </pre>
 *
 * <p>The port is the first argument if there is one, else the system property {@code port}, else
 * 8080. With {@code -Dtelemetry=console}, OpenTelemetry's logging exporters print each span
 * (operation, parse, validate, execute, loader batches) and, every 10 seconds, the metrics. The exit status is 1 if the port cannot be bound and 2 for a port that is not a number
 * from 0 to 65535.
 */
public final class Main {
  static final String HOST = "localhost";
  static final int DEFAULT_PORT = 8080;
  /** The query of the printed {@code curl} command: four levels, one statement per level at most. */
  static final String SAMPLE_QUERY =
      "{ viewer { name } posts { title author { name } comments { body author { name } } } }";

  private static final Duration GRACE_PERIOD = Duration.ofSeconds(5);

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    Integer port = port(args, System.getProperty("port"));
    if (port == null) {
      System.err.println("usage: Main [PORT]   (or -Dport=PORT; the port is a number from 0 to 65535, 8080 by default)");
      System.exit(2);
      return;
    }
    BlogServer blog;
    try {
      blog =
          BlogServer.start(
              HOST,
              port,
              System.out::println,
              GraphQLHttpHandler.DEFAULT_KEEP_ALIVE,
              ConsoleTelemetry.CONSOLE.equals(System.getProperty(ConsoleTelemetry.PROPERTY)) ? ConsoleTelemetry.create() : null);
    } catch (BindException taken) {
      System.err.println("Cannot listen on " + HOST + ":" + port + " (" + taken.getMessage() + "); choose another port with -Dport=PORT.");
      System.exit(1);
      return;
    } catch (IOException failed) {
      System.err.println("Cannot start the server: " + failed);
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping the blog...");
                  blog.stop(GRACE_PERIOD);
                  System.out.println("Stopped.");
                  stopped.countDown();
                },
                "blog-shutdown"));
    System.out.print(banner(blog.address().getPort()));
    // The server's threads would keep the JVM alive too; waiting here says so.
    stopped.await();
  }

  /** The port from the first argument or else {@code property}, 8080 if neither; null if not a port. */
  static @Nullable Integer port(String[] args, @Nullable String property) {
    String text = args.length > 0 ? args[0] : property;
    if (text == null || text.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(text.strip());
      return port >= 0 && port <= 65535 ? port : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** What the server prints once it listens on {@code port}. */
  static String banner(int port) {
    String base = "http://" + HOST + ":" + port;
    return """

        Kiln blog example
          GraphiQL  %1$s/graphiql
          GraphQL   %1$s/graphql
          Sign in with the header "Authorization: Bearer <username>": ada, grace, linus, margaret or edsger.

        Posts, their authors, their comments and the comments' authors, in 4 SQL statements
        (1 finds the viewer, then 1 per level: posts, comments, users):

          %2$s

        Every SQL statement is printed below as it runs. Ctrl-C stops the server.

        """
        .formatted(base, sampleCurl(base));
  }

  /** A {@code curl} command, ready to paste into a POSIX shell, that sends {@link #SAMPLE_QUERY} as ada. */
  static String sampleCurl(String base) {
    return "curl -s " + base + "/graphql -H 'Authorization: Bearer ada' -H 'Content-Type: application/json' -d '"
        + sampleBody() + "'";
  }

  /** The JSON body of the sample request. */
  static String sampleBody() {
    return "{\"query\":\"" + SAMPLE_QUERY + "\"}";
  }
}
