package dev.kiln.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Learns which kind of operation a request would run before it runs: a mutation must not run over
 * GET, and a subscription must not start unless its results can stream.
 */
final class OperationType {

  private OperationType() {}

  /**
   * The kind of the operation that {@code operationName} selects in {@code query}, or {@code null}
   * if the document does not parse or does not select exactly one operation. Execution then reports
   * that error itself, in the words graphql-java always uses.
   */
  static @Nullable Operation of(String query, @Nullable String operationName) {
    Document document;
    try {
      document =
          Parser.parse(
              ParserEnvironment.newParserEnvironment()
                  .document(query)
                  .parserOptions(ParserOptions.getDefaultOperationParserOptions())
                  .build());
    } catch (InvalidSyntaxException invalid) {
      return null;
    }
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (operationName == null) {
      return operations.size() == 1 ? operations.get(0).getOperation() : null;
    }
    return operations.stream()
        .filter(operation -> Objects.equals(operation.getName(), operationName))
        .map(OperationDefinition::getOperation)
        .findFirst()
        .orElse(null);
  }
}
