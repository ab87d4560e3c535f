package dev.kiln.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.http.KilnHttpServer;
import dev.kiln.runtime.Kiln;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelemetryOverHttpTest {
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String CLIENT_SPAN_ID = "00f067aa0ba902b7";

  @Test
  void theTraceparentAnHttpClientSentIsTheParentOfTheOperationSpanAndItsTraceHoldsTheBatch() throws Exception {
    try (Telemetry telemetry = new Telemetry()) {
      Kiln kiln = Kiln.newKiln().instrumentation(KilnTelemetry.create(telemetry.sdk)).build();
      KilnHttpServer server = KilnHttpServer.newServer(kiln).host("127.0.0.1").port(0).build();
      server.start();
      HttpResponse<String> response;
      try {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request =
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN_ID + "-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"query Shelf { books { author { name } } }\"}"))
                .build();
        response = client.send(request, HttpResponse.BodyHandlers.ofString());
      } finally {
        server.stop(Duration.ZERO);
      }

      assertEquals(200, response.statusCode(), response.body());
      assertEquals(
          List.of(
              "GraphQL Batch authorsById <- GraphQL Execute {kiln.loader.batch_size=2, kiln.loader.name=authorsById}",
              "GraphQL Execute <- query Shelf {}",
              "GraphQL Parse <- query Shelf {}",
              "GraphQL Validate <- query Shelf {}",
              "query Shelf <- " + CLIENT_SPAN_ID + " {graphql.operation.name=Shelf, graphql.operation.type=query}"),
          telemetry.tree());
      assertEquals(
          List.of(TRACE_ID),
          telemetry.spans.getFinishedSpanItems().stream().map(SpanData::getTraceId).distinct().toList());
    }
  }
}
