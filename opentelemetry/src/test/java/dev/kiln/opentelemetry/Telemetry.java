package dev.kiln.opentelemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An OpenTelemetry SDK that keeps what it records in memory, and renders it for assertions. */
final class Telemetry implements AutoCloseable {
  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
          .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();

  /**
   * Each finished span as {@code "name <- parent name {attributes}"}, sorted; a root span's parent is
   * {@code "(root)"}, and a span whose parent was not recorded here names the parent's id.
   */
  List<String> tree() {
    List<SpanData> finished = spans.getFinishedSpanItems();
    Map<String, SpanData> byId = finished.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    return finished.stream()
        .map(span -> span.getName() + " <- " + parentOf(span, byId) + " " + render(span.getAttributes()))
        .sorted()
        .toList();
  }

  private static String parentOf(SpanData span, Map<String, SpanData> byId) {
    if (!span.getParentSpanContext().isValid()) {
      return "(root)";
    }
    SpanData parent = byId.get(span.getParentSpanId());
    return parent != null ? parent.getName() : span.getParentSpanId();
  }

  SpanData span(String name) {
    return spans.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
  }

  /** The events of span {@code name}, as {@code "name {attributes}"}. */
  List<String> events(String name) {
    return span(name).getEvents().stream().map(event -> event.getName() + " " + render(event.getAttributes())).toList();
  }

  static List<EventData> eventsOf(SpanData span) {
    return span.getEvents();
  }

  /** Every metric point, as {@code "metric {attributes} value"}, sorted. */
  List<String> points() {
    return metrics.collectAllMetrics().stream()
        .flatMap(metric -> points(metric).stream())
        .sorted()
        .toList();
  }

  private static List<String> points(MetricData metric) {
    return switch (metric.getType()) {
      case HISTOGRAM ->
          metric.getHistogramData().getPoints().stream()
              .map(point -> metric.getName() + " " + render(point.getAttributes()) + " count=" + point.getCount() + " sum=" + (metric.getName().endsWith("duration") ? "…" : String.valueOf(point.getSum())))
              .toList();
      case LONG_SUM ->
          metric.getLongSumData().getPoints().stream()
              .map(point -> metric.getName() + " " + render(point.getAttributes()) + " " + point.getValue())
              .toList();
      default -> List.of(metric.getName() + " " + metric.getType());
    };
  }

  static String render(Attributes attributes) {
    Map<String, Object> sorted = new TreeMap<>();
    attributes.forEach((key, value) -> sorted.put(key.getKey(), value));
    return sorted.toString();
  }

  @Override
  public void close() {
    sdk.close();
  }
}
