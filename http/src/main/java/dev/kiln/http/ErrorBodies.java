package dev.kiln.http;

import dev.kiln.runtime.GraphQLClientException;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * GraphQL response bodies for errors that the handler raises itself, outside graphql-java's
 * execution: {@code {"errors":[{"message":...}]}}, without a {@code data} entry.
 *
 * <p>Like Kiln's runtime, it never shows a client an exception's message or stack trace: a failure
 * becomes {@code "Internal error"} with an {@code errorId}, and is logged with that id (a {@code
 * System.Logger} named {@code dev.kiln.http}). Only a {@link GraphQLClientException}, whose message
 * is written for clients, is shown as is.
 */
final class ErrorBodies {
  static final String INTERNAL_ERROR_MESSAGE = "Internal error";

  private static final System.Logger LOGGER = System.getLogger("dev.kiln.http");

  private ErrorBodies() {}

  /** A body with one error, {@code message}. */
  static Map<String, Object> of(String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    return Map.of("errors", List.of(error));
  }

  /** A masked body for {@code failure}, which is logged with the body's error id. */
  static Map<String, Object> internal(Throwable failure, String whileDoing) {
    String errorId = UUID.randomUUID().toString();
    LOGGER.log(Level.ERROR, "Exception while " + whileDoing + " (errorId " + errorId + ")", failure);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", INTERNAL_ERROR_MESSAGE);
    error.put("extensions", Map.of("errorId", errorId));
    return Map.of("errors", List.of(error));
  }

  /** The body of the last {@code next} event of a stream whose operation or source failed. */
  static Map<String, Object> forStreamFailure(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (!(cause instanceof GraphQLClientException clientError)) {
      return internal(cause, "streaming a GraphQL operation's results");
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", clientError.getMessage());
    if (!clientError.getExtensions().isEmpty()) {
      error.put("extensions", clientError.getExtensions());
    }
    return Map.of("errors", List.of(error));
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
