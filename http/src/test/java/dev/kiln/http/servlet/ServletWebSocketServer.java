package dev.kiln.http.servlet;

import dev.kiln.http.GraphQLHttpHandler;
import dev.kiln.http.GraphQLWebSocketHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * {@link KilnServlet} with a {@link GraphQLWebSocketHandler} at {@code <context>/graphql} in an
 * embedded Jetty 12 (Jakarta EE 10) whose Jakarta WebSocket carries the upgrades: the servlet
 * adapter as an application server would run it.
 */
public final class ServletWebSocketServer implements AutoCloseable {
  private final Server jetty;
  private final ServerConnector connector;
  private final String contextPath;

  private ServletWebSocketServer(Server jetty, ServerConnector connector, String contextPath) {
    this.jetty = jetty;
    this.connector = connector;
    this.contextPath = contextPath;
  }

  /** Starts the servlet at {@code contextPath + "/graphql"}; {@code contextPath} is empty or starts with a slash. */
  public static ServletWebSocketServer start(String contextPath, GraphQLHttpHandler handler, GraphQLWebSocketHandler webSocket)
      throws Exception {
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath(contextPath.isEmpty() ? "/" : contextPath);
    JakartaWebSocketServletContainerInitializer.configure(context, null);
    ServletHolder servlet = new ServletHolder(new KilnServlet(handler, webSocket));
    servlet.setAsyncSupported(true);
    context.addServlet(servlet, "/graphql");
    jetty.setHandler(context);
    jetty.start();
    return new ServletWebSocketServer(jetty, connector, contextPath);
  }

  public InetSocketAddress address() {
    return new InetSocketAddress("127.0.0.1", connector.getLocalPort());
  }

  /** The GraphQL endpoint's URL with {@code scheme} ({@code http} or {@code ws}). */
  public URI endpoint(String scheme) {
    return URI.create(scheme + "://127.0.0.1:" + connector.getLocalPort() + contextPath + "/graphql");
  }

  @Override
  public void close() throws Exception {
    jetty.stop();
  }
}
