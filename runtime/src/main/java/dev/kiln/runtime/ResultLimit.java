package dev.kiln.runtime;

import graphql.GraphQLContext;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.InstrumentationContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts an operation's result, field by field as it is completed, against its request's {@link
 * RequestBudget}: one node per field and list element, and the bytes of its JSON, each character of
 * a name or string counted as one byte. Once the budget is spent, graphql-java is told to stop
 * fetching, as it does itself past {@code maxResultNodes}, so the rest of the result is never
 * built; {@link Kiln} then answers the limit's error instead of the partial result.
 *
 * <p>One instance serves all the fields of an operation, so counting allocates nothing.
 */
final class ResultLimit implements InstrumentationContext<Object> {
  /** Under this key in the {@code GraphQLContext}, the name of the result limit an operation reached. */
  static final String EXCEEDED_KEY = "dev.kiln.resultLimitExceeded";

  /** The quotes, colon and comma around a field's name in JSON. */
  private static final int FIELD_OVERHEAD = 4;

  private final RequestBudget budget;
  private final GraphQLContext context;
  private volatile boolean stopped;
  private volatile boolean disarmed;

  ResultLimit(RequestBudget budget, GraphQLContext context) {
    this.budget = budget;
    this.context = context;
  }

  /**
   * Stops counting: a subscription's events are results of their own, each sent as it comes, and
   * a stream that lasts for hours must not run out of budget.
   */
  void disarm() {
    disarmed = true;
  }

  /** Counts a field named {@code resultKey}, before its value. */
  void field(String resultKey) {
    spend(1, resultKey.length() + FIELD_OVERHEAD);
  }

  @Override
  public void onDispatched() {}

  /**
   * Counts a field's completed value: a scalar's or enum's text, or a list's elements; an object's
   * fields count themselves, and a value still pending is counted when it completes.
   */
  @Override
  public void onCompleted(@Nullable Object value, @Nullable Throwable failure) {
    if (value instanceof List<?> list) {
      spend(list.size(), size(list));
    } else if (!(value instanceof java.util.Map<?, ?>) && !(value instanceof java.util.concurrent.CompletionStage<?>)) {
      spend(0, size(value));
    }
  }

  private static long size(@Nullable Object value) {
    if (value instanceof String text) {
      return text.length() + 2L;
    }
    if (value instanceof List<?> list) {
      long size = 2 + list.size();
      for (Object element : list) {
        size += element instanceof java.util.Map<?, ?> ? 2 : size(element);
      }
      return size;
    }
    if (value instanceof Boolean) {
      return 5;
    }
    return value == null ? 4 : 8;
  }

  private void spend(long nodes, long bytes) {
    if (disarmed || budget.spendResult(nodes, bytes) || stopped) {
      return;
    }
    stopped = true;
    context.put(EXCEEDED_KEY, budget.resultBytesExceeded() ? "maxResultBytes" : "maxResultNodes");
    // graphql-java fetches no further field, nor completes a further list element, once it has
    // counted more result nodes than this.
    context.put(ResultNodesInfo.MAX_RESULT_NODES, 0);
  }
}
