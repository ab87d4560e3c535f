package dev.kiln.benchmarks;

import dev.kiln.benchmarks.common.Shapes;
import dev.kiln.benchmarks.shapes.KilnSchemaModule;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Locale;
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
 * What the document cache of {@link ExecutionBenchmark} saves: graphql-java parsing and validating
 * each shape's query against the shapes' schema, and a whole uncached request through Kiln. Parsing
 * and validation are graphql-java's own work, the same whichever library built the schema.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ParseValidateBenchmark {
  @Param({"wide", "deep", "lists"})
  public String shape = "wide";

  private String query = "";
  private final Kiln kiln = Kiln.newKiln().modules(new KilnSchemaModule()).build();
  private final GraphQLSchema schema = kiln.getSchema();
  private Document document = Parser.parse("{ wide { id } }");

  @Setup
  public void setUp() {
    query = Shapes.query(shape);
    document = Parser.parse(query);
    List<ValidationError> errors = validate();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("The " + shape + " query does not validate: " + errors);
    }
  }

  @Benchmark
  public Document parse() {
    return Parser.parse(query);
  }

  @Benchmark
  public List<ValidationError> validate() {
    return new graphql.validation.Validator().validateDocument(schema, document, Locale.ENGLISH);
  }

  /** Parse, validate and execute, with no document cache: a request as Kiln serves it by default. */
  @Benchmark
  public ExecutionResult kilnUncached() {
    return kiln.execute(KilnRequest.of(query));
  }
}
