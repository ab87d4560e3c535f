package dev.kiln.http.servlet;

import dev.kiln.http.EventSink;
import dev.kiln.http.EventStream;
import dev.kiln.http.GraphQLHttpHandler;
import dev.kiln.http.GraphQLWebSocketHandler;
import dev.kiln.http.HttpRequest;
import dev.kiln.http.HttpResponse;
import dev.kiln.runtime.Kiln;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Kiln's GraphQL endpoint as a Jakarta Servlet (6.0 and later): every request goes to a {@link
 * GraphQLHttpHandler}, so the servlet answers exactly as {@link dev.kiln.http.KilnHttpServer} does.
 *
 * <pre>{@code
 * GraphQLHttpHandler handler = GraphQLHttpHandler.newHandler(kiln)
 *     .contextFactory(request -> viewers.fromAuthorization(request.getHeader("Authorization")))
 *     .build();
 * ServletRegistration.Dynamic graphql = servletContext.addServlet("graphql", new KilnServlet(handler));
 * graphql.addMapping("/graphql");
 * graphql.setAsyncSupported(true);
 * }</pre>
 *
 * <p>Subscriptions stream as Server-Sent Events. With async support (recommended) an event stream
 * holds no container thread while it waits for events; without it, the request's thread waits until
 * the stream ends.
 *
 * <p>Given a {@link GraphQLWebSocketHandler} too, the servlet serves GraphQL over WebSocket ({@code
 * graphql-transport-ws}) at its own path, through the container's Jakarta WebSocket (2.1 and later,
 * as in Jetty 12 and Tomcat 10.1): an upgrade request from an origin the handler does not {@linkplain
 * GraphQLWebSocketHandler#allowsOrigin(HttpRequest) allow} is refused with {@code 403}, any other
 * becomes a {@link KilnWebSocketEndpoint}.
 *
 * <pre>{@code
 * GraphQLWebSocketHandler webSocket = GraphQLWebSocketHandler.newHandler(handler)
 *     .allowedOrigins(List.of("https://app.example.com"))
 *     .build();
 * servletContext.addServlet("graphql", new KilnServlet(handler, webSocket)).addMapping("/graphql");
 * }</pre>
 */
public class KilnServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  // Servlets are not serialized in practice; the handler, holding the schema, cannot be.
  private final transient GraphQLHttpHandler handler;
  private final transient @Nullable GraphQLWebSocketHandler webSocket;

  /** A servlet for {@code kiln} with the handler's defaults: no context object, a 1 MiB body limit. */
  public KilnServlet(Kiln kiln) {
    this(GraphQLHttpHandler.newHandler(kiln).build());
  }

  /** A servlet that answers with {@code handler}. */
  public KilnServlet(GraphQLHttpHandler handler) {
    this.handler = Objects.requireNonNull(handler);
    this.webSocket = null;
  }

  /**
   * A servlet that answers with {@code handler}, and upgrades WebSocket requests to its path to
   * GraphQL over WebSocket with {@code webSocket}, which the container's Jakarta WebSocket (2.1 or
   * later) then carries.
   */
  public KilnServlet(GraphQLHttpHandler handler, GraphQLWebSocketHandler webSocket) {
    this.handler = Objects.requireNonNull(handler);
    this.webSocket = Objects.requireNonNull(webSocket);
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (webSocket != null && isWebSocketUpgrade(request)) {
      upgrade(webSocket, request, response);
      return;
    }
    HttpResponse answer = handler.handle(toRequest(request), request.getInputStream());
    response.setStatus(answer.getStatus());
    answer.getHeaders().forEach(response::setHeader);
    if (answer.isEventStream()) {
      stream(request, response, answer.getEventStream());
      return;
    }
    response.setContentLength(answer.getBodyLength());
    answer.writeBody(response.getOutputStream());
  }

  private static boolean isWebSocketUpgrade(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
  }

  private static void upgrade(GraphQLWebSocketHandler webSocket, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpRequest handshake = toRequest(request);
    HttpResponse refusal = webSocket.refusal(handshake);
    if (refusal != null) {
      response.setStatus(refusal.getStatus());
      refusal.getHeaders().forEach(response::setHeader);
      response.setContentLength(refusal.getBodyLength());
      refusal.writeBody(response.getOutputStream());
      return;
    }
    KilnWebSocketEndpoint.upgrade(request, response, pathInContext(request), webSocket, handshake);
  }

  /** The request's path within its context, which is where Jakarta WebSocket maps an endpoint. */
  private static String pathInContext(HttpServletRequest request) {
    String path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
    return path.isEmpty() ? "/" : path;
  }

  private static HttpRequest toRequest(HttpServletRequest request) {
    HttpRequest.Builder builder =
        HttpRequest.newRequest()
            .method(request.getMethod())
            .path(request.getContextPath() + request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), ""))
            // Not getParameter(): for a form-encoded POST it would read the body.
            .rawQuery(request.getQueryString());
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        builder.header(name, value);
      }
    }
    return builder.build();
  }

  private static void stream(HttpServletRequest request, HttpServletResponse response, EventStream stream)
      throws IOException {
    response.flushBuffer();
    ServletOutputStream body = response.getOutputStream();
    if (!request.isAsyncSupported()) {
      CountDownLatch ended = new CountDownLatch(1);
      stream.open(new OutputSink(body, ended::countDown));
      try {
        ended.await();
      } catch (InterruptedException interrupted) {
        stream.cancel();
        Thread.currentThread().interrupt();
      }
      return;
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(0);
    async.addListener(new CancelOnFailure(stream));
    stream.open(new OutputSink(body, () -> complete(async)));
  }

  private static void complete(AsyncContext async) {
    try {
      async.complete();
    } catch (IllegalStateException alreadyEnded) {
      // The container ended the request first, after an error: nothing is left to complete.
    }
  }

  /** Writes events to the response body and flushes each to the client. */
  private static final class OutputSink implements EventSink {
    private final ServletOutputStream body;
    private final Runnable onClose;

    OutputSink(ServletOutputStream body, Runnable onClose) {
      this.body = body;
      this.onClose = onClose;
    }

    @Override
    public void write(String text) throws IOException {
      body.write(text.getBytes(StandardCharsets.UTF_8));
      body.flush();
    }

    @Override
    public void close() {
      onClose.run();
    }
  }

  /** Stops the operation when the container gives up on the request. */
  private static final class CancelOnFailure implements AsyncListener {
    private final EventStream stream;

    CancelOnFailure(EventStream stream) {
      this.stream = stream;
    }

    @Override
    public void onComplete(AsyncEvent event) {}

    @Override
    public void onTimeout(AsyncEvent event) {
      stream.cancel();
    }

    @Override
    public void onError(AsyncEvent event) {
      stream.cancel();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {}
  }
}
