package dev.kiln.benchmarks.peers;

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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The Kiln module's StartupBenchmark for SPQR and graphql-java-annotations: one cold build per fresh JVM. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class PeerStartupBenchmark {
  @Param({"10", "100", "1000"})
  public int types = 10;

  @Benchmark
  public GraphQL spqr() {
    return PeerSchemas.spqr(types);
  }

  @Benchmark
  public GraphQL graphqlJavaAnnotations() {
    return PeerSchemas.annotations(types);
  }
}
