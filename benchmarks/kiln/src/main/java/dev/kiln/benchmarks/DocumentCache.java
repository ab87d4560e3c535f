package dev.kiln.benchmarks;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parses and validates each query once: with it, the execution benchmarks measure execution alone,
 * as a server with a document cache runs its repeated queries.
 */
final class DocumentCache implements PreparsedDocumentProvider {
  private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    return CompletableFuture.completedFuture(entries.computeIfAbsent(input.getQuery(), query -> parseAndValidate.apply(input)));
  }
}
