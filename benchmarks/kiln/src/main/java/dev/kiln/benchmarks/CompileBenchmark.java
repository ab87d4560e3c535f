package dev.kiln.benchmarks;

import dev.kiln.benchmarks.common.Processes;
import dev.kiln.benchmarks.common.SchemaSourceGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The processor's cost at compile time: a whole {@code javac} process on 100 or 1,000 generated
 * annotated classes (plus their root-fields class), with Kiln's processor and without it
 * ({@code -proc:none}). Each measurement starts a new {@code javac} into an empty directory.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CompileBenchmark {
  @Param({"100", "1000"})
  public int classes = 100;

  private Path workDirectory = Path.of(".");
  private Path argumentFile = Path.of(".");
  private Path output = Path.of(".");
  private final Path log = Processes.logFile();

  @Setup
  public void writeSources() throws IOException {
    workDirectory = Files.createTempDirectory("kiln-compile-bench");
    List<Path> sources = SchemaSourceGenerator.write("kiln", classes, "dev.kiln.benchmarks.compiled", workDirectory.resolve("src"));
    argumentFile = workDirectory.resolve("sources.txt");
    Files.writeString(argumentFile, sources.stream().map(Path::toString).collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
  }

  @Setup(Level.Iteration)
  public void newOutputDirectory() throws IOException {
    output = Files.createTempDirectory(workDirectory, "classes");
  }

  @Benchmark
  public void withProcessor() {
    Processes.run(javac(List.of("-processorpath", System.getProperty("java.class.path"), "-processor", "dev.kiln.processor.KilnProcessor")), log);
  }

  @Benchmark
  public void withoutProcessor() {
    Processes.run(javac(List.of("-proc:none")), log);
  }

  /**
   * This JVM's class path without the benchmark modules and the integration tests: their Kiln
   * modules would be upstream modules to the compiled one, whose type names they already use.
   */
  private static String compileClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("benchmarks") && !entry.contains("integration"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private List<String> javac(List<String> processing) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(List.of("--release", "17", "-d", output.toString(), "-cp", compileClassPath()));
    command.addAll(processing);
    command.add("@" + argumentFile);
    return command;
  }
}
