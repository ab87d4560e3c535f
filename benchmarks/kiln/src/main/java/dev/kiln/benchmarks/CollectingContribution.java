package dev.kiln.benchmarks;

import dev.kiln.runtime.InstanceProvider;
import dev.kiln.runtime.spi.FieldCost;
import dev.kiln.runtime.spi.LoaderFactory;
import dev.kiln.runtime.spi.NodeKey;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps what a generated module contributes, so that the benchmark can build the schema with
 * graphql-java's standard {@code GraphQLSchema.newSchema()} builder instead of Kiln's.
 */
final class CollectingContribution implements SchemaContribution {
  private final InstanceProvider instanceProvider;
  private final Set<GraphQLNamedType> types = new LinkedHashSet<>();
  private final List<GraphQLFieldDefinition> queryFields = new ArrayList<>();
  private final List<GraphQLFieldDefinition> mutationFields = new ArrayList<>();
  private final List<GraphQLFieldDefinition> subscriptionFields = new ArrayList<>();
  private final GraphQLCodeRegistry.Builder codeRegistry = GraphQLCodeRegistry.newCodeRegistry();

  CollectingContribution(InstanceProvider instanceProvider) {
    this.instanceProvider = instanceProvider;
  }

  @Override
  public void addType(GraphQLNamedType type) {
    types.add(type);
  }

  @Override
  public void addQueryField(GraphQLFieldDefinition field) {
    queryFields.add(field);
  }

  @Override
  public void addMutationField(GraphQLFieldDefinition field) {
    mutationFields.add(field);
  }

  @Override
  public void addSubscriptionField(GraphQLFieldDefinition field) {
    subscriptionFields.add(field);
  }

  @Override
  public void typeResolver(String typeName, TypeResolver typeResolver) {
    codeRegistry.typeResolver(typeName, typeResolver);
  }

  @Override
  public void dataLoader(String name, LoaderFactory factory) {
    // Loaders are made per request; building the schema needs none.
  }

  @Override
  public void fieldCost(FieldCoordinates coordinates, FieldCost cost) {
    // The benchmark's graphql-java schema has no cost limit.
  }

  @Override
  public void nodeType(String typeName, Class<?> javaType, NodeKey key, String loaderName) {
    throw new UnsupportedOperationException("The benchmark schema has no @Node types.");
  }

  @Override
  public void globalIdArgument(FieldCoordinates coordinates, String argument, String nodeTypeName) {
    throw new UnsupportedOperationException("The benchmark schema has no @Id(node = …) arguments.");
  }

  @Override
  public void dataFetcher(FieldCoordinates coordinates, DataFetcher<?> dataFetcher) {
    codeRegistry.dataFetcher(coordinates, dataFetcher);
  }

  @Override
  public <T> T instance(Class<T> type, @Nullable Supplier<T> constructor) {
    T instance = instanceProvider.getInstance(type);
    if (instance != null) {
      return instance;
    }
    if (constructor == null) {
      throw new IllegalStateException("No instance of " + type.getName() + " to serve its GraphQL fields.");
    }
    return constructor.get();
  }

  GraphQLObjectType queryType() {
    return GraphQLObjectType.newObject().name("Query").fields(queryFields).build();
  }

  GraphQLObjectType mutationType() {
    return GraphQLObjectType.newObject().name("Mutation").fields(mutationFields).build();
  }

  /** The subscription type, or {@code null} if the module has no subscription fields. */
  @Nullable GraphQLObjectType subscriptionType() {
    return subscriptionFields.isEmpty() ? null : GraphQLObjectType.newObject().name("Subscription").fields(subscriptionFields).build();
  }

  Set<GraphQLNamedType> types() {
    return types;
  }

  GraphQLCodeRegistry codeRegistry() {
    return codeRegistry.build();
  }
}
