package dev.kiln.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.KilnErrorClassification;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.incremental.DelayedIncrementalPartialResult;
import graphql.incremental.IncrementalExecutionResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One GraphQL-over-WebSocket connection ({@code graphql-transport-ws}) on a socket a transport has
 * accepted: {@link GraphQLWebSocketHandler#open} starts it, and the transport passes it each text
 * message ({@link #onText(String)}), the pongs and other frames that show the client is there
 * ({@link #onPong()}), and the end of the socket ({@link #onClosed()}).
 *
 * <p>It follows the <a href="https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md">protocol</a>
 * to the letter: {@code connection_init} (once; a second closes with {@code 4429}, none within the
 * init timeout with {@code 4408}) is acknowledged with {@code connection_ack} unless the {@link
 * ConnectionContextFactory} refuses it ({@code 4403}); {@code subscribe} before that closes with
 * {@code 4401}, and with an id already running, {@code 4409}; each operation answers {@code next}
 * messages and then {@code complete}, or one {@code error} message when it fails before execution
 * (a document that does not parse or validate, a Kiln limit refusing it) or its source fails; a
 * client's {@code complete} stops the operation, and nothing more is sent for it; {@code ping} is
 * answered with {@code pong}; a message that is not JSON, of an unknown type or missing a field
 * closes with {@code 4400}. The server never sends {@code 4499}: graphql-ws's client uses it when
 * it terminates a socket itself, and the server takes it as any other close.
 *
 * <p>Messages go out one at a time, in order; a subscription is asked for its next event once the
 * previous one is written, so a slow client holds its sources back, and the messages waiting are
 * bounded (see {@link GraphQLWebSocketHandler.Builder#maxOutboundBytes(long)}).
 */
public final class WebSocketConnection {
  /** graphql-ws's close codes. */
  static final int BAD_REQUEST = 4400;
  static final int UNAUTHORIZED = 4401;
  static final int FORBIDDEN = 4403;
  static final int SUBPROTOCOL_NOT_ACCEPTABLE = 4406;
  static final int CONNECTION_INITIALISATION_TIMEOUT = 4408;
  static final int SUBSCRIBER_ALREADY_EXISTS = 4409;
  static final int TOO_MANY_INITIALISATION_REQUESTS = 4429;
  static final int INTERNAL_SERVER_ERROR = 4500;
  /** WebSocket's own: the server is going away (shutting down). */
  static final int GOING_AWAY = 1001;

  /** The longest close reason a close frame can carry, in bytes of UTF-8 (RFC 6455, 5.5). */
  private static final int MAX_REASON_BYTES = 123;

  private final GraphQLWebSocketHandler handler;
  private final GraphQLHttpHandler graphql;
  private final HttpRequest handshake;
  private final WebSocketChannel channel;
  private final Json json;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Operation> operations = new HashMap<>();
  private final ArrayDeque<Outbound> outbound = new ArrayDeque<>();
  private long outboundBytes;
  private boolean sending;
  private @Nullable Thread sendingThread;
  private @Nullable ScheduledFuture<?> writeTimer;
  private boolean initReceived;
  private boolean acknowledged;
  private boolean closed;
  private @Nullable Object context;
  private @Nullable ScheduledFuture<?> initTimer;
  private @Nullable ScheduledFuture<?> keepAliveTask;
  private volatile boolean heard = true;

  WebSocketConnection(GraphQLWebSocketHandler handler, HttpRequest handshake, WebSocketChannel channel) {
    this.handler = handler;
    this.graphql = handler.graphql();
    this.handshake = handshake;
    this.channel = channel;
    this.json = graphql.json();
  }

  void start(boolean subprotocolAccepted) {
    if (!subprotocolAccepted) {
      close(SUBPROTOCOL_NOT_ACCEPTABLE, "Subprotocol not acceptable");
      return;
    }
    ScheduledFuture<?> timer =
        Timers.SCHEDULER.schedule(this::initTimedOut, handler.connectionInitTimeout().toMillis(), TimeUnit.MILLISECONDS);
    ScheduledFuture<?> keepAlive = null;
    if (!handler.keepAlive().isZero()) {
      long interval = handler.keepAlive().toMillis();
      keepAlive = Timers.SCHEDULER.scheduleAtFixedRate(this::keepAlive, interval, interval, TimeUnit.MILLISECONDS);
    }
    lock.lock();
    try {
      if (!closed) {
        initTimer = timer;
        keepAliveTask = keepAlive;
        return;
      }
    } finally {
      lock.unlock();
    }
    timer.cancel(false);
    if (keepAlive != null) {
      keepAlive.cancel(false);
    }
  }

  /** A text message from the client. Messages must be passed one at a time, in order. */
  public void onText(String text) {
    heard = true;
    if (isClosed()) {
      return;
    }
    JsonNode message;
    try {
      message = json.read(text.getBytes(StandardCharsets.UTF_8), "The message");
    } catch (RequestRejectedException notJson) {
      close(BAD_REQUEST, "Invalid message received: " + notJson.getMessage());
      return;
    }
    if (!message.isObject() || !message.path("type").isTextual()) {
      close(BAD_REQUEST, "Invalid message received: a message is a JSON object with a \"type\" string.");
      return;
    }
    String type = message.get("type").asText();
    switch (type) {
      case "connection_init" -> connectionInit(message);
      case "ping" -> ping(message);
      case "pong" -> checkPayload(message); // an answer to the client's own ping, or a heartbeat
      case "subscribe" -> subscribe(message);
      case "complete" -> complete(message);
      default -> close(BAD_REQUEST, "Invalid message received: a client does not send messages of type \"" + type + "\".");
    }
  }

  /** A binary message, which is not part of the protocol: the socket is closed with {@code 4400}. */
  public void onBinary() {
    heard = true;
    close(BAD_REQUEST, "Invalid message received: the protocol's messages are text.");
  }

  /** A pong, or any other frame: the client is there. */
  public void onPong() {
    heard = true;
  }

  /** The socket has closed, by either side or by a failure: every operation still running stops. */
  public void onClosed() {
    shutDown();
  }

  /** Closes the socket with {@code 1001} (going away), as a server does when it stops. */
  public void goingAway() {
    close(GOING_AWAY, "The server is shutting down.");
  }

  /** Whether the connection has ended. */
  public boolean isClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  private void connectionInit(JsonNode message) {
    if (!checkPayload(message)) {
      return;
    }
    boolean second;
    lock.lock();
    try {
      second = initReceived;
      initReceived = true;
      if (initTimer != null) {
        initTimer.cancel(false);
      }
    } finally {
      lock.unlock();
    }
    if (second) {
      close(TOO_MANY_INITIALISATION_REQUESTS, "Too many initialisation requests");
      return;
    }
    JsonNode payload = message.get("payload");
    Map<String, Object> parameters = payload == null || payload.isNull() ? Map.of() : json.toMap(payload);
    Object created;
    try {
      created = handler.contextFactory().createContext(handshake, parameters);
    } catch (RequestRejectedException refused) {
      close(FORBIDDEN, refused.getMessage());
      return;
    } catch (RuntimeException failure) {
      Map<String, Object> masked = ErrorBodies.internal(failure, "accepting a WebSocket connection (" + handshake + ")");
      close(INTERNAL_SERVER_ERROR, ErrorBodies.INTERNAL_ERROR_MESSAGE + " (errorId " + errorId(masked) + ")");
      return;
    }
    lock.lock();
    try {
      if (closed) {
        return;
      }
      context = created;
      acknowledged = true;
    } finally {
      lock.unlock();
    }
    send(json.writeString(Map.of("type", "connection_ack")), null);
  }

  private void ping(JsonNode message) {
    if (!checkPayload(message)) {
      return;
    }
    Map<String, Object> pong = new LinkedHashMap<>();
    pong.put("type", "pong");
    JsonNode payload = message.get("payload");
    if (payload != null && !payload.isNull()) {
      pong.put("payload", json.toMap(payload));
    }
    send(json.writeString(pong), null);
  }

  /** Whether the {@code payload}, if any, is an object or null, as the protocol says; else closes. */
  private boolean checkPayload(JsonNode message) {
    JsonNode payload = message.get("payload");
    if (payload != null && !payload.isNull() && !payload.isObject()) {
      close(BAD_REQUEST, "Invalid message received: the \"payload\" of \"" + message.get("type").asText() + "\" must be an object.");
      return false;
    }
    return true;
  }

  private @Nullable String idOf(JsonNode message) {
    JsonNode id = message.get("id");
    if (id == null || !id.isTextual() || id.asText().isEmpty()) {
      close(BAD_REQUEST, "Invalid message received: \"" + message.get("type").asText() + "\" needs a non-empty \"id\" string.");
      return null;
    }
    return id.asText();
  }

  private void subscribe(JsonNode message) {
    String id = idOf(message);
    if (id == null) {
      return;
    }
    JsonNode payload = message.get("payload");
    if (payload == null || !payload.isObject()) {
      close(BAD_REQUEST, "Invalid message received: the \"payload\" of \"subscribe\" must be an object.");
      return;
    }
    GraphQLParameters parameters;
    try {
      parameters = GraphQLParameters.fromBody(payload, json);
    } catch (RequestRejectedException malformed) {
      close(BAD_REQUEST, "Invalid message received: " + malformed.getMessage());
      return;
    }
    Operation operation = new Operation(id);
    boolean unauthorized = false;
    boolean duplicate = false;
    boolean tooMany = false;
    Object viewer;
    lock.lock();
    try {
      if (closed) {
        return;
      }
      if (!acknowledged) {
        unauthorized = true;
      } else if (operations.containsKey(id)) {
        duplicate = true;
      } else if (operations.size() >= handler.maxOperations()) {
        tooMany = true;
      } else {
        operations.put(id, operation);
      }
      viewer = context;
    } finally {
      lock.unlock();
    }
    if (unauthorized) {
      close(UNAUTHORIZED, "Unauthorized");
      return;
    }
    if (duplicate) {
      close(SUBSCRIBER_ALREADY_EXISTS, "Subscriber for " + id + " already exists");
      return;
    }
    if (tooMany) {
      sendMessage(id, "error", List.of(tooManyOperations()), null);
      return;
    }
    operation.start(parameters, viewer);
  }

  private Map<String, Object> tooManyOperations() {
    int max = handler.maxOperations();
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("classification", KilnErrorClassification.QUERY_LIMIT.name());
    extensions.put("limit", "maxOperations");
    extensions.put("max", max);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", "The connection has " + max + " operations running; the limit (maxOperations) is " + max + ".");
    error.put("extensions", extensions);
    return error;
  }

  private void complete(JsonNode message) {
    String id = idOf(message);
    if (id == null) {
      return;
    }
    Operation operation;
    lock.lock();
    try {
      operation = operations.remove(id);
    } finally {
      lock.unlock();
    }
    if (operation != null) {
      operation.stop();
    }
  }

  /** Whether {@code operation} is still running: a client's {@code complete} or the end of it removes it. */
  private boolean running(Operation operation) {
    lock.lock();
    try {
      return !closed && operations.get(operation.id) == operation;
    } finally {
      lock.unlock();
    }
  }

  /** Removes {@code operation}, which has sent its last message. */
  private boolean finish(Operation operation) {
    lock.lock();
    try {
      return operations.remove(operation.id, operation) && !closed;
    } finally {
      lock.unlock();
    }
  }

  private void sendMessage(String id, String type, @Nullable Object payload, @Nullable Runnable onWritten) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("id", id);
    message.put("type", type);
    if (payload != null) {
      message.put("payload", payload);
    }
    String text;
    try {
      text = json.writeString(message);
    } catch (RuntimeException unwritable) {
      message.put("type", "error");
      message.put("payload", ErrorBodies.internal(unwritable, "writing a GraphQL result as JSON").get("errors"));
      text = json.writeString(message);
    }
    send(text, onWritten);
  }

  /**
   * Queues {@code text} to be sent after what is waiting. A message is always taken when nothing
   * is waiting; otherwise, one that would take the waiting messages past the limit drops the
   * connection: its client is not reading.
   */
  private void send(String text, @Nullable Runnable onWritten) {
    boolean overflow = false;
    lock.lock();
    try {
      if (closed) {
        return;
      }
      if (!outbound.isEmpty() && outboundBytes + text.length() > handler.maxOutboundBytes()) {
        overflow = true;
      } else {
        outbound.addLast(new Outbound(text, onWritten));
        outboundBytes += text.length();
      }
    } finally {
      lock.unlock();
    }
    if (overflow) {
      abort();
      return;
    }
    drain();
  }

  /** Sends the waiting messages, one at a time; a send that completes at once lets the loop go on. */
  private void drain() {
    for (; ; ) {
      Outbound next;
      lock.lock();
      try {
        if (closed || sending || outbound.isEmpty()) {
          return;
        }
        sending = true;
        sendingThread = Thread.currentThread();
        next = outbound.peekFirst();
      } finally {
        lock.unlock();
      }
      try {
        channel.send(next.text, failure -> written(next, failure));
      } catch (RuntimeException failure) {
        written(next, failure);
      }
      boolean inFlight;
      lock.lock();
      try {
        if (sendingThread == Thread.currentThread()) {
          sendingThread = null;
        }
        inFlight = sending;
        if (inFlight && writeTimer == null && !closed) {
          writeTimer = Timers.SCHEDULER.schedule(this::writeTimedOut, handler.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
      } finally {
        lock.unlock();
      }
      if (inFlight) {
        return; // the callback goes on
      }
    }
  }

  private void written(Outbound message, @Nullable Throwable failure) {
    boolean inline;
    ScheduledFuture<?> timer;
    lock.lock();
    try {
      sending = false;
      if (outbound.peekFirst() == message) {
        outbound.removeFirst();
        outboundBytes -= message.text.length();
      }
      inline = sendingThread == Thread.currentThread();
      timer = writeTimer;
      writeTimer = null;
    } finally {
      lock.unlock();
    }
    if (timer != null) {
      timer.cancel(false);
    }
    if (failure != null) {
      // The client has gone: nothing to tell anyone, the operations just stop.
      abort();
      return;
    }
    if (message.onWritten != null) {
      message.onWritten.run();
    }
    if (!inline) {
      drain();
    }
  }

  private void writeTimedOut() {
    boolean stuck;
    lock.lock();
    try {
      stuck = sending && !closed;
    } finally {
      lock.unlock();
    }
    if (stuck) {
      abort();
    }
  }

  private void initTimedOut() {
    boolean timedOut;
    lock.lock();
    try {
      timedOut = !initReceived && !closed;
    } finally {
      lock.unlock();
    }
    if (timedOut) {
      close(CONNECTION_INITIALISATION_TIMEOUT, "Connection initialisation timeout");
    }
  }

  /** Pings the client, unless it sent nothing since the last ping: then it has gone, and is dropped. */
  private void keepAlive() {
    if (!heard) {
      abort();
      return;
    }
    heard = false;
    try {
      channel.ping();
    } catch (RuntimeException clientGone) {
      abort();
    }
  }

  private void close(int code, String reason) {
    if (shutDown()) {
      channel.close(code, limitReason(reason));
    }
  }

  private void abort() {
    if (shutDown()) {
      channel.abort();
    }
  }

  /** Ends the connection's state and its operations; true the first time only. */
  private boolean shutDown() {
    List<Operation> running;
    List<ScheduledFuture<?>> timers = new ArrayList<>();
    lock.lock();
    try {
      if (closed) {
        return false;
      }
      closed = true;
      running = new ArrayList<>(operations.values());
      operations.clear();
      outbound.clear();
      outboundBytes = 0;
      for (ScheduledFuture<?> timer : new ScheduledFuture<?>[] {initTimer, keepAliveTask, writeTimer}) {
        if (timer != null) {
          timers.add(timer);
        }
      }
    } finally {
      lock.unlock();
    }
    timers.forEach(timer -> timer.cancel(false));
    running.forEach(Operation::stop);
    return true;
  }

  /** {@code reason} cut to what a close frame can carry. */
  static String limitReason(String reason) {
    byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_REASON_BYTES) {
      return reason;
    }
    String cut = reason;
    while (cut.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES - 3) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "...";
  }

  private static Object errorId(Map<String, Object> masked) {
    Object errors = masked.get("errors");
    if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> error && error.get("extensions") instanceof Map<?, ?> extensions) {
      return extensions.get("errorId");
    }
    return "";
  }

  private record Outbound(String text, @Nullable Runnable onWritten) {}

  /**
   * One operation of the connection, by its id: it runs as the HTTP handler runs one, and sends
   * its results as they come, a subscription's next event asked for once the previous is written.
   */
  private final class Operation {
    final String id;
    private final ReentrantLock state = new ReentrantLock();
    private @Nullable Subscription subscription;
    private boolean stopped;

    Operation(String id) {
      this.id = id;
    }

    void start(GraphQLParameters parameters, @Nullable Object viewer) {
      CompletableFuture<ExecutionResult> execution;
      try {
        ExecutionInput input = graphql.operationInput(parameters, viewer, null, handshake.getHeaders(), true);
        execution = graphql.kiln().executeAsync(input);
      } catch (RuntimeException failure) {
        fail(failure);
        return;
      }
      execution.whenComplete(this::started);
    }

    private void started(@Nullable ExecutionResult result, @Nullable Throwable failure) {
      try {
        if (failure != null || result == null) {
          fail(failure != null ? failure : new IllegalStateException("graphql-java returned no result"));
        } else if (result.getData() instanceof Publisher<?> events) {
          @SuppressWarnings("unchecked")
          Publisher<ExecutionResult> results = (Publisher<ExecutionResult>) events;
          results.subscribe(new Results<>(ExecutionResult::toSpecification));
        } else if (!result.isDataPresent()) {
          // Refused before execution: a parse or validation error, a limit, an unknown persisted query.
          if (finish(this)) {
            sendMessage(id, "error", result.toSpecification().get("errors"), null);
          }
        } else if (result instanceof IncrementalExecutionResult incremental && incremental.getIncrementalItemPublisher() != null) {
          Publisher<DelayedIncrementalPartialResult> parts = incremental.getIncrementalItemPublisher();
          if (running(this)) {
            sendMessage(id, "next", result.toSpecification(), () -> parts.subscribe(new Results<>(DelayedIncrementalPartialResult::toSpecification)));
          }
        } else if (running(this)) {
          sendMessage(id, "next", result.toSpecification(), null);
          if (finish(this)) {
            sendMessage(id, "complete", null, null);
          }
        }
      } catch (RuntimeException unexpected) {
        // Nobody observes this callback's future: a failure here must end the operation, not hang it.
        fail(unexpected);
      }
    }

    /** Ends the operation with an {@code error} message: masked, unless written for clients. */
    void fail(Throwable failure) {
      if (finish(this)) {
        sendMessage(id, "error", ErrorBodies.forStreamFailure(failure).get("errors"), null);
      }
      stop();
    }

    /** Stops the operation's source, if it has one; nothing more is sent for it. */
    void stop() {
      Subscription toCancel;
      state.lock();
      try {
        if (stopped) {
          return;
        }
        stopped = true;
        toCancel = subscription;
      } finally {
        state.unlock();
      }
      if (toCancel != null) {
        toCancel.cancel();
      }
    }

    /** Sends each result of a subscription, or each deferred part, asking for the next once it is written. */
    private final class Results<T> implements Subscriber<T> {
      private final Function<T, Map<String, Object>> toSpecification;

      Results(Function<T, Map<String, Object>> toSpecification) {
        this.toSpecification = toSpecification;
      }

      @Override
      public void onSubscribe(Subscription source) {
        boolean open;
        state.lock();
        try {
          open = !stopped;
          if (open) {
            subscription = source;
          }
        } finally {
          state.unlock();
        }
        // Outside the lock: a publisher may emit, or a cancel may run, within these calls.
        if (open && running(Operation.this)) {
          source.request(1);
        } else {
          source.cancel();
        }
      }

      @Override
      public void onNext(T result) {
        if (!running(Operation.this)) {
          stop();
          return;
        }
        sendMessage(id, "next", toSpecification.apply(result), this::requestNext);
      }

      private void requestNext() {
        Subscription current;
        state.lock();
        try {
          current = stopped ? null : subscription;
        } finally {
          state.unlock();
        }
        if (current != null) {
          current.request(1);
        }
      }

      @Override
      public void onError(Throwable failure) {
        fail(failure);
      }

      @Override
      public void onComplete() {
        if (finish(Operation.this)) {
          sendMessage(id, "complete", null, null);
        }
      }
    }
  }

  /** One daemon thread for every connection's timers, started by the first connection. */
  private static final class Timers {
    static final ScheduledThreadPoolExecutor SCHEDULER = create();

    private static ScheduledThreadPoolExecutor create() {
      ScheduledThreadPoolExecutor scheduler =
          new ScheduledThreadPoolExecutor(
              1,
              task -> {
                Thread thread = new Thread(task, "kiln-http-websocket-timers");
                thread.setDaemon(true);
                return thread;
              });
      scheduler.setRemoveOnCancelPolicy(true);
      return scheduler;
    }
  }
}
