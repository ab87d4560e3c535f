package dev.kiln.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link GraphQLHttpHandler} and a {@link ContextFactory} see of an HTTP request: its method,
 * path, headers and query parameters. The body is not part of it; the handler reads the body itself,
 * within its size limit.
 *
 * <p>Header names are case-insensitive, as in HTTP; {@link #getHeaders()} lists them in lower case.
 * Query parameters are decoded from the {@code application/x-www-form-urlencoded} query string.
 * Instances are immutable; a transport builds one per request with {@link #newRequest()}.
 */
public final class HttpRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> headers;
  private final Map<String, List<String>> queryParameters;

  private HttpRequest(Builder builder) {
    this.method = Objects.requireNonNull(builder.method, "method");
    this.path = builder.path;
    this.headers = freeze(builder.headers);
    this.queryParameters = freeze(builder.queryParameters);
  }

  public static Builder newRequest() {
    return new Builder();
  }

  /** The method in upper case, such as {@code GET} or {@code POST}. */
  public String getMethod() {
    return method;
  }

  /** The decoded path, without the query string, such as {@code /graphql}. */
  public String getPath() {
    return path;
  }

  /** The first value of the header {@code name} (in any case), or {@code null} if there is none. */
  public @Nullable String getHeader(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null ? null : values.get(0);
  }

  /** Every value of the header {@code name} (in any case), in the order received; empty if none. */
  public List<String> getHeaders(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** All headers by lower-case name, in the order received. */
  public Map<String, List<String>> getHeaders() {
    return headers;
  }

  /** The first value of the query parameter {@code name}, or {@code null} if there is none. */
  public @Nullable String getQueryParameter(String name) {
    List<String> values = queryParameters.get(name);
    return values == null ? null : values.get(0);
  }

  /** All query parameters by name, in the order of the query string. */
  public Map<String, List<String>> getQueryParameters() {
    return queryParameters;
  }

  @Override
  public String toString() {
    return "HttpRequest{" + method + " " + path + "}";
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> multimap) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    multimap.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }

  /** Builds an {@link HttpRequest}. */
  public static final class Builder {
    private @Nullable String method;
    private String path = "/";
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();

    private Builder() {}

    public Builder method(String method) {
      this.method = method.toUpperCase(Locale.ROOT);
      return this;
    }

    /** The decoded path, without the query string. */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path);
      return this;
    }

    /** Adds a value to the header {@code name}, after any it has. */
    public Builder header(String name, String value) {
      headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(value);
      return this;
    }

    /** Adds every value of every header in {@code headers}, such as a server's header map. */
    public Builder headers(Map<String, ? extends List<String>> headers) {
      headers.forEach((name, values) -> values.forEach(value -> header(name, value)));
      return this;
    }

    /** Adds a value to the query parameter {@code name}, after any it has. */
    public Builder queryParameter(String name, String value) {
      queryParameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Adds the parameters of a raw (still encoded) query string, such as {@code
     * query=%7B%20a%20%7D&operationName=A}, decoded as {@code application/x-www-form-urlencoded}.
     * A malformed escape is kept as it was sent. {@code null} adds nothing.
     */
    public Builder rawQuery(@Nullable String rawQuery) {
      if (rawQuery == null || rawQuery.isEmpty()) {
        return this;
      }
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        queryParameter(decode(name), decode(value));
      }
      return this;
    }

    public HttpRequest build() {
      return new HttpRequest(this);
    }

    private static String decode(String encoded) {
      try {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return encoded;
      }
    }
  }
}
