package dev.kiln.examples.blog;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.logging.LoggingMetricExporter;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;

/**
 * The OpenTelemetry SDK of {@code -Dtelemetry=console}: every span logged as it ends and the
 * metrics every 10 seconds, through java.util.logging to the console; a W3C {@code traceparent}
 * sent with a request is the parent of its operation span.
 */
final class ConsoleTelemetry {
  static final String PROPERTY = "telemetry";
  static final String CONSOLE = "console";
  private static final Duration METRICS_INTERVAL = Duration.ofSeconds(10);

  private ConsoleTelemetry() {}

  static OpenTelemetrySdk create() {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(LoggingSpanExporter.create())).build())
        .setMeterProvider(
            SdkMeterProvider.builder()
                .registerMetricReader(PeriodicMetricReader.builder(LoggingMetricExporter.create()).setInterval(METRICS_INTERVAL).build())
                .build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
  }
}
