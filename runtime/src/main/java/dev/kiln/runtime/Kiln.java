package dev.kiln.runtime;

import dev.kiln.runtime.spi.KilnModule;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
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
 * <p>A {@code Kiln} is immutable and thread-safe; build one at startup and share it.
 */
public final class Kiln {
  private final GraphQLSchema schema;
  private final GraphQL graphQL;

  private Kiln(Builder builder) {
    List<KilnModule> modules = builder.modules != null ? builder.modules : discover(builder.classLoader);
    if (modules.isEmpty()) {
      throw new IllegalStateException(
          "No Kiln module found. Add kiln-processor to maven-compiler-plugin's annotationProcessorPaths"
              + " so that it generates one, or pass modules to Kiln.newKiln().modules(...).");
    }
    SchemaAssembly assembly = new SchemaAssembly(builder.instanceProvider);
    modules.stream().sorted(Comparator.comparing(KilnModule::name)).forEach(assembly::contribute);
    this.schema = assembly.build();
    this.graphQL =
        GraphQL.newGraphQL(schema)
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
    return execute(request.toExecutionInput());
  }

  /** Executes a request built by {@link KilnRequest#toExecutionInput()} and waits for its result. */
  public ExecutionResult execute(ExecutionInput input) {
    return graphQL.execute(input);
  }

  /** Executes {@code request} without waiting. */
  public CompletableFuture<ExecutionResult> executeAsync(KilnRequest request) {
    return graphQL.executeAsync(request.toExecutionInput());
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

    private Builder() {}

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

    public Kiln build() {
      return new Kiln(this);
    }
  }
}
