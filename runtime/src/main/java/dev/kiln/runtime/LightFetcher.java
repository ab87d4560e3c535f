package dev.kiln.runtime;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@code LightDataFetcher} written as one method: graphql-java calls it with the environment
 * built only on demand, as it calls the generated fetchers, which the runtime's fetchers wrap.
 */
@FunctionalInterface
interface LightFetcher extends LightDataFetcher<@Nullable Object> {

  @Nullable Object fetch(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) throws Exception;

  @Override
  default @Nullable Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) throws Exception {
    return fetch(field, source, environment);
  }

  @Override
  default @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
    return fetch(environment.getFieldDefinition(), environment.getSource(), () -> environment);
  }

  /** Calls {@code fetcher} as graphql-java would: lightly if it is a light fetcher. */
  static @Nullable Object call(
      DataFetcher<?> fetcher, GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) throws Exception {
    if (fetcher instanceof LightDataFetcher<?> light) {
      return light.get(field, source, environment);
    }
    return fetcher.get(environment.get());
  }
}
