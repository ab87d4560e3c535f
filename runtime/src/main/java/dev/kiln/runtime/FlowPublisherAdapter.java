package dev.kiln.runtime;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.FlowAdapters;

/**
 * The data fetcher of a subscription field: graphql-java subscribes to reactive-streams
 * publishers, so a JDK {@code Flow.Publisher} is adapted to one. It calls the generated fetcher it
 * wraps lightly when that is a {@code LightDataFetcher}.
 */
final class FlowPublisherAdapter implements LightFetcher {
  private final DataFetcher<?> delegate;

  FlowPublisherAdapter(DataFetcher<?> delegate) {
    this.delegate = delegate;
  }

  @Override
  public @Nullable Object fetch(
      GraphQLFieldDefinition fieldDefinition, Object source, Supplier<DataFetchingEnvironment> environment) throws Exception {
    return adapted(LightFetcher.call(delegate, fieldDefinition, source, environment));
  }

  private static @Nullable Object adapted(@Nullable Object result) {
    return result instanceof Flow.Publisher<?> publisher ? FlowAdapters.toPublisher(publisher) : result;
  }
}
