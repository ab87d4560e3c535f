package dev.kiln.benchmarks;

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

/**
 * From JVM start to the first query answered: each measurement starts a new JVM running {@link
 * FirstQuery} (build the engine, answer one query, exit) and waits for it to end. The JVM runs with
 * this benchmark's class path and no options.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class FirstQueryBenchmark {
  @Param({"10", "100", "1000"})
  public int types = 10;

  private final Path log = Processes.logFile();

  @Benchmark
  public void kiln() {
    Processes.run(Processes.java(FirstQuery.class, "kiln", String.valueOf(types)), log);
  }

  @Benchmark
  public void sdl() {
    Processes.run(Processes.java(FirstQuery.class, "sdl", String.valueOf(types)), log);
  }
}
