package dev.kiln.benchmarks;

import graphql.GraphQL;
import java.io.IOException;
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
 * Building the engine for a generated schema of 10, 100 or 1,000 types, once per fresh JVM: a
 * cold build, class loading included, as at startup. Every fork measures one build; the score is
 * the mean over the forks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class StartupBenchmark {
  @Param({"10", "100", "1000"})
  public int types = 10;

  private String sdl = "";

  /** Reading the SDL file is left out; parsing it is measured. */
  @Setup
  public void setUp() throws IOException {
    sdl = ExecutionBenchmark.readResource(StartupSchemas.sdlResource(types));
  }

  @Benchmark
  public GraphQL kiln() {
    return StartupWiring.kiln(types);
  }

  @Benchmark
  public GraphQL fastBuilder() {
    return StartupWiring.fastBuilder(types);
  }

  @Benchmark
  public GraphQL standardBuilder() {
    return StartupWiring.standardBuilder(types);
  }

  @Benchmark
  public GraphQL sdlRuntimeWiring() {
    return StartupWiring.sdl(types, sdl);
  }
}
