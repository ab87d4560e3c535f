package dev.kiln.runtime;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of persisted operations and automatic persisted queries. Apollo clients recognise
 * {@code PersistedQueryNotFound} and {@code PersistedQueryNotSupported} by message or {@code
 * extensions.code}, so those keep Apollo's words; every error also has Kiln's {@code
 * extensions.classification}.
 */
final class PersistedQueryErrors {

  private PersistedQueryErrors() {}

  static PreparsedDocumentEntry notFound() {
    return entry("PersistedQueryNotFound", KilnErrorClassification.PERSISTED_QUERY_NOT_FOUND);
  }

  static PreparsedDocumentEntry notSupported() {
    return entry("PersistedQueryNotSupported", KilnErrorClassification.PERSISTED_QUERY_NOT_SUPPORTED);
  }

  static PreparsedDocumentEntry hashMismatch() {
    return entry("provided sha does not match query", KilnErrorClassification.PERSISTED_QUERY_HASH_MISMATCH);
  }

  static PreparsedDocumentEntry invalid(String message) {
    return entry(message, KilnErrorClassification.PERSISTED_QUERY_INVALID);
  }

  static PreparsedDocumentEntry notPersisted() {
    return entry("Only persisted operations may run here; this operation is not one.", KilnErrorClassification.OPERATION_NOT_PERSISTED);
  }

  private static PreparsedDocumentEntry entry(String message, KilnErrorClassification classification) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("classification", classification.name());
    if (classification.name().startsWith("PERSISTED_QUERY_")) {
      extensions.put("code", classification.name());
    }
    GraphQLError error =
        GraphqlErrorBuilder.newError()
            .message(message)
            .locations(null)
            .errorType(classification)
            .extensions(extensions)
            .build();
    return new PreparsedDocumentEntry(error);
  }
}
