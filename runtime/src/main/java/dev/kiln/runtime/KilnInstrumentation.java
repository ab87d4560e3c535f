package dev.kiln.runtime;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Kiln's limits as one instrumentation: {@link QueryLimits} and {@link CostLimit} before the
 * operation runs, {@link DeadlineInstrumentation} around each fetch, and {@link ResultLimit} as
 * each field is completed. graphql-java's {@code ChainedInstrumentation} would call every
 * field-level hook of each of them for every field, and build a context per call; this overrides
 * only the hooks the limits use, and the result's count is one context per operation.
 *
 * <p>An operation found within the limits is remembered, by identity, for as long as its parsed
 * document lives: when a document cache (persisted operations, automatic persisted queries, or the
 * host's own {@code PreparsedDocumentProvider}) hands out the same document again, it is not
 * measured again. Its cost is remembered only if it read no variables, and is still drawn from each
 * request's {@link RequestBudget}.
 */
final class KilnInstrumentation extends SimplePerformantInstrumentation {
  private final QueryLimits queryLimits;
  private final CostLimit costLimit;
  private final DeadlineInstrumentation deadline;
  private final Set<OperationDefinition> withinQueryLimits = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
  private final Map<OperationDefinition, Long> costs = Collections.synchronizedMap(new WeakHashMap<>());

  KilnInstrumentation(QueryLimits queryLimits, CostLimit costLimit, DeadlineInstrumentation deadline) {
    this.queryLimits = queryLimits;
    this.costLimit = costLimit;
    this.deadline = deadline;
  }

  @Override
  public @Nullable InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    GraphQLContext context = parameters.getExecutionInput().getGraphQLContext();
    RequestBudget budget = context.get(RequestBudget.CONTEXT_KEY);
    return new State(deadline.createState(parameters), budget == null ? null : new ResultLimit(budget, context), budget);
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return queryLimits.beginExecution(parameters, deadlineOf(state));
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
    Long cost = costs.get(operation);
    if (cost == null) {
      CostLimit.Measured measured = costLimit.measure(context);
      cost = measured.cost();
      if (!measured.readVariables()) {
        costs.put(operation, cost);
      }
    }
    costLimit.check(cost, state instanceof State held ? held.budget : null);
    if (state instanceof State held && held.result != null && operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
      held.result.disarm();
    }
    return deadline.beginExecuteOperation(parameters, deadlineOf(state));
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    return deadline.instrumentDataFetcher(dataFetcher, parameters, deadlineOf(state));
  }

  @Override
  public @Nullable InstrumentationContext<Object> beginFieldCompletion(
      InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
    if (!(state instanceof State held) || held.result == null) {
      return null;
    }
    held.result.field(parameters.getExecutionStrategyParameters().getField().getResultKey());
    return held.result;
  }

  private static @Nullable InstrumentationState deadlineOf(@Nullable InstrumentationState state) {
    return state instanceof State held ? held.deadline : null;
  }

  /** The deadline's state, and the request's budget with the count of this operation's result. */
  private record State(@Nullable InstrumentationState deadline, @Nullable ResultLimit result, @Nullable RequestBudget budget)
      implements InstrumentationState {}
}
