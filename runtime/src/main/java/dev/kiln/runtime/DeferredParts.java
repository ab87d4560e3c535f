package dev.kiln.runtime;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.incremental.DeferPayload;
import graphql.incremental.DelayedIncrementalPartialResult;
import graphql.incremental.DelayedIncrementalPartialResultImpl;
import graphql.incremental.IncrementalExecutionResult;
import graphql.incremental.IncrementalExecutionResultImpl;
import graphql.incremental.IncrementalPayload;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Finishes the deferred parts of an incremental result as {@link Kiln} finishes a result: each
 * part's errors are masked and bounded as the initial payload's are, and once the request's result
 * limits are reached (the deferred fields draw from the same {@link RequestBudget}), the part that
 * reached them is replaced by one whose {@code data} is null with the limit's error, and which is
 * the last ({@code hasNext: false}): the rest of the deferred work is cancelled.
 */
final class DeferredParts implements Publisher<DelayedIncrementalPartialResult> {
  private final Publisher<DelayedIncrementalPartialResult> parts;
  private final GraphQLContext context;
  private final UnaryOperator<ExecutionResult> finishErrors;
  private final Function<GraphQLContext, @Nullable GraphQLError> limitError;

  private DeferredParts(
      Publisher<DelayedIncrementalPartialResult> parts,
      GraphQLContext context,
      UnaryOperator<ExecutionResult> finishErrors,
      Function<GraphQLContext, @Nullable GraphQLError> limitError) {
    this.parts = parts;
    this.context = context;
    this.finishErrors = finishErrors;
    this.limitError = limitError;
  }

  /** {@code result} with its deferred parts finished as they come. */
  static IncrementalExecutionResult finish(
      IncrementalExecutionResult result,
      GraphQLContext context,
      UnaryOperator<ExecutionResult> finishErrors,
      Function<GraphQLContext, @Nullable GraphQLError> limitError) {
    if (result.getIncrementalItemPublisher() == null) {
      return result;
    }
    DeferredParts finished = new DeferredParts(result.getIncrementalItemPublisher(), context, finishErrors, limitError);
    return IncrementalExecutionResultImpl.fromIncrementalExecutionResult(result)
        .incrementalItemPublisher(finished)
        .build();
  }

  @Override
  public void subscribe(Subscriber<? super DelayedIncrementalPartialResult> subscriber) {
    parts.subscribe(new Finishing(subscriber));
  }

  private DelayedIncrementalPartialResult finished(DelayedIncrementalPartialResult part) {
    List<IncrementalPayload> items = new ArrayList<>(part.getIncremental() == null ? 0 : part.getIncremental().size());
    for (IncrementalPayload item : part.getIncremental() == null ? List.<IncrementalPayload>of() : part.getIncremental()) {
      if (!(item instanceof DeferPayload deferred) || deferred.getErrors() == null || deferred.getErrors().isEmpty()) {
        items.add(item);
        continue;
      }
      ExecutionResult asResult = ExecutionResult.newExecutionResult().data(deferred.getData()).errors(deferred.getErrors()).build();
      List<GraphQLError> errors = finishErrors.apply(asResult).getErrors();
      items.add(DeferPayload.newDeferredItem().from(deferred).errors(errors).build());
    }
    return DelayedIncrementalPartialResultImpl.newIncrementalExecutionResult()
        .incrementalItems(items)
        .hasNext(part.hasNext())
        .extensions(part.getExtensions())
        .build();
  }

  /** The last part, in place of {@code part}: its deferred data is null, with the limit's error. */
  private static DelayedIncrementalPartialResult overLimit(DelayedIncrementalPartialResult part, GraphQLError error) {
    List<IncrementalPayload> items = new ArrayList<>();
    for (IncrementalPayload item : part.getIncremental() == null ? List.<IncrementalPayload>of() : part.getIncremental()) {
      items.add(DeferPayload.newDeferredItem().path(item.getPath()).label(item.getLabel()).data(null).errors(List.of(error)).build());
    }
    return DelayedIncrementalPartialResultImpl.newIncrementalExecutionResult().incrementalItems(items).hasNext(false).build();
  }

  private final class Finishing implements Subscriber<DelayedIncrementalPartialResult> {
    private final Subscriber<? super DelayedIncrementalPartialResult> downstream;
    private volatile @Nullable Subscription upstream;
    private volatile boolean stopped;

    Finishing(Subscriber<? super DelayedIncrementalPartialResult> downstream) {
      this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      upstream = subscription;
      downstream.onSubscribe(subscription);
    }

    @Override
    public void onNext(DelayedIncrementalPartialResult part) {
      if (stopped) {
        return;
      }
      GraphQLError error = limitError.apply(context);
      if (error == null) {
        downstream.onNext(finished(part));
        return;
      }
      stopped = true;
      Subscription subscription = upstream;
      if (subscription != null) {
        subscription.cancel();
      }
      downstream.onNext(overLimit(part, error));
      downstream.onComplete();
    }

    @Override
    public void onError(Throwable failure) {
      if (!stopped) {
        stopped = true;
        downstream.onError(failure);
      }
    }

    @Override
    public void onComplete() {
      if (!stopped) {
        stopped = true;
        downstream.onComplete();
      }
    }
  }
}
