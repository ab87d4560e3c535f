package dev.kiln.runtime.spi;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.TypeResolver;
import org.dataloader.DataLoaderFactory;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** What a {@link KilnModule} adds to the schema the runtime is building. */
public interface SchemaContribution {

  /** Adds a named type (object, enum) to the schema. */
  void addType(GraphQLNamedType type);

  /** Adds a field to the root {@code Query} type. */
  void addQueryField(GraphQLFieldDefinition field);

  /** Adds a field to the root {@code Mutation} type. */
  void addMutationField(GraphQLFieldDefinition field);

  /**
   * Adds a field to the root {@code Subscription} type. Its data fetcher returns a
   * reactive-streams {@code Publisher} of the field's values.
   */
  void addSubscriptionField(GraphQLFieldDefinition field);

  /** Registers the type resolver of the interface or union named {@code typeName}. */
  void typeResolver(String typeName, TypeResolver typeResolver);

  /** Registers the data fetcher of the field at {@code coordinates}. */
  void dataFetcher(FieldCoordinates coordinates, DataFetcher<?> dataFetcher);

  /**
   * Registers fields {@code first}, {@code first + 1}, … of {@code fetchers} as the data fetchers
   * of the fields at {@code coordinates}, each written {@code "Type.field"}.
   */
  default void dataFetchers(FieldFetchers fetchers, int first, String... coordinates) {
    for (int i = 0; i < coordinates.length; i++) {
      dataFetcher(Coordinates.parse(coordinates[i]), new IndexedFetcher(fetchers, first + i));
    }
  }

  /**
   * As {@link #dataFetchers}, for fields that only read a Java field or a record component of their
   * source: they are {@link PropertyRead}s, which the request deadline leaves alone.
   */
  default void propertyReads(FieldFetchers fetchers, int first, String... coordinates) {
    for (int i = 0; i < coordinates.length; i++) {
      dataFetcher(Coordinates.parse(coordinates[i]), new IndexedPropertyRead(fetchers, first + i));
    }
  }

  /**
   * Registers a loader named {@code loaderNames[i]} for each batched field {@code i} of {@code
   * batches}: its batch function is {@code batches.load(i, …)}.
   */
  default void batchedFields(BatchedFields batches, String... loaderNames) {
    for (int i = 0; i < loaderNames.length; i++) {
      String name = loaderNames[i];
      IndexedBatchLoader loader = new IndexedBatchLoader(batches, i);
      dataLoader(name, options -> DataLoaderFactory.newDataLoader(name, loader, options));
    }
  }

  /**
   * Registers what the field at {@code coordinates} costs in the runtime's cost limit. A field
   * without one costs the default that {@link FieldCost} describes.
   */
  void fieldCost(FieldCoordinates coordinates, FieldCost cost);

  /**
   * Registers a loader by {@code name}. The runtime creates it afresh with {@code factory} for each
   * request, in the request's {@code DataLoaderRegistry}.
   *
   * @throws IllegalStateException if another loader has the name already
   */
  void dataLoader(String name, LoaderFactory factory);

  /**
   * Makes the object type {@code typeName}, which implements {@code Node}, a node of Relay's Global
   * Object Identification: its {@code id} field serves global IDs that encode the key its data
   * fetcher returns, and the root fields {@code node} and {@code nodes} load it by key with the
   * loader {@code loaderName}. The runtime adds the {@code Node} interface and those root fields
   * once, whichever modules register node types.
   *
   * @param javaType the class of the type's objects, which resolves {@code Node} to the type
   * @throws IllegalStateException if another module registered the type already
   */
  void nodeType(String typeName, Class<?> javaType, NodeKey key, String loaderName);

  /**
   * Makes the argument {@code argument} of the field at {@code coordinates} take global IDs of the
   * node type {@code nodeTypeName}: the field's data fetcher sees each ID replaced by its key's
   * canonical text, and an ID that is not a valid one of that type is an error for the client.
   */
  void globalIdArgument(FieldCoordinates coordinates, String argument, String nodeTypeName);

  /**
   * Returns the instance of {@code type} that serves its fields: the host's, else one made by
   * {@code constructor}, which is {@code null} when the class has no public no-argument
   * constructor.
   *
   * @throws IllegalStateException if the host provides none and there is no constructor
   */
  <T> T instance(Class<T> type, @Nullable Supplier<T> constructor);
}
