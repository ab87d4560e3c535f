package dev.kiln.runtime;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;

/**
 * Kiln's limits as one instrumentation: {@link QueryLimits} and {@link CostLimit} before the
 * operation runs, and {@link DeadlineInstrumentation} around each fetch. graphql-java's {@code
 * ChainedInstrumentation} would call every field-level hook of each of them for every field, and
 * build a context per call; this overrides only the hooks the limits use, so the fields of a query
 * that passes them cost no more than without them, but for the deadline's check.
 */
final class KilnInstrumentation extends SimplePerformantInstrumentation {
  private final QueryLimits queryLimits;
  private final CostLimit costLimit;
  private final DeadlineInstrumentation deadline;

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
    queryLimits.beginExecuteOperation(parameters, state);
    costLimit.beginExecuteOperation(parameters, state);
    return deadline.beginExecuteOperation(parameters, state);
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    return deadline.instrumentDataFetcher(dataFetcher, parameters, state);
  }
}
