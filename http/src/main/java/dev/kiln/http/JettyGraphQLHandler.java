package dev.kiln.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.URIUtil;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;

/**
 * The Jetty handler of {@link KilnHttpServer}: it adapts each request to {@link GraphQLHttpHandler}
 * (or GraphiQL) and writes the answer back, holding no thread while a client is slow.
 *
 * <p>A POST body is read without blocking, up to one byte over the limit, within the body-read
 * timeout; only a complete body is handed to the handler, on a thread of the pool (or the
 * configured executor). Answers are written without blocking, within the write timeout; an event
 * stream's writes wait for the client, as {@link EventSink} requires, for no longer than that. A
 * request whose body is refused unread is answered with {@code Connection: close}, so that its
 * connection and the rest of its body are dropped.
 */
final class JettyGraphQLHandler extends Handler.Abstract {
  private static final InputStream NO_BODY = InputStream.nullInputStream();

  private final GraphQLHttpHandler graphql;
  private final @Nullable GraphiQL graphiql;
  private final String path;
  private final long maxBodyBytes;
  private final Duration bodyReadTimeout;
  private final Duration writeTimeout;
  private final @Nullable Executor executor;
  private final Requests requests;
  private final Json json = new Json();

  /** What the server keeps of the requests in progress, for its graceful stop. */
  interface Requests {
    /** Counts a request as in progress; false if the server is stopping and it must be refused. */
    boolean begin();

    /** The request counted by {@link #begin()} has ended. */
    void end();

    /** Keeps {@code stream} to cancel it on stop; false if the server is stopping meanwhile. */
    boolean opened(EventStream stream);

    void closed(EventStream stream);
  }

  JettyGraphQLHandler(
      GraphQLHttpHandler graphql,
      @Nullable GraphiQL graphiql,
      String path,
      long maxBodyBytes,
      Duration bodyReadTimeout,
      Duration writeTimeout,
      @Nullable Executor executor,
      Requests requests) {
    this.graphql = graphql;
    this.graphiql = graphiql;
    this.path = path;
    this.maxBodyBytes = maxBodyBytes;
    this.bodyReadTimeout = bodyReadTimeout;
    this.writeTimeout = writeTimeout;
    this.executor = executor;
    this.requests = requests;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!requests.begin()) {
      send(request, response, callback, error(503, "The server is shutting down."), true);
      return true;
    }
    Callback ended = Callback.from(callback, requests::end);
    HttpRequest kilnRequest = toRequest(request);
    if (!request.getMethod().equals("POST") || !kilnRequest.getPath().equals(path)) {
      answer(request, response, ended, kilnRequest, NO_BODY, false);
    } else if (request.getLength() > maxBodyBytes) {
      // Refused by its declared length: not a byte of it is read (nor 100 Continue sent).
      answer(request, response, ended, kilnRequest, NO_BODY, true);
    } else {
      new BodyReader(request, response, ended, kilnRequest).start();
    }
    return true;
  }

  static HttpRequest toRequest(Request request) {
    HttpRequest.Builder builder =
        HttpRequest.newRequest()
            .method(request.getMethod())
            .path(decodedPath(request))
            .rawQuery(request.getHttpURI().getQuery());
    for (HttpField header : request.getHeaders()) {
      builder.header(header.getName(), header.getValue());
    }
    return builder.build();
  }

  /**
   * The path, %-decoded but with its dot segments kept, as sent: {@code /graphiql/../graphql} is no
   * path of Kiln's (Jetty's own decoded path would be {@code /graphql}). Jetty has already refused a
   * path whose escapes do not decode.
   */
  private static String decodedPath(Request request) {
    String raw = request.getHttpURI().getPath();
    try {
      return URIUtil.decodePath(raw);
    } catch (IllegalArgumentException malformed) {
      return raw;
    }
  }

  /** Runs the handler for a request whose body is read, on the configured executor if any. */
  private void answer(
      Request request, Response response, Callback callback, HttpRequest kilnRequest, InputStream body, boolean close) {
    Runnable answering = () -> respondSafely(request, response, callback, kilnRequest, body, close);
    if (executor == null) {
      answering.run();
      return;
    }
    try {
      executor.execute(answering);
    } catch (RejectedExecutionException busy) {
      send(request, response, callback, error(503, "The server is too busy to answer; try again later."), true);
    }
  }

  /** Answers; a failure of Kiln's (the handler itself never throws for a client's input) is a masked 500. */
  private void respondSafely(
      Request request, Response response, Callback callback, HttpRequest kilnRequest, InputStream body, boolean close) {
    HttpResponse answer;
    try {
      answer = route(kilnRequest, body);
    } catch (RuntimeException failure) {
      byte[] masked = json.write(ErrorBodies.internal(failure, "answering " + kilnRequest));
      answer = HttpResponse.of(500, Map.of("Content-Type", TransportErrorHandler.JSON), masked);
    }
    respond(request, response, callback, answer, close);
  }

  private HttpResponse route(HttpRequest request, InputStream body) {
    if (request.getPath().equals(path)) {
      return graphql.handle(request, body);
    }
    HttpResponse page = graphiql != null ? graphiql.handle(request) : null;
    return page != null ? page : error(404, "Not found.");
  }

  private void respond(Request request, Response response, Callback callback, HttpResponse answer, boolean close) {
    if (!answer.isEventStream()) {
      send(request, response, callback, answer, close);
      return;
    }
    EventStream stream = answer.getEventStream();
    writeHead(response, answer, close);
    // The stream's keep-alive comments find clients that have gone, and the write timeout those
    // that stopped reading; an idle timeout would end a quiet subscription.
    request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(0);
    boolean open = requests.opened(stream);
    stream.open(new StreamSink(request, response, Callback.from(callback, () -> requests.closed(stream))));
    if (!open) {
      stream.cancel();
    }
  }

  private void send(Request request, Response response, Callback callback, HttpResponse answer, boolean close) {
    writeHead(response, answer, close);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.getBodyLength());
    WriteDeadline deadline = new WriteDeadline(request, callback);
    response.write(true, ByteBuffer.wrap(answer.getBody()), deadline);
    deadline.armUnlessWritten();
  }

  private static void writeHead(Response response, HttpResponse answer, boolean close) {
    response.setStatus(answer.getStatus());
    answer.getHeaders().forEach((name, value) -> response.getHeaders().put(name, value));
    if (close) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
  }

  /** Closes the connection of a client that does not read its answer, which fails the write. */
  private static void abort(Request request) {
    request.getConnectionMetaData().getConnection().getEndPoint().close();
  }

  private HttpResponse error(int status, String message) {
    return HttpResponse.of(status, Map.of("Content-Type", TransportErrorHandler.JSON), json.write(ErrorBodies.of(message)));
  }

  /**
   * Reads a POST body as it arrives, on Jetty's demand callbacks: no thread waits for a slow client.
   * Stops one byte past the limit (the handler then answers {@code 413}), and at the body-read
   * timeout (answered {@code 408}), which is armed only once the body has to be waited for.
   */
  private final class BodyReader implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final HttpRequest kilnRequest;
    private final ByteArrayOutputStream bytes;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile Scheduler.@Nullable Task timeout;

    BodyReader(Request request, Response response, Callback callback, HttpRequest kilnRequest) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.kilnRequest = kilnRequest;
      this.bytes = new ByteArrayOutputStream((int) Math.max(0, Math.min(request.getLength(), 8192)));
    }

    void start() {
      run();
    }

    @Override
    public void run() {
      while (!finished.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          // Jetty calls back one demand at a time: this runs before any timedOut() can.
          if (timeout == null) {
            timeout = request.getComponents().getScheduler().schedule(this::timedOut, bodyReadTimeout);
          }
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          unreadable();
          return;
        }
        copy(chunk);
        boolean last = chunk.isLast();
        chunk.release();
        if (bytes.size() > maxBodyBytes || last) {
          complete(!last);
          return;
        }
      }
    }

    private void copy(Content.Chunk chunk) {
      ByteBuffer buffer = chunk.getByteBuffer();
      int length = (int) Math.min(buffer.remaining(), maxBodyBytes + 1 - bytes.size());
      byte[] copied = new byte[length];
      buffer.get(copied);
      bytes.write(copied, 0, length);
    }

    private boolean finish() {
      if (!finished.compareAndSet(false, true)) {
        return false;
      }
      Scheduler.Task task = timeout;
      if (task != null) {
        task.cancel();
      }
      return true;
    }

    private void complete(boolean unreadRest) {
      if (finish()) {
        answer(request, response, callback, kilnRequest, new ByteArrayInputStream(bytes.toByteArray()), unreadRest);
      }
    }

    private void unreadable() {
      if (finish()) {
        send(request, response, callback, error(400, "The request body could not be read."), true);
      }
    }

    private void timedOut() {
      if (finish()) {
        String message = "The request body was not received within " + bodyReadTimeout.toMillis() + " ms.";
        send(request, response, callback, error(408, message), true);
      }
    }
  }

  /**
   * Completes a response once its last write has gone out, and closes the connection if that takes
   * longer than the write timeout. The timer is armed only for a write that did not complete at
   * once, which most do.
   */
  private final class WriteDeadline implements Callback {
    private final Request request;
    private final Callback callback;
    private volatile boolean written;
    private volatile Scheduler.@Nullable Task timer;

    WriteDeadline(Request request, Callback callback) {
      this.request = request;
      this.callback = callback;
    }

    void armUnlessWritten() {
      if (written) {
        return;
      }
      timer = request.getComponents().getScheduler().schedule(() -> abort(request), writeTimeout);
      if (written) {
        disarm(); // the write completed while the timer was being armed
      }
    }

    @Override
    public void succeeded() {
      written = true;
      disarm();
      callback.succeeded();
    }

    @Override
    public void failed(Throwable failure) {
      written = true;
      disarm();
      callback.failed(failure);
    }

    private void disarm() {
      Scheduler.Task armed = timer;
      if (armed != null) {
        armed.cancel();
      }
    }
  }

  /**
   * Writes an event stream's events as they come. Each write waits for the client to take it, as
   * {@link EventSink} asks, for at most the write timeout; then the connection is closed.
   */
  private final class StreamSink implements EventSink {
    private final Request request;
    private final Response response;
    private final Callback callback;

    StreamSink(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    @Override
    public void write(String text) throws IOException {
      Callback.Completable written = new Callback.Completable();
      response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
      try {
        written.get(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException notReading) {
        abort(request);
        throw new IOException("The client did not read the event stream in time.", notReading);
      } catch (ExecutionException clientGone) {
        throw new IOException("The client has gone.", clientGone.getCause());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Interrupted while writing an event stream.");
      }
    }

    @Override
    public void close() {
      response.write(true, BufferUtil.EMPTY_BUFFER, callback);
    }
  }
}
