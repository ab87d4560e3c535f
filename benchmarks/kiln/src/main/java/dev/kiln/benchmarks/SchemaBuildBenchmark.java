package dev.kiln.benchmarks;

import dev.kiln.integration.library.KilnSchemaModule;
import dev.kiln.integration.library.LibraryApi;
import dev.kiln.runtime.InstanceProvider;
import dev.kiln.runtime.Kiln;
import graphql.GraphQL;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long building the executable schema of the integration tests' library domain takes, three
 * ways: Kiln's generated types with graphql-java's {@code FastBuilder} (what the runtime does), the
 * same types with the standard {@code GraphQLSchema.newSchema()} builder, and parsing the
 * generated SDL. Each includes creating the {@link GraphQL} engine.
 *
 * <p>The times are of a warmed-up JVM, so they compare the constructions rather than measure a
 * cold start.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class SchemaBuildBenchmark {
  private static final String SDL_RESOURCE = "META-INF/kiln/schema.graphql";

  /*
   * The service behind the root fields is made once and shared, as a host's container would, so
   * that the times are of building the schema and not of loading the sample catalog.
   */
  private final LibraryApi libraryApi = new LibraryApi();
  private final InstanceProvider sharedInstances =
      new InstanceProvider() {
        @Override
        public <T> @Nullable T getInstance(Class<T> type) {
          return type == LibraryApi.class ? type.cast(libraryApi) : null;
        }
      };

  private String sdl = "";
  private RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().build();

  @Setup
  public void setUp() throws IOException {
    sdl = readResource(SDL_RESOURCE);
    wiring = wiringOf(kilnGeneratedFastBuilder().getSchema());
    checkSameTypes();
  }

  /**
   * The wiring that parsing the SDL needs, taken from a schema Kiln built: its data fetchers, its
   * custom scalars and the type resolvers of its interfaces and unions.
   */
  private static RuntimeWiring wiringOf(GraphQLSchema schema) {
    GraphQLCodeRegistry codeRegistry = schema.getCodeRegistry();
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().codeRegistry(codeRegistry);
    for (GraphQLNamedType type : schema.getAllTypesAsList()) {
      if (type instanceof GraphQLScalarType scalar && !ScalarInfo.isGraphqlSpecifiedScalar(scalar)) {
        wiring.scalar(scalar);
      } else if (type instanceof GraphQLInterfaceType anInterface && !anInterface.getName().startsWith("__")) {
        wiring.type(TypeRuntimeWiring.newTypeWiring(anInterface.getName()).typeResolver(codeRegistry.getTypeResolver(anInterface)));
      } else if (type instanceof GraphQLUnionType union) {
        wiring.type(TypeRuntimeWiring.newTypeWiring(union.getName()).typeResolver(codeRegistry.getTypeResolver(union)));
      }
    }
    return wiring.build();
  }

  /*
   * FastBuilder replaces the type references inside the types it is given, so every invocation
   * needs new type objects: a new module makes them on each contribute call.
   */
  @Benchmark
  public Kiln kilnGeneratedFastBuilder() {
    return Kiln.newKiln().modules(new KilnSchemaModule()).instanceProvider(sharedInstances).build();
  }

  @Benchmark
  public GraphQL programmaticStandardBuilder() {
    CollectingContribution contribution = new CollectingContribution(sharedInstances);
    new KilnSchemaModule().contribute(contribution);
    GraphQLSchema schema =
        GraphQLSchema.newSchema()
            .query(contribution.queryType())
            .mutation(contribution.mutationType())
            .subscription(contribution.subscriptionType())
            .additionalTypes(contribution.types())
            .codeRegistry(contribution.codeRegistry())
            .build();
    return GraphQL.newGraphQL(schema).build();
  }

  /*
   * The wiring comes ready-made from a schema Kiln built in setUp, so this measures parsing
   * and building only. Without EnumValuesProviders the parsed enums' values are their names, not
   * the Java enum constants the generated fetchers take, so this schema could not run every query;
   * building it does not need them.
   */
  @Benchmark
  public GraphQL sdlParsing() {
    TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registry, wiring);
    return GraphQL.newGraphQL(schema).build();
  }

  /** Fails the run if the three ways build different schemas, whose times would not compare. */
  private void checkSameTypes() {
    Set<String> kiln = typeNames(kilnGeneratedFastBuilder().getSchema());
    Set<String> standard = typeNames(programmaticStandardBuilder().getGraphQLSchema());
    Set<String> parsed = typeNames(sdlParsing().getGraphQLSchema());
    if (kiln.equals(standard) && kiln.equals(parsed)) {
      return;
    }
    throw new IllegalStateException(
        "The benchmarked schemas differ, so their times would not compare. Types with FastBuilder: "
            + kiln
            + "; with the standard builder: "
            + standard
            + "; from SDL: "
            + parsed);
  }

  private static Set<String> typeNames(GraphQLSchema schema) {
    return new TreeSet<>(schema.getTypeMap().keySet());
  }

  private static String readResource(String name) throws IOException {
    try (InputStream in = KilnSchemaModule.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No " + name + " on the class path; kiln-integration-tests should have it.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
