package dev.kiln.http;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Kiln's GraphQL endpoint over WebSocket, independent of any server: the <a
 * href="https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md">GraphQL over WebSocket
 * protocol</a> of the {@code graphql-ws} library (subprotocol {@value #SUBPROTOCOL}), which Apollo
 * Client's {@code GraphQLWsLink}, urql, Relay and GraphiQL speak. A transport checks each handshake
 * with {@link #allowsOrigin(HttpRequest)} and {@link #acceptsSubprotocol(List)}, then {@linkplain
 * #open opens} a {@link WebSocketConnection} on the accepted socket and passes it what arrives;
 * {@link KilnHttpServer} and {@link dev.kiln.http.servlet.KilnWebSocketEndpoint} do.
 *
 * <p>Operations run as over HTTP, through the same {@link GraphQLHttpHandler}: the same Kiln, its
 * limits, persisted-operation policy and masked errors. The context object comes from the {@code
 * connection_init} message through a {@link ConnectionContextFactory}; by default, the HTTP
 * handler's {@link ContextFactory} is called with the handshake request.
 *
 * <h2>Bounds</h2>
 *
 * <ul>
 *   <li>{@link Builder#allowedOrigins(List)}: a browser's handshake from another origin is refused
 *       with {@code 403}, since a WebSocket is not protected by CORS;
 *   <li>{@link Builder#connectionInitTimeout(Duration)}: no {@code connection_init} by then closes
 *       the socket with {@code 4408};
 *   <li>{@link Builder#maxOperations(int)}: the operations running at once on one connection; one
 *       more is answered with an {@code error} message naming the limit;
 *   <li>{@link Builder#maxMessageBytes(int)}: a longer message or frame from the client closes the
 *       socket with {@code 1009};
 *   <li>{@link Builder#maxOutboundBytes(long)}: the messages waiting for a slow client; beyond it the
 *       connection is dropped, not buffered;
 *   <li>{@link Builder#writeTimeout(Duration)}: a message the client does not take by then drops the
 *       connection;
 *   <li>{@link Builder#keepAlive(Duration)}: a ping frame at this interval; a client that has sent
 *       nothing, not even the pong, by the next one is dropped.
 * </ul>
 *
 * <p>A handler is immutable and thread-safe.
 */
public final class GraphQLWebSocketHandler {
  /** The WebSocket subprotocol of the GraphQL over WebSocket protocol. */
  public static final String SUBPROTOCOL = "graphql-transport-ws";
  /** The default of {@link Builder#connectionInitTimeout(Duration)}: 3 seconds, as graphql-ws's server. */
  public static final Duration DEFAULT_CONNECTION_INIT_TIMEOUT = Duration.ofSeconds(3);
  /** The default of {@link Builder#maxOperations(int)}. */
  public static final int DEFAULT_MAX_OPERATIONS = 100;
  /** The default of {@link Builder#maxMessageBytes(int)}: 1 MiB, as a request body over HTTP. */
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;
  /** The default of {@link Builder#maxOutboundBytes(long)}: 16 MiB. */
  public static final long DEFAULT_MAX_OUTBOUND_BYTES = 16L * 1024 * 1024;
  /** The default of {@link Builder#writeTimeout(Duration)}. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

  private final GraphQLHttpHandler graphql;
  private final ConnectionContextFactory contextFactory;
  private final Set<String> allowedOrigins;
  private final boolean anyOrigin;
  private final Duration connectionInitTimeout;
  private final int maxOperations;
  private final int maxMessageBytes;
  private final long maxOutboundBytes;
  private final Duration writeTimeout;
  private final Duration keepAlive;

  private GraphQLWebSocketHandler(Builder builder) {
    this.graphql = builder.graphql;
    ContextFactory http = graphql.contextFactory();
    this.contextFactory = builder.contextFactory != null ? builder.contextFactory : (handshake, payload) -> http.createContext(handshake);
    this.allowedOrigins = new LinkedHashSet<>();
    builder.allowedOrigins.forEach(origin -> allowedOrigins.add(normalizeOrigin(origin)));
    this.anyOrigin = allowedOrigins.contains("*");
    this.connectionInitTimeout = builder.connectionInitTimeout;
    this.maxOperations = builder.maxOperations;
    this.maxMessageBytes = builder.maxMessageBytes;
    this.maxOutboundBytes = builder.maxOutboundBytes;
    this.writeTimeout = builder.writeTimeout;
    this.keepAlive = builder.keepAlive;
  }

  /** A handler that runs operations as {@code graphql} does over HTTP. */
  public static Builder newHandler(GraphQLHttpHandler graphql) {
    return new Builder(graphql);
  }

  /**
   * Whether a WebSocket may open for {@code handshake}: a request without an {@code Origin} header
   * (not from a browser, which always sends one), from the server's own origin (the {@code
   * Origin}'s host and port are those of the {@code Host} header), or from an origin of {@link
   * Builder#allowedOrigins(List)}. A transport refuses the others with {@code 403}.
   */
  public boolean allowsOrigin(HttpRequest handshake) {
    List<String> origins = handshake.getHeaders("Origin");
    if (origins.isEmpty()) {
      return true;
    }
    if (origins.size() > 1) {
      return false;
    }
    String origin = normalizeOrigin(origins.get(0));
    if (anyOrigin || allowedOrigins.contains(origin)) {
      return true;
    }
    String host = handshake.getHeader("Host");
    String authority = authority(origin);
    return host != null && authority != null && authority.equals(hostAndPort(host.trim().toLowerCase(Locale.ROOT), origin.startsWith("https:") ? 443 : 80));
  }

  /**
   * The answer to a handshake that {@link #allowsOrigin(HttpRequest)} refuses: {@code 403}, with a
   * JSON body whose error names the origin; null if the WebSocket may open.
   */
  public @Nullable HttpResponse refusal(HttpRequest handshake) {
    if (allowsOrigin(handshake)) {
      return null;
    }
    byte[] body = graphql.json().write(ErrorBodies.of("A WebSocket from the origin " + handshake.getHeader("Origin") + " is not allowed."));
    return HttpResponse.of(403, Map.of("Content-Type", TransportErrorHandler.JSON), body);
  }

  /** Whether the client offers {@value #SUBPROTOCOL} among {@code offered}, its {@code Sec-WebSocket-Protocol}. */
  public boolean acceptsSubprotocol(List<String> offered) {
    for (String value : offered) {
      for (String protocol : value.split(",")) {
        if (protocol.trim().equals(SUBPROTOCOL)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Starts the protocol on a socket just accepted: the init timeout and keep-alive start now. If
   * the transport could not agree on {@value #SUBPROTOCOL} ({@code subprotocolAccepted} false),
   * the socket is closed at once with {@code 4406}, as graphql-ws's server does.
   */
  public WebSocketConnection open(HttpRequest handshake, boolean subprotocolAccepted, WebSocketChannel channel) {
    WebSocketConnection connection = new WebSocketConnection(this, handshake, channel);
    connection.start(subprotocolAccepted);
    return connection;
  }

  /** The longest message (and frame) a transport accepts from a client, in bytes. */
  public int maxMessageBytes() {
    return maxMessageBytes;
  }

  GraphQLHttpHandler graphql() {
    return graphql;
  }

  ConnectionContextFactory contextFactory() {
    return contextFactory;
  }

  Duration connectionInitTimeout() {
    return connectionInitTimeout;
  }

  int maxOperations() {
    return maxOperations;
  }

  long maxOutboundBytes() {
    return maxOutboundBytes;
  }

  Duration writeTimeout() {
    return writeTimeout;
  }

  Duration keepAlive() {
    return keepAlive;
  }

  /** {@code scheme://host[:port]} in lower case, without a default port or a trailing slash. */
  private static String normalizeOrigin(String origin) {
    String trimmed = origin.trim().toLowerCase(Locale.ROOT);
    if (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.startsWith("http://") && trimmed.endsWith(":80")) {
      return trimmed.substring(0, trimmed.length() - 3);
    }
    if (trimmed.startsWith("https://") && trimmed.endsWith(":443")) {
      return trimmed.substring(0, trimmed.length() - 4);
    }
    return trimmed;
  }

  /** The {@code host:port} of a normalized origin, or null if it is not {@code http(s)://host[:port]}. */
  private static @Nullable String authority(String origin) {
    try {
      URI uri = new URI(origin);
      if (uri.getHost() == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty() || uri.getRawUserInfo() != null) {
        return null;
      }
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : "http".equals(uri.getScheme()) ? 80 : -1;
      return port == -1 ? null : uri.getHost() + ":" + port;
    } catch (java.net.URISyntaxException notAnOrigin) {
      return null;
    }
  }

  /** A {@code Host} header as {@code host:port}, the port defaulting to {@code defaultPort}. */
  private static String hostAndPort(String host, int defaultPort) {
    int colon = host.lastIndexOf(':');
    boolean hasPort = colon > host.lastIndexOf(']');
    return hasPort ? host : host + ":" + defaultPort;
  }

  /** Builds a {@link GraphQLWebSocketHandler}. */
  public static final class Builder {
    private final GraphQLHttpHandler graphql;
    private @Nullable ConnectionContextFactory contextFactory;
    private List<String> allowedOrigins = List.of();
    private Duration connectionInitTimeout = DEFAULT_CONNECTION_INIT_TIMEOUT;
    private int maxOperations = DEFAULT_MAX_OPERATIONS;
    private int maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;
    private long maxOutboundBytes = DEFAULT_MAX_OUTBOUND_BYTES;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private Duration keepAlive = GraphQLHttpHandler.DEFAULT_KEEP_ALIVE;

    private Builder(GraphQLHttpHandler graphql) {
      this.graphql = Objects.requireNonNull(graphql);
    }

    /**
     * Builds each connection's context object from its {@code connection_init}; by default, the
     * HTTP handler's {@link ContextFactory} with the handshake request.
     */
    public Builder contextFactory(ConnectionContextFactory contextFactory) {
      this.contextFactory = Objects.requireNonNull(contextFactory);
      return this;
    }

    /**
     * The origins, besides the server's own, whose pages may open a WebSocket, such as {@code
     * https://app.example.com}; {@code *} for any. None by default: only the server's own pages
     * (and clients that are not browsers, which send no {@code Origin}).
     */
    public Builder allowedOrigins(List<String> allowedOrigins) {
      this.allowedOrigins = List.copyOf(allowedOrigins);
      return this;
    }

    /** How long a socket may stay open without {@code connection_init}; then it is closed with {@code 4408}. */
    public Builder connectionInitTimeout(Duration connectionInitTimeout) {
      this.connectionInitTimeout = positive(connectionInitTimeout, "connectionInitTimeout");
      return this;
    }

    /**
     * The most operations (subscriptions, queries and mutations) running at once on one connection;
     * {@value #DEFAULT_MAX_OPERATIONS} by default. One more is answered with an {@code error}
     * message whose error names the limit, and the connection stays open.
     */
    public Builder maxOperations(int maxOperations) {
      if (maxOperations < 1) {
        throw new IllegalArgumentException("maxOperations must be at least 1, but was " + maxOperations + ".");
      }
      this.maxOperations = maxOperations;
      return this;
    }

    /**
     * The longest message, and frame, a client may send, in bytes; {@link #DEFAULT_MAX_MESSAGE_BYTES}
     * by default. A longer one closes the socket with {@code 1009} (Message Too Big).
     */
    public Builder maxMessageBytes(int maxMessageBytes) {
      if (maxMessageBytes < 1024) {
        throw new IllegalArgumentException("maxMessageBytes must be at least 1024, but was " + maxMessageBytes + ".");
      }
      this.maxMessageBytes = maxMessageBytes;
      return this;
    }

    /**
     * The most a connection may hold of messages waiting for its client, each character counted as
     * one byte (as for {@code maxResultBytes}); {@link #DEFAULT_MAX_OUTBOUND_BYTES} by default. A
     * message is always taken when nothing is waiting, so one result of any size within the Kiln's
     * result limits can go out; past the limit, the connection is dropped, its operations
     * cancelled, rather than buffered without end for a client that does not read.
     */
    public Builder maxOutboundBytes(long maxOutboundBytes) {
      if (maxOutboundBytes < 1) {
        throw new IllegalArgumentException("maxOutboundBytes must be at least 1, but was " + maxOutboundBytes + ".");
      }
      this.maxOutboundBytes = maxOutboundBytes;
      return this;
    }

    /** How long a client may take to read one message; then its connection is dropped. 30 seconds by default. */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = positive(writeTimeout, "writeTimeout");
      return this;
    }

    /**
     * How often a ping frame is sent, which keeps quiet connections open through proxies and finds
     * clients that have gone: one that sent nothing, not even the pong, between two pings is
     * dropped. {@link GraphQLHttpHandler#DEFAULT_KEEP_ALIVE} by default, {@link Duration#ZERO} for
     * never.
     */
    public Builder keepAlive(Duration keepAlive) {
      if (keepAlive.isNegative()) {
        throw new IllegalArgumentException("keepAlive must not be negative: " + keepAlive);
      }
      this.keepAlive = keepAlive;
      return this;
    }

    public GraphQLWebSocketHandler build() {
      return new GraphQLWebSocketHandler(this);
    }

    private static Duration positive(Duration duration, String name) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
      return duration;
    }
  }
}
