package dev.kiln.runtime;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationReactiveResultsParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Kiln's limits followed by a host's instrumentation ({@link Kiln.Builder#instrumentation}). The
 * limits use five hooks (state, execution, operation, data fetcher, field completion), so only
 * those call both; every other hook goes straight to the host. A
 * request the limits refuse before parsing completes the host's execution context with the
 * refusal, an {@code AbortExecutionException}.
 * graphql-java's {@code ChainedInstrumentation} would call each field-level hook of both and build
 * a context per call, which costs a query of many fields more than the host's own hooks.
 */
final class HostInstrumentation implements Instrumentation {
  private final KilnInstrumentation limits;
  private final Instrumentation host;

  HostInstrumentation(KilnInstrumentation limits, Instrumentation host) {
    this.limits = limits;
    this.host = host;
  }

  @Override
  public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
    InstrumentationState limitsState = limits.createState(parameters);
    CompletableFuture<InstrumentationState> hostState = host.createStateAsync(parameters);
    if (hostState == null) {
      return CompletableFuture.completedFuture(new States(limitsState, null));
    }
    return hostState.thenApply(state -> new States(limitsState, state));
  }

  private static @Nullable InstrumentationState limits(InstrumentationState state) {
    return ((States) state).limits();
  }

  private static @Nullable InstrumentationState host(InstrumentationState state) {
    return ((States) state).host();
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    // The host begins first so that it sees a request the limits refuse here (maxInputDepth),
    // which graphql-java answers without completing any context begun for it.
    InstrumentationContext<ExecutionResult> second = host.beginExecution(parameters, host(state));
    InstrumentationContext<ExecutionResult> first;
    try {
      first = limits.beginExecution(parameters, limits(state));
    } catch (RuntimeException refused) {
      if (second != null) {
        second.onDispatched();
        second.onCompleted(null, refused);
      }
      throw refused;
    }
    return Both.of(first, second);
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    InstrumentationContext<ExecutionResult> first = limits.beginExecuteOperation(parameters, limits(state));
    return Both.of(first, host.beginExecuteOperation(parameters, host(state)));
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    return host.instrumentDataFetcher(limits.instrumentDataFetcher(dataFetcher, parameters, limits(state)), parameters, host(state));
  }

  @Override
  public @Nullable InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return host.beginParse(parameters, host(state));
  }

  @Override
  public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    return host.beginValidation(parameters, host(state));
  }

  @Override
  public @Nullable InstrumentationContext<Void> beginReactiveResults(
      InstrumentationReactiveResultsParameters parameters, InstrumentationState state) {
    return host.beginReactiveResults(parameters, host(state));
  }

  @Override
  public @Nullable ExecutionStrategyInstrumentationContext beginExecutionStrategy(
      InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
    return host.beginExecutionStrategy(parameters, host(state));
  }

  @Override
  public @Nullable ExecuteObjectInstrumentationContext beginExecuteObject(
      InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
    return host.beginExecuteObject(parameters, host(state));
  }

  @Override
  public @Nullable InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters, InstrumentationState state) {
    return host.beginDeferredField(parameters, host(state));
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
      InstrumentationFieldParameters parameters, InstrumentationState state) {
    return host.beginSubscribedFieldEvent(parameters, host(state));
  }

  @Override
  public @Nullable InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
    return host.beginFieldExecution(parameters, host(state));
  }

  @Override
  @SuppressWarnings("deprecation")
  public @Nullable InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    return host.beginFieldFetch(parameters, host(state));
  }

  @Override
  public @Nullable FieldFetchingInstrumentationContext beginFieldFetching(
      InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    return host.beginFieldFetching(parameters, host(state));
  }

  @Override
  public @Nullable InstrumentationContext<Object> beginFieldCompletion(
      InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
    InstrumentationContext<Object> first = limits.beginFieldCompletion(parameters, limits(state));
    return Both.of(first, host.beginFieldCompletion(parameters, host(state)));
  }

  @Override
  public @Nullable InstrumentationContext<Object> beginFieldListCompletion(
      InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
    return host.beginFieldListCompletion(parameters, host(state));
  }

  @Override
  public ExecutionInput instrumentExecutionInput(
      ExecutionInput executionInput, InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return host.instrumentExecutionInput(executionInput, parameters, host(state));
  }

  @Override
  public DocumentAndVariables instrumentDocumentAndVariables(
      DocumentAndVariables documentAndVariables, InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return host.instrumentDocumentAndVariables(documentAndVariables, parameters, host(state));
  }

  @Override
  public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return host.instrumentSchema(schema, parameters, host(state));
  }

  @Override
  public ExecutionContext instrumentExecutionContext(
      ExecutionContext executionContext, InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return host.instrumentExecutionContext(executionContext, parameters, host(state));
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult executionResult, InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return host.instrumentExecutionResult(executionResult, parameters, host(state));
  }

  /** The state of each of the two for one execution. */
  private record States(@Nullable InstrumentationState limits, @Nullable InstrumentationState host) implements InstrumentationState {}

  /** Two contexts told the same, in order. */
  private record Both<T>(InstrumentationContext<T> first, InstrumentationContext<T> second) implements InstrumentationContext<T> {
    static <T> @Nullable InstrumentationContext<T> of(@Nullable InstrumentationContext<T> first, @Nullable InstrumentationContext<T> second) {
      if (first == null) {
        return second;
      }
      return second == null ? first : new Both<>(first, second);
    }

    @Override
    public void onDispatched() {
      first.onDispatched();
      second.onDispatched();
    }

    @Override
    public void onCompleted(@Nullable T result, @Nullable Throwable failure) {
      first.onCompleted(result, failure);
      second.onCompleted(result, failure);
    }
  }
}
