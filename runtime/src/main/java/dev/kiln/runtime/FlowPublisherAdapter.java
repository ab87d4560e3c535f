package dev.kiln.runtime;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.FlowAdapters;

/**
 * The data fetcher of a subscription field: graphql-java subscribes to reactive-streams
 * publishers, so a JDK {@code Flow.Publisher} is adapted to one. It stays a {@code
 * LightDataFetcher} when the generated fetcher it wraps is one.
 */
final class FlowPublisherAdapter implements LightDataFetcher<@Nullable Object> {
  private final DataFetcher<?> delegate;

  FlowPublisherAdapter(DataFetcher<?> delegate) {
    this.delegate = delegate;
  }

  @Override
  public @Nullable Object get(
      GraphQLFieldDefinition fieldDefinition, Object source, Supplier<DataFetchingEnvironment> environment) throws Exception {
    Object result =
        delegate instanceof LightDataFetcher<?> light
            ? light.get(fieldDefinition, source, environment)
            : delegate.get(environment.get());
    return adapted(result);
  }

  @Override
  public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
    return adapted(delegate.get(environment));
  }

  private static @Nullable Object adapted(@Nullable Object result) {
    return result instanceof Flow.Publisher<?> publisher ? FlowAdapters.toPublisher(publisher) : result;
  }
}
