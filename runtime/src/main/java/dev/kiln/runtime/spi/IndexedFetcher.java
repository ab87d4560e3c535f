package dev.kiln.runtime.spi;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The data fetcher of one field of a {@link FieldFetchers}. graphql-java's call of a fetcher then
 * sees this class and {@link IndexedPropertyRead} only, however many types the schema has.
 */
final class IndexedFetcher implements LightDataFetcher<@Nullable Object> {
  private final FieldFetchers fetchers;
  private final int field;

  IndexedFetcher(FieldFetchers fetchers, int field) {
    this.fetchers = fetchers;
    this.field = field;
  }

  @Override
  public @Nullable Object get(
      GraphQLFieldDefinition fieldDefinition, @Nullable Object source, Supplier<DataFetchingEnvironment> environment)
      throws Exception {
    return fetchers.fetch(field, source, environment);
  }

  @Override
  public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
    return fetchers.fetch(field, environment.getSource(), () -> environment);
  }
}
