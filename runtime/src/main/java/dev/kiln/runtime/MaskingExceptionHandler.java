package dev.kiln.runtime;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns an exception thrown by application code into a GraphQL error at the field's path.
 *
 * <p>A {@link GraphQLClientException} keeps its message, which is written for clients. Every other
 * exception is masked: the client sees {@code "Internal error"} and an {@code errorId}, and the
 * exception is logged with that id, so an operator can find it and a client learns nothing of the
 * server's internals.
 *
 * <p>One failure often reaches many fields: a batch loader that throws fails every key of its
 * batch with the same exception. Its stack trace is logged once, with the first field's errorId;
 * each other field logs one line that names its own errorId and that first one, so that 200 keys
 * of a failed batch do not write 200 stack traces.
 */
final class MaskingExceptionHandler implements DataFetcherExceptionHandler {
  static final String INTERNAL_ERROR_MESSAGE = "Internal error";
  static final ErrorClassification INTERNAL_ERROR = KilnErrorClassification.INTERNAL_ERROR;
  static final ErrorClassification CLIENT_ERROR = KilnErrorClassification.CLIENT_ERROR;

  private static final System.Logger LOGGER = System.getLogger("dev.kiln.runtime");

  /** The errorId each failure was first logged with, for as long as the failure is reachable. */
  private final Map<Throwable, String> logged = Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
      DataFetcherExceptionHandlerParameters parameters) {
    Throwable exception = unwrap(parameters.getException());
    GraphQLError error =
        exception instanceof GraphQLClientException clientException
            ? clientError(clientException, parameters)
            : maskedError(exception, parameters);
    return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
  }

  private static GraphQLError clientError(
      GraphQLClientException exception, DataFetcherExceptionHandlerParameters parameters) {
    return GraphqlErrorBuilder.newError()
        .message(exception.getMessage())
        .path(parameters.getPath())
        .location(parameters.getSourceLocation())
        .errorType(CLIENT_ERROR)
        .extensions(exception.getExtensions().isEmpty() ? null : exception.getExtensions())
        .build();
  }

  private GraphQLError maskedError(Throwable exception, DataFetcherExceptionHandlerParameters parameters) {
    String errorId = UUID.randomUUID().toString();
    // Throwable keeps Object's identity equality, so this is a map by identity.
    String first = logged.putIfAbsent(exception, errorId);
    String path = path(parameters.getPath().toList());
    if (first == null) {
      LOGGER.log(Level.ERROR, "Exception while fetching " + path + " (errorId " + errorId + ")", exception);
    } else {
      LOGGER.log(Level.ERROR, "Exception while fetching " + path + " (errorId " + errorId + "): the failure logged with errorId " + first);
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("errorId", errorId);
    return GraphqlErrorBuilder.newError()
        .message(INTERNAL_ERROR_MESSAGE)
        .path(parameters.getPath())
        .location(parameters.getSourceLocation())
        .errorType(INTERNAL_ERROR)
        .extensions(extensions)
        .build();
  }

  /** The field's path, each alias or field name (which a client may make long) truncated. */
  private static String path(List<Object> segments) {
    StringBuilder path = new StringBuilder();
    for (Object segment : segments) {
      path.append(segment instanceof Integer index ? "[" + index + "]" : "/" + ClientValues.truncated(String.valueOf(segment)));
    }
    return path.toString();
  }

  private static Throwable unwrap(Throwable exception) {
    Throwable current = exception;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
