package dev.kiln.benchmarks;

import dev.kiln.benchmarks.common.Shapes;
import dev.kiln.benchmarks.shapes.KilnSchemaModule;
import dev.kiln.benchmarks.shapes.ShapeData;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Executing the wide, deep and list-heavy queries of {@link Shapes} on one schema and one set of
 * objects, three ways on graphql-java 26: Kiln's generated wiring, hand-written {@code
 * LightDataFetcher}s, and the SDL with graphql-java's default {@code PropertyDataFetcher}; and Kiln's
 * wiring once more without the instrumentations that enforce its limits, to price them. Each
 * engine has a preparsed document cache, so parsing and validation are left out (see {@link
 * ParseValidateBenchmark}); run with {@code -prof gc} for the allocation per query.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ExecutionBenchmark {
  static final String SHAPES_SDL = "dev/kiln/benchmarks/shapes/schema.graphql";

  @Param({"wide", "deep", "lists"})
  public String shape = "wide";

  private String query = "";
  private Kiln kiln = Kiln.newKiln().modules(new KilnSchemaModule()).build();
  private GraphQL kilnGraphQL = kiln.getGraphQL();
  private GraphQL kilnWithoutLimits = kilnGraphQL;
  private GraphQL handWritten = kilnGraphQL;
  private GraphQL propertyDataFetcher = kilnGraphQL;

  @Setup
  public void setUp() throws IOException {
    query = Shapes.query(shape);
    kiln = Kiln.newKiln().modules(new KilnSchemaModule()).build();
    kilnGraphQL = kiln.getGraphQL().transform(builder -> builder.preparsedDocumentProvider(new DocumentCache()));
    kilnWithoutLimits = GraphQL.newGraphQL(kiln.getSchema()).preparsedDocumentProvider(new DocumentCache()).build();
    String sdl = readResource(SHAPES_SDL);
    handWritten = fromSdl(sdl, HandWrittenWiring.wiring(ShapeData.INSTANCE));
    propertyDataFetcher = fromSdl(sdl, propertyWiring(ShapeData.INSTANCE));
    check("Kiln", kiln());
    check("Kiln without its limits", kilnWithoutLimits());
    check("hand-written LightDataFetchers", handWritten());
    check("PropertyDataFetcher", propertyDataFetcher());
  }

  /** Kiln's generated fetchers, called through Kiln as a host calls it. */
  @Benchmark
  public ExecutionResult kiln() {
    return kilnGraphQL.execute(kiln.newExecutionInput(KilnRequest.of(query)));
  }

  /**
   * The same schema and request as {@link #kiln()}, through a graphql-java engine without Kiln's
   * instrumentations: no depth, alias, root-field, input-depth or cost checks and no deadline.
   * {@code kiln()} minus this is what those protections cost a query.
   */
  @Benchmark
  public ExecutionResult kilnWithoutLimits() {
    return kilnWithoutLimits.execute(kiln.newExecutionInput(KilnRequest.of(query)));
  }

  @Benchmark
  public ExecutionResult handWritten() {
    return handWritten.execute(ExecutionInput.newExecutionInput(query).build());
  }

  @Benchmark
  public ExecutionResult propertyDataFetcher() {
    return propertyDataFetcher.execute(ExecutionInput.newExecutionInput(query).build());
  }

  /** Only the root fields are wired; every other field falls to graphql-java's PropertyDataFetcher. */
  static RuntimeWiring propertyWiring(ShapeData data) {
    return RuntimeWiring.newRuntimeWiring()
        .type("Query", type -> type
            .dataFetcher("wide", environment -> data.wide())
            .dataFetcher("deep", environment -> data.deep())
            .dataFetcher("lists", environment -> data.lists()))
        .build();
  }

  private static GraphQL fromSdl(String sdl, RuntimeWiring wiring) {
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
    return GraphQL.newGraphQL(schema).preparsedDocumentProvider(new DocumentCache()).build();
  }

  private void check(String implementation, ExecutionResult result) {
    Shapes.check(implementation, shape, result.getData(), result.getErrors());
  }

  static String readResource(String name) throws IOException {
    try (InputStream in = ExecutionBenchmark.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No " + name + " on the class path; the Kiln processor should have written it.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
