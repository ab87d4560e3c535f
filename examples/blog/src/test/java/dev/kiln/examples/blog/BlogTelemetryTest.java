package dev.kiln.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BlogTelemetryTest {
  private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
  private static final String CLIENT_SPAN_ID = "b7ad6b7169203331";

  @Test
  void theSampleQueryOverHttpIsOneTraceUnderTheClientsSpanWithOneSpanPerLoaderBatch() throws Exception {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    BlogServer blog = BlogServer.start("127.0.0.1", 0, statement -> {}, RunningBlog.KEEP_ALIVE, sdk);
    HttpResponse<String> response;
    List<SpanData> finished;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + blog.address().getPort() + "/graphql"))
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer ada")
              .header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN_ID + "-01")
              .POST(HttpRequest.BodyPublishers.ofString(Main.sampleBody()))
              .build();
      response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      // Stopping the blog shuts the SDK down, which empties the in-memory exporter.
      finished = spans.getFinishedSpanItems();
    } finally {
      blog.stop(Duration.ZERO);
    }

    assertEquals(200, response.statusCode(), response.body());
    Map<String, SpanData> byId = finished.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    List<String> tree =
        finished.stream()
            .map(span -> span.getName() + " <- " + (byId.containsKey(span.getParentSpanId()) ? byId.get(span.getParentSpanId()).getName() : span.getParentSpanId()) + " " + attributes(span))
            .sorted()
            .toList();
    // One batch per level below the posts, as the blog's four SQL statements (the viewer's is the
    // ContextFactory's, before the operation begins): the posts' comments, then every author at once.
    assertEquals(
        List.of(
            "GraphQL Batch Post.comments <- GraphQL Execute {kiln.loader.batch_size=3, kiln.loader.name=Post.comments}",
            "GraphQL Batch usersById <- GraphQL Execute {kiln.loader.batch_size=5, kiln.loader.name=usersById}",
            "GraphQL Execute <- query {}",
            "GraphQL Parse <- query {}",
            "GraphQL Validate <- query {}",
            "query <- " + CLIENT_SPAN_ID + " {graphql.operation.type=query}"),
        tree);
    assertEquals(List.of(TRACE_ID), finished.stream().map(SpanData::getTraceId).distinct().toList());
  }

  private static String attributes(SpanData span) {
    Map<String, Object> sorted = new TreeMap<>();
    span.getAttributes().forEach((key, value) -> sorted.put(key.getKey(), value));
    return sorted.toString();
  }
}
