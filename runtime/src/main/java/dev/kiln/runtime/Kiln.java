package dev.kiln.runtime;

import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.LoaderFactory;
import dev.kiln.runtime.spi.LoaderScope;
import graphql.ExecutionInput;
import graphql.ExperimentalApi;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.Instrumentation;
import graphql.incremental.IncrementalExecutionResult;
import graphql.introspection.Introspection;
import graphql.schema.GraphQLSchema;
import java.time.Duration;
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
import org.dataloader.instrumentation.DataLoaderInstrumentation;
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

  /** The default of {@link Builder#maxInputDepth(int)}. */
  public static final int DEFAULT_MAX_INPUT_DEPTH = 100;

  /** The default of {@link Builder#automaticPersistedQueriesMaxEntries(int)}. */
  public static final int DEFAULT_APQ_MAX_ENTRIES = 1000;

  /** The default of {@link Builder#automaticPersistedQueriesMaxBytes(long)}: 16 MiB. */
  public static final long DEFAULT_APQ_MAX_BYTES = 16L * 1024 * 1024;

  /** The default of {@link Builder#maxResultNodes(int)}. */
  public static final int DEFAULT_MAX_RESULT_NODES = 100_000;

  /** The default of {@link Builder#maxResultBytes(long)}: 10 MB. */
  public static final long DEFAULT_MAX_RESULT_BYTES = 10_000_000;

  /** The default of {@link Builder#requestTimeout(Duration)}: 10 seconds. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** The default of {@link Builder#maxCost(int)}. */
  public static final int DEFAULT_MAX_COST = 10_000;

  /** The default of {@link Builder#assumedListSize(int)}. */
  public static final int DEFAULT_ASSUMED_LIST_SIZE = 10;

  private final GraphQLSchema schema;
  private final GraphQL graphQL;
  private final Map<String, LoaderFactory> loaders;
  private final DataLoaderDispatch dispatch;
  private final boolean loaderStatistics;
  private final int maxResultNodes;
  private final long maxResultBytes;
  private final int maxCost;
  private final Duration requestTimeout;
  private final boolean production;
  private final PersistedOperations persistedOperations;
  private final OperationPolicy operationPolicy;
  private final PersistedDocumentProvider documents;
  private final @Nullable DataLoaderInstrumentation loaderInstrumentation;
  private final boolean incrementalDelivery;

  private Kiln(Builder builder) {
    List<KilnModule> modules = builder.modules != null ? builder.modules : discover(builder.classLoader);
    if (modules.isEmpty()) {
      throw new IllegalStateException(
          "No Kiln module found on the class path: the processor did not run when this code was compiled."
              + " Put kiln-processor on maven-compiler-plugin's annotationProcessorPaths, with the plugin at"
              + " version 3.5 or later (Maven 3.8 defaults to 3.1, which ignores annotationProcessorPaths),"
              + " and make sure nothing passes -proc:none or <proc>none</proc> to javac;"
              + " or pass modules to Kiln.newKiln().modules(...).");
    }
    SchemaAssembly assembly = new SchemaAssembly(builder.instanceProvider, new GlobalIdCodec(builder.globalIdSecret));
    modules.stream().sorted(Comparator.comparing(KilnModule::name)).forEach(assembly::contribute);
    this.schema = assembly.build();
    this.loaders = new LinkedHashMap<>(assembly.loaders());
    this.dispatch = builder.dispatch;
    this.loaderStatistics = builder.loaderStatistics;
    this.maxResultNodes = builder.maxResultNodes;
    this.maxResultBytes = builder.maxResultBytes;
    this.maxCost = builder.maxCost;
    this.requestTimeout = builder.requestTimeout;
    this.production = builder.production;
    this.incrementalDelivery = builder.incrementalDelivery;
    this.persistedOperations =
        builder.persistedOperations != null ? builder.persistedOperations : PersistedOperations.load(classLoader(builder.classLoader));
    this.operationPolicy = builder.operationPolicy;
    this.documents =
        new PersistedDocumentProvider(
            persistedOperations, operationPolicy, builder.automaticPersistedQueries ? new RecentDocuments(builder.apqMaxEntries, builder.apqMaxBytes) : null);
    KilnInstrumentation limits =
        new KilnInstrumentation(
            new QueryLimits(builder.maxDepth, builder.maxAliases, builder.maxRootFields, builder.maxInputDepth),
            new CostLimit(builder.maxCost, builder.assumedListSize, assembly.fieldCosts()),
            new DeadlineInstrumentation());
    this.loaderInstrumentation = builder.instrumentation instanceof DataLoaderInstrumentation loader ? loader : null;
    this.graphQL =
        GraphQL.newGraphQL(schema)
            .preparsedDocumentProvider(documents)
            .instrumentation(builder.instrumentation == null ? limits : new HostInstrumentation(limits, builder.instrumentation))
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

  /**
   * The graphql-java engine, for hosts that need its full API. A result it gives directly has not
   * been finished as {@link #execute(KilnRequest)} finishes one: the result-size limit's error,
   * error messages bounded to {@value ClientValues#MAX_SHOWN} characters of client input, and the
   * registration of a document sent by automatic persisted queries happen in Kiln's own methods.
   */
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
    return finish(prepared, graphQL.execute(prepared));
  }

  /** Executes {@code request} without waiting. */
  public CompletableFuture<ExecutionResult> executeAsync(KilnRequest request) {
    return executeAsync(request.toExecutionInput());
  }

  /** Executes {@code input} without waiting; it gets this Kiln's loaders as {@link #execute(ExecutionInput)} says. */
  public CompletableFuture<ExecutionResult> executeAsync(ExecutionInput input) {
    ExecutionInput prepared = newExecutionInput(input);
    return graphQL.executeAsync(prepared).thenApply(result -> finish(prepared, result));
  }

  /** The operations persisted at build time: see {@link Builder#persistedOperations(PersistedOperations)}. */
  public PersistedOperations getPersistedOperations() {
    return persistedOperations;
  }

  /** Which operations this Kiln runs: see {@link Builder#operationPolicy(OperationPolicy)}. */
  public OperationPolicy getOperationPolicy() {
    return operationPolicy;
  }

  /**
   * The text of the document with the SHA-256 hash {@code sha256Hash}, persisted at build time or
   * registered by automatic persisted queries, or null if there is none. Hosts use it to tell what
   * kind of operation a request that sent only a hash runs.
   */
  public @Nullable String persistedDocument(String sha256Hash) {
    return documents.document(sha256Hash);
  }

  /**
   * A new budget for one request, which all the operations given it share: the estimated cost that
   * {@link Builder#maxCost(int)} allows, and the result size that {@link
   * Builder#maxResultNodes(int)} and {@link Builder#maxResultBytes(long)} allow. A host that runs
   * several operations for one client request gives each of them this budget with {@link
   * KilnRequest.Builder#budget(RequestBudget)}; a request given none gets one of its own.
   */
  public RequestBudget newRequestBudget() {
    return new RequestBudget(maxCost, maxResultNodes, maxResultBytes);
  }

  /** Whether this Kiln runs in production mode: see {@link Builder#production(boolean)}. */
  public boolean isProduction() {
    return production;
  }

  /** Whether {@code @defer} is executed incrementally: see {@link Builder#incrementalDelivery(boolean)}. */
  public boolean isIncrementalDelivery() {
    return incrementalDelivery;
  }

  private ExecutionResult finish(ExecutionInput input, ExecutionResult result) {
    ExecutionResult finished = ClientValues.boundedErrors(oneDeadlineError(withinResultLimit(input, UnresolvedTypeErrors.masked(result))));
    documents.registerIfAccepted(input.getGraphQLContext(), finished);
    if (finished instanceof IncrementalExecutionResult incremental) {
      return DeferredParts.finish(incremental, input.getGraphQLContext(), Kiln::finishErrors, this::resultLimitError);
    }
    return finished;
  }

  /** The errors of a deferred part as a client may see them, as {@link #finish} makes a result's. */
  private static ExecutionResult finishErrors(ExecutionResult result) {
    return ClientValues.boundedErrors(oneDeadlineError(UnresolvedTypeErrors.masked(result)));
  }

  /**
   * Past the deadline, every field left unresolved has an error; the client learns as much from
   * the first, which counts them all.
   */
  private static ExecutionResult oneDeadlineError(ExecutionResult result) {
    List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
    GraphQLError first = null;
    int unresolved = 0;
    for (GraphQLError error : result.getErrors()) {
      if (error.getExtensions() == null || !RequestDeadline.isDeadlineError(error.getExtensions())) {
        errors.add(error);
        continue;
      }
      unresolved++;
      if (first == null) {
        first = error;
        errors.add(error);
      }
    }
    if (unresolved < 2) {
      return result;
    }
    Map<String, Object> extensions = new LinkedHashMap<>(first.getExtensions());
    extensions.put("unresolvedFields", unresolved);
    errors.set(errors.indexOf(first), GraphqlErrorBuilder.newError().message(first.getMessage()).locations(first.getLocations()).path(first.getPath()).extensions(extensions).build());
    return result.transform(builder -> builder.errors(errors));
  }

  /**
   * graphql-java stops resolving at {@link Builder#maxResultNodes(int)}, and {@link ResultLimit}
   * stops it at {@link Builder#maxResultBytes(long)} or once the request's budget is spent, leaving
   * the rest null; a partial answer that looks whole would mislead, so the data is replaced by null
   * and the limit's error. Execution had started, so the data is there, and null: GraphQL over
   * HTTP then answers 200 under {@code application/graphql-response+json} ("If the GraphQL
   * response contains the data entry and it is null, then the server SHOULD reply with a 2xx
   * status code"), where a response without data would be 4xx, as for a request never executed.
   */
  private ExecutionResult withinResultLimit(ExecutionInput input, ExecutionResult result) {
    GraphQLError error = resultLimitError(input.getGraphQLContext());
    return error == null ? result : ExecutionResult.newExecutionResult().data(null).addError(error).build();
  }

  /** The error of the result limit that the operation of {@code context} reached, or null if none. */
  private @Nullable GraphQLError resultLimitError(GraphQLContext context) {
    String exceeded = context.get(ResultLimit.EXCEEDED_KEY);
    ResultNodesInfo nodes = context.get(ResultNodesInfo.RESULT_NODES_INFO);
    if (exceeded == null && (nodes == null || !nodes.isMaxResultNodesExceeded())) {
      return null;
    }
    boolean bytes = "maxResultBytes".equals(exceeded);
    String message =
        bytes
            ? "The result is larger than " + maxResultBytes + " bytes; the limit (maxResultBytes) is " + maxResultBytes + "."
            : "The result has more than " + maxResultNodes + " fields; the limit (maxResultNodes) is " + maxResultNodes + ".";
    return GraphqlErrorBuilder.newError()
        .message(message)
        .locations(null)
        .errorType(KilnErrorClassification.QUERY_LIMIT)
        .extensions(
            Map.of("classification", KilnErrorClassification.QUERY_LIMIT.name(), "limit", bytes ? "maxResultBytes" : "maxResultNodes", "max", bytes ? (Object) maxResultBytes : (Object) maxResultNodes))
        .build();
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
    if (!context.hasKey(RequestBudget.CONTEXT_KEY)) {
      context.put(RequestBudget.CONTEXT_KEY, newRequestBudget());
    }
    if (!context.hasKey(RequestDeadline.CONTEXT_KEY)) {
      context.put(RequestDeadline.CONTEXT_KEY, RequestDeadline.after(requestTimeout));
    }
    if (production) {
      context.put(Introspection.INTROSPECTION_DISABLED, true);
    }
    if (incrementalDelivery && !context.hasKey(ExperimentalApi.ENABLE_INCREMENTAL_SUPPORT)) {
      context.put(ExperimentalApi.ENABLE_INCREMENTAL_SUPPORT, true);
    }
    DataLoaderRegistry hostRegistry = input.getDataLoaderRegistry();
    if (loaders.isEmpty() || hostRegistry.getKeys().containsAll(loaders.keySet())) {
      return input;
    }
    DataLoaderRegistry registry = new DataLoaderRegistry();
    hostRegistry.getDataLoadersMap().forEach(registry::register);
    LoaderScope scope =
        new LoaderScope(context.get(KilnRequest.CONTEXT_KEY), registry, context.get(RequestDeadline.CONTEXT_KEY));
    DataLoaderOptions.Builder options = DataLoaderOptions.newOptions().setBatchLoaderContextProvider(() -> scope);
    if (loaderStatistics) {
      options.setStatisticsCollector(SimpleStatisticsCollector::new);
    }
    if (loaderInstrumentation != null) {
      options.setInstrumentation(loaderInstrumentation);
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
    List<KilnModule> modules = new ArrayList<>();
    ServiceLoader.load(KilnModule.class, classLoader(classLoader)).forEach(modules::add);
    return modules;
  }

  private static ClassLoader classLoader(@Nullable ClassLoader classLoader) {
    ClassLoader loader = classLoader;
    if (loader == null) {
      loader = Thread.currentThread().getContextClassLoader();
    }
    if (loader == null) {
      loader = Kiln.class.getClassLoader();
    }
    return loader;
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
    private long maxResultBytes = DEFAULT_MAX_RESULT_BYTES;
    private int maxInputDepth = DEFAULT_MAX_INPUT_DEPTH;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private int maxCost = DEFAULT_MAX_COST;
    private int assumedListSize = DEFAULT_ASSUMED_LIST_SIZE;
    private boolean production;
    private boolean loaderStatistics;
    private @Nullable PersistedOperations persistedOperations;
    private OperationPolicy operationPolicy = OperationPolicy.ANY;
    private boolean automaticPersistedQueries = true;
    private int apqMaxEntries = DEFAULT_APQ_MAX_ENTRIES;
    private long apqMaxBytes = DEFAULT_APQ_MAX_BYTES;
    private byte @Nullable [] globalIdSecret;
    private @Nullable Instrumentation instrumentation;
    private boolean incrementalDelivery;

    private Builder() {}

    /**
     * Whether {@code @defer} is executed incrementally (graphql-java's incremental support): the
     * result of an operation with a deferred fragment is then an {@code IncrementalExecutionResult},
     * whose initial payload comes first and whose deferred parts follow from its publisher, each
     * held to the request's deadline and result limits, the loaders batching across them. Off by
     * default, and then {@code @defer}, which graphql-java's schema always declares, is ignored:
     * the deferred fields come in the one result. A request whose {@code GraphQLContext} sets
     * {@code ExperimentalApi.ENABLE_INCREMENTAL_SUPPORT} itself keeps its own choice, as a
     * transport does for a client that cannot read incremental results. {@code @stream} is not
     * implemented by graphql-java 26, on or off. Compile with {@code
     * -Akiln.incrementalDelivery=true} for the processor's {@code schema.graphql} to declare
     * {@code @defer} too, as client tools need.
     */
    public Builder incrementalDelivery(boolean incrementalDelivery) {
      this.incrementalDelivery = incrementalDelivery;
      return this;
    }

    /**
     * An instrumentation of the host's, such as tracing, called after Kiln's own limits: an
     * operation they refuse is not executed for it, and its execution context completes with the
     * refusal's errors (or, refused before parsing, the {@code AbortExecutionException}). If it is
     * also a java-dataloader {@code DataLoaderInstrumentation}, each request's loaders report their
     * loads and batches to it. None by default, and then Kiln calls nothing more than its limits.
     */
    public Builder instrumentation(Instrumentation instrumentation) {
      this.instrumentation = Objects.requireNonNull(instrumentation);
      return this;
    }

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
     * How deep a request's variables may nest objects and lists; {@value #DEFAULT_MAX_INPUT_DEPTH}
     * by default. Deeper variables are refused before the document is parsed.
     */
    public Builder maxInputDepth(int maxInputDepth) {
      this.maxInputDepth = positive(maxInputDepth, "maxInputDepth");
      return this;
    }

    /**
     * The most fields a result may hold, counting every list element's; {@value
     * #DEFAULT_MAX_RESULT_NODES} by default, for all the operations of a request together (see
     * {@link RequestBudget}). A larger result is an error, not a partial answer: {@code data} is
     * null, and the error names the limit.
     */
    public Builder maxResultNodes(int maxResultNodes) {
      this.maxResultNodes = positive(maxResultNodes, "maxResultNodes");
      return this;
    }

    /**
     * The largest result a request may have, in bytes of JSON, each character of a name or string
     * counted as one byte; {@link #DEFAULT_MAX_RESULT_BYTES} by default, for all the operations of a
     * request together (see {@link RequestBudget}). The size is counted as the result is built,
     * which stops once it is over, so a larger result is never held in memory whole; it is an
     * error, not a partial answer, as for {@link #maxResultNodes(int)}.
     */
    public Builder maxResultBytes(long maxResultBytes) {
      if (maxResultBytes < 1) {
        throw new IllegalArgumentException("maxResultBytes must be at least 1, but was " + maxResultBytes + ".");
      }
      this.maxResultBytes = maxResultBytes;
      return this;
    }

    /**
     * The highest estimated cost an operation may have, and all the operations of a request together
     * (see {@link RequestBudget}); {@value #DEFAULT_MAX_COST} by default. A
     * field costs its weight plus the cost of the fields selected below it, times the size of the
     * list it returns; see {@code @Cost} and {@code @ListSize} in {@code dev.kiln.annotations}.
     */
    public Builder maxCost(int maxCost) {
      this.maxCost = positive(maxCost, "maxCost");
      return this;
    }

    /**
     * The size the cost limit assumes for a list field when the operation gives none of its
     * slicing arguments ({@code first}, {@code last}, {@code limit}) and the field declares no
     * {@code @ListSize(assumedSize = …)}; {@value #DEFAULT_ASSUMED_LIST_SIZE} by default.
     */
    public Builder assumedListSize(int assumedListSize) {
      if (assumedListSize < 0) {
        throw new IllegalArgumentException("assumedListSize must be at least 0, but was " + assumedListSize + ".");
      }
      this.assumedListSize = assumedListSize;
      return this;
    }

    /**
     * How long a request may take, from {@link Kiln#newExecutionInput(ExecutionInput)} on; {@link
     * #DEFAULT_REQUEST_TIMEOUT} by default. Past it, fields not yet resolved are null with an error
     * naming the limit, loaders not yet called are not called, and the fields resolved so far are
     * returned. Subscriptions have no deadline. See {@link RequestDeadline}.
     */
    public Builder requestTimeout(Duration requestTimeout) {
      if (requestTimeout.isNegative() || requestTimeout.isZero()) {
        throw new IllegalArgumentException("requestTimeout must be positive, but was " + requestTimeout + ".");
      }
      this.requestTimeout = requestTimeout;
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

    /**
     * The operations persisted at build time; by default, those of every {@code
     * META-INF/kiln/operations.json} that the class loader finds (see {@link
     * PersistedOperations#load(ClassLoader)}). They are parsed and validated once, and run by hash
     * or by their exact text.
     */
    public Builder persistedOperations(PersistedOperations persistedOperations) {
      this.persistedOperations = Objects.requireNonNull(persistedOperations);
      return this;
    }

    /**
     * Which operations run: {@link OperationPolicy#ANY} by default, or {@link
     * OperationPolicy#PERSISTED_ONLY} to allow only the persisted operations.
     */
    public Builder operationPolicy(OperationPolicy operationPolicy) {
      this.operationPolicy = Objects.requireNonNull(operationPolicy);
      return this;
    }

    /**
     * Whether clients may register documents by Apollo's automatic persisted queries and then send
     * only their hash; on by default, and always off under {@link OperationPolicy#PERSISTED_ONLY}.
     */
    public Builder automaticPersistedQueries(boolean automaticPersistedQueries) {
      this.automaticPersistedQueries = automaticPersistedQueries;
      return this;
    }

    /**
     * The most documents that automatic persisted queries keep, the least recently used dropped
     * first; {@value #DEFAULT_APQ_MAX_ENTRIES} by default.
     */
    public Builder automaticPersistedQueriesMaxEntries(int maxEntries) {
      this.apqMaxEntries = positive(maxEntries, "automaticPersistedQueriesMaxEntries");
      return this;
    }

    /**
     * The most heap, in bytes, that the documents kept by automatic persisted queries may hold, the
     * least recently used dropped first; {@link #DEFAULT_APQ_MAX_BYTES} (16 MiB) by default. Each
     * document is counted from above: two bytes per character of its text, twice (the text and
     * the AST's copies of its names and values), and a fixed cost per AST node. A document is kept
     * only once a request that sent it ran within every limit.
     */
    public Builder automaticPersistedQueriesMaxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("automaticPersistedQueriesMaxBytes must be at least 1, but was " + maxBytes + ".");
      }
      this.apqMaxBytes = maxBytes;
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
