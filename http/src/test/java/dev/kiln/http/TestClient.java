package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Sends real HTTP/1.1 requests over loopback with the JDK's {@code java.net.http.HttpClient}. */
public final class TestClient {
  public static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json; charset=utf-8";
  public static final String JSON = "application/json; charset=utf-8";
  public static final String EVENT_STREAM = "text/event-stream; charset=utf-8";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;

  public TestClient(InetSocketAddress address) {
    this(URI.create("http://127.0.0.1:" + address.getPort()));
  }

  /** A client for the server at {@code base}, such as {@code http://127.0.0.1:8080/app}. */
  public TestClient(URI base) {
    this.base = base;
  }

  URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }

  /** A request to build: {@code client.post("/graphql", body).accept(...).send()}. */
  public Request post(String path, String body) {
    return postWithoutContentType(path, body).header("Content-Type", "application/json");
  }

  public Request postWithoutContentType(String path, String body) {
    return new Request("POST", path, BodyPublishers.ofString(body));
  }

  public Request get(String path, String... parameters) {
    return new Request("GET", path + query(parameters), BodyPublishers.noBody());
  }

  public Request request(String method, String path, BodyPublisher body) {
    return new Request(method, path, body);
  }

  /** {@code ?name=value&...}, encoded as {@code application/x-www-form-urlencoded}. */
  static String query(String... namesAndValues) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      pairs.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
    }
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** JSON text as a tree, for comparing whole bodies without regard to key order. */
  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException malformed) {
      throw new UncheckedIOException(malformed);
    }
  }

  /** {@code body} as JSON, with every {@code errorId} (random per error) replaced by {@code "<errorId>"}. */
  static JsonNode jsonWithoutErrorIds(String body) {
    JsonNode tree = json(body);
    for (JsonNode error : tree.path("errors")) {
      JsonNode extensions = error.path("extensions");
      if (extensions.has("errorId")) {
        ((ObjectNode) extensions).set("errorId", TextNode.valueOf("<errorId>"));
      }
    }
    return tree;
  }

  public final class Request {
    private final java.net.http.HttpRequest.Builder builder;

    private Request(String method, String pathAndQuery, BodyPublisher body) {
      this.builder = java.net.http.HttpRequest.newBuilder(uri(pathAndQuery)).method(method, body).timeout(Duration.ofSeconds(20));
    }

    public Request header(String name, String value) {
      builder.setHeader(name, value);
      return this;
    }

    public Request accept(String accept) {
      return header("Accept", accept);
    }

    public Response send() {
      try {
        java.net.http.HttpResponse<String> response = CLIENT.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), headersOf(response), response.body());
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(interrupted);
      }
    }

    public CompletableFuture<Response> sendAsync() {
      return CLIENT.sendAsync(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8))
          .thenApply(response -> new Response(response.statusCode(), headersOf(response), response.body()));
    }

    /** Sends the request and returns the response with its body still to read, such as an event stream. */
    public Streaming stream() {
      try {
        java.net.http.HttpResponse<InputStream> response = CLIENT.send(builder.build(), BodyHandlers.ofInputStream());
        return new Streaming(response.statusCode(), headersOf(response), response.body());
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(interrupted);
      }
    }
  }

  private static Map<String, String> headersOf(java.net.http.HttpResponse<?> response) {
    Map<String, String> headers = new LinkedHashMap<>();
    response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
    return headers;
  }

  /** A response with its whole body; header names in lower case. */
  public record Response(int status, Map<String, String> headers, String body) {

    public @Nullable String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public JsonNode json() {
      return TestClient.json(body);
    }

    /** Asserts the status, the Content-Type and the whole JSON body. */
    public void assertJson(int expectedStatus, String expectedContentType, String expectedBody) {
      assertEquals(expectedStatus, status, () -> "status of " + this);
      assertEquals(expectedContentType, header("Content-Type"), () -> "Content-Type of " + this);
      assertEquals(TestClient.json(expectedBody), jsonWithoutErrorIds(body), () -> "body of " + this);
    }

    @Override
    public String toString() {
      return status + " " + headers.entrySet().stream().map(h -> h.getKey() + ": " + h.getValue()).collect(Collectors.joining(", ")) + " " + body;
    }
  }

  /** A response whose body is read as it arrives. */
  public record Streaming(int status, Map<String, String> headers, InputStream body) {

    public @Nullable String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The whole body, read until the server ends it. */
    public String readAll() {
      try (InputStream in = body) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }
  }
}
