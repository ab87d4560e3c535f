package dev.kiln.benchmarks.peers;

import dev.kiln.benchmarks.common.Processes;
import java.nio.file.Path;
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

/** From JVM start to the first query answered, for SPQR and graphql-java-annotations: a new JVM per measurement. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class PeerFirstQueryBenchmark {
  @Param({"10", "100", "1000"})
  public int types = 10;

  private final Path log = Processes.logFile();

  @Benchmark
  public void spqr() {
    Processes.run(Processes.java(PeerFirstQuery.class, "spqr", String.valueOf(types)), log);
  }

  @Benchmark
  public void graphqlJavaAnnotations() {
    Processes.run(Processes.java(PeerFirstQuery.class, "annotations", String.valueOf(types)), log);
  }
}
