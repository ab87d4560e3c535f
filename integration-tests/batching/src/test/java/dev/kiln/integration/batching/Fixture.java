package dev.kiln.integration.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.DataLoaderDispatch;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

/**
 * A fresh sample database and a {@link Kiln} whose resolvers and loaders read it; {@link #run}
 * executes one request and records what it cost.
 */
final class Fixture implements AutoCloseable {
  final Database database = new Database();
  private final Kiln kiln;
  private final Map<Class<?>, Object> instances =
      Map.of(
          Queries.class, new Queries(database),
          SocialLoaders.class, new SocialLoaders(database),
          PostResolvers.class, new PostResolvers(database),
          PlaylistResolvers.class, new PlaylistResolvers(database));

  Fixture() {
    this(DataLoaderDispatch.CHAINED);
  }

  Fixture(DataLoaderDispatch dispatch) {
    this.kiln =
        Kiln.newKiln()
            .instanceProvider(this::instance)
            .dataLoaderDispatch(dispatch)
            .loaderStatistics(true)
            .build();
  }

  /** Executes {@code query} on behalf of {@code viewer}, counting statements from zero. */
  Run run(String query, @Nullable Viewer viewer) {
    database.clearStatements();
    ExecutionInput input =
        kiln.newExecutionInput(
            KilnRequest.newRequest().query(query).context(viewer).profileExecution(true).build());
    ExecutionResult result = kiln.execute(input);
    return new Run(
        Json.of(result), database.statements(), database.executionCountsFromH2(), input.getDataLoaderRegistry());
  }

  /** Executes {@code query} on behalf of Ada, user 1. */
  Run run(String query) {
    return run(query, new Viewer(1));
  }

  @Override
  public void close() {
    database.close();
  }

  private <T> @Nullable T instance(Class<T> type) {
    return type.cast(instances.get(type));
  }

  /**
   * What one request returned and cost.
   *
   * @param json the response as the client receives it
   * @param statements the statements the data layer ran, in order
   * @param h2Counts how often H2 says it executed each statement
   * @param loaders the request's loaders, with their statistics
   */
  record Run(
      JsonNode json,
      List<ExecutedStatement> statements,
      Map<String, Long> h2Counts,
      DataLoaderRegistry loaders) {

    /** Asserts that the request ran {@code count} statements, by our log and by H2's count alike. */
    void assertStatementCount(int count) {
      assertEquals(count, statements.size(), () -> "Statements: " + String.join("\n", Statements.texts(statements)));
      assertEquals(Statements.countsBySql(statements), h2Counts, "H2's count differs from the log");
    }

    /** The statements that read {@code table}, each as {@code SQL [parameters]}. */
    List<List<Object>> parametersOfStatementsReading(String table) {
      return Statements.reading(table, statements).stream().map(ExecutedStatement::parameters).toList();
    }

    long batchInvokeCount(String loader) {
      return loaders.getDataLoader(loader).getStatistics().getBatchInvokeCount();
    }

    /**
     * How many times each loader that ran called its batch function, by loader name; a batched
     * field's loader is named {@code Type.field}.
     */
    Map<String, Long> batchCounts() {
      Map<String, Long> counts = new TreeMap<>();
      loaders.getDataLoadersMap().forEach((name, loader) -> {
        long batches = loader.getStatistics().getBatchInvokeCount();
        if (batches > 0) {
          counts.put(name, batches);
        }
      });
      return counts;
    }
  }
}
