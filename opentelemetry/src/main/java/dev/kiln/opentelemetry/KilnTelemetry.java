package dev.kiln.opentelemetry;

import dev.kiln.runtime.KilnRequest;
import dev.kiln.runtime.spi.LoaderScope;
import dev.kiln.runtime.spi.PropertyRead;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.validation.ValidationError;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.dataloader.instrumentation.DataLoaderInstrumentationContext;
import org.jspecify.annotations.Nullable;

/**
 * OpenTelemetry traces and metrics for a {@code Kiln}, added with one builder call:
 *
 * <pre>{@code
 * Kiln kiln = Kiln.newKiln().instrumentation(KilnTelemetry.create(openTelemetry)).build();
 * }</pre>
 *
 * <p><b>Spans</b>, following OpenTelemetry's semantic conventions for GraphQL server spans: one per
 * operation, named {@code "{graphql.operation.type} {graphql.operation.name}"} (or the type alone
 * for an anonymous operation, or {@code "GraphQL Operation"} before the document is known), with
 * the attributes {@code graphql.operation.name}, {@code graphql.operation.type} and, if {@link
 * Builder#captureDocument(boolean)} is on, {@code graphql.document}. Below it: {@code GraphQL
 * Parse}, {@code GraphQL Validate} and {@code GraphQL Execute}, and under the last one span per
 * loader batch ({@code GraphQL Batch {loader}}, with {@code kiln.loader.name} and {@code
 * kiln.loader.batch_size}) and, if {@link Builder#resolverSampleRatio(double)} samples the
 * operation, one per field that calls application code ({@code {Type}.{field}}). Fields that only
 * read a record component or Java field are never traced.
 *
 * <p><b>Errors</b> are events ({@code graphql.error}) on the operation span with {@code
 * error.type} (the error's classification), {@code graphql.error.path}, and {@code kiln.error_id}:
 * the id the client saw in place of a masked exception, by which the logged exception is found.
 * No error message or exception text is recorded, as it may hold what clients must not learn.
 *
 * <p><b>Metrics</b>: {@value #OPERATION_DURATION} (a histogram, in seconds, by operation name and
 * type), {@value #ERRORS} (a counter by {@code error.type}, and by {@code kiln.limit} for Kiln's
 * {@code QUERY_LIMIT} refusals) and {@value #BATCH_SIZE} (a histogram of keys per batch, by
 * loader).
 *
 * <p><b>Context</b>: the operation span's parent is the trace context the transport received, read
 * with the propagators of the {@code OpenTelemetry} given from the headers kiln-http passes in the
 * {@code GraphQLContext} under {@link KilnRequest#HEADERS_KEY} (W3C {@code traceparent} by
 * default), or else {@link Context#current()}. A batch function runs with its batch span current,
 * so work it starts with {@code Context.current().wrap(executor)} stays in the trace.
 *
 * <p>Thread-safe; one instance serves every request of a {@code Kiln}.
 */
public final class KilnTelemetry extends SimplePerformantInstrumentation implements DataLoaderInstrumentation {
  /** The instrumentation scope name of Kiln's tracer and meter. */
  public static final String INSTRUMENTATION_NAME = "dev.kiln.opentelemetry";

  /** The histogram of operation durations, in seconds. */
  public static final String OPERATION_DURATION = "kiln.graphql.operation.duration";

  /** The counter of the errors in results, by classification. */
  public static final String ERRORS = "kiln.graphql.errors";

  /** The histogram of the number of keys in each loader batch. */
  public static final String BATCH_SIZE = "kiln.loader.batch.size";

  static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");
  static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");
  static final AttributeKey<String> DOCUMENT = AttributeKey.stringKey("graphql.document");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> ERROR_PATH = AttributeKey.stringKey("graphql.error.path");
  static final AttributeKey<String> ERROR_ID = AttributeKey.stringKey("kiln.error_id");
  static final AttributeKey<String> LIMIT = AttributeKey.stringKey("kiln.limit");
  static final AttributeKey<String> LOADER_NAME = AttributeKey.stringKey("kiln.loader.name");
  static final AttributeKey<Long> BATCH_SIZE_KEY = AttributeKey.longKey("kiln.loader.batch_size");
  static final AttributeKey<String> FIELD_NAME = AttributeKey.stringKey("graphql.field.name");
  static final AttributeKey<String> FIELD_PATH = AttributeKey.stringKey("graphql.field.path");

  private static final String DEFAULT_SPAN_NAME = "GraphQL Operation";
  private static final double NANOS_PER_SECOND = 1e9;

  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final DoubleHistogram operationDuration;
  private final LongCounter errors;
  private final LongHistogram batchSize;
  private final boolean captureDocument;
  private final double resolverSampleRatio;
  /** The context of each running request's execute span, by the request's own loader registry. */
  private final Map<DataLoaderRegistry, Context> batchParents = new ConcurrentHashMap<>();

  private KilnTelemetry(Builder builder) {
    OpenTelemetry openTelemetry = builder.openTelemetry;
    this.tracer = openTelemetry.getTracer(INSTRUMENTATION_NAME);
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    Meter meter = openTelemetry.getMeter(INSTRUMENTATION_NAME);
    this.operationDuration =
        meter.histogramBuilder(OPERATION_DURATION).setUnit("s").setDescription("The duration of GraphQL operations.").build();
    this.errors = meter.counterBuilder(ERRORS).setUnit("{error}").setDescription("The errors in GraphQL results.").build();
    this.batchSize =
        meter.histogramBuilder(BATCH_SIZE).ofLongs().setUnit("{key}").setDescription("The keys in each loader batch.").build();
    this.captureDocument = builder.captureDocument;
    this.resolverSampleRatio = builder.resolverSampleRatio;
  }

  /** Telemetry with the default settings: no document captured, no resolver spans. */
  public static KilnTelemetry create(OpenTelemetry openTelemetry) {
    return newTelemetry(openTelemetry).build();
  }

  /** A builder of telemetry that reports to {@code openTelemetry}. */
  public static Builder newTelemetry(OpenTelemetry openTelemetry) {
    return new Builder(openTelemetry);
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    boolean sampled = resolverSampleRatio > 0 && (resolverSampleRatio >= 1 || ThreadLocalRandom.current().nextDouble() < resolverSampleRatio);
    return new Operation(sampled);
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    Operation operation = (Operation) state;
    ExecutionInput input = parameters.getExecutionInput();
    Context parent = parent(input);
    Span span = tracer.spanBuilder(DEFAULT_SPAN_NAME).setParent(parent).startSpan();
    if (captureDocument) {
      span.setAttribute(DOCUMENT, parameters.getQuery());
    }
    operation.start(span, parent.with(span), System.nanoTime());
    DataLoaderRegistry registry = input.getDataLoaderRegistry();
    if (!registry.getKeys().isEmpty()) {
      operation.registry = registry;
      batchParents.put(registry, operation.context);
    }
    return SimpleInstrumentationContext.whenCompleted((result, failure) -> finish(operation, result, failure));
  }

  private Context parent(ExecutionInput input) {
    Map<String, List<String>> headers = input.getGraphQLContext().get(KilnRequest.HEADERS_KEY);
    Context current = Context.current();
    return headers == null ? current : propagator.extract(current, headers, HeaderGetter.INSTANCE);
  }

  @Override
  public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return phase((Operation) state, "GraphQL Parse");
  }

  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    Operation operation = (Operation) state;
    operation.identify(find(parameters.getDocument(), parameters.getOperation()));
    return phase(operation, "GraphQL Validate");
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    Operation operation = (Operation) state;
    operation.identify(parameters.getExecutionContext().getOperationDefinition());
    Span execute = tracer.spanBuilder("GraphQL Execute").setParent(operation.context).startSpan();
    operation.execute = operation.context.with(execute);
    if (operation.registry != null) {
      batchParents.put(operation.registry, operation.execute);
    }
    return SimpleInstrumentationContext.whenCompleted((result, failure) -> execute.end());
  }

  private <T> InstrumentationContext<T> phase(Operation operation, String name) {
    Span span = tracer.spanBuilder(name).setParent(operation.context).startSpan();
    return SimpleInstrumentationContext.whenCompleted(
        (value, failure) -> {
          if (failure != null) {
            span.setStatus(StatusCode.ERROR);
            span.setAttribute(ERROR_TYPE, failure.getClass().getName());
          }
          span.end();
        });
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    Operation operation = (Operation) state;
    if (!operation.resolverSpans || !callsApplicationCode(parameters)) {
      return dataFetcher;
    }
    Context parent = operation.execute != null ? operation.execute : operation.context;
    return new TracedFetcher(dataFetcher, tracer, parent);
  }

  /** Whether the field's own fetcher, before any instrumentation wrapped it, is more than a read. */
  private static boolean callsApplicationCode(InstrumentationFieldFetchParameters parameters) {
    GraphQLObjectType parent = parameters.getExecutionStepInfo().getObjectType();
    if (parent.getName().startsWith("__")) {
      return false;
    }
    ExecutionContext context = parameters.getExecutionContext();
    DataFetcher<?> own = context.getGraphQLSchema().getCodeRegistry().getDataFetcher(parent, parameters.getField());
    return !(own instanceof PropertyRead<?>);
  }

  @Override
  public DataLoaderInstrumentationContext<List<?>> beginBatchLoader(
      DataLoader<?, ?> dataLoader, List<?> keys, BatchLoaderEnvironment environment) {
    DataLoaderRegistry registry = environment.getContext() instanceof LoaderScope scope ? scope.registry() : null;
    Context parent = registry == null ? null : batchParents.get(registry);
    String name = loaderName(dataLoader, registry);
    Span span =
        tracer.spanBuilder("GraphQL Batch " + name)
            .setParent(parent != null ? parent : Context.current())
            .setAttribute(LOADER_NAME, name)
            .setAttribute(BATCH_SIZE_KEY, (long) keys.size())
            .startSpan();
    batchSize.record(keys.size(), Attributes.of(LOADER_NAME, name));
    return new BatchContext(span, span.makeCurrent());
  }

  private static String loaderName(DataLoader<?, ?> dataLoader, @Nullable DataLoaderRegistry registry) {
    if (dataLoader.getName() != null) {
      return dataLoader.getName();
    }
    if (registry != null) {
      for (Map.Entry<String, DataLoader<?, ?>> entry : registry.getDataLoadersMap().entrySet()) {
        if (entry.getValue() == dataLoader) {
          return entry.getKey();
        }
      }
    }
    return "unnamed";
  }

  private void finish(Operation operation, @Nullable ExecutionResult result, @Nullable Throwable thrown) {
    Throwable failure = thrown;
    if (operation.registry != null) {
      batchParents.remove(operation.registry);
    }
    Span span = operation.span;
    List<GraphQLError> resultErrors =
        result != null ? result.getErrors() : thrown instanceof AbortExecutionException refused ? refused.getUnderlyingErrors() : List.of();
    if (failure instanceof AbortExecutionException) {
      // A refusal, answered to the client as its errors.
      failure = null;
    }
    for (GraphQLError error : resultErrors) {
      Attributes recorded = errorAttributes(error);
      span.addEvent("graphql.error", recorded);
      errors.add(1, recorded.toBuilder().remove(ERROR_ID).remove(ERROR_PATH).build());
    }
    if (failure != null) {
      span.setAttribute(ERROR_TYPE, failure.getClass().getName());
      errors.add(1, Attributes.of(ERROR_TYPE, failure.getClass().getName()));
    } else if (!resultErrors.isEmpty()) {
      span.setAttribute(ERROR_TYPE, classification(resultErrors.get(0)));
    }
    if (failure != null || !resultErrors.isEmpty()) {
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
    operationDuration.record((System.nanoTime() - operation.startNanos) / NANOS_PER_SECOND, operation.attributes());
  }

  private static Attributes errorAttributes(GraphQLError error) {
    AttributesBuilder attributes = Attributes.builder().put(ERROR_TYPE, classification(error));
    Map<String, Object> extensions = error.getExtensions();
    if (extensions != null && extensions.get("limit") instanceof String limit) {
      attributes.put(LIMIT, limit);
    }
    if (extensions != null && extensions.get("errorId") instanceof String errorId) {
      attributes.put(ERROR_ID, errorId);
    }
    if (error.getPath() != null && !error.getPath().isEmpty()) {
      attributes.put(ERROR_PATH, path(error.getPath()));
    }
    return attributes.build();
  }

  private static String classification(GraphQLError error) {
    Map<String, Object> extensions = error.getExtensions();
    if (extensions != null && extensions.get("classification") instanceof String classification) {
      return classification;
    }
    return error.getErrorType() == null ? "UNKNOWN" : error.getErrorType().toString();
  }

  private static String path(List<Object> path) {
    StringBuilder text = new StringBuilder();
    for (Object segment : path) {
      text.append('/').append(segment);
    }
    return text.toString();
  }

  /** The operation {@code name} selects from {@code document}, or null if it selects none. */
  private static @Nullable OperationDefinition find(Document document, @Nullable String name) {
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (name == null) {
      return operations.size() == 1 ? operations.get(0) : null;
    }
    for (OperationDefinition operation : operations) {
      if (name.equals(operation.getName())) {
        return operation;
      }
    }
    return null;
  }

  /** One execution's spans. */
  private static final class Operation implements InstrumentationState {
    final boolean resolverSpans;
    Span span = Span.getInvalid();
    Context context = Context.root();
    @Nullable Context execute;
    @Nullable DataLoaderRegistry registry;
    long startNanos;
    @Nullable String name;
    @Nullable String type;

    Operation(boolean resolverSpans) {
      this.resolverSpans = resolverSpans;
    }

    void start(Span span, Context context, long startNanos) {
      this.span = span;
      this.context = context;
      this.startNanos = startNanos;
    }

    void identify(@Nullable OperationDefinition operation) {
      if (operation == null || type != null) {
        return;
      }
      type = operation.getOperation().name().toLowerCase(Locale.ROOT);
      name = operation.getName();
      span.setAttribute(OPERATION_TYPE, type);
      if (name != null) {
        span.setAttribute(OPERATION_NAME, name);
      }
      span.updateName(name == null ? type : type + " " + name);
    }

    Attributes attributes() {
      if (type == null) {
        return Attributes.empty();
      }
      return name == null ? Attributes.of(OPERATION_TYPE, type) : Attributes.of(OPERATION_TYPE, type, OPERATION_NAME, name);
    }
  }

  /** A batch's span, current while the batch function is called, ended when its values are in. */
  private record BatchContext(Span span, Scope scope) implements DataLoaderInstrumentationContext<List<?>> {
    @Override
    public void onDispatched() {
      scope.close();
    }

    @Override
    public void onCompleted(@Nullable List<?> result, @Nullable Throwable failure) {
      if (failure != null) {
        span.setStatus(StatusCode.ERROR);
        span.setAttribute(ERROR_TYPE, failure.getClass().getName());
      }
      span.end();
    }
  }

  /** Reads a header map kept by lower-case name. */
  private enum HeaderGetter implements TextMapGetter<Map<String, List<String>>> {
    INSTANCE;

    @Override
    public Iterable<String> keys(Map<String, List<String>> carrier) {
      return carrier.keySet();
    }

    @Override
    public @Nullable String get(@Nullable Map<String, List<String>> carrier, String key) {
      if (carrier == null) {
        return null;
      }
      List<String> values = carrier.get(key.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  /** Builds a {@link KilnTelemetry}. */
  public static final class Builder {
    private final OpenTelemetry openTelemetry;
    private boolean captureDocument;
    private double resolverSampleRatio;

    private Builder(OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry);
    }

    /**
     * Whether the operation span records the document's text as {@code graphql.document}; off by
     * default, since a document may hold literal values a client would not have logged.
     */
    public Builder captureDocument(boolean captureDocument) {
      this.captureDocument = captureDocument;
      return this;
    }

    /**
     * The share of operations, from 0 to 1, whose fields that call application code each get a
     * span; 0 by default, as a span per field can cost more than the field. An operation is
     * sampled whole or not at all.
     */
    public Builder resolverSampleRatio(double ratio) {
      if (!(ratio >= 0 && ratio <= 1)) {
        throw new IllegalArgumentException("resolverSampleRatio must be between 0 and 1, but was " + ratio + ".");
      }
      this.resolverSampleRatio = ratio;
      return this;
    }

    /** The telemetry, to pass to {@code Kiln.Builder.instrumentation}. */
    public KilnTelemetry build() {
      return new KilnTelemetry(this);
    }
  }
}
