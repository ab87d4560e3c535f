package dev.kiln.http;

/** The JSON media types a GraphQL response is sent in. */
enum ResponseFormat {
  /**
   * The GraphQL over HTTP specification's own type: its status code tells whether execution started
   * ({@code 200}) or the request failed before it ({@code 4xx}).
   */
  GRAPHQL_RESPONSE_JSON("application/graphql-response+json; charset=utf-8"),
  /** The legacy type: every well-formed request gets {@code 200}, whatever its errors. */
  JSON("application/json; charset=utf-8");

  private final String contentType;

  ResponseFormat(String contentType) {
    this.contentType = contentType;
  }

  /** The {@code Content-Type} header's value, with its charset. */
  String contentType() {
    return contentType;
  }
}
