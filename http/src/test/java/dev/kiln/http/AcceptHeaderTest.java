package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an Accept header chooses the response's media type (RFC 9110, section 12.5.1). */
class AcceptHeaderTest {

  @ParameterizedTest(name = "Accept: {0} -> {1}, event stream {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        // no header: the specification's default after its 2025 watershed
        "none                                                          | GRAPHQL_RESPONSE_JSON | true",
        "''                                                            | GRAPHQL_RESPONSE_JSON | true",
        // named types
        "application/graphql-response+json                             | GRAPHQL_RESPONSE_JSON | false",
        "application/json                                              | JSON                  | false",
        "application/graphql-response+json, application/json           | GRAPHQL_RESPONSE_JSON | false",
        "application/json, application/graphql-response+json           | GRAPHQL_RESPONSE_JSON | false",
        "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8 | GRAPHQL_RESPONSE_JSON | false",
        // quality wins over order and over being named
        "application/graphql-response+json;q=0.8, application/json     | JSON                  | false",
        "application/json;q=0.9, */*                                   | GRAPHQL_RESPONSE_JSON | true",
        "application/json, */*;q=0.1                                   | JSON                  | true",
        // wildcards: what legacy clients send
        "*/*                                                           | JSON                  | true",
        "*                                                             | JSON                  | true",
        "application/*                                                 | JSON                  | false",
        "application/*, application/graphql-response+json              | GRAPHQL_RESPONSE_JSON | false",
        // a specific q=0 excludes a type that a wildcard would allow
        "*/*, application/json;q=0                                     | GRAPHQL_RESPONSE_JSON | true",
        "*/*, text/event-stream;q=0                                    | JSON                  | false",
        // event streams
        "text/event-stream                                             | none                  | true",
        "text/*                                                        | none                  | true",
        "application/json, text/event-stream;q=0.5                     | JSON                  | true",
        // nothing the handler sends
        "text/html                                                     | none                  | false",
        "application/json;q=0, application/graphql-response+json;q=0   | none                  | false",
        "application/json;q=bogus                                      | none                  | false",
        "not a media type                                              | none                  | false",
        // case does not matter
        "APPLICATION/JSON                                              | JSON                  | false",
      })
  void theResponseFormatFollowsTheHeader(String header, ResponseFormat format, boolean eventStream) {
    AcceptHeader accept = AcceptHeader.parse(header == null ? List.of() : List.of(header));

    assertEquals(format, accept.jsonFormat());
    assertEquals(eventStream, accept.allowsEventStream());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"application/json | application/graphql-response+json;q=0.5"})
  void severalHeaderLinesAreOneList(String first, String second) {
    assertEquals(ResponseFormat.JSON, AcceptHeader.parse(List.of(first, second)).jsonFormat());
  }
}
