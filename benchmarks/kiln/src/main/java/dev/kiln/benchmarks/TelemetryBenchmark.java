package dev.kiln.benchmarks;

import dev.kiln.benchmarks.common.Shapes;
import dev.kiln.benchmarks.shapes.KilnSchemaModule;
import dev.kiln.opentelemetry.KilnTelemetry;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionResult;
import graphql.GraphQL;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shapes of {@link ExecutionBenchmark} through Kiln without and with {@code KilnTelemetry} at
 * its defaults (an operation span and an execute span per query, no resolver spans), on the
 * OpenTelemetry SDK: every span sampled and handed to a batch span processor whose exporter drops
 * it, and the metrics aggregated by a reader that is never read.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TelemetryBenchmark {
  @Param({"wide", "deep", "lists"})
  public String shape = "wide";

  private String query = "";
  private Kiln kiln = Kiln.newKiln().modules(new KilnSchemaModule()).build();
  private GraphQL off = kiln.getGraphQL();
  private Kiln traced = kiln;
  private GraphQL on = off;
  private OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();

  @Setup
  public void setUp() {
    query = Shapes.query(shape);
    sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(new DroppingExporter()).build()).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(InMemoryMetricReader.create()).build())
            .build();
    kiln = Kiln.newKiln().modules(new KilnSchemaModule()).build();
    off = kiln.getGraphQL().transform(builder -> builder.preparsedDocumentProvider(new DocumentCache()));
    traced = Kiln.newKiln().modules(new KilnSchemaModule()).instrumentation(KilnTelemetry.create(sdk)).build();
    on = traced.getGraphQL().transform(builder -> builder.preparsedDocumentProvider(new DocumentCache()));
    Shapes.check("Kiln", shape, off().getData(), off().getErrors());
    Shapes.check("Kiln with telemetry", shape, on().getData(), on().getErrors());
  }

  @TearDown
  public void tearDown() {
    sdk.close();
  }

  /** Kiln as {@link ExecutionBenchmark#kiln()} runs it: no instrumentation but its limits. */
  @Benchmark
  public ExecutionResult off() {
    return off.execute(kiln.newExecutionInput(KilnRequest.of(query)));
  }

  /** The same, with {@code KilnTelemetry.create(sdk)} added. */
  @Benchmark
  public ExecutionResult on() {
    return on.execute(traced.newExecutionInput(KilnRequest.of(query)));
  }

  /** Takes every span and keeps none. */
  private static final class DroppingExporter implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
