package dev.kiln.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An exception whose message is written for the client.
 *
 * <p>Kiln masks every other exception thrown by application code: the client sees {@code
 * "Internal error"} and an error id, and the exception is logged with that id. Throw this
 * exception, or a subclass, when the message is safe and useful to show: "no such user", "title
 * must not be blank". Its extensions, if any, go into the error's {@code extensions}.
 */
public class GraphQLClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Map<String, Object> extensions;

  /** An error with a message for the client and no extensions. */
  public GraphQLClientException(String message) {
    this(message, Map.of());
  }

  /**
   * An error with a message for the client and extensions, such as {@code Map.of("code",
   * "NOT_FOUND")}.
   */
  public GraphQLClientException(String message, Map<String, ?> extensions) {
    super(message);
    this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  /** The entries this error adds to the GraphQL error's {@code extensions}. */
  public Map<String, Object> getExtensions() {
    return extensions;
  }
}
