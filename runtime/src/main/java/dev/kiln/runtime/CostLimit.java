package dev.kiln.runtime;

import dev.kiln.runtime.spi.FieldCost;
import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.FieldCoordinates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before anything runs, an operation whose estimated cost ({@link OperationCost}) is
 * above {@code maxCost}, with a GraphQL error that names the limit and gives the cost.
 */
final class CostLimit extends SimplePerformantInstrumentation {
  private final int maxCost;
  private final int assumedListSize;
  private final Map<FieldCoordinates, FieldCost> costs;

  CostLimit(int maxCost, int assumedListSize, Map<FieldCoordinates, FieldCost> costs) {
    this.maxCost = maxCost;
    this.assumedListSize = assumedListSize;
    this.costs = Map.copyOf(costs);
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    check(parameters.getExecutionContext());
    return super.beginExecuteOperation(parameters, state);
  }

  /**
   * Refuses the operation if its cost is over the limit; else returns whether it is within the
   * limit whatever variables a request sends, because its cost read none.
   */
  boolean check(ExecutionContext context) {
    OperationCost operation =
        new OperationCost(context.getGraphQLSchema(), costs, assumedListSize, context.getFragmentsByName(), context.getCoercedVariables());
    long cost = operation.of(context.getOperationDefinition());
    if (cost > maxCost) {
      throw exceeded(cost);
    }
    return !operation.readVariables();
  }

  private AbortExecutionException exceeded(long cost) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("classification", "QUERY_LIMIT");
    extensions.put("limit", "maxCost");
    extensions.put("max", maxCost);
    extensions.put("cost", cost);
    GraphQLError error =
        GraphqlErrorBuilder.newError()
            .message("The operation's estimated cost is " + cost + "; the limit (maxCost) is " + maxCost + ".")
            .locations(null)
            .errorType(ErrorClassification.errorClassification("QUERY_LIMIT"))
            .extensions(extensions)
            .build();
    return new AbortExecutionException(List.of(error));
  }
}
