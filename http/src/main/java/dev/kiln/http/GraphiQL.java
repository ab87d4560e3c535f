package dev.kiln.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * GraphiQL, served from this jar: a page at {@code pagePath} pointed at the GraphQL endpoint, and
 * its assets under {@code pagePath/}. The build copies GraphiQL's and React's UMD builds from npm
 * into {@code META-INF/kiln/graphiql/}, so the browser loads nothing from anywhere else, which the
 * page's Content-Security-Policy also enforces. With the WebSocket endpoint on, GraphiQL runs
 * subscriptions over it, with graphql-ws's client (its UMD build, from npm too).
 */
final class GraphiQL {
  private static final String RESOURCES = "/META-INF/kiln/graphiql/";
  private static final String JAVASCRIPT = "text/javascript; charset=utf-8";
  private static final String CSS = "text/css; charset=utf-8";
  // GraphiQL sets inline styles and its CSS embeds icons and fonts as data: URLs.
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

  /** The assets by the name the page uses, with where they are in the jar and their media type. */
  private static final Map<String, Asset> ASSETS =
      Map.of(
          "graphiql.min.js", new Asset("graphiql/graphiql.min.js", JAVASCRIPT),
          "graphiql.min.css", new Asset("graphiql/graphiql.min.css", CSS),
          "react.production.min.js", new Asset("react/umd/react.production.min.js", JAVASCRIPT),
          "react-dom.production.min.js", new Asset("react-dom/umd/react-dom.production.min.js", JAVASCRIPT),
          "graphql-ws.min.js", new Asset("graphql-ws/umd/graphql-ws.min.js", JAVASCRIPT),
          "kiln-graphiql.js", new Asset("kiln-graphiql.js", JAVASCRIPT),
          "kiln-graphiql.css", new Asset("kiln-graphiql.css", CSS));

  private final String pagePath;
  private final byte[] page;
  private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

  GraphiQL(String pagePath, String endpoint) {
    this(pagePath, endpoint, false);
  }

  /** {@code webSocket}: whether the endpoint serves GraphQL over WebSocket, which then runs subscriptions. */
  GraphiQL(String pagePath, String endpoint, boolean webSocket) {
    this.pagePath = pagePath;
    this.page =
        new String(resource("index.html"), StandardCharsets.UTF_8)
            .replace("{{assets}}", escapeHtml(pagePath))
            .replace("{{endpoint}}", escapeHtml(endpoint))
            .replace("{{websocket}}", webSocket ? "true" : "false")
            .getBytes(StandardCharsets.UTF_8);
  }

  /** Where the page is, such as {@code /graphiql}. */
  String pagePath() {
    return pagePath;
  }

  /** The page or an asset, or {@code null} if {@code request} asks for neither. */
  @Nullable HttpResponse handle(HttpRequest request) {
    String path = request.getPath();
    boolean isPage = path.equals(pagePath) || path.equals(pagePath + "/");
    Asset asset = path.startsWith(pagePath + "/") ? ASSETS.get(path.substring(pagePath.length() + 1)) : null;
    if (!isPage && asset == null) {
      return null;
    }
    if (!request.getMethod().equals("GET")) {
      return HttpResponse.of(405, Map.of("Allow", "GET"), new byte[0]);
    }
    if (isPage) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "text/html; charset=utf-8");
      headers.put("Cache-Control", "no-cache");
      headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      headers.put("X-Content-Type-Options", "nosniff");
      return HttpResponse.of(200, headers, page);
    }
    byte[] body = loaded.computeIfAbsent(asset.resource(), GraphiQL::resource);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", asset.contentType());
    headers.put("Cache-Control", "public, max-age=86400");
    headers.put("X-Content-Type-Options", "nosniff");
    return HttpResponse.of(200, headers, body);
  }

  private static byte[] resource(String name) {
    try (InputStream in = GraphiQL.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "GraphiQL's " + name + " is missing from kiln-http's jar; its build copies it from npm. This is a bug in Kiln, please report it.");
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
  }

  private record Asset(String resource, String contentType) {}
}
