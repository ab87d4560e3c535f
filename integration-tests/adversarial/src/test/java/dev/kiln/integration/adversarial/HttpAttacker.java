package dev.kiln.integration.adversarial;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends requests, well-formed or not, to a server over real sockets. */
final class HttpAttacker {
  static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;
  private final int port;

  HttpAttacker(InetSocketAddress address) {
    this.port = address.getPort();
    this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
  }

  /**
   * Announces a POST of {@code bytes} bytes with {@code Expect: 100-continue}, as curl does for
   * large bodies, and reads the answer without sending the body: a server that refuses the body
   * by its declared length answers at once.
   */
  Answer announcePost(long bytes) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: "
              + GRAPHQL_RESPONSE_JSON
              + "\r\nContent-Length: "
              + bytes
              + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = readHead(in);
      if (answer.startsWith("HTTP/1.1 100")) {
        answer = readHead(in);
      }
      Matcher length = CONTENT_LENGTH.matcher(answer);
      if (!length.find()) {
        throw new IllegalStateException("No Content-Length in " + answer);
      }
      byte[] body = in.readNBytes(Integer.parseInt(length.group(1)));
      return new Answer(Integer.parseInt(answer.substring(9, 12)), new String(body, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");

  /** A response's status line and headers, up to the empty line. */
  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int next = in.read();
      if (next < 0) {
        throw new IOException("The connection closed in the middle of a response: " + head);
      }
      head.append((char) next);
    }
    return head.toString();
  }

  /** The answer: its status and body. */
  record Answer(int status, String body) {}

  /** POSTs {@code attack} as a JSON body. */
  Answer post(Attack attack) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", attack.query());
    if (attack.operationName() != null) {
      body.put("operationName", attack.operationName());
    }
    if (!attack.variables().isEmpty()) {
      body.put("variables", attack.variables());
    }
    try {
      return post(JSON.writeValueAsString(body), "application/json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POSTs {@code body} as it is, with {@code contentType}. */
  Answer post(String body, String contentType) {
    return send(
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", contentType)
            .header("Accept", GRAPHQL_RESPONSE_JSON)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** GETs {@code query}. */
  Answer get(String query) {
    URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri).header("Accept", GRAPHQL_RESPONSE_JSON).GET());
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
