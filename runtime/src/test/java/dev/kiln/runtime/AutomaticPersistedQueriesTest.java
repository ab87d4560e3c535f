package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.runtime.spi.KilnModule;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Automatic persisted queries keep a document only once a request that sent it ran within every
 * limit, and keep no more documents than their byte budget allows.
 */
class AutomaticPersistedQueriesTest {
  private static final KilnModule GREETING = PersistedOperationsTest.GREETING;
  private static final Map<String, Object> NOT_FOUND = PersistedOperationsTest.NOT_FOUND;

  private static ExecutionInput registering(String query) {
    return ExecutionInput.newExecutionInput()
        .query(query)
        .extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedOperations.sha256(query))))
        .build();
  }

  private static ExecutionInput byHash(String query) {
    return ExecutionInput.newExecutionInput()
        .query("PersistedQueryMarker")
        .extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedOperations.sha256(query))))
        .build();
  }

  @Test
  void aDocumentThatRanIsRegistered() {
    Kiln kiln = Kiln.newKiln().modules(GREETING).build();
    String query = "{ hello }";

    kiln.execute(registering(query));

    assertEquals(Map.of("data", Map.of("hello", "world")), kiln.execute(byHash(query)).toSpecification());
  }

  @Test
  void aDocumentThatAQueryLimitRefusedIsNotRegistered() {
    Kiln kiln = Kiln.newKiln().modules(GREETING).maxAliases(1).build();
    String query = "{ hello a: hello b: hello }";

    Map<String, Object> refused = kiln.execute(registering(query)).toSpecification();

    assertEquals(
        Map.of(
            "errors",
            List.of(
                Map.of(
                    "message", "The operation has 2 aliases; the limit (maxAliases) is 1.",
                    "extensions", Map.of("classification", "QUERY_LIMIT", "limit", "maxAliases", "max", 1)))),
        refused);
    assertEquals(NOT_FOUND, kiln.execute(byHash(query)).toSpecification());
    assertNull(kiln.persistedDocument(PersistedOperations.sha256(query)));
  }

  @Test
  void aDocumentThatTheResultLimitRefusedIsNotRegistered() {
    Kiln kiln = Kiln.newKiln().modules(GREETING).maxResultNodes(1).build();
    String query = "{ hello again: hello }";

    Map<String, Object> refused = kiln.execute(registering(query)).toSpecification();

    assertEquals(
        withNullData(
            List.of(
                Map.of(
                    "message", "The result has more than 1 fields; the limit (maxResultNodes) is 1.",
                    "extensions", Map.of("classification", "QUERY_LIMIT", "limit", "maxResultNodes", "max", 1)))),
        refused);
    assertEquals(NOT_FOUND, kiln.execute(byHash(query)).toSpecification());
  }

  @Test
  void documentsPastTheByteBudgetDropTheLeastRecentlyUsed() {
    PreparsedDocumentEntry document = new PreparsedDocumentEntry(Parser.parse("{ hello }"));
    RecentDocuments.Registered one = new RecentDocuments.Registered("{ hello }", document);
    RecentDocuments documents = new RecentDocuments(1000, 2 * one.bytes());

    documents.put("a", one);
    documents.put("b", one);
    documents.get("a");
    documents.put("c", one);

    assertEquals(2, documents.size());
    assertEquals(2 * one.bytes(), documents.bytes());
    assertNull(documents.get("b"));
    assertEquals(one, documents.get("a"));
  }

  @Test
  void aDocumentLargerThanTheWholeBudgetIsNotKept() {
    PreparsedDocumentEntry document = new PreparsedDocumentEntry(Parser.parse("{ hello }"));
    RecentDocuments.Registered one = new RecentDocuments.Registered("{ hello }", document);
    RecentDocuments documents = new RecentDocuments(1000, one.bytes() - 1);

    documents.put("a", one);

    assertEquals(0, documents.size());
    assertEquals(0, documents.bytes());
  }

  @Test
  void aDocumentCountsTwoBytesPerCharacterTwiceAndAFixedCostPerNode() {
    String text = "{ hello }";
    // Document, OperationDefinition, SelectionSet, Field.
    long nodes = 4;

    long bytes = RecentDocuments.retainedBytes(text, new PreparsedDocumentEntry(Parser.parse(text)));

    assertEquals(4L * text.length() + nodes * RecentDocuments.BYTES_PER_NODE, bytes);
  }

  private static Map<String, Object> withNullData(List<Map<String, Object>> errors) {
    Map<String, Object> result = new java.util.LinkedHashMap<>();
    result.put("errors", errors);
    result.put("data", null);
    return result;
  }
}
