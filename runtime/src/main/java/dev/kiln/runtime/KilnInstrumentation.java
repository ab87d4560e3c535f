package dev.kiln.runtime;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Kiln's limits as one instrumentation: {@link QueryLimits} and {@link CostLimit} before the
 * operation runs, and {@link DeadlineInstrumentation} around each fetch. graphql-java's {@code
 * ChainedInstrumentation} would call every field-level hook of each of them for every field, and
 * build a context per call; this overrides only the hooks the limits use, so the fields of a query
 * that passes them cost no more than without them, but for the deadline's check.
 *
 * <p>An operation found within the limits is remembered, by identity, for as long as its parsed
 * document lives: when a document cache (persisted operations, automatic persisted queries, or the
 * host's own {@code PreparsedDocumentProvider}) hands out the same document again, it is not
 * measured again. The cost is remembered only if it read no variables.
 */
final class KilnInstrumentation extends SimplePerformantInstrumentation {
  private final QueryLimits queryLimits;
  private final CostLimit costLimit;
  private final DeadlineInstrumentation deadline;
  private final Set<OperationDefinition> withinQueryLimits = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
  private final Set<OperationDefinition> withinCostLimit = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  KilnInstrumentation(QueryLimits queryLimits, CostLimit costLimit, DeadlineInstrumentation deadline) {
    this.queryLimits = queryLimits;
    this.costLimit = costLimit;
    this.deadline = deadline;
  }

  @Override
  public @Nullable InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return deadline.createState(parameters);
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return queryLimits.beginExecution(parameters, state);
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    OperationDefinition operation = context.getOperationDefinition();
    if (!withinQueryLimits.contains(operation)) {
      queryLimits.check(context);
      withinQueryLimits.add(operation);
    }
    if (!withinCostLimit.contains(operation) && costLimit.check(context)) {
      withinCostLimit.add(operation);
    }
    return deadline.beginExecuteOperation(parameters, state);
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    return deadline.instrumentDataFetcher(dataFetcher, parameters, state);
  }
}
