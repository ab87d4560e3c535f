package dev.kiln.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a well-formed GraphQL-over-HTTP request (GraphQL over HTTP, "Request
 * Parameters"): {@code query}, a string, is required, unless {@code extensions.persistedQuery}
 * names a persisted document by its hash (Apollo's persisted queries); {@code operationName}, a
 * string, and {@code variables} and {@code extensions}, maps, are optional, and {@code null} is the
 * same as absent. Anything else is not a well-formed request, and is rejected with {@code 400}.
 */
record GraphQLParameters(
    @Nullable String query, @Nullable String operationName, Map<String, Object> variables, Map<String, Object> extensions) {

  private static final List<String> NAMES = List.of("query", "operationName", "variables", "extensions");

  /** The parameters of a POST request's JSON body. */
  static GraphQLParameters fromBody(JsonNode body, Json json) {
    if (!body.isObject()) {
      throw badRequest("The request body must be a JSON object with a \"query\" string.");
    }
    JsonNode query = body.get("query");
    Map<String, Object> extensions = map(body.get("extensions"), "extensions", json);
    if (query == null || query.isNull()) {
      return withoutQuery(body.get("operationName"), map(body.get("variables"), "variables", json), extensions);
    }
    if (!query.isTextual()) {
      throw badRequest("The \"query\" parameter must be a string.");
    }
    JsonNode operationName = body.get("operationName");
    if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
      throw badRequest("The \"operationName\" parameter must be a string.");
    }
    return new GraphQLParameters(
        query.asText(),
        operationName == null || operationName.isNull() || operationName.asText().isEmpty() ? null : operationName.asText(),
        map(body.get("variables"), "variables", json),
        extensions);
  }

  private static GraphQLParameters withoutQuery(@Nullable JsonNode operationName, Map<String, Object> variables, Map<String, Object> extensions) {
    if (!(extensions.get("persistedQuery") instanceof Map<?, ?>)) {
      throw badRequest("The \"query\" parameter is required.");
    }
    if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
      throw badRequest("The \"operationName\" parameter must be a string.");
    }
    String name = operationName == null || operationName.isNull() || operationName.asText().isEmpty() ? null : operationName.asText();
    return new GraphQLParameters(null, name, variables, extensions);
  }

  /** The hash of the persisted document the request names, if it names one. */
  @Nullable String persistedQueryHash() {
    return extensions.get("persistedQuery") instanceof Map<?, ?> persistedQuery && persistedQuery.get("sha256Hash") instanceof String hash
        ? hash
        : null;
  }

  /**
   * The parameters of a GET request's query string, where {@code variables} and {@code extensions}
   * are JSON text.
   */
  static GraphQLParameters fromQuery(Map<String, List<String>> parameters, Json json) {
    for (String name : NAMES) {
      if (parameters.getOrDefault(name, List.of()).size() > 1) {
        throw badRequest("The \"" + name + "\" parameter is given more than once.");
      }
    }
    String query = first(parameters, "query");
    Map<String, Object> extensions = mapFromText(first(parameters, "extensions"), "extensions", json);
    if (query == null && !(extensions.get("persistedQuery") instanceof Map<?, ?>)) {
      throw badRequest("The \"query\" parameter is required.");
    }
    String operationName = first(parameters, "operationName");
    return new GraphQLParameters(
        query,
        operationName == null || operationName.isEmpty() ? null : operationName,
        mapFromText(first(parameters, "variables"), "variables", json),
        extensions);
  }

  private static Map<String, Object> mapFromText(@Nullable String text, String name, Json json) {
    if (text == null || text.isEmpty()) {
      return Map.of();
    }
    return map(json.read(text.getBytes(StandardCharsets.UTF_8), "The \"" + name + "\" parameter"), name, json);
  }

  private static Map<String, Object> map(@Nullable JsonNode value, String name, Json json) {
    if (value == null || value.isNull()) {
      return Map.of();
    }
    if (!value.isObject()) {
      throw badRequest("The \"" + name + "\" parameter must be a JSON object.");
    }
    return json.toMap(value);
  }

  private static @Nullable String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static RequestRejectedException badRequest(String message) {
    return new RequestRejectedException(400, message);
  }
}
