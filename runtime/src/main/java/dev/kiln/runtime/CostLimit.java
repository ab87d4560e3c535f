package dev.kiln.runtime;

import dev.kiln.runtime.spi.FieldCost;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.schema.FieldCoordinates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before anything runs, an operation whose estimated cost ({@link OperationCost}) is
 * above {@code maxCost}, or above what is left of its request's {@link RequestBudget}, with a
 * GraphQL error that names the limit and gives the cost.
 */
final class CostLimit {
  private final int maxCost;
  private final int assumedListSize;
  private final Map<FieldCoordinates, FieldCost> costs;

  CostLimit(int maxCost, int assumedListSize, Map<FieldCoordinates, FieldCost> costs) {
    this.maxCost = maxCost;
    this.assumedListSize = assumedListSize;
    this.costs = Map.copyOf(costs);
  }

  /** The operation's estimated cost, and whether it read variables; refuses a negative slicing argument. */
  Measured measure(ExecutionContext context) {
    OperationCost operation =
        new OperationCost(context.getGraphQLSchema(), costs, assumedListSize, context.getFragmentsByName(), context.getCoercedVariables());
    long cost = operation.of(context.getOperationDefinition());
    return new Measured(cost, operation.readVariables());
  }

  /** An operation's estimated cost; if it read no variables, it is the same whatever variables a request sends. */
  record Measured(long cost, boolean readVariables) {}

  /**
   * Refuses an operation that costs more than the limit, or more than what is left of its request's
   * budget; else draws its cost from the budget.
   */
  void check(long cost, @Nullable RequestBudget budget) {
    if (cost > maxCost) {
      throw exceeded(cost, "The operation's estimated cost is " + cost + "; the limit (maxCost) is " + maxCost + ".");
    }
    long total = budget == null ? -1 : budget.spendCost(cost);
    if (total >= 0) {
      throw exceeded(
          total,
          "The request's operations have an estimated cost of " + total + " together; the limit (maxCost) is " + maxCost + " for all the operations of a request.");
    }
  }

  private AbortExecutionException exceeded(long cost, String message) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("classification", KilnErrorClassification.QUERY_LIMIT.name());
    extensions.put("limit", "maxCost");
    extensions.put("max", maxCost);
    extensions.put("cost", cost);
    GraphQLError error =
        GraphqlErrorBuilder.newError()
            .message(message)
            .locations(null)
            .errorType(KilnErrorClassification.QUERY_LIMIT)
            .extensions(extensions)
            .build();
    return new AbortExecutionException(List.of(error));
  }
}
