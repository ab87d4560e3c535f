package dev.kiln.benchmarks;

import dev.kiln.benchmarks.batching.Backend;
import dev.kiln.benchmarks.batching.BatchingShapes;
import dev.kiln.benchmarks.batching.KilnSchemaModule;
import dev.kiln.benchmarks.batching.Viewer;
import dev.kiln.runtime.DataLoaderDispatch;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionResult;
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
 * The playlist (1 playlist, 50 tracks, whether the viewer liked each) and owners → pets → friends
 * (10 owners, 5 pets each, 3 friends each) queries: Kiln's batched fields under graphql-java's three
 * dispatch strategies, and the same fields resolved one parent at a time. The backend counts its
 * calls ({@link BatchingCalls} prints them per query) and may wait on each, as a database would.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class BatchingBenchmark {
  static final Viewer VIEWER = new Viewer(7);

  @Param({"playlist", "owners"})
  public String shape = "playlist";

  /** How long each backend call waits, in microseconds. */
  @Param({"0", "100"})
  public long latencyMicros;

  private Kiln chained = kiln(new Backend(0), DataLoaderDispatch.CHAINED);
  private Kiln exhausted = chained;
  private Kiln perLevel = chained;
  private KilnRequest batched = KilnRequest.of("{ owners { name } }");
  private KilnRequest naive = batched;

  @Setup
  public void setUp() {
    Backend backend = new Backend(latencyMicros);
    chained = kiln(backend, DataLoaderDispatch.CHAINED);
    exhausted = kiln(backend, DataLoaderDispatch.EXHAUSTED);
    perLevel = kiln(backend, DataLoaderDispatch.PER_LEVEL);
    batched = request(BatchingShapes.query(shape, true));
    naive = request(BatchingShapes.query(shape, false));
    Object expected = chained.execute(naive).getData();
    for (Kiln kiln : new Kiln[] {chained, exhausted, perLevel}) {
      ExecutionResult result = kiln.execute(batched);
      if (!result.getErrors().isEmpty() || !result.getData().equals(expected)) {
        throw new IllegalStateException("The batched " + shape + " query answered otherwise than the naive one: " + result.toSpecification());
      }
    }
  }

  @Benchmark
  public ExecutionResult batchedChained() {
    return chained.execute(batched);
  }

  @Benchmark
  public ExecutionResult batchedExhausted() {
    return exhausted.execute(batched);
  }

  @Benchmark
  public ExecutionResult batchedPerLevel() {
    return perLevel.execute(batched);
  }

  /** One backend call per parent (N+1), with Kiln's default dispatch. */
  @Benchmark
  public ExecutionResult naive() {
    return chained.execute(naive);
  }

  static Kiln kiln(Backend backend, DataLoaderDispatch dispatch) {
    return Kiln.newKiln().modules(new KilnSchemaModule()).instanceProvider(BatchingShapes.instances(backend)).dataLoaderDispatch(dispatch).build();
  }

  static KilnRequest request(String query) {
    return KilnRequest.newRequest().query(query).context(VIEWER).build();
  }
}
