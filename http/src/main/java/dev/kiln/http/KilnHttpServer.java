package dev.kiln.http;

import dev.kiln.runtime.Kiln;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP/1.1 server for a {@link Kiln}, on embedded Jetty's core server (no servlet layer). It
 * serves the GraphQL endpoint ({@link GraphQLHttpHandler}, with subscriptions over Server-Sent
 * Events), GraphQL over WebSocket at the same path ({@link GraphQLWebSocketHandler}, the {@code
 * graphql-transport-ws} subprotocol, on Jetty's core WebSocket server; see {@link
 * Builder#webSocket(Consumer)}) and GraphiQL.
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
 * <h2>Slow and hostile clients</h2>
 *
 * Connections are served without a thread while they wait: a request holds a thread only while
 * Kiln answers it, once its headers and body have arrived. Requests run on a bounded pool ({@link
 * Builder#threads(int)}; its queue holds at most one request per connection), or on an {@link
 * Builder#executor(Executor)}. Each connection is bounded in time and size, with defaults that
 * suit a public endpoint:
 *
 * <ul>
 *   <li>{@link Builder#idleTimeout(Duration)}: a connection on which nothing moves is closed;
 *   <li>{@link Builder#headerReadTimeout(Duration)}: a connection whose request headers are not all
 *       in by then is closed;
 *   <li>{@link Builder#bodyReadTimeout(Duration)}: a body not all in by then is answered {@code 408};
 *   <li>{@link Builder#writeTimeout(Duration)}: an answer (or an event) that the client does not
 *       take by then closes the connection;
 *   <li>{@link Builder#maxHeaderBytes(int)}: larger request headers are answered {@code 431};
 *   <li>{@link Builder#maxConnections(int)}: further connections wait in the operating system's
 *       backlog until one closes;
 *   <li>a body over {@link Builder#maxBodyBytes(long)} is answered {@code 413} and its connection
 *       closed.
 * </ul>
 *
 * Every refusal, including those of the HTTP layer (a request line, header or {@code %} escape that
 * does not parse), has a GraphQL error body {@code {"errors":[{"message":...}]}}.
 */
public final class KilnHttpServer {
  /** The default of {@link Builder#idleTimeout(Duration)}. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** The default of {@link Builder#headerReadTimeout(Duration)}. */
  public static final Duration DEFAULT_HEADER_READ_TIMEOUT = Duration.ofSeconds(10);
  /** The default of {@link Builder#bodyReadTimeout(Duration)}. */
  public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(30);
  /** The default of {@link Builder#writeTimeout(Duration)}. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  /** The default of {@link Builder#maxHeaderBytes(int)}: 8 KiB. */
  public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;
  /** The default of {@link Builder#maxConnections(int)}. */
  public static final int DEFAULT_MAX_CONNECTIONS = 1_000;

  private static final int ACCEPTORS = 1;

  private final GraphQLHttpHandler handler;
  private final @Nullable GraphiQL graphiql;
  private final String host;
  private final int port;
  private final String path;
  private final int threads;
  private final @Nullable Executor executor;
  private final long maxBodyBytes;
  private final Duration idleTimeout;
  private final Duration headerReadTimeout;
  private final Duration bodyReadTimeout;
  private final Duration writeTimeout;
  private final int maxHeaderBytes;
  private final int maxConnections;
  private final @Nullable GraphQLWebSocketHandler webSocket;
  private final Set<WebSocketConnection> sockets = ConcurrentHashMap.newKeySet();

  private final Object lifecycle = new Object();
  private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
  private @Nullable Server server;
  private @Nullable ServerConnector connector;
  private int inFlight;
  private boolean stopping;

  private KilnHttpServer(Builder builder) {
    this.handler = builder.handler.build();
    if (builder.webSocket) {
      GraphQLWebSocketHandler.Builder webSocketBuilder =
          GraphQLWebSocketHandler.newHandler(handler).writeTimeout(builder.writeTimeout).keepAlive(builder.keepAlive);
      builder.webSocketSettings.accept(webSocketBuilder);
      this.webSocket = webSocketBuilder.build();
    } else {
      this.webSocket = null;
    }
    this.graphiql = builder.graphiqlPath == null ? null : new GraphiQL(builder.graphiqlPath, builder.path, webSocket != null);
    this.host = builder.host;
    this.port = builder.port;
    this.path = builder.path;
    this.threads = builder.threads;
    this.executor = builder.executor;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.idleTimeout = builder.idleTimeout;
    this.headerReadTimeout = builder.headerReadTimeout;
    this.bodyReadTimeout = builder.bodyReadTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.maxHeaderBytes = builder.maxHeaderBytes;
    this.maxConnections = builder.maxConnections;
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
      int selectors = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));
      Server created = new Server(threadPool(selectors));
      created.setStopAtShutdown(false);
      created.setErrorHandler(new TransportErrorHandler(maxHeaderBytes));

      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setRequestHeaderSize(maxHeaderBytes);
      ServerConnector listening = new ServerConnector(created, ACCEPTORS, selectors, new HttpConnectionFactory(http));
      listening.setHost(host);
      listening.setPort(port);
      listening.setIdleTimeout(idleTimeout.toMillis());
      listening.addBean(new HeaderReadTimeout(listening.getScheduler(), headerReadTimeout));
      created.addConnector(listening);
      created.addBean(new NetworkConnectionLimit(maxConnections, listening));
      JettyGraphQLHandler graphql =
          new JettyGraphQLHandler(handler, graphiql, path, maxBodyBytes, bodyReadTimeout, writeTimeout, executor, new InFlight());
      if (webSocket == null) {
        created.setHandler(graphql);
      } else {
        WebSocketUpgradeHandler upgrades =
            WebSocketUpgradeHandler.from(
                created, container -> JettyWebSocket.configure(container, path, webSocket, idleTimeout, this::isStopping, sockets));
        upgrades.setHandler(graphql);
        created.setHandler(upgrades);
      }
      try {
        created.start();
      } catch (IOException | RuntimeException failure) {
        stopQuietly(created);
        throw failure;
      } catch (Exception failure) {
        stopQuietly(created);
        throw new IOException("The server could not start.", failure);
      }
      server = created;
      connector = listening;
    }
  }

  /**
   * Runs Jetty's selectors and acceptor, and the requests unless an executor is set: {@code
   * threads} for requests on top of those. A slow client holds no thread, so a
   * small pool suffices; virtual threads would not let more requests run than there are processors
   * for graphql-java's work, and who wants them passes {@code executor(newVirtualThreadPerTaskExecutor())}.
   */
  private QueuedThreadPool threadPool(int selectors) {
    int ioThreads = ACCEPTORS + selectors;
    // With an executor, the pool still runs Jetty's handling until a request is handed over.
    int requestThreads = executor == null ? threads : 4;
    int max = ioThreads + requestThreads;
    // Jetty's own, growable queue: Jetty's selector and timeout tasks share the pool, and a bounded
    // queue could refuse them (Jetty warns against it). What waits in it is bounded anyway: at most
    // one request per connection, and maxConnections connections.
    QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(max, ioThreads + 2), 60_000);
    pool.setName("kiln-http");
    // stop(Duration) has already waited for the requests in progress; the pool does not wait again.
    pool.setStopTimeout(0);
    return pool;
  }

  /**
   * The address the server listens on, with the actual port when {@link Builder#port(int)} was 0.
   *
   * @throws IllegalStateException if the server has not been started
   */
  public InetSocketAddress address() {
    synchronized (lifecycle) {
      if (connector == null) {
        throw new IllegalStateException("The server has not been started.");
      }
      return new InetSocketAddress(host, connector.getLocalPort());
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
    Server running;
    synchronized (lifecycle) {
      if (server == null || stopping) {
        return;
      }
      stopping = true;
      running = server;
    }
    streams.forEach(EventStream::cancel);
    sockets.forEach(WebSocketConnection::goingAway);
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
    stopQuietly(running);
  }

  private boolean isStopping() {
    synchronized (lifecycle) {
      return stopping;
    }
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception failure) {
      // Stopping closes sockets and threads; what fails there leaves nothing for the caller to do.
      System.getLogger("dev.kiln.http").log(System.Logger.Level.WARNING, "Stopping the HTTP server", failure);
    }
  }

  /** Counts the requests in progress and keeps the open event streams, for {@link #stop(Duration)}. */
  private final class InFlight implements JettyGraphQLHandler.Requests {
    @Override
    public boolean begin() {
      synchronized (lifecycle) {
        if (stopping) {
          return false;
        }
        inFlight++;
        return true;
      }
    }

    @Override
    public void end() {
      synchronized (lifecycle) {
        inFlight--;
        lifecycle.notifyAll();
      }
    }

    @Override
    public boolean opened(EventStream stream) {
      streams.add(stream);
      synchronized (lifecycle) {
        return !stopping;
      }
    }

    @Override
    public void closed(EventStream stream) {
      streams.remove(stream);
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
    private long maxBodyBytes = GraphQLHttpHandler.DEFAULT_MAX_BODY_BYTES;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private Duration headerReadTimeout = DEFAULT_HEADER_READ_TIMEOUT;
    private Duration bodyReadTimeout = DEFAULT_BODY_READ_TIMEOUT;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private Duration keepAlive = GraphQLHttpHandler.DEFAULT_KEEP_ALIVE;
    private boolean webSocket = true;
    private Consumer<GraphQLWebSocketHandler.Builder> webSocketSettings = settings -> {};

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
      this.maxBodyBytes = maxBodyBytes;
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
      this.keepAlive = keepAlive;
      return this;
    }

    /**
     * Whether the GraphQL path also serves GraphQL over WebSocket ({@code graphql-transport-ws});
     * on by default. A WebSocket from a browser page of another origin is refused unless {@link
     * GraphQLWebSocketHandler.Builder#allowedOrigins(java.util.List) allowed}.
     */
    public Builder webSocket(boolean enabled) {
      this.webSocket = enabled;
      return this;
    }

    /**
     * Sets the WebSocket endpoint's options, such as {@code ws -> ws.allowedOrigins(List.of(
     * "https://app.example.com")).contextFactory(viewers)}; see {@link
     * GraphQLWebSocketHandler.Builder} for each and its default. Its write timeout and keep-alive
     * are this server's unless set there.
     */
    public Builder webSocket(Consumer<GraphQLWebSocketHandler.Builder> settings) {
      this.webSocket = true;
      this.webSocketSettings = Objects.requireNonNull(settings);
      return this;
    }

    /**
     * The number of threads that run requests, in a pool the server owns and shuts down on stop; by
     * default twice the processors, and at least 8. A request holds one only while Kiln answers it,
     * not while its client sends it or reads the answer. The pool also runs Jetty's acceptor and
     * selectors, on threads of their own.
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * An executor to run requests on instead of the server's own pool, such as {@code
     * Executors.newVirtualThreadPerTaskExecutor()} on JDK 21 and later. A request is handed to it
     * once its body has arrived; one it rejects is answered {@code 503}. The caller owns it: {@link
     * #stop(Duration)} does not shut it down.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor);
      return this;
    }

    /** How long a connection may stay without reads or writes before it is closed; 30 seconds by default. */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = checkPositive(idleTimeout, "idleTimeout");
      return this;
    }

    /**
     * How long a new connection may take to send its first request's line and headers; then it is
     * closed. 10 seconds by default. A client that sends them a byte at a time cannot keep its
     * connection longer.
     */
    public Builder headerReadTimeout(Duration headerReadTimeout) {
      this.headerReadTimeout = checkPositive(headerReadTimeout, "headerReadTimeout");
      return this;
    }

    /**
     * How long a request's body may take to arrive, from the end of its headers; then it is answered
     * {@code 408} and the connection closed. 30 seconds by default.
     */
    public Builder bodyReadTimeout(Duration bodyReadTimeout) {
      this.bodyReadTimeout = checkPositive(bodyReadTimeout, "bodyReadTimeout");
      return this;
    }

    /**
     * How long a client may take to read an answer, or one event of an event stream; then its
     * connection is closed. 30 seconds by default.
     */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = checkPositive(writeTimeout, "writeTimeout");
      return this;
    }

    /**
     * The largest request line and headers accepted, in bytes; larger ones are answered {@code 431}
     * (a request line alone over it, {@code 414}). 8 KiB by default.
     */
    public Builder maxHeaderBytes(int maxHeaderBytes) {
      if (maxHeaderBytes < 1024) {
        throw new IllegalArgumentException("maxHeaderBytes must be at least 1024: " + maxHeaderBytes);
      }
      this.maxHeaderBytes = maxHeaderBytes;
      return this;
    }

    /**
     * The most connections open at once; 1,000 by default. Beyond it the server stops accepting, and
     * new connections wait in the operating system's backlog until one closes.
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    public KilnHttpServer build() {
      if (path.equals(graphiqlPath)) {
        throw new IllegalStateException("GraphQL and GraphiQL cannot share the path " + path + ".");
      }
      return new KilnHttpServer(this);
    }

    private static Duration checkPositive(Duration duration, String name) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
      return duration;
    }

    private static String checkPath(String path) {
      if (!path.startsWith("/") || (path.length() > 1 && path.endsWith("/"))) {
        throw new IllegalArgumentException("A path starts with / and does not end with one: " + path);
      }
      return path;
    }
  }
}
