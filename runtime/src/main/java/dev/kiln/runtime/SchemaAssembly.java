package dev.kiln.runtime;

import dev.kiln.runtime.spi.FieldCost;
import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.LoaderFactory;
import dev.kiln.runtime.spi.NodeKey;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.TypeResolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Collects what the modules contribute and builds the {@link GraphQLSchema} from it. */
final class SchemaAssembly implements SchemaContribution {
  private final InstanceProvider instanceProvider;
  private final Map<String, GraphQLNamedType> types = new LinkedHashMap<>();
  private final List<GraphQLFieldDefinition> queryFields = new ArrayList<>();
  private final List<GraphQLFieldDefinition> mutationFields = new ArrayList<>();
  private final List<GraphQLFieldDefinition> subscriptionFields = new ArrayList<>();
  private final GraphQLCodeRegistry.Builder codeRegistry =
      GraphQLCodeRegistry.newCodeRegistry().defaultDataFetcher(new MissingDataFetcherFactory());
  private final Map<Class<?>, Object> instances = new LinkedHashMap<>();
  private final Map<String, LoaderFactory> loaders = new LinkedHashMap<>();
  private final Map<String, String> loaderModules = new LinkedHashMap<>();
  private final Map<String, String> rootFieldModules = new LinkedHashMap<>();
  private final Map<FieldCoordinates, FieldCost> fieldCosts = new LinkedHashMap<>();
  private final Map<FieldCoordinates, DataFetcher<?>> dataFetchers = new LinkedHashMap<>();
  private final NodeSchema nodes;
  private @Nullable String currentModule;

  SchemaAssembly(InstanceProvider instanceProvider, GlobalIdCodec globalIds) {
    this.instanceProvider = instanceProvider;
    this.nodes = new NodeSchema(globalIds);
  }

  void contribute(KilnModule module) {
    currentModule = module.name();
    module.contribute(this);
    currentModule = null;
  }

  @Override
  public void addType(GraphQLNamedType type) {
    GraphQLNamedType previous = types.putIfAbsent(type.getName(), type);
    if (previous != null) {
      throw new IllegalStateException(
          "Type \"" + type.getName() + "\" is defined twice; the second definition comes from Kiln module " + currentModule
              + ". Two modules on the class path define it, or one is on it twice.");
    }
  }

  @Override
  public void addQueryField(GraphQLFieldDefinition field) {
    addRootField("Query", field, queryFields);
  }

  @Override
  public void addMutationField(GraphQLFieldDefinition field) {
    addRootField("Mutation", field, mutationFields);
  }

  @Override
  public void addSubscriptionField(GraphQLFieldDefinition field) {
    addRootField("Subscription", field, subscriptionFields);
  }

  private void addRootField(String root, GraphQLFieldDefinition field, List<GraphQLFieldDefinition> fields) {
    String module = String.valueOf(currentModule);
    String previous = rootFieldModules.putIfAbsent(root + "." + field.getName(), module);
    if (previous != null) {
      throw new IllegalStateException(
          "Field \"" + root + "." + field.getName() + "\" is defined by Kiln module " + previous + " and again by " + module
              + ". Rename one with name = \"…\".");
    }
    fields.add(field);
  }

  @Override
  public void typeResolver(String typeName, TypeResolver typeResolver) {
    codeRegistry.typeResolver(typeName, typeResolver);
  }

  @Override
  public void dataFetcher(FieldCoordinates coordinates, DataFetcher<?> dataFetcher) {
    dataFetchers.put(coordinates, dataFetcher);
    if (coordinates.getTypeName().equals("Subscription")) {
      codeRegistry.dataFetcher(coordinates, new FlowPublisherAdapter(dataFetcher));
      return;
    }
    codeRegistry.dataFetcher(coordinates, dataFetcher);
  }

  @Override
  public void fieldCost(FieldCoordinates coordinates, FieldCost cost) {
    fieldCosts.put(coordinates, cost);
  }

  /** The costs the modules registered, by field. */
  Map<FieldCoordinates, FieldCost> fieldCosts() {
    return fieldCosts;
  }

  @Override
  public void nodeType(String typeName, Class<?> javaType, NodeKey key, String loaderName) {
    nodes.addNodeType(new NodeSchema.NodeType(typeName, javaType, key, loaderName), String.valueOf(currentModule));
  }

  @Override
  public void globalIdArgument(FieldCoordinates coordinates, String argument, String nodeTypeName) {
    nodes.addIdArgument(new NodeSchema.IdArgument(coordinates, argument, nodeTypeName));
  }

  @Override
  public void dataLoader(String name, LoaderFactory factory) {
    String module = String.valueOf(currentModule);
    String previous = loaderModules.putIfAbsent(name, module);
    if (previous != null) {
      throw new IllegalStateException(
          "Loader \"" + name + "\" is defined by Kiln module " + previous + " and again by " + module
              + ". Rename one with @BatchLoader(name = \"…\").");
    }
    loaders.put(name, factory);
  }

  /** The loaders the modules registered, by name, in registration order. */
  Map<String, LoaderFactory> loaders() {
    return loaders;
  }

  @Override
  public <T> T instance(Class<T> type, @Nullable Supplier<T> constructor) {
    Object existing = instances.get(type);
    if (existing != null) {
      return type.cast(existing);
    }
    T instance = instanceProvider.getInstance(type);
    if (instance == null && constructor != null) {
      instance = constructor.get();
    }
    if (instance == null) {
      throw new IllegalStateException(
          "No instance of "
              + type.getName()
              + " to serve its GraphQL fields: it has no public no-argument constructor, so the"
              + " InstanceProvider given to Kiln.newKiln().instanceProvider(...) must provide one.");
    }
    instances.put(type, instance);
    return instance;
  }

  GraphQLSchema build() {
    if (queryFields.isEmpty()) {
      throw new IllegalStateException(
          "The schema has no Query field: annotate at least one method with @Query, and check that"
              + " Kiln's processor ran (META-INF/services/dev.kiln.runtime.spi.KilnModule).");
    }
    if (!nodes.isEmpty()) {
      addNodes();
    }
    GraphQLObjectType query = GraphQLObjectType.newObject().name("Query").fields(queryFields).build();
    GraphQLObjectType mutation =
        mutationFields.isEmpty()
            ? null
            : GraphQLObjectType.newObject().name("Mutation").fields(mutationFields).build();
    GraphQLObjectType subscription =
        subscriptionFields.isEmpty()
            ? null
            : GraphQLObjectType.newObject().name("Subscription").fields(subscriptionFields).build();
    Map<String, GraphQLNamedType> allTypes = new LinkedHashMap<>(types);
    addScalarsUsedBy(query, allTypes);
    if (mutation != null) {
      addScalarsUsedBy(mutation, allTypes);
    }
    if (subscription != null) {
      addScalarsUsedBy(subscription, allTypes);
    }
    types.values().forEach(type -> addScalarsUsedBy(type, allTypes));
    return BuiltInScalars.in(
        new GraphQLSchema.FastBuilder(codeRegistry, query, mutation, subscription).addTypes(allTypes.values()).build());
  }

  /** The {@code Node} interface and its root fields, after the modules' own, as the processor prints them. */
  private void addNodes() {
    currentModule = "(Kiln runtime, for the @Node types)";
    addType(nodes.interfaceType());
    nodes.rootFields().forEach(this::addQueryField);
    currentModule = null;
    nodes.wire(codeRegistry, dataFetchers::get);
  }

  /**
   * graphql-java's {@code FastBuilder} does not discover types by traversal, and the generated
   * code refers to built-in scalars directly rather than by reference, so they are added here.
   */
  private static void addScalarsUsedBy(GraphQLNamedType type, Map<String, GraphQLNamedType> allTypes) {
    if (type instanceof GraphQLInputObjectType input) {
      input.getFieldDefinitions().forEach(field -> addIfScalar(field.getType(), allTypes));
      return;
    }
    if (!(type instanceof GraphQLFieldsContainer object)) {
      return;
    }
    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
      addIfScalar(field.getType(), allTypes);
      for (GraphQLArgument argument : field.getArguments()) {
        addIfScalar(argument.getType(), allTypes);
      }
    }
  }

  private static void addIfScalar(GraphQLType type, Map<String, GraphQLNamedType> allTypes) {
    GraphQLType unwrapped = type;
    while (unwrapped instanceof GraphQLModifiedType modified) {
      unwrapped = modified.getWrappedType();
    }
    if (unwrapped instanceof GraphQLScalarType scalar) {
      allTypes.putIfAbsent(scalar.getName(), scalar);
    }
  }
}
