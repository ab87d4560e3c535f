package dev.kiln.runtime;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetcherFactory;
import graphql.schema.DataFetcherFactoryEnvironment;
import graphql.schema.GraphQLFieldDefinition;

/**
 * The default data fetcher factory of every Kiln schema. Kiln generates a data fetcher for every
 * field, so graphql-java never needs its reflective {@code PropertyDataFetcher}; if it ever asks,
 * that is a bug in Kiln, and the field fails loudly instead of silently reflecting.
 */
final class MissingDataFetcherFactory implements DataFetcherFactory<Object> {

  @Override
  public DataFetcher<Object> get(GraphQLFieldDefinition fieldDefinition) {
    String field = fieldDefinition.getName();
    return environment -> {
      throw new IllegalStateException(
          "Kiln generated no data fetcher for field \""
              + field
              + "\" and never falls back to reflection. This is a bug in Kiln, please report it.");
    };
  }

  @Override
  @Deprecated
  public DataFetcher<Object> get(DataFetcherFactoryEnvironment environment) {
    return get(environment.getFieldDefinition());
  }
}
