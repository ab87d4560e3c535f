package dev.kiln.opentelemetry;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * A field's fetcher in a span of its own, {@code {Type}.{field}}, current while the fetcher runs
 * and ended when its value is in. A failure sets the span's status and {@code error.type}, the
 * exception's class; its message is not recorded.
 */
final class TracedFetcher implements DataFetcher<@Nullable Object> {
  private final DataFetcher<?> delegate;
  private final Tracer tracer;
  private final Context parent;

  TracedFetcher(DataFetcher<?> delegate, Tracer tracer, Context parent) {
    this.delegate = delegate;
    this.tracer = tracer;
    this.parent = parent;
  }

  @Override
  public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
    String field = environment.getField().getName();
    Span span =
        tracer.spanBuilder(environment.getExecutionStepInfo().getObjectType().getName() + "." + field)
            .setParent(parent)
            .setAttribute(KilnTelemetry.FIELD_NAME, field)
            .setAttribute(KilnTelemetry.FIELD_PATH, environment.getExecutionStepInfo().getPath().toString())
            .startSpan();
    Object value;
    try (Scope scope = span.makeCurrent()) {
      value = delegate.get(environment);
    } catch (Exception | Error e) {
      end(span, e);
      throw e;
    }
    if (!(value instanceof CompletionStage<?> stage)) {
      span.end();
      return value;
    }
    return stage.whenComplete((result, failure) -> end(span, failure));
  }

  private static void end(Span span, @Nullable Throwable failure) {
    if (failure != null) {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
      span.setStatus(StatusCode.ERROR);
      span.setAttribute(KilnTelemetry.ERROR_TYPE, cause.getClass().getName());
    }
    span.end();
  }
}
