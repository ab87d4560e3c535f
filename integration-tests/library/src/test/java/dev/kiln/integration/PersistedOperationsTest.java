package dev.kiln.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import dev.kiln.runtime.OperationPolicy;
import dev.kiln.runtime.PersistedOperations;
import graphql.ExecutionInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The operations in {@code src/main/graphql}, checked and persisted by the processor at build time
 * ({@code -Akiln.operations.dir}), run by hash in allow-list mode; nothing else runs.
 */
class PersistedOperationsTest {
  private final Kiln kiln = Kiln.newKiln().operationPolicy(OperationPolicy.PERSISTED_ONLY).build();

  private static String hashOf(String file) throws IOException {
    return PersistedOperations.sha256(Files.readString(Path.of("src/main/graphql", file)));
  }

  private String runByHash(String file, Map<String, Object> variables) throws IOException {
    ExecutionInput input =
        ExecutionInput.newExecutionInput()
            .query("PersistedQueryMarker")
            .variables(variables)
            .extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hashOf(file))))
            .build();
    return Json.of(kiln.execute(input)).toString();
  }

  @Test
  void theManifestHoldsEveryOperationFileUnderTheHashOfItsBytes() throws IOException {
    TreeSet<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/graphql"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).toList()) {
        expected.add(PersistedOperations.sha256(Files.readString(file)));
      }
    }

    assertEquals(3, expected.size());
    assertEquals(expected, new TreeSet<>(kiln.getPersistedOperations().hashes()));
  }

  @Test
  void aPersistedQueryWithAFragmentRunsByHash() throws IOException {
    assertEquals(
        Json.parse("{\"data\":{\"book\":{\"id\":\"Qm9vazoz\",\"title\":\"Kindred\"}}}").toString(),
        runByHash("books/book-by-id.graphql", Map.of("id", "3")));
  }

  @Test
  void aPersistedQueryWithACustomScalarVariableRunsByHash() throws IOException {
    assertEquals(
        Json.parse("{\"data\":{\"bookByIsbn\":{\"title\":\"A Wizard of Earthsea\"}}}").toString(),
        runByHash("books/book-by-isbn.graphql", Map.of("isbn", "9780547773742")));
  }

  @Test
  void aPersistedQueryRunsByItsExactText() throws IOException {
    String text = Files.readString(Path.of("src/main/graphql/genres.graphql"));

    assertEquals(
        Json.parse("{\"data\":{\"genres\":[\"FANTASY\",\"SCIENCE_FICTION\",\"MYSTERY\",\"HISTORY\"]}}"),
        Json.of(kiln.execute(KilnRequest.of(text))));
  }

  @Test
  void aQueryThatIsNotPersistedIsRefused() {
    assertEquals(
        Json.parse(
            "{\"errors\":[{\"message\":\"Only persisted operations may run here; this operation is not one.\","
                + "\"extensions\":{\"classification\":\"OPERATION_NOT_PERSISTED\"}}]}"),
        Json.of(kiln.execute(KilnRequest.of("{ genres }"))));
  }
}
