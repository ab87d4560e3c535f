package dev.kiln.runtime;

import graphql.ErrorClassification;

/**
 * The classifications of the errors Kiln itself reports, which clients read as {@code
 * extensions.classification} (graphql-java's own, such as {@code ValidationError}, are beside
 * them). A host compares an error's {@code getErrorType()} with these, rather than with strings.
 */
public enum KilnErrorClassification implements ErrorClassification {
  /** The request went past one of the configured limits: depth, aliases, cost, result size, deadline. */
  QUERY_LIMIT,
  /** A global ID argument that does not decode, is not signed with the secret, or names another type. */
  INVALID_ID,
  /** The viewer may not read (or run) the field: {@code @Authorized} with {@code Denied.ERROR}. */
  UNAUTHORIZED,
  /** The user's code failed; the message is masked and the error has an {@code errorId} to find it in the log. */
  INTERNAL_ERROR,
  /** The user's code refused the request with a client error, whose message the client sees. */
  CLIENT_ERROR,
  /** An automatic persisted query's hash that the server does not know: send the query text with it. */
  PERSISTED_QUERY_NOT_FOUND,
  /** Automatic persisted queries are off on this server. */
  PERSISTED_QUERY_NOT_SUPPORTED,
  /** The hash sent is not the SHA-256 of the query text sent with it. */
  PERSISTED_QUERY_HASH_MISMATCH,
  /** The persisted query extension is malformed. */
  PERSISTED_QUERY_INVALID,
  /** The operation policy allows only persisted operations, and this one is not persisted. */
  OPERATION_NOT_PERSISTED;

  /** The classification as clients read it: {@code extensions.classification}. */
  @Override
  public String toSpecification(graphql.GraphQLError error) {
    return name();
  }
}
