package dev.kiln.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kiln.runtime.Kiln;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP server for a {@link Kiln}, on the JDK's own {@code com.sun.net.httpserver}: no other
 * dependency. It serves the GraphQL endpoint ({@link GraphQLHttpHandler}, with subscriptions over
 * Server-Sent Events) and GraphiQL.
 *
 * <pre>{@code
 * KilnHttpServer server = KilnHttpServer.newServer(kiln)
 *     .port(8080)
 *     .contextFactory(request -> viewers.fromAuthorization(request.getHeader("Authorization")))
 *     .build();
 * server.start();                        // http://localhost:8080/graphql, GraphiQL at /graphiql
 * ...
 * server.stop(Duration.ofSeconds(10));   // lets the requests in progress finish
 * }</pre>
 *
 * <p>Requests run on a bounded pool of threads ({@link Builder#threads(int)}) with a bounded queue;
 * when both are full, further connections are closed rather than queued without limit. An event
 * stream holds no thread while it waits for its next event.
 */
public final class KilnHttpServer {
  private static final int QUEUE_PER_THREAD = 64;
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final GraphQLHttpHandler handler;
  private final @Nullable GraphiQL graphiql;
  private final String host;
  private final int port;
  private final String path;
  private final int threads;
  private final @Nullable Executor executor;

  private final Object lifecycle = new Object();
  private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
  private @Nullable HttpServer server;
  private @Nullable ExecutorService ownExecutor;
  private int inFlight;
  private boolean stopping;

  private KilnHttpServer(Builder builder) {
    this.handler = builder.handler.build();
    this.graphiql = builder.graphiqlPath == null ? null : new GraphiQL(builder.graphiqlPath, builder.path);
    this.host = builder.host;
    this.port = builder.port;
    this.path = builder.path;
    this.threads = builder.threads;
    this.executor = builder.executor;
  }

  public static Builder newServer(Kiln kiln) {
    return new Builder(kiln);
  }

  /**
   * Binds the port and starts serving.
   *
   * @throws IOException if the address cannot be bound
   * @throws IllegalStateException if the server was started already
   */
  public void start() throws IOException {
    synchronized (lifecycle) {
      if (server != null) {
        throw new IllegalStateException("The server was started already; a stopped server cannot be restarted.");
      }
      disableNagle();
      HttpServer created = HttpServer.create(new InetSocketAddress(host, port), 0);
      created.createContext(path, exchange -> serve(exchange, this::serveGraphQL));
      GraphiQL page = graphiql;
      if (page != null) {
        created.createContext(page.pagePath(), exchange -> serve(exchange, e -> serveGraphiQL(e, page)));
      }
      if (executor != null) {
        created.setExecutor(executor);
      } else {
        ownExecutor = boundedPool(threads);
        created.setExecutor(ownExecutor);
      }
      created.start();
      server = created;
    }
  }

  /**
   * The address the server listens on, with the actual port when {@link Builder#port(int)} was 0.
   *
   * @throws IllegalStateException if the server has not been started
   */
  public InetSocketAddress address() {
    synchronized (lifecycle) {
      if (server == null) {
        throw new IllegalStateException("The server has not been started.");
      }
      return server.getAddress();
    }
  }

  /**
   * Stops the server gracefully: new requests are refused with {@code 503}, event streams are
   * closed (their clients reconnect elsewhere), and the requests in progress may finish within
   * {@code gracePeriod}; then every connection is closed and the port released. Returns when the
   * server has stopped. Does nothing if the server is not running.
   */
  public void stop(Duration gracePeriod) {
    long deadline = System.nanoTime() + gracePeriod.toNanos();
    HttpServer running;
    synchronized (lifecycle) {
      if (server == null || stopping) {
        return;
      }
      stopping = true;
      running = server;
    }
    streams.forEach(EventStream::cancel);
    synchronized (lifecycle) {
      long remaining;
      while (inFlight > 0 && (remaining = deadline - System.nanoTime()) > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(lifecycle, remaining);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    running.stop(0);
    ExecutorService pool = ownExecutor;
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /**
   * JDK 17's server sends a response's headers and body as two writes; with Nagle's algorithm on,
   * the body then waits for the client's delayed acknowledgement of the headers, about 40 ms on
   * every request of a kept-alive connection. The server reads this setting once, when the first
   * server in the JVM starts, and offers no other way to set it; an explicit value is respected.
   */
  private static void disableNagle() {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  /** Runs {@code handling} for {@code exchange}, counted as in flight, unless the server is stopping. */
  private void serve(HttpExchange exchange, ExchangeHandler handling) throws IOException {
    synchronized (lifecycle) {
      if (!stopping) {
        inFlight++;
      } else {
        refuse(exchange);
        return;
      }
    }
    try {
      handling.handle(exchange);
    } finally {
      synchronized (lifecycle) {
        inFlight--;
        lifecycle.notifyAll();
      }
    }
  }

  private void serveGraphQL(HttpExchange exchange) throws IOException {
    HttpRequest request = toRequest(exchange);
    if (!request.getPath().equals(path)) {
      send(exchange, notFound());
      return;
    }
    HttpResponse response = handler.handle(request, exchange.getRequestBody());
    if (!response.isEventStream()) {
      send(exchange, response);
      return;
    }
    EventStream stream = response.getEventStream();
    sendHeaders(exchange, response, 0);
    streams.add(stream);
    stream.open(new ExchangeSink(exchange, () -> streams.remove(stream)));
    boolean stoppedMeanwhile;
    synchronized (lifecycle) {
      stoppedMeanwhile = stopping;
    }
    if (stoppedMeanwhile) {
      stream.cancel();
    }
  }

  private static void serveGraphiQL(HttpExchange exchange, GraphiQL page) throws IOException {
    HttpResponse response = page.handle(toRequest(exchange));
    send(exchange, response != null ? response : notFound());
  }

  private static HttpRequest toRequest(HttpExchange exchange) {
    return HttpRequest.newRequest()
        .method(exchange.getRequestMethod())
        .path(exchange.getRequestURI().getPath())
        .rawQuery(exchange.getRequestURI().getRawQuery())
        .headers(exchange.getRequestHeaders())
        .build();
  }

  private static void send(HttpExchange exchange, HttpResponse response) throws IOException {
    try (exchange) {
      sendHeaders(exchange, response, response.getBodyLength() == 0 ? -1 : response.getBodyLength());
      if (response.getBodyLength() > 0) {
        response.writeBody(exchange.getResponseBody());
      }
      // Closing the exchange first drains what is left of the request body, which a client told
      // 413 by its Content-Length never sends: the answer goes out before that wait.
      exchange.getResponseBody().flush();
    }
  }

  private static void sendHeaders(HttpExchange exchange, HttpResponse response, long length) throws IOException {
    response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(response.getStatus(), length);
  }

  private static void refuse(HttpExchange exchange) throws IOException {
    byte[] body = "{\"errors\":[{\"message\":\"The server is shutting down.\"}]}".getBytes(StandardCharsets.UTF_8);
    send(
        exchange,
        HttpResponse.of(503, Map.of("Content-Type", "application/json; charset=utf-8", "Connection", "close"), body));
  }

  private static HttpResponse notFound() {
    byte[] body = "{\"errors\":[{\"message\":\"Not found.\"}]}".getBytes(StandardCharsets.UTF_8);
    return HttpResponse.of(404, Map.of("Content-Type", "application/json; charset=utf-8"), body);
  }

  private static ExecutorService boundedPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = task -> new Thread(task, "kiln-http-" + count.incrementAndGet());
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD), factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  @FunctionalInterface
  private interface ExchangeHandler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** Writes an event stream to the exchange's chunked body, and ends the exchange when it ends. */
  private static final class ExchangeSink implements EventSink {
    private final HttpExchange exchange;
    private final OutputStream body;
    private final Runnable onClose;

    ExchangeSink(HttpExchange exchange, Runnable onClose) {
      this.exchange = exchange;
      this.body = exchange.getResponseBody();
      this.onClose = onClose;
    }

    @Override
    public void write(String text) throws IOException {
      body.write(text.getBytes(StandardCharsets.UTF_8));
      body.flush();
    }

    @Override
    public void close() {
      try {
        exchange.close();
      } finally {
        onClose.run();
      }
    }
  }

  /** Builds a {@link KilnHttpServer}. */
  public static final class Builder {
    private final GraphQLHttpHandler.Builder handler;
    private String host = "0.0.0.0";
    private int port = 8080;
    private String path = "/graphql";
    private @Nullable String graphiqlPath = "/graphiql";
    private int threads = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());
    private @Nullable Executor executor;

    private Builder(Kiln kiln) {
      this.handler = GraphQLHttpHandler.newHandler(kiln);
      if (kiln.isProduction()) {
        this.graphiqlPath = null; // GraphiQL is a development tool; graphiql(true) turns it on
      }
    }

    /** The host name or address to listen on; {@code 0.0.0.0} (every interface) by default. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    /** The port to listen on; 8080 by default, 0 for any free port (see {@link #address()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("Not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /** The path of the GraphQL endpoint; {@code /graphql} by default. */
    public Builder path(String path) {
      this.path = checkPath(path);
      return this;
    }

    /** The path of GraphiQL; {@code /graphiql} by default. */
    public Builder graphiqlPath(String graphiqlPath) {
      this.graphiqlPath = checkPath(graphiqlPath);
      return this;
    }

    /** Whether to serve GraphiQL; on by default, off when the Kiln is in production mode. */
    public Builder graphiql(boolean enabled) {
      this.graphiqlPath = enabled ? (graphiqlPath != null ? graphiqlPath : "/graphiql") : null;
      return this;
    }

    /** Builds each request's context object; see {@link GraphQLHttpHandler.Builder#contextFactory}. */
    public Builder contextFactory(ContextFactory contextFactory) {
      handler.contextFactory(contextFactory);
      return this;
    }

    /** The longest request body accepted; see {@link GraphQLHttpHandler.Builder#maxBodyBytes}. */
    public Builder maxBodyBytes(long maxBodyBytes) {
      handler.maxBodyBytes(maxBodyBytes);
      return this;
    }

    /** The most operations in one batch; see {@link GraphQLHttpHandler.Builder#maxBatchOperations}. */
    public Builder maxBatchOperations(int maxBatchOperations) {
      handler.maxBatchOperations(maxBatchOperations);
      return this;
    }

    /** How often event streams send a keep-alive comment; see {@link GraphQLHttpHandler.Builder#keepAlive}. */
    public Builder keepAlive(Duration keepAlive) {
      handler.keepAlive(keepAlive);
      return this;
    }

    /**
     * The number of threads that run requests, in a pool the server owns and shuts down on stop; by
     * default twice the processors, and at least 8.
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * An executor to run requests on instead of the server's own pool. The caller owns it: {@link
     * #stop(Duration)} does not shut it down.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor);
      return this;
    }

    public KilnHttpServer build() {
      if (path.equals(graphiqlPath)) {
        throw new IllegalStateException("GraphQL and GraphiQL cannot share the path " + path + ".");
      }
      return new KilnHttpServer(this);
    }

    private static String checkPath(String path) {
      if (!path.startsWith("/") || (path.length() > 1 && path.endsWith("/"))) {
        throw new IllegalArgumentException("A path starts with / and does not end with one: " + path);
      }
      return path;
    }
  }
}
