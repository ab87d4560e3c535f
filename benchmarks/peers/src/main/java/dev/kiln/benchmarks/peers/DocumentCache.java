package dev.kiln.benchmarks.peers;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Parses and validates each query once, as the Kiln module's cache does, on graphql-java 21's interface. */
final class DocumentCache implements PreparsedDocumentProvider {
  private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

  @Override
  public PreparsedDocumentEntry getDocument(ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    return entries.computeIfAbsent(input.getQuery(), query -> parseAndValidate.apply(input));
  }
}
