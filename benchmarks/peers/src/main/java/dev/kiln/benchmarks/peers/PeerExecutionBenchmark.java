package dev.kiln.benchmarks.peers;

import dev.kiln.benchmarks.common.Shapes;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
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
 * The execution benchmark of the Kiln module, for SPQR and graphql-java-annotations: the same
 * queries, data and expected results, with a preparsed document cache.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PeerExecutionBenchmark {
  @Param({"wide", "deep", "lists"})
  public String shape = "wide";

  private String query = "";
  private GraphQL spqr = GraphQL.newGraphQL(PeerSchemas.spqrShapes()).build();
  private GraphQL annotations = spqr;

  @Setup
  public void setUp() {
    query = Shapes.query(shape);
    spqr = GraphQL.newGraphQL(PeerSchemas.spqrShapes()).preparsedDocumentProvider(new DocumentCache()).build();
    annotations = GraphQL.newGraphQL(PeerSchemas.annotationsShapes()).preparsedDocumentProvider(new DocumentCache()).build();
    check("SPQR", spqr());
    check("graphql-java-annotations", graphqlJavaAnnotations());
  }

  @Benchmark
  public ExecutionResult spqr() {
    return spqr.execute(ExecutionInput.newExecutionInput(query).build());
  }

  @Benchmark
  public ExecutionResult graphqlJavaAnnotations() {
    return annotations.execute(ExecutionInput.newExecutionInput(query).build());
  }

  private void check(String implementation, ExecutionResult result) {
    Shapes.check(implementation, shape, result.getData(), result.getErrors());
  }
}
