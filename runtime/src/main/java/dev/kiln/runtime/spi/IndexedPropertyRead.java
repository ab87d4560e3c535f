package dev.kiln.runtime.spi;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The data fetcher of a field of a {@link FieldFetchers} that only reads its source: a {@link PropertyRead}. */
final class IndexedPropertyRead implements PropertyRead<@Nullable Object> {
  private final FieldFetchers fetchers;
  private final int field;

  IndexedPropertyRead(FieldFetchers fetchers, int field) {
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
