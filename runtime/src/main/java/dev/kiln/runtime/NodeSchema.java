package dev.kiln.runtime;

import dev.kiln.runtime.internal.NodeDefinition;
import dev.kiln.runtime.spi.NodeKey;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.Scalars;
import graphql.execution.DataFetcherResult;
import graphql.execution.UnresolvedTypeException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.TypeResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

/**
 * Relay's Global Object Identification for the {@code @Node} types the modules register: the
 * {@code Node} interface, the root fields {@code node} and {@code nodes}, the global IDs that the
 * node types' {@code id} fields serve, and the decoding of {@code @Id(node = …)} arguments.
 */
final class NodeSchema {
  static final String INTERFACE = NodeDefinition.INTERFACE;

  /** The most characters of a client's ID that an error message repeats. */
  private static final int ECHOED_CHARACTERS = 40;

  /** A {@code @Node} type: its Java class, the type of its key and the loader that loads it by key. */
  record NodeType(String name, Class<?> javaType, NodeKey key, String loader) {}

  /** An argument that takes global IDs of {@code nodeType} and passes their keys on. */
  record IdArgument(FieldCoordinates field, String argument, String nodeType) {}

  private final GlobalIdCodec codec;
  private final Map<String, NodeType> nodeTypes = new LinkedHashMap<>();
  private final List<IdArgument> idArguments = new ArrayList<>();

  NodeSchema(GlobalIdCodec codec) {
    this.codec = codec;
  }

  void addNodeType(NodeType nodeType, String module) {
    if (nodeTypes.putIfAbsent(nodeType.name(), nodeType) != null) {
      throw new IllegalStateException(
          "Node type \"" + nodeType.name() + "\" is registered twice; the second time by Kiln module " + module + ".");
    }
  }

  void addIdArgument(IdArgument argument) {
    idArguments.add(argument);
  }

  boolean isEmpty() {
    return nodeTypes.isEmpty();
  }

  /** {@code interface Node { id: ID! }}, described as Relay describes it. */
  GraphQLInterfaceType interfaceType() {
    return GraphQLInterfaceType.newInterface()
        .name(INTERFACE)
        .description(NodeDefinition.INTERFACE_DESCRIPTION)
        .field(
            GraphQLFieldDefinition.newFieldDefinition()
                .name(NodeDefinition.ID_FIELD)
                .description(NodeDefinition.ID_DESCRIPTION)
                .type(GraphQLNonNull.nonNull(Scalars.GraphQLID)))
        .build();
  }

  /** {@code node(id: ID!): Node} and {@code nodes(ids: [ID!]!): [Node]!}, in that order. */
  List<GraphQLFieldDefinition> rootFields() {
    GraphQLTypeReference node = GraphQLTypeReference.typeRef(INTERFACE);
    GraphQLFieldDefinition single =
        GraphQLFieldDefinition.newFieldDefinition()
            .name(NodeDefinition.NODE_FIELD)
            .description(NodeDefinition.NODE_DESCRIPTION)
            .argument(
                GraphQLArgument.newArgument()
                    .name(NodeDefinition.NODE_ARGUMENT)
                    .description(NodeDefinition.NODE_ARGUMENT_DESCRIPTION)
                    .type(GraphQLNonNull.nonNull(Scalars.GraphQLID)))
            .type(node)
            .build();
    GraphQLFieldDefinition many =
        GraphQLFieldDefinition.newFieldDefinition()
            .name(NodeDefinition.NODES_FIELD)
            .description(NodeDefinition.NODES_DESCRIPTION)
            .argument(
                GraphQLArgument.newArgument()
                    .name(NodeDefinition.NODES_ARGUMENT)
                    .description(NodeDefinition.NODES_ARGUMENT_DESCRIPTION)
                    .type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID)))))
            .type(GraphQLNonNull.nonNull(GraphQLList.list(node)))
            .build();
    return List.of(single, many);
  }

  /**
   * Registers the type resolver and root fetchers, and wraps the fetchers that {@code fetchers}
   * finds: each node type's {@code id}, to encode it, and each field with ID arguments, to decode
   * them.
   */
  void wire(GraphQLCodeRegistry.Builder registry, Function<FieldCoordinates, @Nullable DataFetcher<?>> fetchers) {
    registry.typeResolver(INTERFACE, resolver());
    registry.dataFetcher(FieldCoordinates.coordinates("Query", NodeDefinition.NODE_FIELD), (LightFetcher) (field, source, env) -> node(env.get()));
    registry.dataFetcher(FieldCoordinates.coordinates("Query", NodeDefinition.NODES_FIELD), (LightFetcher) (field, source, env) -> nodes(env.get()));
    for (NodeType nodeType : nodeTypes.values()) {
      FieldCoordinates id = FieldCoordinates.coordinates(nodeType.name(), NodeDefinition.ID_FIELD);
      DataFetcher<?> keys = registered(fetchers, id);
      registry.dataFetcher(id, (LightFetcher) (field, source, env) -> encoded(nodeType, LightFetcher.call(keys, field, source, env)));
    }
    Map<FieldCoordinates, List<IdArgument>> byField = new LinkedHashMap<>();
    idArguments.forEach(argument -> byField.computeIfAbsent(argument.field(), field -> new ArrayList<>()).add(argument));
    byField.forEach((field, arguments) -> registry.dataFetcher(field, decodingArguments(registered(fetchers, field), arguments)));
  }

  private static DataFetcher<?> registered(Function<FieldCoordinates, @Nullable DataFetcher<?>> fetchers, FieldCoordinates field) {
    DataFetcher<?> fetcher = fetchers.apply(field);
    if (fetcher == null) {
      throw new IllegalStateException("No data fetcher for " + field + ", which a @Node type or an @Id(node = …) argument needs.");
    }
    return fetcher;
  }

  private TypeResolver resolver() {
    return env -> {
      Object object = env.getObject();
      for (NodeType nodeType : nodeTypes.values()) {
        if (nodeType.javaType().isInstance(object)) {
          return env.getSchema().getObjectType(nodeType.name());
        }
      }
      // graphql-java makes this exception a field error, which Kiln masks and logs; any other would
      // fail the whole request.
      throw new UnresolvedTypeException(
          "No @Node type is implemented by " + object.getClass().getName() + ", which a node loader returned.",
          (GraphQLNamedOutputType) env.getSchema().getType(INTERFACE));
    };
  }

  private @Nullable Object encoded(NodeType nodeType, @Nullable Object key) {
    if (key instanceof CompletionStage<?> stage) {
      return stage.thenApply(value -> encode(nodeType, value));
    }
    return encode(nodeType, key);
  }

  private @Nullable String encode(NodeType nodeType, @Nullable Object key) {
    return key == null ? null : codec.encode(nodeType.name(), nodeType.key().format(key));
  }

  private Object node(DataFetchingEnvironment env) {
    String id = env.getArgument(NodeDefinition.NODE_ARGUMENT);
    Located located = locate(id, null);
    if (located == null) {
      return invalid(env, id, null);
    }
    return load(env, located);
  }

  private Object nodes(DataFetchingEnvironment env) {
    List<String> ids = env.getArgument(NodeDefinition.NODES_ARGUMENT);
    List<CompletableFuture<@Nullable Object>> loads = new ArrayList<>();
    List<GraphQLError> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Located located = locate(ids.get(i), null);
      if (located == null) {
        errors.add(invalidIdError(env, ids.get(i), null, i));
        loads.add(CompletableFuture.completedFuture(null));
        continue;
      }
      loads.add(load(env, located));
    }
    return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
        .thenApply(
            done -> {
              List<@Nullable Object> values = new ArrayList<>();
              loads.forEach(load -> values.add(load.join()));
              return DataFetcherResult.<Object>newResult().data(values).errors(errors).build();
            });
  }

  private static CompletableFuture<@Nullable Object> load(DataFetchingEnvironment env, Located located) {
    DataLoader<Object, @Nullable Object> loader = env.getDataLoader(located.type().loader());
    if (loader == null) {
      throw new IllegalStateException("Loader \"" + located.type().loader() + "\" of node type \"" + located.type().name() + "\" is not in the request's registry.");
    }
    return loader.load(located.key());
  }

  /** A valid ID: its node type and the key it encodes. */
  private record Located(NodeType type, Object key, String keyText) {}

  /** The node type and key of {@code id}, if it is a valid ID, of {@code expectedType} if that is not {@code null}. */
  private @Nullable Located locate(@Nullable String id, @Nullable String expectedType) {
    if (id == null) {
      return null;
    }
    GlobalIdCodec.Decoded decoded = codec.decode(id);
    if (decoded == null || (expectedType != null && !expectedType.equals(decoded.typeName()))) {
      return null;
    }
    NodeType nodeType = nodeTypes.get(decoded.typeName());
    if (nodeType == null) {
      return null;
    }
    Object key = nodeType.key().parse(decoded.keyText());
    return key == null ? null : new Located(nodeType, key, decoded.keyText());
  }

  /**
   * The field's fetcher, called with each ID argument replaced by its key's text, which the
   * generated fetcher converts to the parameter's type as it does a plain {@code ID}.
   */
  private DataFetcher<?> decodingArguments(DataFetcher<?> fetcher, List<IdArgument> arguments) {
    return (LightFetcher) (field, source, environment) -> {
      DataFetchingEnvironment env = environment.get();
      Map<String, Object> values = new LinkedHashMap<>(env.getArguments());
      for (IdArgument argument : arguments) {
        Object value = values.get(argument.argument());
        if (value == null) {
          continue;
        }
        if (!(value instanceof List<?> list)) {
          Located located = locate((String) value, argument.nodeType());
          if (located == null) {
            return invalid(env, (String) value, argument.nodeType());
          }
          values.put(argument.argument(), located.keyText());
          continue;
        }
        List<@Nullable String> keys = new ArrayList<>();
        for (Object element : list) {
          Located located = element == null ? null : locate((String) element, argument.nodeType());
          if (element != null && located == null) {
            return invalid(env, (String) element, argument.nodeType());
          }
          keys.add(located == null ? null : located.keyText());
        }
        values.put(argument.argument(), keys);
      }
      DataFetchingEnvironment decoded = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(values).build();
      return LightFetcher.call(fetcher, field, source, () -> decoded);
    };
  }

  private static DataFetcherResult<Object> invalid(DataFetchingEnvironment env, @Nullable String id, @Nullable String expectedType) {
    return DataFetcherResult.<Object>newResult().error(invalidIdError(env, id, expectedType, null)).build();
  }

  private static GraphQLError invalidIdError(
      DataFetchingEnvironment env, @Nullable String id, @Nullable String expectedType, @Nullable Integer index) {
    String text = String.valueOf(id);
    String echoed = text.length() <= ECHOED_CHARACTERS ? text : text.substring(0, ECHOED_CHARACTERS) + "…";
    String message =
        expectedType == null
            ? "\"" + echoed + "\" is not a valid ID."
            : "\"" + echoed + "\" is not a valid ID of type \"" + expectedType + "\".";
    GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(env).message(message).errorType(KilnErrorClassification.INVALID_ID);
    if (index != null) {
      error.path(env.getExecutionStepInfo().getPath().segment(index));
    }
    return error.build();
  }
}
