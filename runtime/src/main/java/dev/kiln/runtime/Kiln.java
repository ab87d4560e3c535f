package dev.kiln.runtime;

import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.LoaderFactory;
import dev.kiln.runtime.spi.LoaderScope;
import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultNodesInfo;
import graphql.introspection.Introspection;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.stats.SimpleStatisticsCollector;
import org.jspecify.annotations.Nullable;

/**
 * Kiln's runtime: the schema built from the generated wiring, and the graphql-java engine that
 * executes requests against it.
 *
 * <pre>{@code
 * Kiln kiln = Kiln.newKiln().build();
 * ExecutionResult result = kiln.execute(
 *     KilnRequest.newRequest().query("{ books { title } }").context(viewer).build());
 * Map<String, Object> json = result.toSpecification();
 * }</pre>
 *
 * <p>Each request gets its own loaders ({@code @BatchLoader} methods and batched fields) in a new
 * {@code DataLoaderRegistry}: their batches and caches never outlive the request or reach another
 * viewer.
 *
 * <p>A {@code Kiln} is immutable and thread-safe; build one at startup and share it.
 */
public final class Kiln {
  /** The default of {@link Builder#maxDepth(int)}. */
  public static final int DEFAULT_MAX_DEPTH = 20;

  /** The default of {@link Builder#maxAliases(int)}. */
  public static final int DEFAULT_MAX_ALIASES = 30;

  /** The default of {@link Builder#maxRootFields(int)}. */
  public static final int DEFAULT_MAX_ROOT_FIELDS = 20;

  /** The default of {@link Builder#maxResultNodes(int)}. */
  public static final int DEFAULT_MAX_RESULT_NODES = 100_000;

  private final GraphQLSchema schema;
  private final GraphQL graphQL;
  private final Map<String, LoaderFactory> loaders;
  private final DataLoaderDispatch dispatch;
  private final boolean loaderStatistics;
  private final int maxResultNodes;
  private final boolean production;

  private Kiln(Builder builder) {
    List<KilnModule> modules = builder.modules != null ? builder.modules : discover(builder.classLoader);
    if (modules.isEmpty()) {
      throw new IllegalStateException(
          "No Kiln module found. Add kiln-processor to maven-compiler-plugin's annotationProcessorPaths"
              + " so that it generates one, or pass modules to Kiln.newKiln().modules(...).");
    }
    SchemaAssembly assembly = new SchemaAssembly(builder.instanceProvider, new GlobalIdCodec(builder.globalIdSecret));
    modules.stream().sorted(Comparator.comparing(KilnModule::name)).forEach(assembly::contribute);
    this.schema = assembly.build();
    this.loaders = new LinkedHashMap<>(assembly.loaders());
    this.dispatch = builder.dispatch;
    this.loaderStatistics = builder.loaderStatistics;
    this.maxResultNodes = builder.maxResultNodes;
    this.production = builder.production;
    this.graphQL =
        GraphQL.newGraphQL(schema)
            .instrumentation(new QueryLimits(builder.maxDepth, builder.maxAliases, builder.maxRootFields))
            .defaultDataFetcherExceptionHandler(new MaskingExceptionHandler())
            .build();
  }

  public static Builder newKiln() {
    return new Builder();
  }

  /** The schema built from the generated wiring. */
  public GraphQLSchema getSchema() {
    return schema;
  }

  /** The graphql-java engine, for hosts that need its full API. */
  public GraphQL getGraphQL() {
    return graphQL;
  }

  /** Executes {@code request} and waits for its result. */
  public ExecutionResult execute(KilnRequest request) {
    return run(newExecutionInput(request));
  }

  /**
   * Executes {@code input} and waits for its result. An input that does not hold this Kiln's loaders
   * yet gets them, as {@link #newExecutionInput(ExecutionInput)} adds them.
   */
  public ExecutionResult execute(ExecutionInput input) {
    return run(newExecutionInput(input));
  }

  private ExecutionResult run(ExecutionInput prepared) {
    return withinResultLimit(prepared, graphQL.execute(prepared));
  }

  /** Executes {@code request} without waiting. */
  public CompletableFuture<ExecutionResult> executeAsync(KilnRequest request) {
    ExecutionInput prepared = newExecutionInput(request);
    return graphQL.executeAsync(prepared).thenApply(result -> withinResultLimit(prepared, result));
  }

  /** Whether this Kiln runs in production mode: see {@link Builder#production(boolean)}. */
  public boolean isProduction() {
    return production;
  }

  /**
   * graphql-java stops resolving at {@link Builder#maxResultNodes(int)} and leaves the rest null;
   * a partial answer that looks whole would mislead, so the result is replaced by an error.
   */
  private ExecutionResult withinResultLimit(ExecutionInput input, ExecutionResult result) {
    ResultNodesInfo nodes = input.getGraphQLContext().get(ResultNodesInfo.RESULT_NODES_INFO);
    if (nodes == null || !nodes.isMaxResultNodesExceeded()) {
      return result;
    }
    GraphQLError error =
        GraphqlErrorBuilder.newError()
            .message("The result has more than " + maxResultNodes + " fields; the limit (maxResultNodes) is " + maxResultNodes + ".")
            .locations(null)
            .errorType(ErrorClassification.errorClassification("QUERY_LIMIT"))
            .extensions(Map.of("classification", "QUERY_LIMIT", "limit", "maxResultNodes", "max", maxResultNodes))
            .build();
    return ExecutionResult.newExecutionResult().addError(error).build();
  }

  /**
   * The graphql-java input for {@code request}, with a new {@code DataLoaderRegistry} that holds
   * this request's loaders. After execution, the input's registry holds the loaders' statistics
   * (if {@link Builder#loaderStatistics(boolean)} is on) and its {@code GraphQLContext} holds
   * graphql-java's {@code ProfilerResult} (if the request is profiled).
   */
  public ExecutionInput newExecutionInput(KilnRequest request) {
    return newExecutionInput(request.toExecutionInput());
  }

  /**
   * {@code input} with this request's loaders added to its {@code DataLoaderRegistry}, beside any
   * the host registered, and graphql-java's dispatch configured as {@link
   * Builder#dataLoaderDispatch(DataLoaderDispatch)} says. An input that has the loaders already is
   * returned as it is.
   */
  public ExecutionInput newExecutionInput(ExecutionInput input) {
    GraphQLContext context = input.getGraphQLContext();
    context.put(ResultNodesInfo.MAX_RESULT_NODES, maxResultNodes);
    if (production) {
      context.put(Introspection.INTROSPECTION_DISABLED, true);
    }
    DataLoaderRegistry hostRegistry = input.getDataLoaderRegistry();
    if (loaders.isEmpty() || hostRegistry.getKeys().containsAll(loaders.keySet())) {
      return input;
    }
    DataLoaderRegistry registry = new DataLoaderRegistry();
    hostRegistry.getDataLoadersMap().forEach(registry::register);
    LoaderScope scope = new LoaderScope(input.getGraphQLContext().get(KilnRequest.CONTEXT_KEY), registry);
    DataLoaderOptions.Builder options = DataLoaderOptions.newOptions().setBatchLoaderContextProvider(() -> scope);
    if (loaderStatistics) {
      options.setStatisticsCollector(SimpleStatisticsCollector::new);
    }
    DataLoaderOptions requestOptions = options.build();
    loaders.forEach((name, factory) -> registry.register(name, factory.create(requestOptions)));
    // ExecutionInput.transform does not carry profileExecution over, so it is set again.
    ExecutionInput prepared =
        input.transform(builder -> builder.dataLoaderRegistry(registry).profileExecution(input.isProfileExecution()));
    switch (dispatch) {
      case CHAINED -> GraphQL.unusualConfiguration(prepared).dataloaderConfig().enableDataLoaderChaining(true);
      case EXHAUSTED -> GraphQL.unusualConfiguration(prepared).dataloaderConfig().enableDataLoaderExhaustedDispatching(true);
      case PER_LEVEL -> {}
    }
    return prepared;
  }

  private static List<KilnModule> discover(@Nullable ClassLoader classLoader) {
    ClassLoader loader = classLoader;
    if (loader == null) {
      loader = Thread.currentThread().getContextClassLoader();
    }
    if (loader == null) {
      loader = Kiln.class.getClassLoader();
    }
    List<KilnModule> modules = new ArrayList<>();
    ServiceLoader.load(KilnModule.class, loader).forEach(modules::add);
    return modules;
  }

  /** Builds a {@link Kiln}. */
  public static final class Builder {
    private @Nullable List<KilnModule> modules;
    private @Nullable ClassLoader classLoader;
    private InstanceProvider instanceProvider = InstanceProvider.none();
    private DataLoaderDispatch dispatch = DataLoaderDispatch.CHAINED;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxAliases = DEFAULT_MAX_ALIASES;
    private int maxRootFields = DEFAULT_MAX_ROOT_FIELDS;
    private int maxResultNodes = DEFAULT_MAX_RESULT_NODES;
    private boolean production;
    private boolean loaderStatistics;
    private byte @Nullable [] globalIdSecret;

    private Builder() {}

    /**
     * Signs the global IDs of {@code @Node} types with this secret, at least 16 bytes: each ID then
     * carries a truncated HMAC-SHA256 tag, and an ID that was altered or made up is refused as
     * invalid. Without a secret, the default, IDs are opaque but anyone can write one.
     */
    public Builder globalIdSecret(byte[] secret) {
      if (secret.length < GlobalIdCodec.MIN_SECRET_BYTES) {
        throw new IllegalArgumentException(
            "globalIdSecret must have at least " + GlobalIdCodec.MIN_SECRET_BYTES + " bytes, but has " + secret.length + ".");
      }
      this.globalIdSecret = secret.clone();
      return this;
    }

    /**
     * The modules to load, instead of those listed in {@code META-INF/services}. Each compilation
     * that Kiln's processor runs on generates one.
     */
    public Builder modules(KilnModule... modules) {
      this.modules = List.of(modules);
      return this;
    }

    /** The class loader to find generated modules with; defaults to the thread's context class loader. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader);
      return this;
    }

    /** Supplies the instances that serve root and resolver fields; see {@link InstanceProvider}. */
    public Builder instanceProvider(InstanceProvider instanceProvider) {
      this.instanceProvider = Objects.requireNonNull(instanceProvider);
      return this;
    }

    /** When graphql-java calls the loaders' batch functions; {@link DataLoaderDispatch#CHAINED} by default. */
    public Builder dataLoaderDispatch(DataLoaderDispatch dispatch) {
      this.dispatch = Objects.requireNonNull(dispatch);
      return this;
    }

    /**
     * Whether each request's loaders count their loads, batches and cache hits, which the request's
     * {@code DataLoaderRegistry} then reports; off by default.
     */
    public Builder loaderStatistics(boolean loaderStatistics) {
      this.loaderStatistics = loaderStatistics;
      return this;
    }

    /**
     * The deepest chain of fields an operation may select, fragments spread; {@value
     * #DEFAULT_MAX_DEPTH} by default.
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = positive(maxDepth, "maxDepth");
      return this;
    }

    /** The most aliases an operation may use; {@value #DEFAULT_MAX_ALIASES} by default. */
    public Builder maxAliases(int maxAliases) {
      this.maxAliases = positive(maxAliases, "maxAliases");
      return this;
    }

    /** The most root fields an operation may select; {@value #DEFAULT_MAX_ROOT_FIELDS} by default. */
    public Builder maxRootFields(int maxRootFields) {
      this.maxRootFields = positive(maxRootFields, "maxRootFields");
      return this;
    }

    /**
     * The most fields a result may hold, counting every list element's; {@value
     * #DEFAULT_MAX_RESULT_NODES} by default. A larger result is an error, not a partial answer.
     */
    public Builder maxResultNodes(int maxResultNodes) {
      this.maxResultNodes = positive(maxResultNodes, "maxResultNodes");
      return this;
    }

    /**
     * Production mode: introspection is refused, and hosts such as kiln-http turn GraphiQL off.
     * Errors are masked in every mode. Off by default.
     */
    public Builder production(boolean production) {
      this.production = production;
      return this;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, but was " + value + ".");
      }
      return value;
    }

    public Kiln build() {
      return new Kiln(this);
    }
  }
}
