package dev.kiln.runtime;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.UnresolvedTypeError;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Masks the errors graphql-java reports when a type resolver finds no object type for a value of
 * an interface or union, as {@link MaskingExceptionHandler} masks exceptions: the value's Java class
 * is the server's business, and its mistake (a class that implements a {@code @GraphQLType}
 * interface without being one). The client sees {@code "Internal error"} and an {@code errorId};
 * the reason is logged with that id.
 */
final class UnresolvedTypeErrors {
  private static final System.Logger LOGGER = System.getLogger("dev.kiln.runtime");

  private UnresolvedTypeErrors() {}

  static ExecutionResult masked(ExecutionResult result) {
    if (result.getErrors().stream().noneMatch(UnresolvedTypeError.class::isInstance)) {
      return result;
    }
    List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
    for (GraphQLError error : result.getErrors()) {
      errors.add(error instanceof UnresolvedTypeError unresolved ? masked(unresolved) : error);
    }
    return result.transform(builder -> builder.errors(errors));
  }

  private static GraphQLError masked(UnresolvedTypeError error) {
    String errorId = UUID.randomUUID().toString();
    LOGGER.log(Level.ERROR, "Type resolution failed at " + error.getPath() + " (errorId " + errorId + "): " + error.getMessage(), error.getException());
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("errorId", errorId);
    return GraphqlErrorBuilder.newError()
        .message(MaskingExceptionHandler.INTERNAL_ERROR_MESSAGE)
        .path(error.getPath())
        .locations(error.getLocations())
        .errorType(MaskingExceptionHandler.INTERNAL_ERROR)
        .extensions(extensions)
        .build();
  }
}
