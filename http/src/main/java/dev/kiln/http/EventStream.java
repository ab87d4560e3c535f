package dev.kiln.http;

import graphql.ExecutionResult;
import graphql.incremental.DelayedIncrementalPartialResult;
import graphql.incremental.IncrementalExecutionResult;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The body of a {@code text/event-stream} response: the results of one operation as Server-Sent
 * Events, in the distinct connections mode of the <a
 * href="https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md">GraphQL over SSE
 * protocol</a>.
 *
 * <p>Each result is a {@code next} event whose data is the result's JSON; after the last one comes a
 * {@code complete} event. A subscription sends a result per event of its source stream; a query or
 * mutation sends one. Errors that stop the operation before execution (a document that does not
 * parse or validate) are a {@code next} event with {@code errors}, followed by {@code complete}, as
 * the protocol asks, so that clients such as {@code EventSource} can read them. A comment line is
 * sent at once, to flush the headers through proxies, and then at the keep-alive interval, which
 * also finds clients that have gone away.
 *
 * <p>The same stream also writes the body of a {@code multipart/mixed} response (incremental
 * delivery, {@code deferSpec=20220824}, as Apollo Client and Apollo Router read it): each payload
 * of an operation with {@code @defer} is a part {@code \r\n--graphql\r\ncontent-type:
 * application/json; charset=utf-8\r\n\r\n<JSON>}, the initial one first, and the body ends with
 * {@code \r\n--graphql--\r\n}.
 *
 * <p>The operation starts when the transport {@linkplain #open(EventSink) opens} the stream, and
 * stops when it completes, when the client goes away (a write fails) or when the transport
 * {@linkplain #cancel() cancels} it, for example on shutdown.
 */
public final class EventStream {
  private static final String COMMENT = ":\n\n";
  private static final String COMPLETE = "event: complete\ndata:\n\n";
  /** The boundary of a {@code multipart/mixed} body, which Apollo Router uses too. */
  static final String BOUNDARY = "graphql";
  private static final String PART = "\r\n--" + BOUNDARY + "\r\ncontent-type: application/json; charset=utf-8\r\n\r\n";
  private static final String LAST_BOUNDARY = "\r\n--" + BOUNDARY + "--\r\n";

  /** How the results are written: as Server-Sent Events, or as the parts of a multipart body. */
  enum Framing {
    SERVER_SENT_EVENTS,
    MULTIPART
  }

  private final Supplier<CompletableFuture<ExecutionResult>> execution;
  private final Duration keepAlive;
  private final Json json;
  private final Framing framing;
  private final ReentrantLock lock = new ReentrantLock();
  private @Nullable EventSink sink;
  private @Nullable Subscription subscription;
  private @Nullable ScheduledFuture<?> keepAliveTask;
  private boolean closed;

  EventStream(Supplier<CompletableFuture<ExecutionResult>> execution, Duration keepAlive, Json json) {
    this(execution, keepAlive, json, Framing.SERVER_SENT_EVENTS);
  }

  EventStream(Supplier<CompletableFuture<ExecutionResult>> execution, Duration keepAlive, Json json, Framing framing) {
    this.execution = execution;
    this.keepAlive = framing == Framing.MULTIPART ? Duration.ZERO : keepAlive;
    this.json = json;
    this.framing = framing;
  }

  /**
   * Starts the operation and writes its events to {@code sink}, which this stream closes after the
   * last. Returns once the operation has started; events may be written before and after it returns,
   * from other threads.
   *
   * @throws IllegalStateException if the stream was opened already
   */
  public void open(EventSink sink) {
    boolean cancelledBeforeOpening;
    lock.lock();
    try {
      if (this.sink != null) {
        throw new IllegalStateException("An event stream can be opened only once.");
      }
      this.sink = sink;
      cancelledBeforeOpening = closed;
    } finally {
      lock.unlock();
    }
    if (cancelledBeforeOpening) {
      sink.close();
      return;
    }
    if (framing == Framing.SERVER_SENT_EVENTS && !send(COMMENT)) {
      return;
    }
    scheduleKeepAlive();
    try {
      execution.get().whenComplete(this::started);
    } catch (RuntimeException failure) {
      fail(failure);
    }
  }

  private void started(@Nullable ExecutionResult result, @Nullable Throwable failure) {
    try {
      if (failure != null || result == null) {
        fail(failure != null ? failure : new IllegalStateException("graphql-java returned no result"));
      } else if (result.getData() instanceof Publisher<?> results) {
        @SuppressWarnings("unchecked")
        Publisher<ExecutionResult> subscriptionResults = (Publisher<ExecutionResult>) results;
        subscriptionResults.subscribe(new ResultSubscriber<>(ExecutionResult::toSpecification));
      } else if (result instanceof IncrementalExecutionResult incremental && incremental.getIncrementalItemPublisher() != null) {
        if (sendNext(result.toSpecification())) {
          incremental.getIncrementalItemPublisher().subscribe(new ResultSubscriber<>(DelayedIncrementalPartialResult::toSpecification));
        }
      } else {
        sendNext(result.toSpecification());
        complete();
      }
    } catch (RuntimeException unexpected) {
      // Nobody observes this callback's future: a failure here must end the stream, not hang it.
      fail(unexpected);
    }
  }

  /** Stops the operation, if it is running, and closes the sink without a {@code complete} event. */
  public void cancel() {
    close();
  }

  /** Whether the stream has ended: completed, cancelled, or its client gone. */
  public boolean isClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  private void scheduleKeepAlive() {
    if (keepAlive.isZero()) {
      return;
    }
    long interval = keepAlive.toMillis();
    ScheduledFuture<?> task =
        KeepAlive.SCHEDULER.scheduleAtFixedRate(this::sendKeepAlive, interval, interval, TimeUnit.MILLISECONDS);
    lock.lock();
    try {
      if (!closed) {
        keepAliveTask = task;
        return;
      }
    } finally {
      lock.unlock();
    }
    task.cancel(false);
  }

  private boolean sendNext(Map<String, Object> result) {
    String data;
    try {
      data = json.writeString(result);
    } catch (RuntimeException unwritable) {
      data = json.writeString(ErrorBodies.internal(unwritable, "writing a GraphQL result as JSON"));
    }
    return send(framing == Framing.MULTIPART ? PART + data : "event: next\ndata: " + data + "\n\n");
  }

  private void complete() {
    send(framing == Framing.MULTIPART ? LAST_BOUNDARY : COMPLETE);
    close();
  }

  private void fail(Throwable failure) {
    Map<String, Object> body = ErrorBodies.forStreamFailure(failure);
    if (framing == Framing.MULTIPART) {
      // The last part of an incremental response: the client's handler reads its errors and stops.
      Map<String, Object> last = new LinkedHashMap<>(body);
      last.put("hasNext", false);
      body = last;
    }
    sendNext(body);
    complete();
  }

  /** Writes {@code text}; false if the stream is closed or the client has gone (which closes it). */
  private boolean send(String text) {
    lock.lock();
    return sendLocked(text);
  }

  /**
   * A comment, unless an event is being written: the keep-alive thread serves every stream, so it
   * must not wait for one whose client reads slowly, and an event in progress keeps the connection
   * alive anyway.
   */
  private void sendKeepAlive() {
    if (lock.tryLock()) {
      sendLocked(COMMENT);
    }
  }

  private boolean sendLocked(String text) {
    boolean written = false;
    try {
      if (closed || sink == null) {
        return false;
      }
      sink.write(text);
      written = true;
    } catch (IOException clientGone) {
      // The client closed the connection: nothing to report to anyone, the operation just stops.
    } finally {
      lock.unlock();
    }
    if (!written) {
      close();
    }
    return written;
  }

  private void close() {
    Subscription toCancel;
    EventSink toClose;
    ScheduledFuture<?> toStop;
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      toCancel = subscription;
      toClose = sink;
      toStop = keepAliveTask;
    } finally {
      lock.unlock();
    }
    if (toStop != null) {
      toStop.cancel(false);
    }
    if (toCancel != null) {
      toCancel.cancel();
    }
    if (toClose != null) {
      toClose.close();
    }
  }

  /**
   * Writes each result of a subscription, or each deferred part of an incremental result, as it
   * comes, asking for the next once it is written.
   */
  private final class ResultSubscriber<T> implements Subscriber<T> {
    private final Function<T, Map<String, Object>> toSpecification;

    ResultSubscriber(Function<T, Map<String, Object>> toSpecification) {
      this.toSpecification = toSpecification;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      boolean open;
      lock.lock();
      try {
        open = !closed;
        if (open) {
          EventStream.this.subscription = subscription;
        }
      } finally {
        lock.unlock();
      }
      // Outside the lock: a publisher may emit, or a cancel may run, within these calls.
      if (open) {
        subscription.request(1);
      } else {
        subscription.cancel();
      }
    }

    @Override
    public void onNext(T result) {
      if (sendNext(toSpecification.apply(result))) {
        Subscription current;
        lock.lock();
        try {
          current = subscription;
        } finally {
          lock.unlock();
        }
        if (current != null) {
          current.request(1);
        }
      }
    }

    @Override
    public void onError(Throwable failure) {
      fail(failure);
    }

    @Override
    public void onComplete() {
      complete();
    }
  }

  /** One daemon thread for every stream's keep-alive comments, started by the first stream. */
  private static final class KeepAlive {
    static final ScheduledThreadPoolExecutor SCHEDULER = create();

    private static ScheduledThreadPoolExecutor create() {
      ScheduledThreadPoolExecutor scheduler =
          new ScheduledThreadPoolExecutor(
              1,
              task -> {
                Thread thread = new Thread(task, "kiln-http-keep-alive");
                thread.setDaemon(true);
                return thread;
              });
      scheduler.setRemoveOnCancelPolicy(true);
      return scheduler;
    }
  }
}
