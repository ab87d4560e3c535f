package dev.kiln.runtime.spi;

import graphql.schema.DataFetchingEnvironment;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The data fetchers of all the GraphQL fields one class serves, as one generated class: each
 * field is known by its index, and {@link #fetch} dispatches on it with a {@code switch}. One class
 * per type, however many fields it has, keeps the generated classes, and the class loading at
 * startup, proportional to the types rather than to the fields, and no generated class is named
 * after a field. {@link SchemaContribution#dataFetchers} and {@link
 * SchemaContribution#propertyReads} hand the fields to graphql-java.
 */
public interface FieldFetchers {

  /**
   * The value of field number {@code field} of {@code source}, as graphql-java's {@link
   * graphql.schema.LightDataFetcher} asks for it: the environment is made only if the field needs
   * it.
   */
  @Nullable Object fetch(int field, @Nullable Object source, Supplier<DataFetchingEnvironment> environment) throws Exception;
}
