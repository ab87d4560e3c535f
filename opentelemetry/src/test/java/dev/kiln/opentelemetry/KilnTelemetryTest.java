package dev.kiln.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.opentelemetry.library.Library;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionResult;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KilnTelemetryTest {
  private final Telemetry telemetry = new Telemetry();

  @BeforeEach
  void clearBatchSpans() {
    Library.BATCH_SPANS.clear();
  }

  @AfterEach
  void close() {
    telemetry.close();
  }

  private Kiln kiln(KilnTelemetry kilnTelemetry) {
    return Kiln.newKiln().instrumentation(kilnTelemetry).build();
  }

  @Test
  void aQueryIsOneOperationSpanWithItsPhasesAndOneSpanPerLoaderBatch() {
    ExecutionResult result =
        kiln(KilnTelemetry.create(telemetry.sdk)).execute(KilnRequest.of("query Shelf { books { title author { name } } }"));

    assertEquals(List.of(), result.getErrors());
    assertEquals(
        List.of(
            "GraphQL Batch authorsById <- GraphQL Execute {kiln.loader.batch_size=2, kiln.loader.name=authorsById}",
            "GraphQL Execute <- query Shelf {}",
            "GraphQL Parse <- query Shelf {}",
            "GraphQL Validate <- query Shelf {}",
            "query Shelf <- (root) {graphql.operation.name=Shelf, graphql.operation.type=query}"),
        telemetry.tree());
    assertEquals(
        List.of(
            "kiln.graphql.operation.duration {graphql.operation.name=Shelf, graphql.operation.type=query} count=1 sum=…",
            "kiln.loader.batch.size {kiln.loader.name=authorsById} count=1 sum=2.0"),
        telemetry.points());
  }

  @Test
  void theBatchFunctionRunsWithItsBatchSpanCurrent() {
    kiln(KilnTelemetry.create(telemetry.sdk)).execute(KilnRequest.of("{ books { author { name } } }"));

    SpanData batch = telemetry.span("GraphQL Batch authorsById");
    assertEquals(List.of(batch.getSpanContext()), Library.BATCH_SPANS.stream().map(Span::getSpanContext).toList());
    assertEquals(telemetry.span("query").getTraceId(), batch.getTraceId());
  }

  @Test
  void aFailingFieldIsAnErrorEventWithTheErrorIdTheClientSawAndNotTheExceptionsMessage() {
    ExecutionResult result = kiln(KilnTelemetry.create(telemetry.sdk)).execute(KilnRequest.of("query Ratings { books { title rating } }"));

    List<Object> errorIds =
        result.getErrors().stream().map(error -> error.getExtensions().get("errorId")).toList();
    assertEquals(3, errorIds.size());
    assertEquals(
        List.of(
            "graphql.error {error.type=INTERNAL_ERROR, graphql.error.path=/books/0/rating, kiln.error_id=" + errorIds.get(0) + "}",
            "graphql.error {error.type=INTERNAL_ERROR, graphql.error.path=/books/1/rating, kiln.error_id=" + errorIds.get(1) + "}",
            "graphql.error {error.type=INTERNAL_ERROR, graphql.error.path=/books/2/rating, kiln.error_id=" + errorIds.get(2) + "}"),
        telemetry.events("query Ratings"));
    SpanData operation = telemetry.span("query Ratings");
    assertEquals("ERROR", operation.getStatus().getStatusCode().name());
    assertEquals("", operation.getStatus().getDescription());
    assertEquals(
        "{error.type=INTERNAL_ERROR, graphql.operation.name=Ratings, graphql.operation.type=query}",
        Telemetry.render(operation.getAttributes()));
    assertTrue(telemetry.spans.getFinishedSpanItems().stream().noneMatch(span -> span.toString().contains("10.0.0.7")));
    assertTrue(
        telemetry.points().contains("kiln.graphql.errors {error.type=INTERNAL_ERROR} 3"), () -> String.valueOf(telemetry.points()));
  }

  @Test
  void aQueryRefusedByALimitHasNoExecuteSpanAndCountsTheRefusalByLimit() {
    Kiln kiln = Kiln.newKiln().maxDepth(2).instrumentation(KilnTelemetry.create(telemetry.sdk)).build();

    ExecutionResult result = kiln.execute(KilnRequest.of("query Deep { books { author { name } } }"));

    assertEquals("maxDepth", result.getErrors().get(0).getExtensions().get("limit"));
    assertEquals(
        List.of(
            "GraphQL Parse <- query Deep {}",
            "GraphQL Validate <- query Deep {}",
            "query Deep <- (root) {error.type=QUERY_LIMIT, graphql.operation.name=Deep, graphql.operation.type=query}"),
        telemetry.tree());
    assertEquals(List.of("graphql.error {error.type=QUERY_LIMIT, kiln.limit=maxDepth}"), telemetry.events("query Deep"));
    assertEquals(
        List.of(
            "kiln.graphql.errors {error.type=QUERY_LIMIT, kiln.limit=maxDepth} 1",
            "kiln.graphql.operation.duration {graphql.operation.name=Deep, graphql.operation.type=query} count=1 sum=…"),
        telemetry.points());
    assertTrue(Library.BATCH_SPANS.isEmpty());
  }

  @Test
  void variablesRefusedBeforeParsingAreAnOperationSpanWithTheRefusal() {
    Kiln kiln = Kiln.newKiln().maxInputDepth(1).instrumentation(KilnTelemetry.create(telemetry.sdk)).build();
    KilnRequest request =
        KilnRequest.newRequest().query("{ books { title } }").variables(Map.of("nested", Map.of("deeper", Map.of("deepest", 1)))).build();

    ExecutionResult result = kiln.execute(request);

    assertEquals("maxInputDepth", result.getErrors().get(0).getExtensions().get("limit"));
    assertEquals(List.of("GraphQL Operation <- (root) {error.type=QUERY_LIMIT}"), telemetry.tree());
    assertEquals(List.of("graphql.error {error.type=QUERY_LIMIT, kiln.limit=maxInputDepth}"), telemetry.events("GraphQL Operation"));
    assertEquals(
        List.of("kiln.graphql.errors {error.type=QUERY_LIMIT, kiln.limit=maxInputDepth} 1", "kiln.graphql.operation.duration {} count=1 sum=…"),
        telemetry.points());
  }

  @Test
  void theResultLimitStillHoldsWithTelemetryOnThoughTheSpanSeesTheResultBeforeKilnReplacesIt() {
    Kiln kiln = Kiln.newKiln().maxResultNodes(3).instrumentation(KilnTelemetry.create(telemetry.sdk)).build();

    ExecutionResult result = kiln.execute(KilnRequest.of("query Shelf { books { title author { name } } }"));

    assertEquals(List.of("maxResultNodes"), result.getErrors().stream().map(error -> error.getExtensions().get("limit")).toList());
    assertEquals(List.of(), telemetry.events("query Shelf"));
  }

  @Test
  void sampledResolverSpansCoverTheFieldsThatCallApplicationCodeButNotRecordReads() {
    KilnTelemetry kilnTelemetry = KilnTelemetry.newTelemetry(telemetry.sdk).resolverSampleRatio(1).captureDocument(true).build();
    String query = "{ books { title author { name } } }";

    kiln(kilnTelemetry).execute(KilnRequest.of(query));

    assertEquals(
        List.of(
            "Book.author <- GraphQL Execute {graphql.field.name=author, graphql.field.path=/books[0]/author}",
            "Book.author <- GraphQL Execute {graphql.field.name=author, graphql.field.path=/books[1]/author}",
            "Book.author <- GraphQL Execute {graphql.field.name=author, graphql.field.path=/books[2]/author}",
            "GraphQL Batch authorsById <- GraphQL Execute {kiln.loader.batch_size=2, kiln.loader.name=authorsById}",
            "GraphQL Execute <- query {}",
            "GraphQL Parse <- query {}",
            "GraphQL Validate <- query {}",
            "Query.books <- GraphQL Execute {graphql.field.name=books, graphql.field.path=/books}",
            "query <- (root) {graphql.document=" + query + ", graphql.operation.type=query}"),
        telemetry.tree());
  }

  @Test
  void withoutSamplingNoResolverSpanIsMade() {
    KilnTelemetry kilnTelemetry = KilnTelemetry.newTelemetry(telemetry.sdk).resolverSampleRatio(0).build();

    kiln(kilnTelemetry).execute(KilnRequest.of("{ books { title rating } }"));

    assertEquals(
        List.of("GraphQL Execute <- query {}", "GraphQL Parse <- query {}", "GraphQL Validate <- query {}", "query <- (root) {error.type=INTERNAL_ERROR, graphql.operation.type=query}"),
        telemetry.tree());
  }

  @Test
  void aTraceparentHeaderInTheRequestIsTheParentOfTheOperationSpan() {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    String parentId = "00f067aa0ba902b7";
    KilnRequest request =
        KilnRequest.newRequest()
            .query("{ books { title } }")
            .headers(Map.of("traceparent", List.of("00-" + traceId + "-" + parentId + "-01")))
            .build();

    kiln(KilnTelemetry.create(telemetry.sdk)).execute(request);

    SpanData operation = telemetry.span("query");
    assertEquals(List.of(traceId, parentId), List.of(operation.getTraceId(), operation.getParentSpanId()));
    assertTrue(operation.getParentSpanContext().isRemote());
  }
}
