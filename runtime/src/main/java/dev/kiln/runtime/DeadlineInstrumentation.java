package dev.kiln.runtime;

import dev.kiln.runtime.spi.PropertyRead;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Holds a request to its {@link RequestDeadline}: a field reached after the deadline is not
 * fetched, and a field whose value is still pending at the deadline stops being waited for. Either
 * is null with an error; the fields resolved before stay in the result. A {@link PropertyRead},
 * which only reads memory, is left as it is.
 */
final class DeadlineInstrumentation extends SimplePerformantInstrumentation {

  @Override
  public @Nullable InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    RequestDeadline deadline = parameters.getExecutionInput().getGraphQLContext().get(RequestDeadline.CONTEXT_KEY);
    return deadline == null ? null : new State(deadline);
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
    OperationDefinition.Operation operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
    if (state instanceof State deadline && operation == OperationDefinition.Operation.SUBSCRIPTION) {
      deadline.deadline.disarm();
    }
    return super.beginExecuteOperation(parameters, state);
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, @Nullable InstrumentationState state) {
    if (dataFetcher instanceof PropertyRead<?> || !(state instanceof State held) || !held.deadline.armed()) {
      return dataFetcher;
    }
    return new Bounded(dataFetcher, held.deadline);
  }

  private record State(RequestDeadline deadline) implements InstrumentationState {}

  /** A data fetcher held to the request's deadline. */
  private record Bounded(DataFetcher<?> delegate, RequestDeadline deadline) implements LightFetcher {
    @Override
    public @Nullable Object fetch(
        GraphQLFieldDefinition fieldDefinition, Object source, Supplier<DataFetchingEnvironment> environment)
        throws Exception {
      if (deadline.passed()) {
        throw deadline.exceeded();
      }
      Object value = LightFetcher.call(delegate, fieldDefinition, source, environment);
      if (!(value instanceof CompletionStage<?> stage)) {
        return value;
      }
      return stage
          .toCompletableFuture()
          .copy()
          .orTimeout(deadline.remainingNanos(), TimeUnit.NANOSECONDS)
          .exceptionally(
              failure -> {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                if (cause instanceof TimeoutException && deadline.passed()) {
                  throw deadline.exceeded();
                }
                throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
              });
    }

  }
}
