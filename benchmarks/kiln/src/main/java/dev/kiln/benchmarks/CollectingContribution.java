package dev.kiln.benchmarks;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import dev.kiln.runtime.InstanceProvider;
import dev.kiln.runtime.spi.FieldCost;
import dev.kiln.runtime.spi.LoaderFactory;
import dev.kiln.runtime.spi.NodeKey;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.TypeResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps what a generated module contributes, so that the benchmark can build the schema with
 * graphql-java's standard {@code GraphQLSchema.newSchema()} builder instead of Kiln's.
 */
final class CollectingContribution implements SchemaContribution {
  private static final String NODE = "Node";

  private final InstanceProvider instanceProvider;
  private final Set<GraphQLNamedType> types = new LinkedHashSet<>();
  private final List<GraphQLFieldDefinition> queryFields = new ArrayList<>();
  private final List<GraphQLFieldDefinition> mutationFields = new ArrayList<>();
  private final List<GraphQLFieldDefinition> subscriptionFields = new ArrayList<>();
  private final Map<Class<?>, String> nodeTypes = new LinkedHashMap<>();
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
    nodeTypes.put(javaType, typeName);
  }

  @Override
  public void globalIdArgument(FieldCoordinates coordinates, String argument, String nodeTypeName) {
    // IDs are decoded when the field runs; building the schema needs nothing for them.
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

  /** The query type, with the {@code node} and {@code nodes} fields that Kiln adds for node types. */
  GraphQLObjectType queryType() {
    GraphQLObjectType.Builder query = GraphQLObjectType.newObject().name("Query").fields(queryFields);
    if (!nodeTypes.isEmpty()) {
      GraphQLTypeReference node = GraphQLTypeReference.typeRef(NODE);
      query
          .field(field -> field.name("node").argument(argument -> argument.name("id").type(nonNull(Scalars.GraphQLID))).type(node))
          .field(
              field ->
                  field
                      .name("nodes")
                      .argument(argument -> argument.name("ids").type(nonNull(list(nonNull(Scalars.GraphQLID)))))
                      .type(nonNull(list(node))));
    }
    return query.build();
  }

  GraphQLObjectType mutationType() {
    return GraphQLObjectType.newObject().name("Mutation").fields(mutationFields).build();
  }

  /** The subscription type, or {@code null} if the module has no subscription fields. */
  @Nullable GraphQLObjectType subscriptionType() {
    return subscriptionFields.isEmpty() ? null : GraphQLObjectType.newObject().name("Subscription").fields(subscriptionFields).build();
  }

  /** The module's types, with the {@code Node} interface that Kiln adds for node types. */
  Set<GraphQLNamedType> types() {
    if (nodeTypes.isEmpty()) {
      return types;
    }
    Set<GraphQLNamedType> withNode = new LinkedHashSet<>(types);
    withNode.add(
        GraphQLInterfaceType.newInterface().name(NODE).field(field -> field.name("id").type(nonNull(Scalars.GraphQLID))).build());
    return withNode;
  }

  GraphQLCodeRegistry codeRegistry() {
    if (!nodeTypes.isEmpty()) {
      codeRegistry.typeResolver(
          NODE, environment -> environment.getSchema().getObjectType(nodeTypes.get(environment.getObject().getClass())));
    }
    return codeRegistry.build();
  }
}
