package dev.kiln.http;

import dev.kiln.runtime.KilnErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers to persisted-query requests that are not failures but the protocol's next step:
 * Apollo clients read {@code PersistedQueryNotFound} (send the text with the hash) and {@code
 * PersistedQueryNotSupported} (stop sending hashes) from a {@code 200} response.
 */
final class PersistedQueryAnswers {
  private static final Set<String> ASK_FOR_TEXT = Set.of(KilnErrorClassification.PERSISTED_QUERY_NOT_FOUND.name(), KilnErrorClassification.PERSISTED_QUERY_NOT_SUPPORTED.name());

  private PersistedQueryAnswers() {}

  /** Whether {@code result} is only such an answer. */
  static boolean askForText(ExecutionResult result) {
    List<GraphQLError> errors = result.getErrors();
    if (errors.size() != 1) {
      return false;
    }
    Map<String, Object> extensions = errors.get(0).getExtensions();
    return extensions != null && ASK_FOR_TEXT.contains(String.valueOf(extensions.get("code")));
  }
}
