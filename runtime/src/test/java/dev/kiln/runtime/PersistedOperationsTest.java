package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.Scalars;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Persisted operations run by hash or by their exact text, are parsed once, and under {@link
 * OperationPolicy#PERSISTED_ONLY} are the only operations that run.
 */
class PersistedOperationsTest {
  /** A schema of one field, {@code hello: String}, which answers {@code "world"}. */
  static final KilnModule GREETING =
      new KilnModule() {
        @Override
        public String name() {
          return "test.Greeting";
        }

        @Override
        public void contribute(SchemaContribution contribution) {
          contribution.addQueryField(GraphQLFieldDefinition.newFieldDefinition().name("hello").type(Scalars.GraphQLString).build());
          contribution.dataFetcher(FieldCoordinates.coordinates("Query", "hello"), env -> "world");
        }
      };

  private static final String HELLO = "query Hello { hello }\n";
  private static final Map<String, Object> HELLO_DATA = Map.of("data", Map.of("hello", "world"));
  private static final Map<String, Object> NOT_PERSISTED =
      Map.of(
          "errors",
          List.of(
              Map.of(
                  "message", "Only persisted operations may run here; this operation is not one.",
                  "extensions", Map.of("classification", "OPERATION_NOT_PERSISTED"))));
  /** Apollo's answer to a hash that is neither persisted nor registered. */
  static final Map<String, Object> NOT_FOUND =
      Map.of(
          "errors",
          List.of(
              Map.of(
                  "message", "PersistedQueryNotFound",
                  "extensions", Map.of("classification", "PERSISTED_QUERY_NOT_FOUND", "code", "PERSISTED_QUERY_NOT_FOUND"))));

  @TempDir Path directory;

  private static Kiln allowListOnly() {
    return Kiln.newKiln()
        .modules(GREETING)
        .persistedOperations(PersistedOperations.of(HELLO))
        .operationPolicy(OperationPolicy.PERSISTED_ONLY)
        .build();
  }

  private static ExecutionInput byHash(@Nullable String query, String hash) {
    return ExecutionInput.newExecutionInput()
        .query(query == null ? "PersistedQueryMarker" : query)
        .extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))
        .build();
  }

  private static Map<String, Object> run(Kiln kiln, ExecutionInput input) {
    return kiln.execute(input).toSpecification();
  }

  @Test
  void theAllowListRunsAPersistedOperationByItsHash() {
    assertEquals(HELLO_DATA, run(allowListOnly(), byHash(null, PersistedOperations.sha256(HELLO))));
  }

  @Test
  void theAllowListRunsAPersistedOperationSentAsItsExactText() {
    assertEquals(HELLO_DATA, allowListOnly().execute(KilnRequest.of(HELLO)).toSpecification());
  }

  @Test
  void theAllowListRefusesAnyOtherTextEvenIfOnlyItsSpacingDiffers() {
    Kiln kiln = allowListOnly();

    assertEquals(NOT_PERSISTED, kiln.execute(KilnRequest.of("query Hello { hello }")).toSpecification());
    assertEquals(NOT_PERSISTED, kiln.execute(KilnRequest.of("{ __schema { types { name } } }")).toSpecification());
  }

  @Test
  void theAllowListAnswersAnUnknownHashAsApolloClientsExpectAndRefusesToRegisterIt() {
    Kiln kiln = allowListOnly();
    String other = "query Other { hello }";

    assertEquals(NOT_FOUND, run(kiln, byHash(null, PersistedOperations.sha256(other))));
    assertEquals(NOT_PERSISTED, run(kiln, byHash(other, PersistedOperations.sha256(other))));
    assertEquals(NOT_FOUND, run(kiln, byHash(null, PersistedOperations.sha256(other))));
  }

  @Test
  void aHashThatIsNotTheTextsIsRefused() {
    Map<String, Object> mismatch =
        Map.of(
            "errors",
            List.of(
                Map.of(
                    "message", "provided sha does not match query",
                    "extensions", Map.of("classification", "PERSISTED_QUERY_HASH_MISMATCH", "code", "PERSISTED_QUERY_HASH_MISMATCH"))));

    assertEquals(mismatch, run(allowListOnly(), byHash("query Other { hello }", PersistedOperations.sha256(HELLO))));
  }

  @Test
  void aPersistedDocumentIsParsedOnceHoweverItIsSent() {
    AtomicInteger parses = new AtomicInteger();
    Kiln kiln = allowListOnly();
    GraphQL counting = kiln.getGraphQL().transform(builder -> builder.instrumentation(countingParses(parses)));

    for (int i = 0; i < 3; i++) {
      assertEquals(HELLO_DATA, counting.execute(kiln.newExecutionInput(byHash(null, PersistedOperations.sha256(HELLO)))).toSpecification());
      assertEquals(HELLO_DATA, counting.execute(kiln.newExecutionInput(KilnRequest.of(HELLO))).toSpecification());
    }

    assertEquals(1, parses.get());
  }

  @Test
  void aDocumentThatIsNotPersistedIsParsedEachTime() {
    AtomicInteger parses = new AtomicInteger();
    Kiln kiln = Kiln.newKiln().modules(GREETING).persistedOperations(PersistedOperations.of(HELLO)).build();
    GraphQL counting = kiln.getGraphQL().transform(builder -> builder.instrumentation(countingParses(parses)));

    for (int i = 0; i < 3; i++) {
      assertEquals(HELLO_DATA, counting.execute(kiln.newExecutionInput(KilnRequest.of("{ hello }"))).toSpecification());
    }

    assertEquals(3, parses.get());
  }

  @Test
  void manifestsAreLoadedFromEveryClassPathEntry() throws IOException {
    String other = "query Other { hello }";
    Path first = manifest("first", HELLO);
    Path second = manifest("second", other);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()}, null)) {
      PersistedOperations operations = PersistedOperations.load(loader);

      assertEquals(List.of(PersistedOperations.sha256(HELLO), PersistedOperations.sha256(other)).stream().sorted().toList(), List.copyOf(operations.hashes()));
      assertEquals(other, operations.document(PersistedOperations.sha256(other).toUpperCase(java.util.Locale.ROOT)));
      assertEquals(HELLO_DATA, run(Kiln.newKiln().modules(GREETING).classLoader(loader).operationPolicy(OperationPolicy.PERSISTED_ONLY).build(), byHash(null, PersistedOperations.sha256(HELLO))));
    }
  }

  @Test
  void aManifestWhoseHashIsNotItsDocumentsIsRejectedAtStartup() throws IOException {
    Path root = directory.resolve("tampered");
    Path file = root.resolve(PersistedOperations.MANIFEST_RESOURCE);
    Files.createDirectories(file.getParent());
    String hash = PersistedOperations.sha256(HELLO);
    Files.writeString(file, "{\"" + hash + "\": {\"operations\": [\"Hello\"], \"document\": \"query Evil { hello }\"}}");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      IllegalStateException failure = assertThrows(IllegalStateException.class, () -> PersistedOperations.load(loader));

      assertEquals(
          "The persisted operations " + file.toUri().toURL() + " list a document under " + hash + ", which is not its SHA-256 hash.",
          failure.getMessage());
    }
  }

  private Path manifest(String name, String document) throws IOException {
    Path root = directory.resolve(name);
    Path file = root.resolve(PersistedOperations.MANIFEST_RESOURCE);
    Files.createDirectories(file.getParent());
    String escaped = document.replace("\n", "\\n");
    Files.writeString(file, "{\n  \"" + PersistedOperations.sha256(document) + "\": {\n    \"operations\": [\"X\"],\n    \"document\": \"" + escaped + "\"\n  }\n}\n");
    return root;
  }

  private static SimplePerformantInstrumentation countingParses(AtomicInteger parses) {
    return new SimplePerformantInstrumentation() {
      @Override
      public @Nullable InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters, InstrumentationState state) {
        parses.incrementAndGet();
        return null;
      }
    };
  }
}
